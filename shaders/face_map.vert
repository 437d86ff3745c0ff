// Face map quad: placed in pixels (y down) by the map viewport, emits map coordinates.
#version 330 core

uniform vec2 uOrigin; // top-left of the map in target pixels
uniform vec2 uSize;   // size of the map in target pixels
uniform vec2 uTarget; // size of the render target in pixels

out vec2 vMap;

const vec2 kCorners[4] = vec2[](vec2(0.0, 0.0), vec2(1.0, 0.0), vec2(0.0, 1.0), vec2(1.0, 1.0));

void main() {
    vec2 corner = kCorners[gl_VertexID];
    vec2 pixel = uOrigin + corner * uSize;
    vMap = corner;
    gl_Position = vec4(pixel.x / uTarget.x * 2.0 - 1.0, 1.0 - pixel.y / uTarget.y * 2.0, 0.0, 1.0);
}
