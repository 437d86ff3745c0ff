// Skin condition layers (core/model/skin_layers: SkinLayerDraw), drawn once per
// case and map size into the skin cache by face_skin.frag. Each layer is drawn
// procedurally inside its zone only; kinds are SkinKind's numbers. Needs
// zoneAt, uAspect, face_noise.glsl and face_map_outcomes.glsl before it.
uniform int uSkinCount;     // layers in use, 0-16
uniform vec4 uSkinA[16];    // centre x, centre y (map), radius (map height, 0 = whole zone), severity 0..1
uniform vec4 uSkinB[16];    // kind, zone id (index + 1), seed 0..1000, stroke angle (radians)

// Share of 8 samples around p that lie in the zone: a soft edge for diffuse layers.
float skinZoneCover(vec2 p, int zone, float r) {
    float n = 0.0;
    for (int i = 0; i < 8; ++i) {
        float a = float(i) * 0.785398;
        vec2 o = vec2(cos(a) / uAspect, sin(a)) * r;
        n += zoneAt(p + o) == zone ? 1.0 : 0.0;
    }
    return n / 8.0;
}

vec3 skinLayer(vec3 c, vec2 p, int kind, int zone, vec2 centre, float radius, float sev, float seed, float angle) {
    vec2 q = vec2(p.x * uAspect, p.y);             // height units: circles stay round
    vec2 qc = vec2(centre.x * uAspect, centre.y);
    vec2 rel = q - qc;
    float dist = length(rel);
    // Where the layer applies: a soft disc when placed, else the zone with soft edges.
    // Spots (cold sore 9 .. lesion 13) draw their own edge and shadow a little beyond the radius.
    float reach = (kind >= 9 && kind <= 13) ? radius * 1.7 : radius;
    float w = radius > 0.0 ? 1.0 - smoothstep(reach * 0.55, reach, dist) : skinZoneCover(p, zone, 0.012);
    if (w <= 0.0) return c;
    // A per-layer texture offset, kept small so high-frequency noise keeps its float precision.
    vec2 sq = q + vec2(fract(seed * 0.1373), fract(seed * 0.0719)) * 10.0;
    float lum = dot(c, vec3(0.3, 0.59, 0.11));
    if (kind >= 17) return skinOutcomeLayer(c, sq, w, lum, kind, sev, seed, angle);

    if (kind == 0) { // melasma: mottled, confluent brown patches
        float n = skinFbm(sq * 26.0);
        float blot = smoothstep(0.34, 0.56, n) * (0.75 + 0.25 * skinNoise(sq * 90.0));
        vec3 brown = c * vec3(0.70, 0.52, 0.36);
        return mix(c, brown, w * blot * (0.35 + 0.6 * sev));
    }
    if (kind == 1) { // age spots: discrete brown ovals of varied size and depth
        vec4 s = skinSpots(vec2(sq.x, sq.y * 1.15), 0.030, 0.18 + 0.32 * sev, 0.0055, seed);
        float spot = 1.0 - smoothstep(0.75, 1.0, s.x);
        vec3 brown = c * mix(vec3(0.76, 0.60, 0.46), vec3(0.58, 0.42, 0.30), s.y);
        return mix(c, brown, w * spot * (0.55 + 0.45 * sev));
    }
    if (kind == 2) { // rosacea: diffuse central redness with fine telangiectasia
        float n = skinFbm(sq * 14.0);
        vec3 red = c * vec3(1.0, 0.58, 0.62) + vec3(0.05, 0.0, 0.02);
        vec3 col = mix(c, red, w * (0.30 + 0.40 * sev) * (0.7 + 0.5 * n));
        float vessel = 1.0 - smoothstep(0.0, 0.018, abs(skinFbm(sq * 55.0) - 0.5));
        vessel *= smoothstep(0.3, 0.7, skinNoise(sq * 20.0));
        return mix(col, vec3(0.72, 0.14, 0.16) * (0.5 + 0.5 * lum), w * vessel * 0.55 * sev);
    }
    if (kind == 3) { // sunburn: even pink-red, slightly glossy
        vec3 red = c * vec3(1.0, 0.56, 0.58) + vec3(0.05, 0.0, 0.03);
        float n = 0.9 + 0.1 * skinNoise(sq * 30.0);
        return mix(c, red, w * (0.40 + 0.45 * sev) * n);
    }
    if (kind == 4) { // ice-pick scars: tiny, deep, dark pits
        vec4 s = skinSpots(sq, 0.013, 0.30 + 0.45 * sev, 0.0022, seed);
        float pit = 1.0 - smoothstep(0.55, 1.0, s.x);
        return mix(c, c * 0.42, w * pit * (0.7 + 0.3 * sev));
    }
    if (kind == 5) { // boxcar scars: small flat-bottomed depressions with sharp, shaded edges
        vec4 s = skinSpots(sq, 0.018, 0.30 + 0.40 * sev, 0.0045, seed);
        vec2 d = abs(s.zw);
        float box = mix(max(d.x, d.y * 1.15), length(d), 0.45); // rounded squares: steep walls, flat floor
        float inside = 1.0 - smoothstep(0.85, 0.95, box);
        float rim = smoothstep(0.70, 0.85, box) * inside;
        vec3 col = mix(c, c * 0.84, inside);      // flat floor, a little darker
        float lit = s.w < 0.0 ? 0.52 : 1.12;      // upper wall in shadow, lower wall lit
        col = mix(col, clamp(c * lit, 0.0, 1.0), rim);
        return mix(c, col, w * (0.65 + 0.35 * sev));
    }
    if (kind == 6) { // rolling scars: soft undulating shadows
        float n = skinNoise(sq * 70.0) * 0.75 + skinNoise(sq * 140.0) * 0.25;
        float shade = smoothstep(0.40, 0.90, n);
        float light = smoothstep(0.45, 0.10, n);
        vec3 col = c * (1.0 - 0.20 * shade) * (1.0 + 0.05 * light);
        return mix(c, col, w * (0.5 + 0.5 * sev));
    }
    if (kind == 7) { // active acne: red papules, some with yellow-white pustule heads
        vec4 s = skinSpots(sq, 0.020, 0.40 + 0.45 * sev, 0.0068, seed);
        float halo = 1.0 - smoothstep(0.6, 1.6, s.x);
        float dome = 1.0 - smoothstep(0.5, 0.9, s.x);
        vec3 col = mix(c, c * vec3(1.0, 0.66, 0.62) + vec3(0.05, 0.0, 0.0), halo * 0.6);
        col = mix(col, vec3(0.80, 0.26, 0.25) * (0.6 + 0.5 * lum), dome);
        float head = (1.0 - smoothstep(0.18, 0.34, s.x)) * step(0.55, s.y);
        col = mix(col, vec3(0.98, 0.94, 0.78), head);
        return mix(c, col, w);
    }
    if (kind == 8) { // fine lines: short, shallow dark creases, mostly across
        float crease = 0.0;
        vec2 g = sq / vec2(0.040, 0.012);
        vec2 i = floor(g);
        for (int y = -1; y <= 1; ++y) {
            for (int x = -1; x <= 1; ++x) {
                vec2 cell = i + vec2(float(x), float(y));
                if (skinHash(cell + seed) > 0.45 + 0.45 * sev) continue;
                vec2 mid = (cell + 0.2 + 0.6 * skinHash2(cell + seed + 2.0)) * vec2(0.040, 0.012);
                float ang = (skinHash(cell + seed + 5.0) - 0.5) * 0.5;
                vec2 dir = vec2(cos(ang), sin(ang));
                vec2 d = sq - mid;
                float along = dot(d, dir);
                float len = 0.010 + 0.008 * skinHash(cell + 9.0);
                float across = dot(d, vec2(-dir.y, dir.x)) + 0.00025 * sin(along * 300.0 + seed);
                float fade = 1.0 - smoothstep(len * 0.3, len, abs(along));
                crease = max(crease, fade * (1.0 - smoothstep(0.00025, 0.0008, abs(across))));
            }
        }
        return mix(c, c * 0.68, w * crease * (0.5 + 0.4 * sev));
    }
    if (kind == 9) { // cold sore: a cluster of vesicles on a red base
        float r = radius > 0.0 ? radius : 0.018;
        float base = 1.0 - smoothstep(r * 0.6, r, dist + 0.15 * r * skinNoise(sq * 200.0));
        vec3 col = mix(c, vec3(0.82, 0.30, 0.28) * (0.6 + 0.5 * lum), base * (0.6 + 0.3 * sev));
        vec4 s = skinSpots(q + seed * 0.01, r * 0.32, 0.75, r * 0.16, seed);
        float ves = (1.0 - smoothstep(0.75, 1.0, s.x)) * step(dist, r * 0.68);
        vec3 blister = mix(vec3(0.97, 0.92, 0.80), vec3(1.0), 1.0 - smoothstep(0.0, 0.4, length(s.zw + vec2(0.3, 0.3))));
        col = mix(col, blister, ves * (0.7 + 0.3 * sev));
        float ring = smoothstep(0.75, 0.95, s.x) * (1.0 - smoothstep(0.95, 1.15, s.x)) * step(dist, r * 0.68);
        return mix(col, vec3(0.62, 0.18, 0.16), ring * 0.5);
    }
    if (kind == 10) { // bruise: blue-purple centre, purple-red body, yellow-green rim; fades to yellow-green as severity falls
        float r = radius > 0.0 ? radius : 0.04;
        float t = dist / r + 0.35 * (skinFbm(sq * 40.0) - 0.5);
        float age = clamp(1.0 - sev, 0.0, 1.0) * 0.85;
        vec3 centreCol = mix(vec3(0.30, 0.22, 0.45), vec3(0.62, 0.62, 0.34), age);
        vec3 bodyCol = mix(vec3(0.42, 0.27, 0.46), vec3(0.70, 0.66, 0.36), age);
        vec3 rimCol = vec3(0.72, 0.68, 0.36);
        vec3 bruise = t < 0.5 ? mix(centreCol, bodyCol, t / 0.5) : mix(bodyCol, rimCol, clamp((t - 0.5) / 0.4, 0.0, 1.0));
        bruise *= 0.7 + 0.5 * lum;
        float a = (1.0 - smoothstep(0.75, 1.05, t)) * (0.45 + 0.45 * sev);
        return mix(c, bruise, a);
    }
    if (kind == 11) { // mole: dark round raised spot with a highlight
        float r = radius > 0.0 ? radius : 0.008;
        float disc = 1.0 - smoothstep(r * 0.85, r, dist);
        vec3 mole = vec3(0.30, 0.20, 0.14) * (0.85 + 0.3 * skinNoise(sq * 600.0));
        float hl = 1.0 - smoothstep(0.0, r * 0.45, length(rel + vec2(0.35, 0.35) * r));
        mole = mix(mole, vec3(0.62, 0.50, 0.42), hl * 0.45);
        float shadow = smoothstep(r, r * 1.25, dist) * (1.0 - smoothstep(r * 1.25, r * 1.6, dist)) * step(0.0, rel.x + rel.y);
        vec3 col = mix(c, c * 0.75, shadow * 0.6);
        return mix(col, mole, disc * (0.7 + 0.3 * sev));
    }
    if (kind == 12) { // wart: rough, greyish, raised bump
        float r = radius > 0.0 ? radius : 0.01;
        float edge = r * (0.85 + 0.2 * skinNoise(vec2(atan(rel.y, rel.x) * 3.0, seed)));
        float disc = 1.0 - smoothstep(edge * 0.9, edge, dist);
        float rough = skinNoise(sq * 900.0) * 0.6 + skinNoise(sq * 350.0) * 0.4;
        vec3 wart = mix(vec3(0.58, 0.55, 0.50), vec3(0.80, 0.77, 0.70), rough) * (0.75 + 0.35 * lum);
        float dots = step(0.82, skinNoise(sq * 1200.0));
        wart = mix(wart, vec3(0.30, 0.26, 0.24), dots * 0.6);
        float light = clamp(-dot(rel / max(r, 1e-4), vec2(0.6, 0.6)), -1.0, 1.0);
        wart *= 1.0 + 0.18 * light;
        float shadow = smoothstep(edge, edge * 1.2, dist) * (1.0 - smoothstep(edge * 1.2, edge * 1.6, dist)) * step(0.0, rel.x + rel.y);
        vec3 col = mix(c, c * 0.72, shadow * 0.6);
        return mix(col, wart, disc * (0.75 + 0.25 * sev));
    }
    if (kind == 13) { // lesion: irregular border, uneven colour
        float r = radius > 0.0 ? radius : 0.012;
        float ang = atan(rel.y, rel.x);
        float edge = r * (0.70 + 0.45 * skinFbm(vec2(ang * 1.6 + seed, seed * 0.3)));
        float body = 1.0 - smoothstep(edge * 0.85, edge, dist);
        float n = skinFbm(sq * 260.0);
        vec3 lesion = mix(vec3(0.50, 0.30, 0.22), vec3(0.22, 0.14, 0.12), smoothstep(0.35, 0.7, n));
        lesion = mix(lesion, vec3(0.72, 0.36, 0.34), smoothstep(0.6, 0.8, skinNoise(sq * 150.0 + 4.0)) * 0.6);
        return mix(c, lesion * (0.8 + 0.3 * lum), body * (0.65 + 0.35 * sev));
    }
    if (kind == 14) { // tattoo / PMU: ink; placed = a brow of hair strokes, whole zone = a liner on the zone's edge
        vec3 ink = vec3(0.30, 0.20, 0.17);
        if (radius > 0.0) {
            vec2 b = rel / radius;
            float arch = b.y + 0.32 * (1.0 - b.x * b.x);          // brow arch
            float shape = (1.0 - smoothstep(0.85, 1.0, abs(b.x))) * (1.0 - smoothstep(0.12, 0.22 - 0.06 * abs(b.x), abs(arch)));
            float strokes = 0.6 + 0.4 * step(0.45, skinNoise(vec2(q.x * 1500.0 + q.y * 600.0, seed)));
            return mix(c, ink * (0.8 + 0.3 * lum), shape * strokes * (0.55 + 0.4 * sev));
        }
        float cover = skinZoneCover(p, zone, 0.0045);
        float liner = 1.0 - smoothstep(0.55, 0.95, cover);
        return mix(c, vec3(0.55, 0.20, 0.24) * (0.6 + 0.4 * lum), liner * (0.6 + 0.4 * sev));
    }
    if (kind == 15) { // filler sign: slight fullness with small palpable lumps
        float full = skinNoise(sq * 18.0);
        vec3 col = c * (1.0 + 0.07 * sev * full);
        vec4 s = skinSpots(sq, 0.03, 0.25 + 0.35 * sev, 0.0065, seed);
        float lump = 1.0 - smoothstep(0.6, 1.0, s.x);
        float side = clamp(-(s.z + s.w) * 0.8, -1.0, 1.0); // lit from the upper left
        col = mix(col, clamp(c * (1.0 + 0.28 * side), 0.0, 1.0), lump * (0.6 + 0.4 * sev));
        col = mix(col, c * vec3(1.0, 0.9, 0.88), lump * 0.2);
        return mix(c, col, w);
    }
    if (kind == 16) { // toxin sign: smooth, immobile, slightly shiny skin without creases
        float sheen = 0.6 + 0.4 * skinNoise(sq * 6.0);
        vec3 glossy = min(c * 1.06 + vec3(0.05), vec3(1.0));
        float band = 1.0 - smoothstep(0.0, 0.05, abs(p.y - centre.y + 0.01)); // a soft highlight across the smooth brow
        return mix(c, glossy, w * (sheen * (0.45 + 0.45 * sev) * (0.6 + 0.4 * band)));
    }
    return c;
}

vec3 applySkinLayers(vec3 c, vec2 p, int id) {
    for (int i = 0; i < uSkinCount && i < 16; ++i) {
        int zone = int(uSkinB[i].y + 0.5);
        if (zone != id) continue;
        c = skinLayer(c, p, int(uSkinB[i].x + 0.5), zone, uSkinA[i].xy, uSkinA[i].z, uSkinA[i].w, uSkinB[i].z, uSkinB[i].w);
    }
    return c;
}
