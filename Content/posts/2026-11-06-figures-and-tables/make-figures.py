#!/usr/bin/env python3
"""Draws the figures of the post "Figures and tables" as SVG files next to this script.

Run it from anywhere: python3 make-figures.py. The numbers in the post's table come from the same code,
so figure, table and text cannot disagree."""
import os

HERE = os.path.dirname(os.path.abspath(__file__))

A = ("sitegen reads every post once and writes the whole site to a staging folder "
     "before it swaps the folder into place")
B = ("sitegen reads each post once and writes the whole site to a staging folder "
     "before swapping it into place")

# Colours for light and dark pages: an <img> SVG sees the reader's colour scheme too.
STYLE = """<style>
  .ink { fill: #1d1f21; } .muted { fill: #5b6168; } .line { stroke: #5b6168; }
  .box { fill: #f3f4f6; stroke: #8a9099; } .accent { fill: #0b5cad; } .accent-line { stroke: #0b5cad; }
  .a { fill: #0b5cad; fill-opacity: 0.16; stroke: #0b5cad; } .b { fill: #b35900; fill-opacity: 0.16; stroke: #b35900; }
  .grid { stroke: #d5d8dc; }
  text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  @media (prefers-color-scheme: dark) {
    .ink { fill: #e6e6e3; } .muted { fill: #a2a8b0; } .line { stroke: #a2a8b0; }
    .box { fill: #1f2227; stroke: #6b727b; } .accent { fill: #7cb7ff; } .accent-line { stroke: #7cb7ff; }
    .a { fill: #7cb7ff; stroke: #7cb7ff; } .b { fill: #ffab5e; stroke: #ffab5e; } .grid { stroke: #30343a; }
  }
</style>"""


def shingles(text, k):
    words = text.split()
    return {tuple(words[i:i + k]) for i in range(len(words) - k + 1)}


def jaccard(k):
    a, b = shingles(A, k), shingles(B, k)
    return len(a), len(b), len(a & b), len(a | b), len(a & b) / len(a | b)


def svg(width, height, title, body):
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img">\n<title>{title}</title>\n{STYLE}\n{body}</svg>\n')


def pipeline():
    steps = ["load", "parse", "resolve", "analyse", "render", "write"]
    notes = ["read sitegen.yml, Content/ and the feed cache", "Markdown and feeds become documents",
             "citations, cross-references, links", "repetition, templates, claims",
             "templates turn documents into pages", "swap the finished Site/ into place"]
    body = []
    x, y0, w, h, step = 14, 14, 104, 36, 54
    for i, (name, note) in enumerate(zip(steps, notes)):
        y = y0 + i * step
        body.append(f'<rect class="box" x="{x}" y="{y}" width="{w}" height="{h}" rx="8"/>')
        body.append(f'<text class="ink" x="{x + w / 2}" y="{y + 23}" font-size="15" font-weight="600" '
                    f'text-anchor="middle">{name}</text>')
        body.append(f'<text class="muted" x="{x + w + 18}" y="{y + 23}" font-size="13">{note}</text>')
        if i:
            top = y - step + h
            body.append(f'<path class="accent-line" d="M{x + w / 2} {top + 2}v{step - h - 9}" stroke-width="2" fill="none"/>')
            body.append(f'<path class="accent" d="M{x + w / 2} {y - 1}l-4.5 -7h9z"/>')
    # Wide enough for the longest note: 0.6 em per character is more than any sans-serif's average advance,
    # so no label is clipped whatever font the reader's system substitutes.
    width = round(x + w + 18 + max(len(note) for note in notes) * 13 * 0.6 + x)
    return svg(width, y0 + 5 * step + h + 14, "The steps of a sitegen build", "\n".join(body) + "\n")


def venn(k=3):
    na, nb, both, _, j = jaccard(k)
    body = [
        '<circle class="a" cx="120" cy="110" r="82" stroke-width="2"/>',
        '<circle class="b" cx="210" cy="110" r="82" stroke-width="2"/>',
        f'<text class="ink" x="78" y="116" font-size="22" text-anchor="middle">{na - both}</text>',
        f'<text class="ink" x="165" y="116" font-size="22" font-weight="700" text-anchor="middle">{both}</text>',
        f'<text class="ink" x="252" y="116" font-size="22" text-anchor="middle">{nb - both}</text>',
        f'<text class="ink" x="70" y="212" font-size="13" text-anchor="middle">sentence A: {na}</text>',
        f'<text class="ink" x="262" y="212" font-size="13" text-anchor="middle">sentence B: {nb}</text>',
        f'<text class="muted" x="165" y="18" font-size="13" text-anchor="middle">word {k}-shingles, '
        f'J = {both}/{na + nb - both} = {j:.2f}</text>',
    ]
    return svg(330, 224, f"Venn diagram of the word {k}-shingles of two sentences", "\n".join(body) + "\n")


def bars():
    left, top, width, height = 46, 24, 250, 160
    body = []
    for t in range(0, 11, 2):
        v = t / 10
        yy = top + height - v * height
        body.append(f'<path class="grid" d="M{left} {yy:.1f}h{width}" stroke-width="1"/>')
        body.append(f'<text class="muted" x="{left - 8}" y="{yy + 4:.1f}" font-size="11.5" text-anchor="end">{v:.1f}</text>')
    for i, k in enumerate(range(1, 6)):
        j = jaccard(k)[4]
        bw = 32
        bx = left + 14 + i * 48
        bh = j * height
        body.append(f'<rect class="accent" x="{bx}" y="{top + height - bh:.1f}" width="{bw}" height="{bh:.1f}" rx="2"/>')
        body.append(f'<text class="ink" x="{bx + bw / 2}" y="{top + height - bh - 6:.1f}" font-size="11.5" '
                    f'text-anchor="middle">{j:.2f}</text>')
        body.append(f'<text class="ink" x="{bx + bw / 2}" y="{top + height + 17}" font-size="12.5" text-anchor="middle">{k}</text>')
    body.append(f'<path class="line" d="M{left} {top}v{height}h{width}" stroke-width="1.2" fill="none"/>')
    body.append(f'<text class="muted" x="{left + width / 2}" y="{top + height + 36}" font-size="12" '
                'text-anchor="middle">shingle length k (words)</text>')
    body.append(f'<text class="muted" transform="translate(13 {top + height / 2}) rotate(-90)" font-size="12" '
                'text-anchor="middle">Jaccard similarity</text>')
    return svg(310, 224, "Bar chart of Jaccard similarity against shingle length", "\n".join(body) + "\n")


def main():
    for name, text in [("pipeline.svg", pipeline()), ("shingles.svg", venn()), ("jaccard.svg", bars())]:
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as f:
            f.write(text)
    print("| k | shingles in A | shingles in B | shared | in either | Jaccard |")
    for k in range(1, 6):
        na, nb, both, union, j = jaccard(k)
        print(f"| {k} | {na} | {nb} | {both} | {union} | {j:.2f} |")


if __name__ == "__main__":
    main()
