// What follow-up visits show (SkinKind 17 and up, core/model/skin_layers):
// papules (contact dermatitis, granulomas, acne spreading), pustules
// (infection, an acne flare), vesicles (herpes) and tram tracks. Included by face_skin.frag after face_noise.glsl, which owns the
// helpers (skinHash, skinNoise, skinFbm, skinSpots) and the layer's zone
// weight `w`; `sq` is the layer's textured position in map height units.

vec3 skinOutcomeLayer(vec3 c, vec2 sq, float w, float lum, int kind, float sev, float seed, float angle) {
    if (kind == 17) { // papules: small red domed bumps with a pink halo, lit from the upper left
        vec4 s = skinSpots(sq, 0.016, 0.45 + 0.45 * sev, 0.0052, seed);
        float halo = 1.0 - smoothstep(0.7, 1.7, s.x);
        float dome = 1.0 - smoothstep(0.55, 0.95, s.x);
        float side = clamp(-(s.z + s.w) * 0.8, -1.0, 1.0);
        vec3 col = mix(c, c * vec3(1.0, 0.74, 0.72) + vec3(0.03, 0.0, 0.0), halo * (0.35 + 0.3 * sev));
        vec3 bump = clamp(vec3(0.80, 0.32, 0.30) * (0.65 + 0.45 * lum) * (1.0 + 0.15 * side), 0.0, 1.0);
        col = mix(col, bump, dome * (0.6 + 0.4 * sev));
        return mix(c, col, w);
    }
    if (kind == 18) { // pustules: yellow-white heads on red bumps over a patchy red base
        vec3 col = mix(c, c * vec3(1.0, 0.72, 0.70) + vec3(0.04, 0.0, 0.0), (0.20 + 0.25 * sev) * (0.6 + 0.4 * skinNoise(sq * 20.0)));
        vec4 s = skinSpots(sq, 0.018, 0.40 + 0.45 * sev, 0.0060, seed);
        float halo = 1.0 - smoothstep(0.7, 1.8, s.x);
        float dome = 1.0 - smoothstep(0.5, 0.9, s.x);
        col = mix(col, col * vec3(1.0, 0.74, 0.72), halo * 0.5);
        col = mix(col, vec3(0.82, 0.28, 0.26) * (0.6 + 0.5 * lum), dome);
        float head = 1.0 - smoothstep(0.25, 0.50, s.x);
        col = mix(col, vec3(0.98, 0.93, 0.72), head);
        return mix(c, col, w);
    }
    if (kind == 19) { // vesicles: clusters of small blisters, each cluster on a red base
        vec4 cluster = skinSpots(sq, 0.045, 0.35 + 0.45 * sev, 0.013, seed);
        float base = 1.0 - smoothstep(0.6, 1.0, cluster.x + 0.15 * skinNoise(sq * 300.0));
        vec3 col = mix(c, vec3(0.84, 0.32, 0.30) * (0.6 + 0.5 * lum), base * (0.55 + 0.35 * sev));
        vec4 v = skinSpots(sq + 0.37, 0.0065, 0.85, 0.0024, seed + 11.0);
        float inside = step(cluster.x, 0.75);
        float blister = (1.0 - smoothstep(0.65, 0.95, v.x)) * inside;
        vec3 fluid = mix(vec3(0.96, 0.90, 0.80), vec3(1.0), 1.0 - smoothstep(0.0, 0.5, length(v.zw + vec2(0.3, 0.3))));
        col = mix(col, fluid, blister * (0.65 + 0.3 * sev));
        float ring = smoothstep(0.7, 0.95, v.x) * (1.0 - smoothstep(0.95, 1.25, v.x)) * inside;
        col = mix(col, vec3(0.66, 0.20, 0.18), ring * 0.5);
        return mix(c, col, w);
    }
    if (kind == 20) { // tram tracks: parallel rows of red-brown marks along the stroke direction
        vec2 along = vec2(cos(angle), sin(angle));
        float u = dot(sq, along);
        float v = dot(sq, vec2(-along.y, along.x));
        float spacing = 0.016;
        float row = floor(v / spacing);
        float off = v - (row + 0.5) * spacing;
        float present = step(skinHash(vec2(row, seed)), 0.55 + 0.40 * sev);
        float run = smoothstep(0.30, 0.45, skinNoise(vec2(u * 35.0, row * 3.1 + seed))); // tracks break and restart
        float pitch = 0.0055;
        float du = u - (floor(u / pitch) + 0.5) * pitch;
        float mark = 1.0 - smoothstep(0.0015, 0.0026, length(vec2(du, off)));
        float line = 1.0 - smoothstep(0.0008, 0.0018, abs(off));
        vec3 col = mix(c, c * vec3(0.88, 0.66, 0.64), line * 0.7);
        col = mix(col, c * vec3(0.62, 0.40, 0.36), mark);
        return mix(c, col, w * present * run * (0.6 + 0.4 * sev));
    }
    return c;
}
