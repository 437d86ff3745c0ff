// The greyscale illustration on a skin tone (face_skin.frag draws it into the
// skin cache; face_map.frag only when the cache pass cannot be built).
//
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
