#!/usr/bin/env python3
"""Checks assets/zones.json and draws a review overlay (stdlib only).

    python3 assets/face/check_zones.py                 # checks, prints interior points
    python3 assets/face/check_zones.py --overlay out.png   # also draws the overlay

Checks: ids, 6-40 points, simple polygons, consistent winding, area > 0.0005,
treatable zones of one view (face or body) do not overlap (grid sampling),
centroid inside its zone, view "face" or "body" with region "body" exactly on
the body view. The overlay is drawn per view (OUT.png, and OUT-body.png).
The printed interior point of each zone is the grid point farthest (in
normalised units) from the zone's edges and outside every no-go polygon.
"""
import base64
import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ZONES = os.path.join(HERE, "..", "zones.json")
REQUIRED = """forehead temple_left temple_right periorbital_left periorbital_right nose
cheek_left cheek_right perioral chin jawline_left jawline_right neck decollete
scalp_hairline scalp_crown nogo_eye_left nogo_eye_right nogo_vermilion
nogo_nostrils abdomen thigh_left thigh_right upper_arm_left upper_arm_right""".split()


def area(p):
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(p, p[1:] + p[:1])) / 2


def inside(pt, poly):
    x, y = pt
    c = False
    for (x0, y0), (x1, y1) in zip(poly, poly[1:] + poly[:1]):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            c = not c
    return c


def seg_dist(p, a, b):
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    t = 0 if dx == dy == 0 else max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return ((px - ax - t * dx) ** 2 + (py - ay - t * dy) ** 2) ** 0.5


def edge_dist(pt, poly):
    return min(seg_dist(pt, a, b) for a, b in zip(poly, poly[1:] + poly[:1]))


def crosses(a, b, c, d):
    def o(p, q, r):
        v = (q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0])
        return (v > 1e-12) - (v < -1e-12)
    return o(a, b, c) * o(a, b, d) < 0 and o(c, d, a) * o(c, d, b) < 0


def simple(poly):
    n = len(poly)
    if len(set(map(tuple, poly))) != n:
        return False
    edges = [(poly[i], poly[(i + 1) % n]) for i in range(n)]
    for i in range(n):
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue
            if crosses(*edges[i], *edges[j]):
                return False
    return True


def centroid(poly):
    a = area(poly)
    cx = sum((x0 + x1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(poly, poly[1:] + poly[:1]))
    cy = sum((y0 + y1) * (x0 * y1 - x1 * y0) for (x0, y0), (x1, y1) in zip(poly, poly[1:] + poly[:1]))
    return cx / (6 * a), cy / (6 * a)


def check(zones):
    errors = []
    ids = [z["id"] for z in zones]
    for r in REQUIRED:
        if r not in ids:
            errors.append(f"missing zone {r}")
    signs = set()
    for z in zones:
        total = 0
        for p in z["polygons"]:
            if not 6 <= len(p) <= 40:
                errors.append(f"{z['id']}: {len(p)} points")
            if not simple(p):
                errors.append(f"{z['id']}: polygon not simple")
            signs.add(area(p) > 0)
            total += abs(area(p))
        if total <= 0.0005:
            errors.append(f"{z['id']}: area {total:.5f}")
        big = max(z["polygons"], key=lambda p: abs(area(p)))
        if not inside(centroid(big), big):
            errors.append(f"{z['id']}: centroid outside")
        v = view(z)
        if v not in ("face", "body"):
            errors.append(f"{z['id']}: view {v!r} is not face or body")
        elif (z["region"] == "body") != (v == "body"):
            errors.append(f"{z['id']}: region {z['region']!r} does not fit view {v!r}")
    if len(signs) != 1:
        errors.append("polygons wind in both directions")
    for v in ("face", "body"):
        treat = [z for z in zones if not z["no_go"] and view(z) == v]
        n, over, covered = 300, 0, 0
        for i in range(n):
            for j in range(n):
                pt = ((i + 0.5) / n, (j + 0.5) / n)
                k = sum(any(inside(pt, p) for p in z["polygons"]) for z in treat)
                over += k > 1
                covered += k > 0
        if over:
            errors.append(f"{v}: {over} of {n * n} grid points lie in more than one treatable zone")
        print(f"{v} grid: {over} overlapping points, {covered / n / n:.3f} of the canvas covered")
    return errors


def view(z):
    return z.get("view", "face")


def interior_point(z, nogo_polys, step=0.0025):
    polys = z["polygons"]
    best, best_d = None, -1
    for p in polys:
        xs, ys = [q[0] for q in p], [q[1] for q in p]
        y = min(ys)
        while y < max(ys):
            x = min(xs)
            while x < max(xs):
                pt = (x, y)
                if inside(pt, p) and (z["no_go"] or not any(inside(pt, q) for q in nogo_polys)):
                    d = edge_dist(pt, p)
                    if not z["no_go"]:
                        d = min([d] + [edge_dist(pt, q) for q in nogo_polys if q in polys or
                                       any(inside(v, p) for v in q)])
                    if d > best_d:
                        best, best_d = pt, d
                x += step
            y += step
    return [round(best[0], 3), round(best[1], 3)], best_d


SVG_COLOURS = ["#d7191c", "#2b83ba", "#1a9641", "#7b3294", "#e66101", "#008837",
               "#5e3c99", "#0571b0", "#ca0020", "#4d9221"]


def overlay(zones, points, out_png, art=os.path.join(HERE, "face.png")):
    w, h = 768, 1024
    with open(art, "rb") as fh:
        b64 = base64.b64encode(fh.read()).decode()
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
             f'width="{w}" height="{h}" viewBox="0 0 {w} {h}">',
             f'<rect width="{w}" height="{h}" fill="#ffffff"/>',
             f'<image xlink:href="data:image/png;base64,{b64}" width="{w}" height="{h}"/>']
    for k, z in enumerate(zones):
        col = "#000000" if z["no_go"] else SVG_COLOURS[k % len(SVG_COLOURS)]
        for p in z["polygons"]:
            pts = " ".join(f"{x * w:.1f},{y * h:.1f}" for x, y in p)
            dash = ' stroke-dasharray="4 2"' if z["no_go"] else ""
            parts.append(f'<polygon points="{pts}" fill="{col}" fill-opacity="0.12" '
                         f'stroke="{col}" stroke-width="1.5"{dash}/>')
    for k, z in enumerate(zones):
        col = "#000000" if z["no_go"] else SVG_COLOURS[k % len(SVG_COLOURS)]
        x, y = points[z["id"]]
        label = z["id"].replace("nogo_", "x ")
        parts.append(f'<circle cx="{x * w:.1f}" cy="{y * h:.1f}" r="3" fill="{col}"/>')
        parts.append(f'<text x="{x * w:.1f}" y="{y * h - 5:.1f}" font-family="sans-serif" '
                     f'font-size="10" text-anchor="middle" fill="{col}" stroke="#ffffff" '
                     f'stroke-width="2.5" paint-order="stroke">{label}</text>')
    parts.append("</svg>")
    svg = out_png[:-4] + ".svg"
    with open(svg, "w") as f:
        f.write("\n".join(parts))
    subprocess.run(["rsvg-convert", "-o", out_png, svg], check=True)


def main():
    zones = json.load(open(ZONES))["zones"]
    errors = check(zones)
    nogo = [p for z in zones if z["no_go"] and view(z) == "face" for p in z["polygons"]]
    points = {}
    for z in zones:
        pt, d = interior_point(z, nogo if view(z) == "face" else [])
        points[z["id"]] = pt
        flag = "" if d >= 0.02 else "  <-- closer than 0.02 to an edge"
        print(f'{z["id"]:20s} {pt}  edge distance {d:.3f}{flag}')
    if "--overlay" in sys.argv:
        out = sys.argv[sys.argv.index("--overlay") + 1]
        overlay([z for z in zones if view(z) == "face"], points, out)
        overlay([z for z in zones if view(z) == "body"], points, out[:-4] + "-body.png",
                os.path.join(HERE, "..", "body", "body.png"))
    for e in errors:
        print("ERROR:", e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
