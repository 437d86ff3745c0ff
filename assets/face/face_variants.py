"""Face variants: the table of ids (sex, age band, hair, beard) and the
drawing-only layers that make them differ: age lines and laxity, hair styles
and beards. Nothing here moves a landmark of face_geometry.py, so every
variant sits on the same zones as face.svg (zones.json never changes).

Each layer function returns SVG elements for one part of the picture; the
hair and beard functions also give the shapes of the hair mask (white = hair)
that the renderer uses to tint hair with the hair colour instead of the skin.
"""

import face_geometry as g
from face_geometry import mirror
from svg_drawing import f, path, smooth

# id: (sex, age band, hair, beard). The core's list (src/core/model/
# face_variant.cpp) must name the same ids; a core test checks the PNGs exist.
VARIANTS = {
    "female-20s": ("female", "20s", "long", "none"),
    "female-20s-short": ("female", "20s", "bob", "none"),
    "female-40s": ("female", "40s", "long", "none"),
    "female-40s-short": ("female", "40s", "bob", "none"),
    "female-60s": ("female", "60s", "bob", "none"),
    "male-20s": ("male", "20s", "short", "none"),
    "male-20s-stubble": ("male", "20s", "short", "stubble"),
    "male-40s": ("male", "40s", "short", "none"),
    "male-40s-beard": ("male", "40s", "short", "full"),
    "male-60s": ("male", "60s", "receding", "none"),
    "male-60s-beard": ("male", "60s", "receding", "full"),
}

# How strongly each age band draws lines and laxity (0 = none, 1 = full).
AGE = {"20s": 0.0, "40s": 0.45, "60s": 1.0}


def both(fn):
    return fn(lambda pts: pts) + fn(mirror)


def line(pts, grey, sw, opacity, blur=None):
    extra = f'opacity="{f(opacity)}"' + (f' filter="url(#{blur})"' if blur else "")
    return path(smooth(pts), stroke=grey, sw=sw, extra=extra)


# --- Age --------------------------------------------------------------------

def age_lines(band):
    """Fine lines, crow's feet, nasolabial folds, forehead lines, marionette
    lines, jowls and neck bands, stronger with age. Drawn over the skin
    shading and under the features."""
    a = AGE[band]
    if a == 0.0:
        return []
    out = []
    # Nasolabial fold: a soft shadow below the crease, a crisp crease line
    # and a light roll above it (the fold's cheek side).
    fold = [(346, 452), (330, 474), (318, 500), (316, 524)]
    out.append(both(lambda m: line(m([(x + 5, y + 2) for x, y in fold]), "#9a9a9a", 8 + 8 * a, 0.35 + 0.3 * a, "b4")
                    + line(m([(x - 6, y - 2) for x, y in fold]), "#ececec", 6, 0.25 + 0.3 * a, "b4")
                    + line(m(fold), "#6f6f6f", 1.2 + 0.6 * a, 0.35 + 0.45 * a)))
    # Crow's feet: short fanned lines at the lateral canthus.
    fan = [[(286, 342), (274, 336), (264, 332)], [(286, 350), (272, 351), (261, 352)],
           [(288, 357), (276, 364), (267, 371)]]
    if a >= 1.0:
        fan += [[(287, 336), (278, 326), (270, 320)], [(290, 362), (282, 374), (276, 384)]]
    out.append(both(lambda m: "".join(line(m(p), "#707070", 1.0 + 0.3 * a, 0.3 + 0.45 * a) for p in fan)))
    # Tear trough / lower-lid line, and bags below it with age.
    out.append(both(lambda m: line(m([(302, 372), (320, 379), (343, 374)]), "#7c7c7c", 1.0 + 0.4 * a, 0.25 + 0.45 * a)))
    # Horizontal forehead lines, broken at the midline and bowed a little.
    n = 1 if a < 1.0 else 3
    for k in range(n):
        y = 268 - k * 20
        pts = [(296, y + 8 - k), (318, y + 2), (344, y - 1), (370, y + 1 + k)]
        out.append(both(lambda m, pts=pts: line(m(pts), "#767676", 1.1 + 0.4 * a, 0.25 + 0.45 * a)
                        + line(m([(x, y2 + 3) for x, y2 in pts]), "#ededed", 2, 0.35, "b2")))
    # Glabellar ("11") lines and upper-lid hooding.
    out.append(both(lambda m: line(m([(373, 290), (371, 306), (370, 318)]), "#7a7a7a", 1.0 + 0.3 * a, 0.2 + 0.45 * a)))
    if a >= 1.0:
        out.append(both(lambda m: line(m([(292, 338), (310, 331), (330, 330), (350, 336)]), "#8a8a8a", 3, 0.55, "b2")))
        # Marionette lines from the mouth corners, jowls over the jawline.
        out.append(both(lambda m: line(m([(336, 510), (330, 530), (324, 552)]), "#707070", 1.4, 0.75)
                        + line(m([(340, 514), (336, 534), (330, 556)]), "#9c9c9c", 8, 0.45, "b4")))
        out.append(both(lambda m: line(m([(296, 520), (306, 548), (322, 566), (340, 576)]), "#9a9a9a", 14, 0.5, "b8")
                        + line(m([(300, 540), (314, 560), (332, 572)]), "#7a7a7a", 1.3, 0.55)))
        # Platysmal bands on the neck.
        out.append(both(lambda m: line(m([(350, 606), (346, 650), (344, 700)]), "#8e8e8e", 1.2, 0.55)
                        + line(m([(354, 606), (350, 650), (348, 700)]), "#e4e4e4", 3, 0.5, "b2")))
        # Fine lip lines (smoker's lines) above the upper lip.
        out.append(both(lambda m: "".join(line(m([(x, 482), (x + 1, 490)]), "#8a8a8a", 0.9, 0.55)
                                          for x in (352, 362, 372))))
    return out


# --- Hair -------------------------------------------------------------------

def _hairline_loop():
    """The scalp area above the hairline (the face.svg hair shape)."""
    o = g.OUTLINE
    top = g.span(o, (232, 330), (384, 46))
    loop = top + mirror(top[::-1])[1:]
    hl = mirror(g.HAIRLINE)[::-1] + g.HAIRLINE[1:]
    return smooth(loop) + " L" + f"{f(hl[0][0])},{f(hl[0][1])} " + smooth(hl, move=False) + " Z"


def _falling_hair_d(length):
    """Hair from the crown falling beside the face: "long" onto the shoulders
    (outside the decollete), "bob" to the jaw. The face and its hairline stay
    clear, so the forehead and temples are never covered."""
    if length == "long":
        outer = [(384, 30), (320, 34), (262, 58), (222, 100), (200, 160), (192, 240),
                 (190, 330), (186, 420), (178, 510), (164, 600), (150, 680), (140, 742)]
        inner = [(150, 745), (220, 728), (258, 714), (282, 694), g.NECK_BASE, (297, 640),
                 (298, 600), g.NECK_TOP, (270, 515), (256, 485), (246, 450), g.J_EAR,
                 (238, 388), (235, 356), (232, 330)]
    else:
        outer = [(384, 32), (318, 36), (258, 60), (218, 104), (198, 170), (192, 250),
                 (194, 340), (200, 420), (212, 478), (232, 506), (252, 508)]
        inner = [(256, 485), (246, 450), g.J_EAR, (238, 388), (235, 356), (232, 330)]
    half = outer + inner
    hl = smooth(g.HAIRLINE[::-1] + mirror(g.HAIRLINE)[1:], move=False)
    return smooth(half) + " " + hl + " " + smooth(mirror(half)[::-1], move=False) + " Z"


def hair(style, grey):
    """(art elements, mask elements) for a hair style."""
    light = "#d0d0d0" if grey else "#b4b4b4"
    dark = "#b0b0b0" if grey else "#9c9c9c"
    strand = "#8c8c8c" if grey else "#808080"
    out, mask = [], []
    fill = (f'<linearGradient id="hairV" gradientUnits="userSpaceOnUse" x1="0" y1="30" x2="0" y2="760">'
            f'<stop offset="0" stop-color="{light}"/><stop offset="1" stop-color="{dark}"/></linearGradient>')
    out.append(f"<defs>{fill}</defs>")
    if style in ("long", "bob"):
        d = _falling_hair_d(style)
        out.append(path(d, fill="url(#hairV)", stroke="#6e6e6e", sw=1.4))
        strands = []
        for k in range(9):
            x0 = 250 - k * 7
            end = 700 if style == "long" else 500
            strands.append(both(lambda m, x0=x0, k=k, end=end: line(m([(x0 + 30, 80 + k * 6), (x0 - 4, 260), (x0 - 10 - k, 420),
                                                                      (x0 - 20 - k * 2, end)]), strand, 1.2, 0.5)))
        out.append(f'<clipPath id="longClip"><path d="{d}"/></clipPath><g clip-path="url(#longClip)">'
                   + "".join(strands) + "</g>")
        mask.append(path(d, fill="#ffffff"))
        # Parting and the hair over the crown.
        scalp = _hairline_loop()
        out.append(path(scalp, fill="url(#hairV)"))
        out.append(path("M384,60 Q380,120 384,190", stroke=strand, sw=1.6, extra='opacity="0.7"'))
        sweep = [both(lambda m, k=k: line(m([(382, 70 + k * 3), (330 - k * 6, 120 + k * 6), (280 - k * 4, 190 + k * 10),
                                             (246, 240 + k * 12)]), strand, 1.2, 0.5)) for k in range(6)]
        out.append(f'<clipPath id="scalpClip"><path d="{scalp}"/></clipPath><g clip-path="url(#scalpClip)">'
                   + "".join(sweep) + "</g>")
        out.append(path(smooth(g.HAIRLINE[::-1] + mirror(g.HAIRLINE)[1:]), stroke="#7e7e7e", sw=1.4))
        mask.append(path(scalp, fill="#ffffff"))
    elif style == "short":
        scalp = _hairline_loop()
        out.append(path(scalp, fill="url(#hairV)"))
        strands = []
        for k in range(-7, 8):
            x0 = 384 + k * 20
            y0 = 192 + abs(k) ** 1.7 * 1.2
            xm = 384 + k * 17 + (8 if k > 0 else -8 if k < 0 else 0)
            strands.append(path(f"M{f(x0)},{f(y0 - 4)} Q{f(xm)},{f(y0 - 70)} {f(384 + k * 8)},{f(70 + abs(k) * 4)}",
                                stroke=strand, sw=1.3, extra='opacity="0.55"'))
        strands.append(path(smooth(g.HAIRLINE[::-1][:-1] + mirror(g.HAIRLINE)), stroke="#8f8f8f", sw=5,
                            extra='opacity="0.45" filter="url(#b2)"'))
        out.append(f'<clipPath id="scalpClip"><path d="{scalp}"/></clipPath><g clip-path="url(#scalpClip)">'
                   + "".join(strands) + "</g>")
        out.append(path(smooth(g.HAIRLINE[::-1] + mirror(g.HAIRLINE)[1:]), stroke="#7e7e7e", sw=1.4))
        mask.append(path(scalp, fill="#ffffff"))
    elif style == "receding":
        # Bald crown; hair kept at the sides, between the face outline and the
        # hairline above the ear (the temple zone stays skin).
        side = (g.span(g.OUTLINE, (232, 330), (227, 168)) + [(240, 172), (252, 200), (258, 240)]
                + g.HAIRLINE[g.HAIRLINE.index((258, 240)) + 1:])
        out.append(both(lambda m: path(smooth(m(side), closed=True), fill="url(#hairV)", stroke="#7e7e7e", sw=1.1)))
        mask.append(both(lambda m: path(smooth(m(side), closed=True), fill="#ffffff")))
        # The scalp is skin: a soft highlight on the dome, faint receded temples.
        out.append(path(smooth([(300, 110), (340, 80), (384, 74), (428, 80), (468, 110)]), stroke="#eeeeee", sw=30,
                        extra='opacity="0.5" filter="url(#b16)"'))
    return out, mask


# --- Beard ------------------------------------------------------------------

# Beard area, viewer's left half: from the sideburn down the face outline to
# the chin centre, back up round the mouth (moustache) to the philtrum.
BEARD_OUT = [(384, 618), (350, 606), (318, 586), (292, 556), (268, 520), (252, 486),
             (242, 450), (238, 400), (236, 340)]
BEARD_IN = [(236, 340), (250, 352), (258, 400), (272, 440), (296, 470), (318, 470),
            (340, 460), (360, 466), (384, 470)]
MOUTH_HOLE = [(334, 505), (352, 493), (384, 484), (416, 493), (434, 505), (416, 524),
              (384, 531), (352, 524)]


def _beard_d():
    half = BEARD_OUT + BEARD_IN[1:]
    loop = half + mirror(half[::-1])[1:-1]
    return smooth(loop, closed=True) + " " + smooth(MOUTH_HOLE, closed=True)


def beard(kind, grey):
    """(art elements, mask elements) for a beard: stubble or full."""
    if kind == "none":
        return [], []
    d = _beard_d()
    clip = f'<clipPath id="beardClip"><path d="{d}" clip-rule="evenodd"/></clipPath>'
    out, mask = [], []
    if kind == "stubble":
        dots = []
        for row in range(0, 300, 5):
            for col in range(0, 210, 5):
                x = 232 + col + (row % 10) * 0.5
                y = 330 + row
                jitter = ((col * 7919 + row * 104729) % 13) / 13.0
                dots.append(f'<circle cx="{f(x + jitter * 3)}" cy="{f(y + jitter * 2)}" r="0.9"/>')
        half = "".join(dots)
        out.append(clip + f'<g clip-path="url(#beardClip)" fill="#6a6a6a" opacity="0.55">{half}'
                   f'<g transform="translate(768,0) scale(-1,1)">{half}</g></g>')
        out.append(path(d, fill="#9a9a9a", extra='fill-rule="evenodd" opacity="0.25" filter="url(#b4)"'))
        mask.append(path(d, fill="#ffffff", extra='fill-rule="evenodd" opacity="0.45" filter="url(#b4)"'))
        return out, mask
    light = "#c4c4c4" if grey else "#9e9e9e"
    dark = "#a8a8a8" if grey else "#8a8a8a"
    strand = "#7e7e7e" if grey else "#6a6a6a"
    out.append(f'<defs><linearGradient id="beardV" gradientUnits="userSpaceOnUse" x1="0" y1="330" x2="0" y2="620">'
               f'<stop offset="0" stop-color="{light}"/><stop offset="1" stop-color="{dark}"/></linearGradient></defs>')
    out.append(path(d, fill="url(#beardV)", stroke="#707070", sw=1.2, extra='fill-rule="evenodd"'))
    curls = []
    for k in range(40):
        x = 246 + (k * 37) % 140
        y = 380 + (k * 53) % 220
        curls.append(line([(x, y), (x + 4, y + 9), (x + 2, y + 18)], strand, 1.1, 0.6))
    half = "".join(curls)
    out.append(clip + f'<g clip-path="url(#beardClip)">{half}<g transform="translate(768,0) scale(-1,1)">{half}</g></g>')
    mask.append(path(d, fill="#ffffff", extra='fill-rule="evenodd"'))
    return out, mask


# --- Sex cues drawn on the shared outline -------------------------------------

def sex_cues(sex, band):
    """Lashes and fuller lip colour for the female variants; heavier brows'
    shadow and an Adam's apple for the male ones."""
    out = []
    if sex == "female":
        # Eyeliner weight on the upper lid and lashes flicked out at the outer corner.
        up = [g.CANTHUS_LAT, (304, 338), (322, 335), (340, 338)]
        lashes = [[(291, 347), (283, 341)], [(295, 343), (288, 335)], [(301, 339), (296, 331)]]
        out.append(both(lambda m: line(m(up), "#262626", 3.4, 0.9)
                        + "".join(line(m(p), "#2a2a2a", 1.6, 0.9) for p in lashes)))
        if band != "60s":
            up = g.LIP_UP + mirror(g.LIP_UP[::-1])[1:]
            lo = mirror(g.LIP_LO[::-1])[:-1] + g.LIP_LO
            d = smooth(up) + " " + smooth([up[-1]] + lo + [up[0]], move=False) + " Z"
            out.append(path(d, fill="#8c8c8c", extra='opacity="0.35"'))
    else:
        out.append(path("M376,624 Q384,616 392,624 Q390,640 384,644 Q378,640 376,624 Z", fill="#a4a4a4",
                        extra='opacity="0.6" filter="url(#b2)"'))
        out.append(path("M378,628 Q384,622 390,628", stroke="#eaeaea", sw=2, extra='opacity="0.6" filter="url(#b2)"'))
        out.append(both(lambda m: line(m([(290, 318), (320, 312), (356, 318)]), "#9a9a9a", 8, 0.45, "b4")))
    return out
