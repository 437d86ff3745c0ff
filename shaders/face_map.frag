// Face map shading, each frame: the skin cache (face_skin.frag: the illustration
// tinted per skin type with the case's conditions, drawn once per case and map
// size) under the coverage of perform mode, per-zone overlays (plan shading,
// debrief verdicts), hatched no-go areas, hover and selection highlights, and
// zone outlines from the id mask. Cheap per pixel: software GL runs it while
// the trainee draws.
#version 330 core

in vec2 vMap;
out vec4 fragColour;

uniform sampler2D uBase;    // RGBA illustration, neutral grey skin (~0.85)
uniform sampler2D uMask;    // zone id per texel (value / 255), 0 = no zone
uniform bool uHasBase;      // false when the illustration failed to load
uniform vec3 uSkin;         // Fitzpatrick skin tone
uniform vec3 uHair;
uniform int uHover;         // zone id under the pointer, 0 = none
uniform int uSelected;      // selected zone id, 0 = none
uniform vec4 uFill[32];     // overlay colour per zone id - 1 (alpha = strength)
uniform int uNoGo[32];      // 1 for no-go areas
uniform int uScalp[32];     // 1 for hair-bearing zones
uniform float uPixel;       // map units per target pixel
uniform sampler2D uHairMask; // face variant's hair (r: 1 = hair), when uHasHairMask
uniform bool uHasHairMask;   // false: the scalp zones are hair, as on face.png
uniform sampler2D uSkinCache; // face_skin.frag's output, pixel for pixel (a: the art's alpha)
uniform bool uHasSkinCache;   // false when face_skin.frag cannot be built: tinted art, no conditions
uniform float uAspect;        // map width / height, so bleeding dots stay round

int zoneAt(vec2 p) {
    return int(texture(uMask, p).r * 255.0 + 0.5);
}

bool touches(int id, int a, int b, int c, int d) {
    return id > 0 && (a == id || b == id || c == id || d == id);
}

#include "face_noise.glsl"
#include "face_tint.glsl"

// ---- Coverage (perform mode; render/coverage_layer) ------------------------
// Pass counts from the attempt's coverage grid. Treated skin reddens a step
// with each pass (erythema is the visible endpoint of a light treatment); at
// depths that bleed (>= 1.0 mm) pinpoint bleeding appears once the passes reach
// the endpoint. Untouched skin keeps its colour, so gaps stay visible.
uniform sampler2D uCoverage;   // r * 255 = passes over the cell
uniform bool uHasCoverage;
uniform float uZonePasses[32]; // per zone id - 1: planned passes, where the endpoint shows
uniform int uBleeds[32];       // per zone id - 1: 1 when the zone's depth bleeds
uniform bool uHeatMap;         // the debrief's heat map instead of skin

// Cividis (colour-blind safe), from 0 (dark blue) to 1 (yellow).
vec3 cividis(float t) {
    t = clamp(t, 0.0, 1.0);
    vec3 a = vec3(0.0, 0.135, 0.304);
    vec3 b = vec3(0.487, 0.482, 0.471);
    vec3 c = vec3(0.995, 0.909, 0.217);
    return t < 0.5 ? mix(a, b, t * 2.0) : mix(b, c, t * 2.0 - 1.0);
}

vec3 applyCoverage(vec3 c, vec2 p, int id) {
    float n = texture(uCoverage, p).r * 255.0;
    float endpoint = id > 0 ? uZonePasses[id - 1] : 3.0;
    if (uHeatMap) {
        // Heat map: every skin texel coloured by passes / planned passes (one
        // pass already past the middle grey, the planned passes yellow);
        // untouched skin stays dark navy, so a gap reads as a hole.
        if (n < 0.05) return mix(c, vec3(0.0, 0.135, 0.304), 0.8);
        return cividis(0.35 + 0.65 * clamp(n / endpoint, 0.0, 1.0));
    }
    if (n < 0.05) return c;
    float reach = clamp(n / endpoint, 0.0, 1.0);
    float amount = smoothstep(0.05, 0.5, n) * (0.22 + 0.43 * reach);
    vec3 erythema = vec3(0.86, 0.24, 0.24);
    c = mix(c, erythema, amount);
    if (id > 0 && uBleeds[id - 1] == 1 && n >= endpoint - 0.02) {
        // Pinpoint dots on a fine jittered grid, each at least ~1.5 pixels across.
        float cell = max(0.006, uPixel * 5.0);
        vec2 q = vec2(p.x * uAspect, p.y) / cell;
        vec2 home = floor(q);
        vec2 jitter = skinHash2(home * 1.7 + 3.1);
        float present = step(0.45, skinHash(home + 11.0));
        float radius = max(0.11, 1.6 * uPixel / cell);
        float d = length(fract(q) - (0.2 + 0.6 * jitter));
        c = mix(c, vec3(0.52, 0.02, 0.06), present * (1.0 - smoothstep(radius * 0.6, radius, d)));
    }
    return c;
}
void main() {
    int id = zoneAt(vMap);
    vec3 colour;
    float alpha;
    if (uHasSkinCache) {
        // The same target size and quad as the cache pass: one texel per pixel.
        vec4 cached = texelFetch(uSkinCache, ivec2(gl_FragCoord.xy), 0);
        colour = cached.rgb;
        alpha = cached.a;
    } else {
        vec4 base = uHasBase ? texture(uBase, vMap) : vec4(vec3(0.86), id > 0 ? 1.0 : 0.0);
        float hair = uHasHairMask ? texture(uHairMask, vMap).r : float(id > 0 && uScalp[id - 1] == 1);
        colour = tinted(mix(uSkin, uHair, hair), base.r);
        alpha = base.a;
    }
    if (alpha < 0.02 && id == 0) discard;

    if (uHasCoverage && alpha > 0.02) colour = applyCoverage(colour, vMap, id);
    if (id > 0) {
        vec4 fill = uFill[id - 1];
        colour = mix(colour, fill.rgb, fill.a);
        if (uNoGo[id - 1] == 1) {
            float stripe = step(0.5, fract((gl_FragCoord.x + gl_FragCoord.y) / 9.0));
            colour = mix(colour, vec3(0.78, 0.16, 0.22), 0.45 * stripe);
        }
        if (id == uHover) colour = mix(colour, vec3(1.0), 0.25);
        if (id == uSelected) colour = mix(colour, vec3(1.0, 0.82, 0.18), 0.22);
    }

    // Outlines where the zone id changes: thin for all zones, thick and gold
    // around the selected one.
    float d = uPixel * 1.2;
    int l = zoneAt(vMap + vec2(-d, 0.0));
    int r = zoneAt(vMap + vec2(d, 0.0));
    int u = zoneAt(vMap + vec2(0.0, -d));
    int w = zoneAt(vMap + vec2(0.0, d));
    bool edge = l != id || r != id || u != id || w != id;
    if (edge && max(max(id, l), max(max(r, u), w)) > 0) colour = mix(colour, vec3(1.0), 0.45);

    float ds = uPixel * 3.0;
    int sl = zoneAt(vMap + vec2(-ds, 0.0));
    int sr = zoneAt(vMap + vec2(ds, 0.0));
    int su = zoneAt(vMap + vec2(0.0, -ds));
    int sw = zoneAt(vMap + vec2(0.0, ds));
    bool selectedEdge = uSelected > 0 && (sl != id || sr != id || su != id || sw != id) &&
                        (id == uSelected || touches(uSelected, sl, sr, su, sw));
    if (selectedEdge) colour = vec3(1.0, 0.80, 0.15);

    fragColour = vec4(colour, max(alpha, id > 0 ? 1.0 : 0.0));
}
