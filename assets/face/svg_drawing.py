"""Drawing helpers shared by the project's picture generators (make_face.py
and ../body/make_body.py): number formatting, Catmull-Rom paths, SVG path
elements, and polygon winding for the zone maps."""


def f(v):
    return f"{v:.1f}".rstrip("0").rstrip(".")


def smooth(pts, closed=False, move=True):
    """Catmull-Rom spline through pts as SVG cubic Beziers."""
    n = len(pts)
    d = [f"M{f(pts[0][0])},{f(pts[0][1])}"] if move else []
    for i in range(n if closed else n - 1):
        p0 = pts[(i - 1) % n] if closed or i > 0 else pts[0]
        p1, p2 = pts[i], pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if closed or i + 2 < n else pts[-1]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        d.append(f"C{f(c1[0])},{f(c1[1])} {f(c2[0])},{f(c2[1])} {f(p2[0])},{f(p2[1])}")
    return " ".join(d) + (" Z" if closed else "")


def path(d, fill="none", stroke="none", sw=0, extra=""):
    s = f' stroke="{stroke}" stroke-width="{sw}" stroke-linecap="round" stroke-linejoin="round"' \
        if stroke != "none" else ""
    return f'<path d="{d}" fill="{fill}"{s} {extra}/>'


def signed_area(poly):
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1)
               in zip(poly, poly[1:] + poly[:1])) / 2


def orient(poly):
    """Dedupe consecutive points and make every polygon wind the same way
    (positive shoelace area in y-down coordinates: clockwise on screen)."""
    out = [p for i, p in enumerate(poly) if p != poly[i - 1]]
    return out if signed_area(out) > 0 else out[::-1]
