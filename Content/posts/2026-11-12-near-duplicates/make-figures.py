#!/usr/bin/env python3
"""Runs the small experiment of the post "Finding near-duplicate posts with MinHash" and draws its figures.

Everything is seeded, so the SVG files and the printed tables are the same on every run:
    python3 make-figures.py
"""
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
A = ("sitegen reads every post once and writes the whole site to a staging folder "
     "before it swaps the folder into place")
B = ("sitegen reads each post once and writes the whole site to a staging folder "
     "before swapping it into place")
SIZES = [4, 8, 16, 32, 64, 128]
TRIALS = 2000
BANDINGS = [(20, 3), (10, 6), (6, 10)]  # (bands b, rows r), all with b * r = 60 hash functions

STYLE = """<style>
  .ink { fill: #1d1f21; } .muted { fill: #5b6168; } .axis { stroke: #5b6168; } .grid { stroke: #d5d8dc; }
  .c0 { stroke: #0b5cad; } .c1 { stroke: #b35900; } .c2 { stroke: #1a7f37; }
  .f0 { fill: #0b5cad; } .f1 { fill: #b35900; } .f2 { fill: #1a7f37; }
  text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  @media (prefers-color-scheme: dark) {
    .ink { fill: #e6e6e3; } .muted { fill: #a2a8b0; } .axis { stroke: #a2a8b0; } .grid { stroke: #30343a; }
    .c0 { stroke: #7cb7ff; } .c1 { stroke: #ffab5e; } .c2 { stroke: #56d364; }
    .f0 { fill: #7cb7ff; } .f1 { fill: #ffab5e; } .f2 { fill: #56d364; }
  }
</style>"""


def shingles(text, k=3):
    words = text.split()
    return {" ".join(words[i:i + k]) for i in range(len(words) - k + 1)}


def estimate(a, b, k, rng):
    """The MinHash estimate of J(a, b) with k independent random orderings of the shingles."""
    union = sorted(a | b)
    agree = 0
    for _ in range(k):
        rank = {s: rng.random() for s in union}
        agree += min(a, key=rank.get) == min(b, key=rank.get)
    return agree / k


def experiment():
    a, b = shingles(A), shingles(B)
    j = len(a & b) / len(a | b)
    rng = random.Random(2026)
    rows = []
    for k in SIZES:
        values = [estimate(a, b, k, rng) for _ in range(TRIALS)]
        mean = sum(values) / TRIALS
        sd = math.sqrt(sum((v - mean) ** 2 for v in values) / (TRIALS - 1))
        rows.append((k, mean, sd, math.sqrt(j * (1 - j) / k)))
    return j, rows


def svg(width, height, title, body):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img">\n<title>{title}</title>\n{STYLE}\n{body}\n</svg>\n')


def frame(left, top, width, height, xticks, yticks, xlabel, ylabel):
    out = []
    for value, y in yticks:
        out.append(f'<path class="grid" d="M{left} {y:.1f}h{width}"/>')
        out.append(f'<text class="muted" x="{left - 7}" y="{y + 4:.1f}" font-size="11.5" text-anchor="end">{value}</text>')
    for value, x in xticks:
        out.append(f'<text class="muted" x="{x:.1f}" y="{top + height + 17}" font-size="11.5" text-anchor="middle">{value}</text>')
    out.append(f'<path class="axis" d="M{left} {top}v{height}h{width}" fill="none" stroke-width="1.2"/>')
    out.append(f'<text class="muted" x="{left + width / 2}" y="{top + height + 36}" font-size="12" text-anchor="middle">{xlabel}</text>')
    out.append(f'<text class="muted" transform="translate(14 {top + height / 2}) rotate(-90)" font-size="12" '
               f'text-anchor="middle">{ylabel}</text>')
    return out


def error_plot(j, rows):
    left, top, width, height = 52, 16, 250, 170
    ymax = 0.25

    def x(k):
        return left + (math.log2(k) - 2) / 5 * width

    def y(v):
        return top + height - v / ymax * height

    body = frame(left, top, width, height, [(k, x(k)) for k in SIZES],
                 [(f"{v:.2f}", y(v)) for v in (0, 0.05, 0.1, 0.15, 0.2, 0.25)],
                 "hash functions k (log scale)", "standard error of the estimate")
    points = " ".join(f"{x(k):.1f},{y(math.sqrt(j * (1 - j) / k)):.1f}"
                      for k in [2 ** (2 + i / 20) for i in range(101)])
    body.append(f'<polyline class="c0" points="{points}" fill="none" stroke-width="2"/>')
    for k, _, sd, _ in rows:
        body.append(f'<circle class="f1" cx="{x(k):.1f}" cy="{y(sd):.1f}" r="4"/>')
    body.append(f'<path class="c0" d="M{left + 120} {top + 12}h22" stroke-width="2"/>'
                f'<text class="ink" x="{left + 148}" y="{top + 16}" font-size="11.5">theory</text>')
    body.append(f'<circle class="f1" cx="{left + 131}" cy="{top + 30}" r="4"/>'
                f'<text class="ink" x="{left + 148}" y="{top + 34}" font-size="11.5">{TRIALS} trials</text>')
    return svg(320, 230, "Standard error of the MinHash estimate against the number of hash functions", "\n".join(body))


def s_curves():
    left, top, width, height = 52, 40, 250, 170

    def x(s):
        return left + s * width

    def y(p):
        return top + height - p * height

    ticks = [(f"{v:.1f}", v) for v in (0, 0.2, 0.4, 0.6, 0.8, 1.0)]
    body = frame(left, top, width, height, [(t, x(v)) for t, v in ticks], [(t, y(v)) for t, v in ticks],
                 "Jaccard similarity s", "probability of a candidate pair")
    for i, (b, r) in enumerate(BANDINGS):
        points = " ".join(f"{x(s / 200):.1f},{y(1 - (1 - (s / 200) ** r) ** b):.1f}" for s in range(201))
        body.append(f'<polyline class="c{i}" points="{points}" fill="none" stroke-width="2"/>')
        t = (1 / b) ** (1 / r)
        body.append(f'<circle class="f{i}" cx="{x(t):.1f}" cy="{y(1 - (1 - t ** r) ** b):.1f}" r="3.5"/>')
        lx = 8 + i * 104
        body.append(f'<path class="c{i}" d="M{lx} 14h18" stroke-width="2"/>'
                    f'<text class="ink" x="{lx + 23}" y="18" font-size="11.5">b = {b}, r = {r}</text>')
    return svg(320, 254, "Probability that a pair becomes a candidate against its similarity, for three bandings",
               "\n".join(body))


def main():
    j, rows = experiment()
    with open(os.path.join(HERE, "error.svg"), "w", encoding="utf-8") as f:
        f.write(error_plot(j, rows))
    with open(os.path.join(HERE, "s-curve.svg"), "w", encoding="utf-8") as f:
        f.write(s_curves())
    print(f"J = {j:.4f}")
    print("| k | mean estimate | standard error, measured | standard error, theory |")
    for k, mean, sd, theory in rows:
        print(f"| {k} | {mean:.3f} | {sd:.3f} | {theory:.3f} |")
    print("| bands b | rows r | threshold | P(s = 0.3) | P(s = 0.5) | P(s = 0.8) |")
    for b, r in BANDINGS:
        p = [1 - (1 - s ** r) ** b for s in (0.3, 0.5, 0.8)]
        print(f"| {b} | {r} | {(1 / b) ** (1 / r):.2f} | {p[0]:.3f} | {p[1]:.3f} | {p[2]:.3f} |")


if __name__ == "__main__":
    main()
