// The skin cache: the greyscale illustration tinted to the client's skin type
// (hair from the variant's mask) with the case's condition layers, drawn into a
// texture at the map's on-screen size. The costly per-pixel work of the face
// map, so it runs only when the case, face, skin type, layers or map placement
// change; face_map.frag reads the result pixel for pixel every frame.
#version 330 core

in vec2 vMap;
out vec4 fragColour;

uniform sampler2D uBase;    // RGBA illustration, neutral grey skin (~0.85)
uniform sampler2D uMask;    // zone id per texel (value / 255), 0 = no zone
uniform bool uHasBase;      // false when the illustration failed to load
uniform vec3 uSkin;         // Fitzpatrick skin tone
uniform vec3 uHair;
uniform int uScalp[32];     // 1 for hair-bearing zones
uniform sampler2D uHairMask; // face variant's hair (r: 1 = hair), when uHasHairMask
uniform bool uHasHairMask;   // false: the scalp zones are hair, as on face.png
uniform float uAspect;      // map width / height, so spots stay round

int zoneAt(vec2 p) {
    return int(texture(uMask, p).r * 255.0 + 0.5);
}

#include "face_noise.glsl"
#include "face_map_outcomes.glsl"
#include "face_skin_layers.glsl"
#include "face_tint.glsl"

void main() {
    int id = zoneAt(vMap);
    vec4 base = uHasBase ? texture(uBase, vMap) : vec4(vec3(0.86), id > 0 ? 1.0 : 0.0);
    if (base.a < 0.02 && id == 0) discard; // stays clear (alpha 0): face_map.frag discards it too

    float hair = uHasHairMask ? texture(uHairMask, vMap).r : float(id > 0 && uScalp[id - 1] == 1);
    vec3 colour = tinted(mix(uSkin, uHair, hair), base.r);
    if (id > 0 && uSkinCount > 0) colour = applySkinLayers(colour, vMap, id);

    // Stored in 8 bits: keep the alpha on its side of face_map.frag's 0.02 tests.
    float alpha = base.a > 0.02 ? max(base.a, 6.0 / 255.0) : min(base.a, 5.0 / 255.0);
    fragColour = vec4(colour, alpha);
}
