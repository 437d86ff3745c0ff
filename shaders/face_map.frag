// Face map shading: the greyscale illustration tinted to the client's skin
// type, per-zone overlays (plan shading, debrief verdicts), hatched no-go
// areas, hover and selection highlights, and zone outlines from the id mask.
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

int zoneAt(vec2 p) {
    return int(texture(uMask, p).r * 255.0 + 0.5);
}

bool touches(int id, int a, int b, int c, int d) {
    return id > 0 && (a == id || b == id || c == id || d == id);
}

// The greyscale art on a tone; grey 0.85 is the tone itself. Darker art
// (outlines, brows, lips, shadows) is darkened by a power that grows as the
// tone deepens: a plain multiply leaves type VI features faint, since a line
// at half the skin's grey is then only 1.5:1 from it. Art brighter than the
// skin (sclera, catchlights) moves to its own grey so eyes stay white.
vec3 tinted(vec3 tone, float grey) {
    float t = grey / 0.85;
    float depth = 1.0 - dot(tone, vec3(0.2126, 0.7152, 0.0722));
    vec3 shaded = tone * pow(min(t, 1.0), 1.0 + 1.6 * depth) * max(t, 1.0);
    return clamp(mix(shaded, vec3(grey), smoothstep(0.935, 0.95, grey)), 0.0, 1.0);
}

void main() {
    int id = zoneAt(vMap);
    vec4 base = uHasBase ? texture(uBase, vMap) : vec4(vec3(0.86), id > 0 ? 1.0 : 0.0);
    if (base.a < 0.02 && id == 0) discard;

    float hair = uHasHairMask ? texture(uHairMask, vMap).r : float(id > 0 && uScalp[id - 1] == 1);
    vec3 colour = tinted(mix(uSkin, uHair, hair), base.r);

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

    fragColour = vec4(colour, max(base.a, id > 0 ? 1.0 : 0.0));
}
