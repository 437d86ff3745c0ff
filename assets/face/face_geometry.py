"""Face-map geometry: the single source of truth for zones.json and face.svg.

Everything is authored in pixel space of the 768x1024 illustration (origin top
left, y down) and normalised to 0..1 only when zones.json is written. Only the
viewer's left half (x < 384) is authored; the other half is mirrored. The
viewer's left is the CLIENT's right, so polygons built here get `_right` ids.
"""

from svg_drawing import orient

W, H = 768, 1024
CX = W / 2


def mirror(pts):
    return [(W - x, y) for x, y in pts]


def span(curve, a, b):
    """Points of `curve` from point a to point b inclusive (either direction)."""
    i, j = curve.index(a), curve.index(b)
    return curve[i:j + 1] if i <= j else curve[j:i + 1][::-1]


def ellipse(cx, cy, rx, ry, n=12, tilt=0.0):
    import math
    t = math.radians(tilt)
    out = []
    for k in range(n):
        a = 2 * math.pi * k / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        out.append((round(cx + x * math.cos(t) - y * math.sin(t), 1),
                    round(cy + x * math.sin(t) + y * math.cos(t), 1)))
    return out


# --- Landmarks shared by several zones (viewer-left half) -------------------
E_LAT = (281, 347)    # lateral corner of the eye no-go area
E_MED = (365, 344)    # medial corner of the eye no-go area, on the nasal wall
BT = (284, 318)       # brow tail: forehead / temple corner
N_TOP = (369, 328)    # nasion, left corner of the nose zone
NS3 = (357, 408)      # nasal sidewall at the cheek / periorbital junction
ALA = (343, 443)      # alar crease: nose / cheek / perioral junction
P_CH = (320, 556)     # perioral / chin / jawline junction
J_EAR = (240, 418)    # ear-lobe attachment on the face outline
NECK_TOP = (296, 548)  # neck side meets the jaw outline
NECK_BASE = (295, 674)  # neck side meets the trapezius line

# Head outline from the crown, down the viewer's left, to the chin centre.
OUTLINE = [
    (384, 46), (345, 49), (308, 60), (276, 79), (252, 104), (236, 134),
    (227, 168), (223, 204), (224, 250), (228, 292), (232, 330),
    (235, 356), (238, 388), J_EAR, (246, 450), (256, 485), (270, 515),
    (290, 543), NECK_TOP, (316, 565), (344, 584), (364, 596), (384, 598),
]
# Frontal hairline (skin edge) from the centre to the sideburn in front of the ear.
HAIRLINE = [
    (384, 190), (345, 193), (308, 201), (282, 211), (268, 222),
    (258, 240), (248, 264), (241, 296), (237, 330),
]
# Upper edge of the hairline band; tapers back onto the hairline at the temple.
BAND_TOP = [(384, 140), (340, 143), (300, 152), (268, 168), (249, 188),
            (242, 214), (258, 240)]
# Forehead / temple border, from the temple corner of the hairline.
FORE_LAT = [(268, 222), (277, 256), (283, 288), BT, E_LAT]
# Eye no-go area (lids and orbit): upper edge lateral->medial, lower medial->lateral.
EYE_UP = [E_LAT, (288, 333), (300, 324), (316, 319), (332, 319), (348, 323),
          (359, 332), E_MED]
EYE_LO = [E_MED, (356, 356), (342, 364), (325, 367), (308, 366), (294, 361), E_LAT]
# Nose side from the nasion to the alar crease, then the nose base to the midline.
NOSE_SIDE = [N_TOP, E_MED, (362, 380), NS3, (348, 428), ALA]
NOSE_BASE = [ALA, (350, 455), (366, 459), (384, 461)]
# Lower edge of the under-eye zone, from the nasal wall round the lateral canthus.
UNDER_EYE = [NS3, (340, 414), (318, 418), (296, 412), (280, 398), (272, 374), E_LAT]
TEMPLE_LOW = [(235, 356), (258, 353), E_LAT]
# Nasolabial border of the perioral zone, then the mentolabial (chin) border.
NASOLABIAL = [ALA, (320, 476), (306, 506), (306, 534), P_CH]
CHIN_TOP = [P_CH, (350, 551), (384, 550)]
# Inner edge of the jawline band, from the ear lobe to the perioral border.
JAW_IN = [J_EAR, (272, 432), (286, 468), (298, 500), (306, 534)]
# Neck side, trapezius line to the canvas edge, and the neck base.
NECK_SIDE = [NECK_TOP, (298, 600), (297, 640), NECK_BASE]
TRAPEZIUS = [NECK_BASE, (282, 694), (258, 714), (220, 728), (180, 738),
             (150, 745), (110, 757), (68, 778), (32, 806), (8, 840), (0, 858)]
NECK_BASE_CURVE = [NECK_BASE, (316, 712), (344, 742), (384, 752)]
DECO_SIDE = [(150, 745), (160, 830), (180, 910), (208, 975), (236, 1016)]
# Vermilion: commissure, upper lip to the philtrum dip, lower lip to the midline.
LIP_UP = [(338, 505), (349, 497), (362, 490), (375, 486), (384, 490)]
LIP_LO = [(384, 527), (366, 524), (351, 517)]
NOSTRIL = ellipse(369, 449, 11.5, 6.2, n=12, tilt=12)
# Drawing-only features.
EAR = [(232, 330), (222, 318), (210, 318), (202, 332), (201, 356), (205, 382),
       (213, 404), (224, 420), J_EAR]
EYE_CENTER = (323, 350)
CANTHUS_LAT, CANTHUS_MED = (291, 348), (353, 351)


def head_outline():
    return OUTLINE + mirror(OUTLINE[::-1])[1:-1]


def _half_zones():
    """Zones of the viewer's left half (the CLIENT's right side)."""
    o = OUTLINE
    temple = (HAIRLINE[4:] + span(o, (232, 330), (235, 356)) + TEMPLE_LOW[1:]
              + FORE_LAT[::-1][1:-1])
    periorbital = EYE_LO[::-1] + NOSE_SIDE[2:4] + UNDER_EYE[1:-1]
    cheek = (TEMPLE_LOW + UNDER_EYE[::-1][1:] + NOSE_SIDE[4:] + NASOLABIAL[1:4]
             + JAW_IN[::-1][1:] + span(o, J_EAR, (238, 388)))
    jaw = span(o, J_EAR, (344, 584)) + NASOLABIAL[::-1][:2] + JAW_IN[::-1][1:-1]
    return {"temple": temple, "periorbital": periorbital, "cheek": cheek,
            "jawline": jaw, "nogo_eye": EYE_UP + EYE_LO[1:-1]}


def _mid_zones():
    o = OUTLINE
    side = BAND_TOP + HAIRLINE[HAIRLINE.index(BAND_TOP[-1]) + 1:]
    crown = _sym_path(span(o, (384, 46), (232, 330)) + side[::-1])
    band = _sym_path(BAND_TOP + HAIRLINE[:HAIRLINE.index(BAND_TOP[-1])][::-1])
    forehead = _sym_loop(HAIRLINE[:5] + FORE_LAT[1:] + EYE_UP[1:] + [N_TOP])
    nose = NOSE_SIDE + NOSE_BASE[1:]
    nose = nose[:-1] + mirror(nose[::-1])
    perioral = _sym_path(NOSE_BASE[::-1] + NASOLABIAL[1:] + CHIN_TOP[1:])
    chin = _sym_path(CHIN_TOP[::-1] + span(o, (344, 584), (384, 598)))
    neck = _sym_path(span(o, (384, 598), NECK_TOP) + NECK_SIDE[1:] + NECK_BASE_CURVE[1:])
    deco = _sym_path(NECK_BASE_CURVE[::-1] + TRAPEZIUS[1:6] + DECO_SIDE[1:]
                     + [(384, 1016)])
    lips = LIP_UP + mirror(LIP_UP[::-1])[1:] + mirror(LIP_LO[::-1])[:-1] + LIP_LO
    return {"scalp_crown": crown, "scalp_hairline": band, "forehead": forehead,
            "nose": nose, "perioral": perioral, "chin": chin, "neck": neck,
            "decollete": deco, "nogo_vermilion": [lips],
            "nogo_nostrils": [NOSTRIL, mirror(NOSTRIL)]}


def _sym_path(half):
    """half runs from a midline point to a midline point on the viewer's left;
    returns the closed symmetric loop."""
    assert half[0][0] == CX and half[-1][0] == CX, half
    return half[:-1] + mirror(half[::-1])[:-1]


def _sym_loop(half):
    """half runs from a midline point to a point that pairs with its mirror
    (e.g. nasion left -> nasion right); returns the closed symmetric loop."""
    assert half[0][0] == CX
    return half + mirror(half[::-1])[:-1]


META = {
    "scalp_crown": ("Scalp (crown)", "scalp"),
    "scalp_hairline": ("Scalp (hairline)", "scalp"),
    "forehead": ("Forehead", "face"),
    "temple": ("Temple", "face"),
    "periorbital": ("Under-eye", "face"),
    "nose": ("Nose", "face"),
    "cheek": ("Cheek", "face"),
    "perioral": ("Perioral", "face"),
    "chin": ("Chin", "face"),
    "jawline": ("Jawline", "face"),
    "neck": ("Neck", "neck"),
    "decollete": ("D\u00e9collet\u00e9", "chest"),
    "nogo_eye": ("Eye and eyelids (no-go)", "face"),
    "nogo_vermilion": ("Lips, vermilion (no-go)", "face"),
    "nogo_nostrils": ("Nostrils (no-go)", "face"),
}
ORDER = ["scalp_crown", "scalp_hairline", "forehead", "temple", "periorbital",
         "nose", "cheek", "perioral", "chin", "jawline", "neck", "decollete",
         "nogo_eye", "nogo_vermilion", "nogo_nostrils"]






def zones_px():
    """[(id, label, region, side, no_go, [polygon_px, ...]), ...]"""
    half, mid = _half_zones(), _mid_zones()
    res = []
    for key in ORDER:
        label, region = META[key]
        nogo = key.startswith("nogo_")
        if key in half:
            poly = half[key]
            # viewer-left polygon is the client's right
            for side, p in (("left", mirror(poly)), ("right", poly)):
                zid = key + "_" + side
                res.append((zid, f"{label} ({side})" if not nogo else
                            label.replace(" (no-go)", f", {side} (no-go)"),
                            region, side, nogo, [orient(p)]))
        else:
            polys = mid[key]
            polys = polys if isinstance(polys[0], list) else [polys]
            res.append((key, label, region, "none", nogo, [orient(p) for p in polys]))
    return res


def zones_normalised():
    out = []
    for zid, label, region, side, nogo, polys in zones_px():
        out.append({"id": zid, "label": label, "region": region, "side": side,
                    "no_go": nogo,
                    "polygons": [[[round(x / W, 4), round(y / H, 4)] for x, y in p]
                                 for p in polys]})
    return out
