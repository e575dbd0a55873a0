"""Sections, words and word 5-gram shingles of the benchmark's Markdown posts, as docs/analysis.md describes the
analysis engine reading them (stdlib only; shared by datasketch_lsh.py and pair_diagnostics.py).

A unit is the text before the first `##` heading (the lead) or a `##` section with its heading. Passages are the
heading, paragraphs, list items and figure captions (image alt text); fenced code, tables and their `Table:`
captions, footnote definitions, inline code, math, citations and footnote marks are left out, links keep their
text. Words are lowercased runs of letters and digits, apostrophes inside words dropped. Shingles are runs of 5
words inside one passage (a shorter passage gives one shingle of all its words). Units under 60 words are not
judged.
"""
import os
import re

INLINE_DROP = re.compile(r"`[^`]*`|\$\$[^$]*\$\$|\$[^$\n]+\$|\[@[^\]]*\]|\[\^[^\]]*\]|-?@[A-Za-z0-9_:.-]+")
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
APOSTROPHE = re.compile(r"(?<=[A-Za-z])['\u2019](?=[A-Za-z])")
WORDS = re.compile(r"[a-z0-9]+")


def words(text):
    text = APOSTROPHE.sub("", text)
    text = LINK.sub(lambda m: " " + m.group(1) + " ", INLINE_DROP.sub(" ", text))
    return WORDS.findall(text.lower())


class Unit:
    """One judged section: its post, heading (None for the lead), 1-based heading line and passages' words."""
    __slots__ = ("file", "heading", "line", "passages")

    def __init__(self, file, heading, line):
        self.file, self.heading, self.line, self.passages = file, heading, line, []

    @property
    def key(self):
        return f"{self.file}\t{self.heading or ''}"

    def word_count(self):
        return sum(len(p) for p in self.passages)

    def shingles(self, size=5):
        out = set()
        for p in self.passages:
            if not p:
                continue
            if len(p) < size:
                out.add(" ".join(p))
                continue
            for i in range(len(p) - size + 1):
                out.add(" ".join(p[i:i + size]))
        return out


def units_of(name, text, min_words=60):
    """The judged units of one post."""
    lines = text.split("\n")
    start = 0
    if lines and lines[0] == "---":
        try:
            start = lines.index("---", 1) + 1
        except ValueError:
            start = 0
    units = [Unit(name, None, start + 1)]
    paragraph, fenced = [], False

    def flush():
        if paragraph:
            units[-1].passages.append(words(" ".join(paragraph)))
            paragraph.clear()

    for i in range(start, len(lines)):
        line = lines[i]
        if line.startswith("```"):
            flush()
            fenced = not fenced
            continue
        if fenced:
            continue
        if line.startswith("## "):
            flush()
            units.append(Unit(name, line[3:].strip(), i + 1))
            units[-1].passages.append(words(line[3:]))
        elif line.strip() == "":
            flush()
        elif line.startswith("|") or line.startswith("Table:") or line.startswith("[^"):
            flush()
        elif line.startswith("!["):
            flush()
            m = LINK.match(line)
            units[-1].passages.append(words(m.group(1) if m else line))
        else:
            paragraph.append(line)
    flush()
    return [u for u in units if u.word_count() >= min_words]


def read_units(folder, min_words=60):
    """All units of the Markdown posts in a folder, files in sorted order."""
    out = []
    for name in sorted(os.listdir(folder)):
        if name.endswith(".md"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                out += units_of(name, f.read(), min_words)
    return out


def jaccard(a, b):
    return len(a & b) / len(a | b) if a or b else 0.0
