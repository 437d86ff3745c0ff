#!/usr/bin/env python3
"""Writes assets/body/body.svg from body_geometry.py, then rasterises body.png
(768x1024 RGBA) with rsvg-convert if it is installed.

    python3 assets/body/make_body.py

The body zones themselves are written into assets/zones.json by
assets/face/make_face.py (the one writer of that file), from the same
body_geometry.py, so the picture and the zones cannot drift apart.
"""
import os
import shutil
import subprocess

import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "face"))
from svg_drawing import f, path, smooth  # noqa: E402,F401 (shared with make_face.py)

import body_geometry as g  # noqa: E402
from body_geometry import W, H, CX, mirror  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
LINE = "#4d4d4d"


def both(fn):
    return fn(lambda pts: pts) + fn(mirror)


DEFS = """<defs>
 <filter id="b2" filterUnits="userSpaceOnUse" x="0" y="0" width="768" height="1024"><feGaussianBlur stdDeviation="2"/></filter>
 <filter id="b4" filterUnits="userSpaceOnUse" x="0" y="0" width="768" height="1024"><feGaussianBlur stdDeviation="4"/></filter>
 <filter id="b8" filterUnits="userSpaceOnUse" x="0" y="0" width="768" height="1024"><feGaussianBlur stdDeviation="8"/></filter>
 <filter id="b16" filterUnits="userSpaceOnUse" x="0" y="0" width="768" height="1024"><feGaussianBlur stdDeviation="16"/></filter>
 <radialGradient id="skin" gradientUnits="userSpaceOnUse" cx="384" cy="480" r="520">
  <stop offset="0" stop-color="#dedede"/><stop offset="0.6" stop-color="#d6d6d6"/>
  <stop offset="1" stop-color="#c4c4c4"/></radialGradient>
 <linearGradient id="hair" gradientUnits="userSpaceOnUse" x1="0" y1="40" x2="0" y2="120">
  <stop offset="0" stop-color="#a6a6a6"/><stop offset="1" stop-color="#9a9a9a"/></linearGradient>
</defs>"""


def outline_d():
    half = g.silhouette_half()
    # crown -> viewer's left -> crotch, then the mirror image back up to the crown
    loop = half + mirror(half[::-1])[1:-1]
    return smooth(loop, closed=True)


def limb_shading():
    sh = []
    # Shade along each limb's edges so arms and legs read as round.
    for m in (lambda p: p, mirror):
        for edge in (g.arm_outer() + g.forearm_outer(), g.arm_inner() + g.forearm_inner()):
            sh.append(path(smooth(m(edge)), stroke="#b4b4b4", sw=14, extra='opacity="0.55" filter="url(#b8)"'))
        sh.append(path(smooth(m(g.LEG_OUT[:-1])), stroke="#b8b8b8", sw=18, extra='opacity="0.55" filter="url(#b8)"'))
        sh.append(path(smooth(m(g.LEG_IN[1:-1])), stroke="#b8b8b8", sw=14, extra='opacity="0.5" filter="url(#b8)"'))
        sh.append(path(smooth(m(g.TORSO)), stroke="#b8b8b8", sw=20, extra='opacity="0.5" filter="url(#b16)"'))
    return sh


def anatomy():
    sh = []
    # clavicles and the sternal notch
    clav = [(372, 228), (340, 236), (300, 240), (266, 246)]
    sh.append(both(lambda m: path(smooth(m([(x, y + 6) for x, y in clav])), stroke="#a8a8a8", sw=7,
                                  extra='opacity="0.6" filter="url(#b4)"')
                   + path(smooth(m(clav)), stroke="#7e7e7e", sw=1.3, extra='opacity="0.6"')))
    sh.append(path("M374,226 Q384,240 394,226", stroke="#8a8a8a", sw=4, extra='opacity="0.6" filter="url(#b2)"'))
    # pectoral folds and the sternum
    sh.append(both(lambda m: path(smooth(m([(280, 300), (300, 336), (334, 352), (370, 350)])),
                                  stroke="#b0b0b0", sw=12, extra='opacity="0.55" filter="url(#b8)"')))
    sh.append(path("M384,250 L384,372", stroke="#c4c4c4", sw=8, extra='opacity="0.5" filter="url(#b8)"'))
    # lower ribs, linea alba and navel
    sh.append(both(lambda m: path(smooth(m(g.COSTAL)), stroke="#b6b6b6", sw=10,
                                  extra='opacity="0.5" filter="url(#b8)"')))
    sh.append(path("M384,392 L384,560", stroke="#c6c6c6", sw=6, extra='opacity="0.5" filter="url(#b4)"'))
    sh.append('<ellipse cx="384" cy="486" rx="5" ry="7" fill="#8c8c8c" filter="url(#b2)"/>')
    sh.append(path("M379,481 Q384,476 389,481", stroke="#6e6e6e", sw=1.3))
    # elbow creases and knee caps
    sh.append(both(lambda m: path(smooth(m([(206, 458), (216, 464), (226, 462)])), stroke="#8e8e8e", sw=1.4,
                                  extra='opacity="0.7"')))
    sh.append(both(lambda m: f'<ellipse cx="{f(m([(325, 935)])[0][0])}" cy="935" rx="22" ry="28" '
                             f'fill="#e4e4e4" opacity="0.7" filter="url(#b8)"/>'
                   + path(smooth(m([(304, 962), (325, 972), (346, 962)])), stroke="#9a9a9a", sw=4,
                          extra='opacity="0.6" filter="url(#b2)"')))
    # groove between the thighs' muscles, faint
    sh.append(both(lambda m: path(smooth(m([(300, 700), (318, 790), (334, 880)])), stroke="#c2c2c2", sw=10,
                                  extra='opacity="0.45" filter="url(#b8)"')))
    # knuckles
    sh.append(both(lambda m: path(smooth(m([(180, 716), (194, 724), (208, 718)])), stroke="#9a9a9a", sw=1.2,
                                  extra='opacity="0.7"')))
    return sh


def briefs():
    """Plain briefs over the pelvis: clearly clothing, clearly not a zone."""
    # outline: waistband left->right, right leg opening down to the crotch, left one back up
    top = [(270, 556)] + g.WAIST_BAND[1:-1] + [(CX, 575)] + mirror(g.WAIST_BAND[1:-1][::-1]) + [(W - 270, 556)]
    right_side = [(W - 268, 598), (W - 267, 622)] + mirror(g.LEG_OPENING[1:])
    left_side = g.LEG_OPENING[1:][::-1] + [(267, 622), (268, 598)]
    pts = top + right_side + [(CX + 6, 694), (CX - 6, 694)] + left_side
    d = smooth(pts, closed=True)
    out = [path(d, fill="#9c9c9c", stroke=LINE, sw=1.8)]
    # waistband, seams and a soft fold
    band = [(271, 572)] + [(x, y + 14) for x, y in g.WAIST_BAND[1:-1]] + [(CX, 589)]
    band = band + mirror(band[::-1])[1:]
    out.append(path(smooth(band), stroke="#7c7c7c", sw=1.6, extra='opacity="0.9"'))
    out.append(path(smooth(band), stroke="#b4b4b4", sw=6, extra='opacity="0.5" filter="url(#b2)" transform="translate(0,-7)"'))
    out.append(both(lambda m: path(smooth(m([(p[0], p[1] - 8) for p in g.LEG_OPENING])), stroke="#848484", sw=1.1,
                                   extra='stroke-dasharray="3 3" opacity="0.8"')))
    out.append(path(smooth([(360, 600), (384, 640), (408, 600)]), stroke="#8a8a8a", sw=8,
                    extra='opacity="0.4" filter="url(#b8)"'))
    return out


def hair():
    pts = [(384, 38), (352, 42), (336, 58), (330, 84), (334, 104), (344, 86), (362, 74), (384, 70)]
    loop = pts + mirror(pts[::-1])[1:-1]
    return [path(smooth(loop, closed=True), fill="url(#hair)", stroke="#7e7e7e", sw=1.2)]


def ears():
    ear = [(337, 100), (329, 104), (328, 122), (333, 134), (339, 132)]
    return [both(lambda m: path(smooth(m(ear)), fill="#d0d0d0", stroke=LINE, sw=1.6))]


def svg():
    d = outline_d()
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" viewBox="0 0 {W} {H}">',
             "<!-- Generated by make_body.py from body_geometry.py; edit those, not this. -->",
             DEFS,
             path(d, fill="url(#skin)"),
             f'<clipPath id="bodyClip"><path d="{d}"/></clipPath>',
             '<g clip-path="url(#bodyClip)">' + "".join(limb_shading() + anatomy()) + "</g>"]
    parts.extend(ears())
    parts.append(path(d, stroke=LINE, sw=2.2))
    parts.extend(hair())
    parts.extend(briefs())
    parts.append("</svg>")
    return "\n".join(parts)


def main():
    svg_path = os.path.join(HERE, "body.svg")
    with open(svg_path, "w") as fh:
        fh.write(svg())
    if shutil.which("rsvg-convert"):
        subprocess.run(["rsvg-convert", "-w", str(W), "-h", str(H), "-o",
                        os.path.join(HERE, "body.png"), svg_path], check=True)
    else:
        print("rsvg-convert not found: body.png not updated (apt-get install librsvg2-bin)")


if __name__ == "__main__":
    main()
