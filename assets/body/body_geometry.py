"""Body-map geometry: the single source of truth for the body zones in
zones.json and for body.svg (a plain front view: head, torso, arms, thighs).

Authored like face_geometry.py: pixels of a 768x1024 picture (origin top left,
y down), normalised to 0..1 only when zones.json is written, on the same 3:4
canvas as the face so both views share one map viewport. Only the viewer's left
half (x < 384) is authored; the other half is mirrored. The viewer's left is
the CLIENT's right, so polygons built here get `_right` ids.

The silhouette is built from an arm axis and a few landmark curves; each zone
polygon reuses points of the same curves, moved a few pixels inwards, so the
zones lie on the drawn body and never touch its outline.
"""
import math
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "face"))
from svg_drawing import orient  # noqa: E402 (shared with face_geometry.py)

W, H = 768, 1024
CX = W / 2


def mirror(pts):
    return [(W - x, y) for x, y in pts]


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def rnd(pts):
    return [(round(x, 1), round(y, 1)) for x, y in pts]


# --- Proportions (a head is about 140 px; the picture ends below the knees) ----
HEAD_C, HEAD_RX, HEAD_RY = (384, 108), 50, 68
NECK_HALF = 27
CHIN_Y = 176

# The client's right arm (viewer's left), hanging a little away from the body:
# axis from the shoulder joint through the elbow to the wrist, with half widths.
SHOULDER = (236, 262)
ELBOW = (214, 462)
WRIST = (196, 632)
ARM_HALF = [(0.0, 31), (0.55, 26), (1.0, 21)]      # upper arm: along S->E
FOREARM_HALF = [(0.0, 21), (0.35, 23), (1.0, 16)]  # forearm: along E->W


def _half_width(table, t):
    for (t0, w0), (t1, w1) in zip(table, table[1:]):
        if t <= t1:
            return w0 + (w1 - w0) * (t - t0) / (t1 - t0)
    return table[-1][1]


def _edge(a, b, table, sign, ts):
    """Points offset from segment a->b by the half width; sign -1 = outer (away
    from the body, towards smaller x), +1 = inner."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = math.hypot(dx, dy)
    nx, ny = -dy / n, dx / n  # points towards smaller x for a downward axis
    out = []
    for t in ts:
        p = lerp(a, b, t)
        w = _half_width(table, t)
        out.append((p[0] - sign * nx * w, p[1] - sign * ny * w))
    return out


def arm_outer(ts=(0.12, 0.3, 0.5, 0.7, 0.88, 1.0)):
    return _edge(SHOULDER, ELBOW, ARM_HALF, -1, ts)


def arm_inner(ts=(0.18, 0.35, 0.5, 0.7, 0.88, 1.0)):
    return _edge(SHOULDER, ELBOW, ARM_HALF, +1, ts)


def forearm_outer(ts=(0.15, 0.4, 0.65, 0.85, 1.0)):
    return _edge(ELBOW, WRIST, FOREARM_HALF, -1, ts)


def forearm_inner(ts=(0.15, 0.4, 0.65, 0.85, 1.0)):
    return _edge(ELBOW, WRIST, FOREARM_HALF, +1, ts)


# --- Landmark curves (viewer's left half) --------------------------------------
# Neck side and the trapezius slope to the top of the shoulder.
NECK = [(CX - NECK_HALF + 2, 166), (CX - NECK_HALF, 190), (CX - NECK_HALF - 4, 208)]
TRAPEZIUS = [(338, 220), (300, 232), (268, 240), (246, 246)]
# Shoulder cap (deltoid) round to the outer arm.
DELTOID = [(230, 251), (215, 260), (206, 272)]
# The hand, from the outer wrist round the fingertips to the inner wrist.
HAND = [(176, 664), (172, 700), (178, 734), (192, 752), (206, 746), (214, 722),
        (218, 690), (216, 660)]
# Torso side from the armpit down to the widest point of the hip.
ARMPIT = (268, 304)
TORSO = [ARMPIT, (270, 340), (278, 384), (288, 424), (292, 452), (289, 486),
         (281, 524), (273, 560), (268, 598), (266, 632)]
# Outer and inner edge of the leg, down to the picture's lower edge.
LEG_OUT = [(266, 632), (266, 680), (270, 730), (276, 780), (283, 830), (290, 880),
           (293, 925), (292, 970), (295, 1024), (296, 1080)]
LEG_IN = [(352, 1080), (353, 1024), (350, 975), (351, 935), (355, 890), (360, 830), (366, 780),
          (372, 730), (378, 692), (CX, 676)]
CROTCH = (CX, 676)

# Briefs: the waistband and the leg openings (not a zone: no needling there).
WAIST_BAND = [(273, 560), (300, 566), (330, 571), (360, 574), (CX, 575)]
LEG_OPENING = [(267, 622), (300, 644), (332, 664), (358, 682), (372, 690)]
# Lower ribs (costal margin) from the flank to the xiphoid: top of the abdomen.
COSTAL = [(292, 432), (312, 420), (336, 406), (360, 393), (CX, 384)]
KNEE_Y = 890


def silhouette_half():
    """The body outline from the crown down the viewer's left to the crotch."""
    head = []
    for k in range(12):  # crown (0 deg) round the viewer's left towards the jaw
        a = math.radians(k * 12.5)
        head.append((HEAD_C[0] - HEAD_RX * math.sin(a), HEAD_C[1] - HEAD_RY * math.cos(a)))
    arm_down = arm_outer() + forearm_outer()
    arm_up = forearm_inner()[::-1] + arm_inner()[::-1]
    return rnd(head + NECK + TRAPEZIUS + DELTOID + arm_down + HAND + arm_up
               + TORSO + LEG_OUT[1:] + LEG_IN[1:])


def _inset(pts, towards, d):
    """Moves each point d pixels towards a reference point (a cheap inset that
    keeps the zones inside the drawn outline)."""
    out = []
    for x, y in pts:
        vx, vy = towards[0] - x, towards[1] - y
        n = math.hypot(vx, vy) or 1.0
        out.append((x + vx / n * d, y + vy / n * d))
    return out


def _half_zones():
    """Zones of the viewer's left half (the CLIENT's right side)."""
    # Upper arm: below the shoulder cap to above the elbow crease.
    outer = _edge(SHOULDER, ELBOW, ARM_HALF, -1, (0.16, 0.3, 0.45, 0.6, 0.75, 0.88))
    inner = _edge(SHOULDER, ELBOW, ARM_HALF, +1, (0.88, 0.75, 0.6, 0.45, 0.3, 0.2))
    mid = lerp(SHOULDER, ELBOW, 0.5)
    upper_arm = _inset(outer, mid, 5) + _inset(inner, mid, 5)
    # Thigh: below the briefs' leg opening to above the knee.
    centre = (322, 760)
    out_edge = [(268, 634), (269, 680), (272, 730), (278, 780), (284, 830), (289, KNEE_Y)]
    in_edge = [(357, KNEE_Y), (360, 830), (365, 780), (370, 735), (374, 704)]
    top = [(366, 698), (337, 678), (305, 657), (276, 638)]
    thigh = _inset(out_edge + in_edge + top, centre, 5)
    return {"upper_arm": rnd(upper_arm), "thigh": rnd(thigh)}


def _mid_zones():
    # Abdomen: from the lower ribs to the waistband, between the flanks.
    side = [(292, 432), (292, 452), (289, 486), (281, 524), (275, 552)]
    band = [(x, y - 5) for x, y in WAIST_BAND[1:]]  # clear of the briefs' waistband
    half = [(CX, 384)] + COSTAL[::-1][1:-1] + side + band
    half = _inset(half, (CX, 480), 5)
    half[0] = (CX, half[0][1])
    half[-1] = (CX, half[-1][1])
    loop = half[:-1] + mirror(half[::-1])[:-1]
    return {"abdomen": rnd(loop)}


META = {
    "abdomen": ("Abdomen", "body"),
    "upper_arm": ("Upper arm", "body"),
    "thigh": ("Thigh", "body"),
}
ORDER = ["abdomen", "thigh", "upper_arm"]






def zones_px():
    """[(id, label, region, side, no_go, [polygon_px, ...]), ...] like face_geometry."""
    half, mid = _half_zones(), _mid_zones()
    res = []
    for key in ORDER:
        label, region = META[key]
        if key in half:
            poly = half[key]
            for side, p in (("left", mirror(poly)), ("right", poly)):
                res.append((key + "_" + side, f"{label} ({side})", region, side, False, [orient(p)]))
        else:
            res.append((key, label, region, "none", False, [orient(mid[key])]))
    return res


def zones_normalised():
    out = []
    for zid, label, region, side, nogo, polys in zones_px():
        out.append({"id": zid, "label": label, "region": region, "side": side,
                    "no_go": nogo, "view": "body",
                    "polygons": [[[round(x / W, 4), round(y / H, 4)] for x, y in p]
                                 for p in polys]})
    return out
