// Hash and value-noise helpers shared by the face shaders: skin condition
// layers (face_skin.frag) and the coverage pass's bleeding dots (face_map.frag).

float skinHash(vec2 p) {
    p = fract(p * vec2(0.1031, 0.1030));
    p += dot(p, p.yx + 33.33);
    return fract((p.x + p.y) * p.x);
}

vec2 skinHash2(vec2 p) {
    return vec2(skinHash(p), skinHash(p + vec2(17.13, 41.71)));
}

float skinNoise(vec2 p) {
    vec2 i = floor(p);
    vec2 f = fract(p);
    vec2 u = f * f * (3.0 - 2.0 * f);
    return mix(mix(skinHash(i), skinHash(i + vec2(1.0, 0.0)), u.x),
               mix(skinHash(i + vec2(0.0, 1.0)), skinHash(i + vec2(1.0, 1.0)), u.x), u.y);
}

float skinFbm(vec2 p) {
    float v = 0.0;
    float a = 0.5;
    for (int i = 0; i < 4; ++i) {
        v += a * skinNoise(p);
        p = p * 2.03 + vec2(5.2, 1.3);
        a *= 0.5;
    }
    return v / 0.9375;
}

// Scattered features on a grid of cells `cell` wide (height units): for the
// nearest feature present (chance `density`), returns (distance / size,
// feature random, dx, dy) with distances in feature sizes; x = 9 when none.
vec4 skinSpots(vec2 q, float cell, float density, float size, float seed) {
    vec2 g = q / cell;
    vec2 i = floor(g);
    vec4 best = vec4(9.0, 0.0, 0.0, 0.0);
    for (int y = -1; y <= 1; ++y) {
        for (int x = -1; x <= 1; ++x) {
            vec2 c = i + vec2(float(x), float(y));
            vec2 h = skinHash2(c + seed);
            float present = skinHash(c * 1.7 + seed + 3.1);
            if (present > density) continue;
            float s = size * (0.6 + 0.8 * skinHash(c + seed + 7.7));
            vec2 centre = (c + 0.15 + 0.7 * h) * cell;
            vec2 d = (q - centre) / s;
            float dist = length(d);
            if (dist < best.x) best = vec4(dist, present / max(density, 0.001), d);
        }
    }
    return best;
}
