#!/usr/bin/env python3
"""Writes assets/zones.json and assets/face/face.svg from face_geometry.py,
then rasterises face.png (768x1024 RGBA) with rsvg-convert if it is installed.
zones.json also gets the body view's zones from ../body/body_geometry.py.

    python3 assets/face/make_face.py

Anatomical outlines in the SVG (head, hairline, neck, trapezius, eye no-go,
lips, nostrils) are smooth curves through the same vertices as the zone
polygons, so the picture and the map cannot drift apart.
"""
import json
import os
import shutil
import subprocess
import sys

import face_geometry as g
from svg_drawing import f, path, smooth  # noqa: F401 (f is used in f-strings below)
from face_geometry import W, H, mirror

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "body"))
import body_geometry  # noqa: E402  (the body view's zones, drawn by ../body/make_body.py)

HERE = os.path.dirname(os.path.abspath(__file__))
LINE = "#4d4d4d"


def both(fn):
    """Draw a feature for the viewer's left half and its mirror image."""
    return fn(lambda pts: pts) + fn(mirror)


DEFS = """<defs>
 <filter id="b2" filterUnits="userSpaceOnUse" x="0" y="0" width="768" height="1024"><feGaussianBlur stdDeviation="2"/></filter>
 <filter id="b4" filterUnits="userSpaceOnUse" x="0" y="0" width="768" height="1024"><feGaussianBlur stdDeviation="4"/></filter>
 <filter id="b8" filterUnits="userSpaceOnUse" x="0" y="0" width="768" height="1024"><feGaussianBlur stdDeviation="8"/></filter>
 <filter id="b16" filterUnits="userSpaceOnUse" x="0" y="0" width="768" height="1024"><feGaussianBlur stdDeviation="16"/></filter>
 <radialGradient id="skinHead" gradientUnits="userSpaceOnUse" cx="384" cy="360" r="250">
  <stop offset="0" stop-color="#e2e2e2"/><stop offset="0.55" stop-color="#dadada"/>
  <stop offset="0.85" stop-color="#cdcdcd"/><stop offset="1" stop-color="#bdbdbd"/></radialGradient>
 <radialGradient id="skinBody" gradientUnits="userSpaceOnUse" cx="384" cy="860" r="470">
  <stop offset="0" stop-color="#dcdcdc"/><stop offset="0.6" stop-color="#d4d4d4"/>
  <stop offset="1" stop-color="#bcbcbc"/></radialGradient>
 <linearGradient id="neckShade" x1="0" y1="0" x2="1" y2="0">
  <stop offset="0" stop-color="#c4c4c4"/><stop offset="0.3" stop-color="#d6d6d6"/>
  <stop offset="0.7" stop-color="#d6d6d6"/><stop offset="1" stop-color="#c4c4c4"/></linearGradient>
 <linearGradient id="hair" gradientUnits="userSpaceOnUse" x1="0" y1="40" x2="0" y2="330">
  <stop offset="0" stop-color="#bdbdbd"/><stop offset="1" stop-color="#a9a9a9"/></linearGradient>
 <radialGradient id="iris" cx="0.5" cy="0.5" r="0.5">
  <stop offset="0" stop-color="#7a7a7a"/><stop offset="0.7" stop-color="#646464"/>
  <stop offset="1" stop-color="#3f3f3f"/></radialGradient>
 <linearGradient id="lips" gradientUnits="userSpaceOnUse" x1="0" y1="486" x2="0" y2="527">
  <stop offset="0" stop-color="#a9a9a9"/><stop offset="0.45" stop-color="#a2a2a2"/>
  <stop offset="0.55" stop-color="#b4b4b4"/><stop offset="1" stop-color="#b9b9b9"/></linearGradient>
</defs>"""


def body():
    side = g.NECK_SIDE + g.TRAPEZIUS[1:]
    top = [(300, 520)] + side
    right = mirror(top[::-1])
    d = smooth(top) + " L0,1024 L768,1024 L768,872 " + smooth(right, move=False)[0:] + " Z"
    out = [path(d, fill="url(#skinBody)")]
    clip = f'<clipPath id="bodyClip"><path d="{d}"/></clipPath>'
    sh = []
    # neck: cylinder shading and the shadow the jaw casts
    neck = g.zones_px()[[z[0] for z in g.zones_px()].index("neck")][5][0]
    sh.append(path(smooth(neck, closed=True), fill="url(#neckShade)", extra='opacity="0.9"'))
    jaw = g.OUTLINE[16:] + mirror(g.OUTLINE[16:-1][::-1])
    jaw_d = smooth([(x, y + 16) for x, y in jaw])
    sh.append(path(jaw_d, stroke="#8e8e8e", sw=34, extra='opacity="0.55" filter="url(#b8)"'))
    # sternocleidomastoid: groove along the anterior border, light on the belly
    scm = lambda m: (path(smooth(m([(300, 575), (318, 640), (344, 708), (370, 752)])),
                          stroke="#a6a6a6", sw=7, extra='opacity="0.7" filter="url(#b4)"')
                     + path(smooth(m([(298, 600), (306, 650), (326, 705), (356, 750)])),
                            stroke="#e6e6e6", sw=8, extra='opacity="0.6" filter="url(#b4)"')
                     + path(smooth(m([(304, 590), (322, 648), (346, 708), (370, 750)])),
                            stroke="#8a8a8a", sw=1.2, extra='opacity="0.45"'))
    sh.append(both(scm))
    # sternal notch and clavicles
    sh.append(path("M370,746 Q384,766 398,746", stroke="#8a8a8a", sw=5,
                   extra='opacity="0.6" filter="url(#b2)"'))
    clav = [(368, 758), (332, 768), (285, 765), (235, 755), (190, 752), (160, 757)]
    cl = lambda m: (path(smooth(m([(x, y + 8) for x, y in clav])), stroke="#a0a0a0", sw=9,
                         extra='opacity="0.7" filter="url(#b4)"')
                    + path(smooth(m([(x, y - 3) for x, y in clav])), stroke="#eeeeee", sw=6,
                           extra='opacity="0.8" filter="url(#b2)"')
                    + path(smooth(m(clav)), stroke="#7c7c7c", sw=1.4, extra='opacity="0.7"'))
    sh.append(both(cl))
    # upper chest: faint pectoral fold and sternum
    pec = lambda m: path(smooth(m([(190, 800), (214, 880), (262, 960), (340, 1010)])),
                         stroke="#c4c4c4", sw=30, extra='opacity="0.5" filter="url(#b16)"')
    sh.append(both(pec))
    sh.append(path("M384,790 L384,960", stroke="#bdbdbd", sw=10, extra='opacity="0.5" filter="url(#b8)"'))
    trap = [(300, 690), (240, 724), (160, 746), (70, 784), (0, 846)]
    sh.append(both(lambda m: path(smooth(m(trap)), stroke="#e8e8e8", sw=10,
                                  extra='opacity="0.5" filter="url(#b4)"')))
    out.append(clip + '<g clip-path="url(#bodyClip)">' + "".join(sh) + "</g>")
    out.append(path(smooth(side), stroke=LINE, sw=2))
    out.append(path(smooth(mirror(side)), stroke=LINE, sw=2))
    return out


def ears():
    def ear(m):
        e = m(g.EAR)
        return (path(smooth(e, closed=True), fill="#d2d2d2", stroke=LINE, sw=2)
                + path(smooth(m([(226, 330), (214, 328), (209, 342), (210, 366), (216, 392),
                                 (226, 408)])), stroke="#7a7a7a", sw=1.6)
                + path(smooth(m([(228, 352), (219, 362), (222, 384), (231, 396)])),
                       stroke="#a0a0a0", sw=5, extra='filter="url(#b2)"'))
    return [both(ear)]


def head():
    o = g.head_outline()
    d = smooth(o, closed=True)
    out = [path(d, fill="url(#skinHead)")]
    sh = []
    # temples, cheek hollows, jaw turning away, eye sockets
    sh.append(both(lambda m: path(smooth(m([(250, 250), (246, 300), (252, 345)])),
                                  stroke="#bcbcbc", sw=26, extra='opacity="0.6" filter="url(#b16)"')))
    sh.append(both(lambda m: path(smooth(m([(262, 430), (286, 470), (304, 500)])),
                                  stroke="#c2c2c2", sw=22, extra='opacity="0.6" filter="url(#b16)"')))
    sh.append(both(lambda m: path(smooth(m([(296, 412), (318, 400), (340, 398)])),
                                  stroke="#e6e6e6", sw=26, extra='opacity="0.45" filter="url(#b16)"')))
    sh.append(both(lambda m: path(smooth(m([(290, 332), (320, 326), (356, 336)])),
                                  stroke="#c0c0c0", sw=14, extra='opacity="0.55" filter="url(#b4)"')))
    sh.append(both(lambda m: path(smooth(m([(356, 338), (366, 350), (368, 362)])),
                                  stroke="#b2b2b2", sw=8, extra='opacity="0.6" filter="url(#b4)"')))
    sh.append(path(smooth([(262, 260), (320, 235), (384, 232), (448, 235), (506, 260)]),
                   stroke="#ececec", sw=40, extra='opacity="0.5" filter="url(#b16)"'))
    out.append('<clipPath id="headClip"><path d="' + d + '"/></clipPath>'
               '<g clip-path="url(#headClip)">' + "".join(sh) + "</g>")
    return out


def hair():
    o = g.OUTLINE
    top = g.span(o, (232, 330), (384, 46))
    loop = top + mirror(top[::-1])[1:]
    hl = mirror(g.HAIRLINE) [::-1] + g.HAIRLINE[1:]
    d = smooth(loop) + " L" + " ".join(f"{f(x)},{f(y)}" for x, y in hl[:1]) + " " \
        + smooth(hl, move=False) + " Z"
    out = [path(d, fill="url(#hair)")]
    strands = []
    for k in range(-7, 8):
        x0 = 384 + k * 20
        y0 = 192 + abs(k) ** 1.7 * 1.2
        xm = 384 + k * 17 + (8 if k > 0 else -8 if k < 0 else 0)
        strands.append(path(f"M{f(x0)},{f(y0 - 4)} Q{f(xm)},{f(y0 - 70)} {f(384 + k * 8)},{f(70 + abs(k) * 4)}",
                            stroke="#9a9a9a", sw=1.3, extra='opacity="0.55"'))
    for s in (1, -1):
        for k in range(4):
            y = 236 + k * 22
            strands.append(path(f"M{f(384 + s * (128 - k * 1))},{f(y)} Q{f(384 + s * 150)},{f(y - 60)} {f(384 + s * 128)},{f(y - 140)}",
                                stroke="#9a9a9a", sw=1.2, extra='opacity="0.5"'))
    strands.append(path(smooth(g.HAIRLINE[::-1][:-1] + mirror(g.HAIRLINE)),
                        stroke="#8f8f8f", sw=5, extra='opacity="0.45" filter="url(#b2)"'))
    out.append('<clipPath id="hairClip"><path d="' + d + '"/></clipPath>'
               '<g clip-path="url(#hairClip)">' + "".join(strands) + "</g>")
    out.append(path(smooth(hl), stroke="#7e7e7e", sw=1.4))
    return out


def face_outline():
    return [path(smooth(g.head_outline(), closed=True), stroke=LINE, sw=2.2)]


def brows():
    def brow(m):
        up = [(357, 307), (340, 301), (318, 299), (298, 304), (286, 313)]
        lo = [(286, 313), (300, 311), (320, 308), (340, 310), (357, 316)]
        d = smooth(m(up)) + " " + smooth(m(lo), move=False)[0:] + " Z"
        return (path(d, fill="#7a7a7a", extra='filter="url(#b2)" opacity="0.8"')
                + path(d, fill="#6f6f6f", extra='opacity="0.7"'))
    return [both(brow)]


def eyes():
    def eye(m):
        cl, cm = g.CANTHUS_LAT, g.CANTHUS_MED
        up = [cl, (304, 338), (322, 335), (340, 338), cm]
        lo = [cm, (338, 358), (320, 360), (302, 357), cl]
        d = smooth(m(up)) + " " + smooth(m(lo), move=False) + " Z"
        cx, cy = m([g.EYE_CENTER])[0]
        cid = "eyeClip" + ("R" if cx < 384 else "L")
        s = [path(d, fill="#f1f1f1"),
             f'<clipPath id="{cid}"><path d="{d}"/></clipPath><g clip-path="url(#{cid})">'
             f'<circle cx="{cx}" cy="{cy - 2}" r="12.5" fill="url(#iris)"/>'
             f'<circle cx="{cx}" cy="{cy - 2}" r="5" fill="#1f1f1f"/>'
             f'<circle cx="{cx + 4}" cy="{cy - 6}" r="2.2" fill="#ffffff"/>'
             + path(smooth(m(up)), stroke="#8c8c8c", sw=6, extra='opacity="0.6" filter="url(#b2)"')
             + "</g>",
             path(smooth(m(up)), stroke="#333333", sw=2.6),
             path(smooth(m(lo)), stroke="#6e6e6e", sw=1.2),
             path(smooth(m([(294, 340), (308, 329), (324, 326), (340, 329), (352, 338)])),
                  stroke="#8a8a8a", sw=1.3),
             path(smooth(m([(300, 366), (320, 371), (342, 367)])), stroke="#b4b4b4", sw=1.1),
]
        return "".join(s)
    return [both(eye)]


def nose():
    def side(m):
        return (path(smooth(m([(372, 338), (368, 372), (363, 404), (354, 426)])),
                     stroke="#b0b0b0", sw=8, extra='opacity="0.7" filter="url(#b4)"')
                + path(smooth(m([(360, 424), (347, 430), (344, 444), (352, 455)])),
                       stroke="#6a6a6a", sw=1.7)
                + path(smooth(m([(367, 400), (364, 418)])), stroke="#9a9a9a", sw=1.2,
                       extra='opacity="0.6"'))
    out = [both(side)]
    out.append('<ellipse cx="384" cy="430" rx="13" ry="11" fill="#efefef" filter="url(#b4)"/>')
    out.append('<ellipse cx="384" cy="462" rx="30" ry="5" fill="#a8a8a8" opacity="0.6" filter="url(#b4)"/>')
    out.append(path("M384,340 L384,412", stroke="#ebebeb", sw=7, extra='opacity="0.7" filter="url(#b4)"'))
    for n in (g.NOSTRIL, mirror(g.NOSTRIL)):
        out.append(path(smooth(n, closed=True), fill="#8a8a8a", stroke="#6a6a6a", sw=1))
        cx = sum(x for x, _ in n) / len(n)
        out.append(f'<ellipse cx="{f(cx)}" cy="450" rx="6.5" ry="3.2" fill="#4a4a4a" '
                   f'filter="url(#b2)" transform="rotate({12 if cx < 384 else -12} {f(cx)} 450)"/>')
    out.append(path(smooth([(356, 455), (370, 458), (384, 460), (398, 458), (412, 455)]),
                    stroke="#7a7a7a", sw=1.1, extra='opacity="0.7"'))
    return out


def mouth():
    lips = g.zones_px()[[z[0] for z in g.zones_px()].index("nogo_vermilion")][5][0]
    up = g.LIP_UP + mirror(g.LIP_UP[::-1])[1:]
    lo = mirror(g.LIP_LO[::-1])[:-1] + g.LIP_LO
    d = smooth(up) + " " + smooth([up[-1]] + lo + [up[0]], move=False) + " Z"
    stomion = [(338, 505), (356, 507), (384, 509), (412, 507), (430, 505)]
    out = [both(lambda m: path(smooth(m([(382, 464), (378, 476), (376, 486)])), stroke="#a8a8a8",
                               sw=3, extra='opacity="0.6" filter="url(#b2)"')),
           both(lambda m: path(smooth(m([(346, 450), (332, 472), (324, 494)])), stroke="#b0b0b0",
                               sw=6, extra='opacity="0.45" filter="url(#b4)"')),
           path(d, fill="url(#lips)", stroke="#7c7c7c", sw=1.2),
           '<ellipse cx="384" cy="517" rx="18" ry="4" fill="#d4d4d4" filter="url(#b2)"/>',
           path(smooth(stomion), stroke="#444444", sw=2),
           '<ellipse cx="384" cy="540" rx="24" ry="5" fill="#b6b6b6" opacity="0.7" filter="url(#b4)"/>',
           path(smooth([(366, 543), (384, 546), (402, 543)]), stroke="#a0a0a0", sw=1.2),
           '<ellipse cx="384" cy="574" rx="22" ry="12" fill="#e8e8e8" opacity="0.7" filter="url(#b8)"/>']
    assert lips  # the drawn lips follow the no-go polygon's vertices
    return out


def svg():
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{W}" height="{H}" '
             f'viewBox="0 0 {W} {H}">',
             "<!-- Generated by make_face.py from face_geometry.py; edit those, not this. -->",
             DEFS]
    for layer in (body(), ears(), head(), hair(), face_outline(), brows(), eyes(), nose(), mouth()):
        parts.extend(layer)
    parts.append("</svg>")
    return "\n".join(parts)


def dump_zones(doc):
    """JSON with one line per polygon: readable diffs, still plain JSON."""
    head = {k: v for k, v in doc.items() if k != "zones"}
    lines = ["{" + json.dumps(head)[1:-1] + ',', ' "zones": [']
    for i, z in enumerate(doc["zones"]):
        meta = {k: v for k, v in z.items() if k != "polygons"}
        polys = ",\n".join("   " + json.dumps(p) for p in z["polygons"])
        end = "," if i + 1 < len(doc["zones"]) else ""
        lines.append("  {" + json.dumps(meta, ensure_ascii=False)[1:-1]
                     + ', "polygons": [\n' + polys + "]}" + end)
    lines.append(" ]\n}\n")
    return "\n".join(lines)


def main():
    # Face zones first (their order is the zone-id mask's), then the body view's.
    zones = {"$schema": "../cases/schema/zone_map.schema.json", "kind": "zone_map",
             "schema_version": 1, "aspect": [3, 4],
             "zones": g.zones_normalised() + body_geometry.zones_normalised()}
    with open(os.path.join(HERE, "..", "zones.json"), "w") as fh:
        fh.write(dump_zones(zones))
    svg_path = os.path.join(HERE, "face.svg")
    with open(svg_path, "w") as fh:
        fh.write(svg())
    if shutil.which("rsvg-convert"):
        subprocess.run(["rsvg-convert", "-w", str(W), "-h", str(H), "-o",
                        os.path.join(HERE, "face.png"), svg_path], check=True)
    else:
        print("rsvg-convert not found: face.png not updated (apt-get install librsvg2-bin)")


if __name__ == "__main__":
    main()
