#!/usr/bin/env python3
"""Writes evaluation sets for source-level repetition into OUT (default /tmp/style-sets), one folder per source:

  human-pydoc/      the Python language reference topics (pydoc_data), one post per topic
  human-docstrings/ long module docstrings of the Python standard library, one post per module
  human-debian/     README files from /usr/share/doc, one post per package
  human-awscli/     the AWS CLI's topic guides (awscli/topics/*.rst), one post per guide, when installed
  llm-voices/       an imitation of a repetitive LLM essay blog (openers, closers, metaphors, "not X, but Y")
  llm-heldout/      a second imitation with other skeletons and topics, kept out of tuning

Human texts are human-written prose shipped with installed software; the imitations are generated from phrase
skeletons with a fixed seed. Usage: python3 bench/style_sets.py [OUT]
"""
import gzip
import importlib
import os
import pkgutil
import random
import re
import sys
import textwrap

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/style-sets"


SEEN = {}


def write(folder, name, title, paragraphs):
    """Writes one post; a human post sharing a fifth of its paragraphs with an earlier one (the same README
    shipped by several packages, reference topics that include each other) is left out: it is a copy, not a
    style."""
    seen = SEEN.setdefault(folder, set())
    kept = [p.strip() for p in paragraphs if p.strip()]
    if folder.startswith("human") and kept and sum(p in seen for p in kept) >= 0.2 * len(kept):
        return
    seen.update(kept)
    path = os.path.join(OUT, folder)
    os.makedirs(path, exist_ok=True)
    body = "\n\n".join(p.strip() for p in paragraphs if p.strip())
    safe = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:60] or "post"
    with open(os.path.join(path, safe + ".md"), "w", encoding="utf-8") as f:
        f.write(f"---\ntitle: \"{title.replace(chr(34), '')}\"\n---\n\n{body}\n")


def prose_paragraphs(text):
    """Blank-line separated blocks, dedented and joined; code-like blocks dropped."""
    out = []
    for block in re.split(r"\n\s*\n", text):
        lines = [l.strip() for l in block.splitlines() if l.strip()]
        if not lines:
            continue
        joined = " ".join(lines)
        letters = sum(c.isalpha() for c in joined)
        if letters < 0.6 * len(joined) or len(joined.split()) < 8 or joined.startswith((">>>", "$", "#", "*", "-", "..", "=")):
            continue
        out.append(joined.replace("*", "").replace("`", "").replace("_", " "))
    return out


def human_pydoc():
    from pydoc_data.topics import topics
    items = sorted(topics.items(), key=lambda kv: -len(kv[1]))[:40]
    for name, text in items:
        write("human-pydoc", name, name, prose_paragraphs(text))


def human_docstrings():
    count = 0
    for info in sorted(pkgutil.iter_modules(), key=lambda m: m.name):
        if count >= 40 or info.name.startswith("_") or info.name in ("this", "antigravity", "idlelib"):
            continue
        try:
            module = importlib.import_module(info.name)
        except Exception:
            continue
        doc = module.__doc__ or ""
        if len(doc.split()) < 250:
            continue
        paragraphs = prose_paragraphs(doc)
        if len(paragraphs) >= 3:
            write("human-docstrings", info.name, info.name, paragraphs)
            count += 1


def human_debian():
    count = 0
    for package in sorted(os.listdir("/usr/share/doc")):
        if count >= 40:
            break
        for name in ("README", "README.md", "README.gz", "README.md.gz", "README.Debian", "README.Debian.gz"):
            path = os.path.join("/usr/share/doc", package, name)
            if not os.path.isfile(path):
                continue
            opener = gzip.open if path.endswith(".gz") else open
            try:
                with opener(path, "rt", encoding="utf-8", errors="replace") as f:
                    text = f.read()
            except OSError:
                continue
            paragraphs = prose_paragraphs(text)
            if sum(len(p.split()) for p in paragraphs) >= 200:
                write("human-debian", package, package, paragraphs)
                count += 1
                break


def human_awscli():
    try:
        import awscli
    except ImportError:
        return
    folder = os.path.join(os.path.dirname(awscli.__file__), "topics")
    for name in sorted(os.listdir(folder)):
        if name.endswith(".rst"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                paragraphs = prose_paragraphs(f.read())
            if sum(len(p.split()) for p in paragraphs) >= 200:
                write("human-awscli", name[:-4], name[:-4], paragraphs)


TOPICS = ["quantum computing", "urban gardening", "remote work", "open-source software", "climate science",
          "medieval history", "machine translation", "public libraries", "jazz improvisation", "sleep research",
          "ocean exploration", "personal finance", "chess engines", "bread baking", "electric vehicles",
          "language learning", "space telescopes", "minimalist design", "beekeeping", "compiler design",
          "mountain hiking", "digital privacy", "film restoration", "coral reefs", "board games",
          "city planning", "vaccine research", "poetry translation", "solar energy", "typography"]

VOICES = {
    "openers": ["In the realm of {t}, few things are as revealing as {x}.",
                "In the ever-evolving landscape of {t}, {x} stands out.",
                "As I sit with my thoughts on {t} today, {x} comes to mind."],
    "closers": ["As I conclude this reflection on {t}, I am reminded that {x} is a journey, not a destination.",
                "As I conclude this reflection, {x} lingers like a quiet melody.",
                "In the end, {t} invites us to embrace the journey with curiosity and grace."],
    "middle": ["{T} is a tapestry of {x} and quiet persistence.",
               "It is not merely about {x}, but about the meaning we weave around it.",
               "This is not a story of {x}, but a story of connection.",
               "Each thread in the tapestry of {t} tells its own story.",
               "There is a profound beauty in the way {x} unfolds.",
               "We navigate the intricate dance between {x} and intention.",
               "It serves as a testament to the resilience of those who study {t}.",
               "The symphony of {x} resonates far beyond the page."],
}

HELDOUT = {
    "openers": ["Let's embark on a journey into {t}.",
                "Picture this: a world where {t} shapes every choice we make.",
                "Today we dive deep into {t} and uncover {x}."],
    "closers": ["Ultimately, {t} reminds us that {x} is only the beginning.",
                "So, as we wrap up this exploration of {t}, remember that {x} matters.",
                "Embrace the possibilities, and let {t} light the way forward."],
    "middle": ["{T} is more than just {x}; it's a mindset.",
               "Here's the thing: {x} isn't just a trend, it's a transformation.",
               "This paves the way for a more vibrant future in {t}.",
               "The key takeaway is simple yet powerful: {x} unlocks potential.",
               "By harnessing {x}, we can unlock new horizons in {t}.",
               "It's a game-changer for anyone passionate about {t}.",
               "At its core, {t} is about fostering meaningful connections.",
               "In a world that moves fast, {x} offers a moment of clarity."],
}

SUBJECTS = ["Researchers", "Practitioners", "Teachers", "Students", "Critics", "Volunteers", "Engineers",
            "Historians", "Designers", "Journalists", "Hobbyists", "Analysts"]
VERBS = ["debate", "measure", "document", "question", "celebrate", "underestimate", "rediscover", "compare",
         "simplify", "test", "sketch", "revisit"]
WHEN = ["last spring", "in the nineties", "every winter", "after the pandemic", "during long projects",
        "before funding arrives", "in small towns", "at conferences", "on weekends", "in the archives"]
FILLER = ["{S} {v} {x} in {t} {w}.", "{S} often {v} how {x} shapes {t}.", "{w}, a few {s} began to {v} {x}.",
          "Few {s} {v} {x} the same way {w}.", "{S} who {v} {x} {w} tend to stay with {t}."]

DETAILS = ["careful measurement", "small daily habits", "shared vocabulary", "patient iteration", "local knowledge",
           "unexpected failures", "collaborative tools", "historical records", "simple rules", "open questions"]


def imitation(folder, skeletons, seed, posts):
    rng = random.Random(seed)
    for i in range(posts):
        t = TOPICS[(i * 7 + seed) % len(TOPICS)]
        def fill(s):
            subject = rng.choice(SUBJECTS)
            text = s.format(t=t, T=t[0].upper() + t[1:], x=rng.choice(DETAILS), S=subject, s=subject.lower(),
                            v=rng.choice(VERBS), w=rng.choice(WHEN))
            return text[0].upper() + text[1:]
        paragraphs = []
        if rng.random() < 0.8:
            paragraphs.append(fill(rng.choice(skeletons["openers"])) + " " + fill(rng.choice(FILLER)))
        else:
            paragraphs.append(fill(rng.choice(FILLER)) + " " + fill(rng.choice(FILLER)))
        middles = rng.sample(skeletons["middle"], rng.randint(2, 4))
        for k in range(rng.randint(3, 5)):
            sentences = [fill(rng.choice(FILLER)) for _ in range(3)]
            if k < len(middles):
                sentences.insert(rng.randint(0, 3), fill(middles[k]))
            paragraphs.append(" ".join(sentences))
        if rng.random() < 0.75:
            paragraphs.append(fill(rng.choice(FILLER)) + " " + fill(rng.choice(skeletons["closers"])))
        write(folder, f"{i:02d}-{t}", f"Reflections on {t}", paragraphs)


def main():
    human_pydoc()
    human_docstrings()
    human_debian()
    human_awscli()
    imitation("llm-voices", VOICES, 1, 40)
    imitation("llm-heldout", HELDOUT, 2, 30)
    for folder in sorted(os.listdir(OUT)):
        print(folder, len(os.listdir(os.path.join(OUT, folder))), file=sys.stderr)


if __name__ == "__main__":
    main()
