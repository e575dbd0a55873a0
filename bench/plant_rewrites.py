#!/usr/bin/env python3
"""Plant known copies and rewrites of `##` sections into the research-blog benchmark corpus.

Usage:
    plant_rewrites.py --corpus DIR/N10000/posts --out DIR/planted-N10000 [--seed S]
                      [--copy-rate 0.02] [--rewrite-rate 0.02] [--self-rate 0.005]
                      [--synonyms table|generator] [--rewrite-fraction 0.30,0.50]

Writes
    <out>/posts/*.md          every post of the corpus; untouched posts are hard links (copies when linking
                              fails), planted posts are new files
    <out>/ground_truth.json   one entry per planted section: file, heading, line range, kind (copy|rewrite),
                              original file + heading + line, edit statistics

What is planted (targets are disjoint random samples of the posts, sources are never reused):
  copy      a `##` section of an EARLIER post, near verbatim: 2-5 words changed and one sentence added or
            removed, under a new heading, inserted between two sections of the target post
  rewrite   the same section retold: sentences reordered inside paragraphs and paragraphs reordered, 30-50%
            of the content words replaced from a synonym table over the generator's vocabulary, sentence
            connectives changed, long sentences split and short neighbours merged, under a new heading; the
            section's rarest words (highest Zipf rank), inline code, math, links, citations, images, tables and
            code blocks are kept, as a real rewrite keeps topic names and identifiers
  self-*    the same two kinds with the original earlier in the SAME post (the copy/rewrite is inserted after it)
Sections headed like a summary (Conclusion, Takeaways, ...: the engine's RewriteDetector.summaryHeadings) are never
retold as rewrites and no planted heading is one: the engine reports those sections only as verbatim copies, by
design. Copies may come from any section.

Only the standard library is used; the vocabulary and the sentence sampler come from gen_corpus.py (found next
to the corpus generator: --gen-corpus, $GEN_CORPUS, ../shared/bench or /work/shared/bench). Output is
byte-identical for the same corpus and seed.
"""
import argparse
import importlib.util
import json
import os
import random
import re
import sys

# --------------------------------------------------------------------------
# Synonym table over the generator's content vocabulary.  Technical nouns with no real synonym (lemma, tensor,
# protein, compiler, ...) have none: a rewriter keeps them.  Synonyms are a mix of words the generator also
# uses and ordinary English words it never uses, as in real paraphrase.
# --------------------------------------------------------------------------
SYNONYMS = {
    # GENERAL
    "approach": ["technique", "strategy", "method"], "result": ["outcome", "finding"],
    "method": ["technique", "procedure"], "model": ["formulation"], "data": ["measurements", "observations"],
    "analysis": ["examination", "study"], "problem": ["issue", "difficulty", "task"],
    "system": ["setup", "platform"], "paper": ["article", "publication"], "work": ["effort", "research"],
    "time": ["duration", "period"], "number": ["count", "quantity"], "case": ["instance", "scenario"],
    "set": ["collection", "group"], "example": ["instance", "illustration"], "point": ["aspect", "detail"],
    "question": ["issue", "puzzle"], "idea": ["notion", "concept"], "section": ["part", "chapter"],
    "figure": ["plot", "chart"], "table": ["listing", "tabulation"], "value": ["quantity", "number"],
    "function": ["mapping", "routine"], "process": ["procedure", "workflow"], "change": ["shift", "modification"],
    "study": ["investigation", "analysis"], "effect": ["impact", "influence"], "evidence": ["support", "proof"],
    "structure": ["organisation", "arrangement"], "difference": ["gap", "contrast"],
    "performance": ["efficiency", "speed"], "cost": ["expense", "price"], "error": ["mistake", "fault"],
    "rate": ["frequency", "speed"], "level": ["degree", "tier"], "range": ["span", "interval"],
    "order": ["sequence", "ordering"], "form": ["shape", "kind"], "part": ["portion", "piece"],
    "way": ["manner", "means"], "term": ["expression", "word"], "view": ["perspective", "opinion"],
    "sample": ["specimen", "draw"], "test": ["check", "trial"], "group": ["cohort", "set"],
    "step": ["stage", "phase"], "input": ["source", "stimulus"], "output": ["response", "result"],
    "signal": ["cue", "indicator"], "pattern": ["motif", "trend"], "feature": ["attribute", "trait"],
    "property": ["attribute", "characteristic"], "measure": ["metric", "gauge", "quantify"],
    "estimate": ["approximation", "approximate"], "baseline": ["reference", "control"],
    "experiment": ["trial", "test"], "observation": ["remark", "measurement"],
    "hypothesis": ["conjecture", "premise"], "theory": ["account", "framework"],
    "assumption": ["premise", "presumption"], "argument": ["reasoning", "rationale"],
    "claim": ["assertion", "statement"], "finding": ["result", "discovery"],
    "limitation": ["shortcoming", "weakness"], "direction": ["avenue", "heading"],
    "framework": ["scaffold", "structure"], "setting": ["configuration", "scenario"],
    "context": ["situation", "circumstances"], "scale": ["magnitude", "size"], "size": ["magnitude", "extent"],
    "space": ["domain", "region"], "dimension": ["axis", "extent"], "distribution": ["spread", "law"],
    "variance": ["spread", "dispersion"], "mean": ["average"], "median": ["midpoint"],
    "bound": ["limit", "ceiling"], "threshold": ["cutoff", "limit"], "parameter": ["knob", "coefficient"],
    "weight": ["coefficient"], "layer": ["stratum", "tier"], "network": ["net", "web"], "node": ["vertex"],
    "edge": ["link", "arc"], "path": ["route", "trajectory"], "tree": ["hierarchy"],
    "memory": ["storage", "ram"], "cache": ["buffer"], "latency": ["delay", "lag"],
    "throughput": ["bandwidth"], "benchmark": ["testbed", "suite"], "workload": ["load", "job"],
    "language": ["dialect"], "program": ["code", "application"], "type": ["kind", "category"],
    "proof": ["demonstration", "derivation"], "definition": ["formulation", "characterisation"],
    "algorithm": ["routine", "procedure"], "procedure": ["routine", "protocol"],
    "simulation": ["emulation"], "sensor": ["detector", "probe"], "population": ["cohort", "community"],
    "region": ["area", "zone"], "species": ["taxon"], "field": ["domain", "area"], "temperature": ["heat"],
    "density": ["concentration"], "gradient": ["slope", "derivative"], "loss": ["penalty", "cost"],
    "objective": ["goal", "aim", "target"], "constraint": ["restriction", "condition"],
    "solution": ["answer", "fix"], "iteration": ["round", "pass"], "convergence": ["settling"],
    "accuracy": ["correctness", "exactness"], "precision": ["exactness"], "recall": ["sensitivity"],
    "noise": ["jitter", "perturbation"], "bias": ["skew", "prejudice"], "robustness": ["resilience", "sturdiness"],
    "generalization": ["extrapolation"], "transfer": ["carryover"], "representation": ["encoding", "depiction"],
    "attention": ["focus"], "token": ["symbol", "unit"], "sequence": ["series", "string"],
    "corpus": ["collection"], "dataset": ["collection", "benchmark"], "annotation": ["labelling", "markup"],
    "label": ["tag", "marker"], "class": ["category", "kind"], "cluster": ["clump", "group"],
    "likelihood": ["probability", "chance"], "chain": ["series", "sequence"], "classifier": ["predictor"],
    "inference": ["deduction", "reasoning"], "training": ["learning", "fitting"],
    "evaluation": ["assessment", "appraisal"], "reproducibility": ["replicability", "repeatability"],
    "artifact": ["artefact", "product"], "pipeline": ["workflow"], "library": ["package", "toolkit"],
    "implementation": ["realisation", "code"], "interface": ["surface", "boundary"], "design": ["layout", "plan"],
    # ADJ
    "simple": ["plain", "basic", "easy"], "robust": ["sturdy", "resilient"], "efficient": ["economical", "lean"],
    "large": ["big", "sizeable"], "small": ["little", "modest"], "recent": ["new", "latest"],
    "prior": ["earlier", "previous"], "standard": ["usual", "conventional"], "novel": ["new", "original"],
    "empirical": ["observational"], "theoretical": ["conceptual", "formal"], "practical": ["pragmatic", "applied"],
    "general": ["broad", "generic"], "specific": ["particular", "concrete"], "important": ["crucial", "essential"],
    "significant": ["notable", "meaningful"], "relevant": ["pertinent", "applicable"],
    "typical": ["usual", "normal"], "common": ["frequent", "widespread"], "rare": ["uncommon", "unusual"],
    "stable": ["steady"], "noisy": ["jittery", "erratic"], "sparse": ["thin", "scattered"],
    "dense": ["packed", "thick"], "local": ["nearby"], "global": ["overall", "worldwide"],
    "careful": ["thorough", "meticulous"], "naive": ["simplistic"], "strong": ["powerful", "solid"],
    "weak": ["feeble", "faint"], "higher": ["greater", "larger"], "lower": ["smaller", "reduced"],
    "faster": ["quicker", "speedier"], "slower": ["sluggish"], "better": ["superior"],
    "worse": ["inferior", "poorer"], "clear": ["plain", "evident"], "obvious": ["evident", "apparent"],
    "subtle": ["delicate", "fine"], "surprising": ["unexpected", "startling"],
    "consistent": ["uniform", "coherent"], "different": ["distinct", "other"], "similar": ["comparable", "alike"],
    "previous": ["earlier", "prior"], "following": ["next", "subsequent"], "main": ["primary", "principal"],
    "key": ["central", "crucial"], "useful": ["helpful", "handy"], "expensive": ["costly", "pricey"],
    "cheap": ["inexpensive", "affordable"], "limited": ["restricted", "narrow"],
    "open": ["unresolved", "accessible"], "public": ["shared", "available"],
    "reproducible": ["repeatable", "replicable"],
    # VERBS
    "show": ["demonstrate", "indicate"], "find": ["discover", "identify"], "use": ["employ", "utilise"],
    "consider": ["examine", "weigh"], "propose": ["suggest", "put forward"], "compare": ["contrast", "benchmark"],
    "report": ["state", "document"], "suggest": ["imply", "indicate"], "assume": ["suppose", "presume"],
    "observe": ["notice", "see"], "compute": ["calculate", "evaluate"], "evaluate": ["assess", "appraise"],
    "analyze": ["examine", "study"], "describe": ["outline", "characterise"], "discuss": ["explore", "examine"],
    "present": ["introduce", "offer"], "obtain": ["get", "acquire"], "improve": ["enhance", "boost"],
    "reduce": ["lower", "decrease"], "increase": ["raise", "boost"], "explain": ["clarify", "account for"],
    "replicate": ["reproduce", "repeat"], "extend": ["broaden", "expand"], "apply": ["employ", "use"],
    "derive": ["deduce", "obtain"], "prove": ["establish", "demonstrate"], "train": ["fit", "teach"],
    "fit": ["adjust", "train"], "predict": ["forecast", "anticipate"], "reveal": ["expose", "uncover"],
    "confirm": ["verify", "corroborate"], "motivate": ["justify", "prompt"], "illustrate": ["depict", "exemplify"],
    "implement": ["build", "realise"], "summarize": ["recap", "condense"], "argue": ["contend", "claim"],
    "note": ["remark", "mention"], "require": ["need", "demand"], "depend": ["rely", "hinge"],
    "remain": ["stay", "persist"], "appear": ["seem", "look"], "seem": ["appear", "look"],
    "provide": ["offer", "supply"], "allow": ["permit", "enable"], "achieve": ["attain", "reach"],
    "outperform": ["beat", "surpass"], "match": ["equal", "mirror"], "capture": ["record", "grasp"],
    "ignore": ["overlook", "neglect"], "revisit": ["reexamine", "reconsider"],
    # ADV
    "often": ["frequently"], "usually": ["normally", "generally"], "typically": ["normally", "usually"],
    "rarely": ["seldom"], "generally": ["broadly", "usually"], "particularly": ["especially"],
    "notably": ["remarkably", "especially"], "roughly": ["approximately", "about"],
    "significantly": ["considerably", "markedly"], "slightly": ["marginally", "somewhat"],
    "substantially": ["considerably", "greatly"], "largely": ["mainly", "mostly"], "mostly": ["mainly", "chiefly"],
    "clearly": ["evidently", "plainly"], "simply": ["just", "merely"], "directly": ["straight", "immediately"],
    "carefully": ["thoroughly", "cautiously"], "consistently": ["steadily", "reliably"],
    "surprisingly": ["unexpectedly", "remarkably"],
}

# The generator's sentence connectives and what a rewriter says instead.
CONNECTIVES = {
    "However,": ["Still,", "Even so,", "That said,"], "In practice,": ["In real use,", "Practically speaking,"],
    "In contrast,": ["By contrast,", "Conversely,"], "Moreover,": ["Furthermore,", "In addition,", "Also,"],
    "As a result,": ["Consequently,", "Hence,", "Therefore,"], "For example,": ["For instance,", "As an illustration,"],
    "In particular,": ["Specifically,", "Especially,"], "Notably,": ["Remarkably,", "Of note,"],
    "To be precise,": ["Precisely,", "Strictly speaking,"], "On the other hand,": ["Conversely,", "Then again,"],
    "Interestingly,": ["Curiously,", "Intriguingly,"], "In our experiments,": ["In our tests,", "Experimentally,"],
    "Put differently,": ["In other words,", "Said another way,"], "Concretely,": ["Specifically,", "In concrete terms,"],
}
EXTRA_CONNECTIVES = ["Also,", "Here,", "In short,", "Again,", "Overall,"]
MIDSENTENCE = {"but": ["yet"], "however": ["nevertheless"], "while": ["whereas"], "also": ["too", "as well"]}

# Headings never used by the generator, for the planted sections.
NEW_HEADINGS = [
    "A Second Look", "Revisiting the Setup", "What Changed", "Lessons From the Data", "Notes From the Field",
    "Where It Breaks", "Looking Back", "A Closer Reading", "Practical Considerations", "The Short Version",
    "Caveats", "What We Observed", "Putting It Together", "Digging Deeper", "Between the Lines",
    "A Worked Example", "Field Notes", "Side Observations", "In Retrospect", "Things to Watch",
    "Reading the Numbers", "Numbers in Context", "The Core Idea", "Another Angle", "Design Trade-offs",
    "Common Misconceptions", "Behind the Scenes", "Early Findings", "Loose Ends", "What Surprised Us",
]

# Headings the engine treats as summaries (RewriteDetector.summaryHeadings): a section under one is only ever
# reported as a near-verbatim copy, by design, so rewrites neither use them nor retell sections headed by them.
SUMMARY_HEADINGS = {
    "summary", "conclusion", "conclusions", "concluding remarks", "tl;dr", "tldr", "takeaways", "key takeaways",
    "recap", "wrap-up", "wrap up", "wrapping up", "abstract", "overview", "introduction", "intro",
    "final thoughts", "in short", "bottom line", "in summary", "in conclusion", "closing thoughts",
}

PROTECTED = re.compile(r"\$[^$]+\$|`[^`]+`|\[[^\]]*\]\([^)]*\)|\[@[^\]]+\]|\[\^[^\]]+\]")
SENTENCE_SPLIT = re.compile(r"(?<=[.?])\s+(?=[A-Z*`\[$])")
WORD = re.compile(r"^(\**)([A-Za-z]+)(\**)([,.?]*)$")


def synonym_table(name, gen):
    """`table`: SYNONYMS. `generator`: every word of the table maps to as many other words of its own word class
    in the generator's vocabulary (fixed per word), so replacements are as common as the words they replace
    (connectives then also come from the generator's list: a rewrite adds no word new to the corpus)."""
    if name == "table":
        return SYNONYMS
    out = {}
    for cls in (gen.GENERAL, gen.ADJ, gen.VERBS, gen.ADV):
        for w in cls:
            if w in SYNONYMS:
                r = random.Random(f"synonym-{w}")
                out[w] = r.sample([x for x in cls if x != w], len(SYNONYMS[w]))
    return out


def load_gen_corpus(explicit):
    """Imports gen_corpus.py for its vocabulary and Zipf sentence sampler."""
    here = os.path.dirname(os.path.abspath(__file__))
    candidates = [explicit, os.environ.get("GEN_CORPUS"),
                  os.path.join(here, "..", "..", "..", "shared", "bench", "gen_corpus.py"),
                  os.path.join(here, "..", "..", "shared", "bench", "gen_corpus.py"),
                  "/work/shared/bench/gen_corpus.py"]
    for path in candidates:
        if path and os.path.isfile(path):
            spec = importlib.util.spec_from_file_location("gen_corpus", path)
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            return module
    sys.exit("plant_rewrites.py: cannot find gen_corpus.py (give --gen-corpus PATH)")


# --------------------------------------------------------------------------
# Post structure
# --------------------------------------------------------------------------
class Post:
    """A generated post split into front matter, lead, `##` sections and the trailing footnote definitions."""

    def __init__(self, name, text):
        self.name = name
        lines = text.split("\n")
        end = lines.index("---", 1)
        self.front = lines[:end + 1]
        body = lines[end + 1:]
        tail = len(body)
        while tail > 0 and (body[tail - 1] == "" or body[tail - 1].startswith("[^")):
            tail -= 1
        self.tail = body[tail:]
        self.lead, self.sections = [], []
        current = self.lead
        fenced = False
        for line in body[:tail]:
            if line.startswith("```"):
                fenced = not fenced
            if not fenced and line.startswith("## "):
                current = [line]
                self.sections.append(current)
            else:
                current.append(line)
        self.inserted = []   # (after_section_index, lines): new sections, in insertion order

    def headings(self):
        return [s[0][3:] for s in self.sections] + [lines[0][3:] for _, lines in self.inserted]

    def render(self):
        out = list(self.front) + list(self.lead)
        for i, section in enumerate(self.sections):
            out += section
            for after, lines in self.inserted:
                if after == i:
                    if out[-1] != "":
                        out.append("")
                    out += lines
        return "\n".join(out + self.tail)


def blocks(lines):
    """Blank-line separated blocks of section lines (fenced code kept whole), heading excluded."""
    out, current, fenced = [], [], False
    for line in lines[1:]:
        if line.startswith("```"):
            fenced = not fenced
        if line == "" and not fenced:
            if current:
                out.append(current)
            current = []
        else:
            current.append(line)
    if current:
        out.append(current)
    return out


def is_prose(block):
    first = block[0]
    return not (first.startswith("```") or first.startswith("|") or first.startswith("![")
                or first.startswith("Table:") or first.startswith("[^"))


def prose_words(block_text):
    return len(re.findall(r"[A-Za-z0-9]+", PROTECTED.sub(" ", block_text)))


def section_words(section):
    return sum(prose_words(" ".join(b)) for b in blocks(section) if is_prose(b))


def render_section(heading, section_blocks):
    out = [f"## {heading}", ""]
    for block in section_blocks:
        out += block + [""]
    return out


# --------------------------------------------------------------------------
# Sentence editing
# --------------------------------------------------------------------------
def tokens(sentence):
    """Whitespace tokens, with protected spans (math, code, links, citations) kept whole."""
    out, pos = [], 0
    for m in PROTECTED.finditer(sentence):
        out += sentence[pos:m.start()].split()
        if out and pos == m.start() and pos > 0 and not sentence[pos - 1].isspace():
            out[-1] += m.group(0)   # glued to the previous token, e.g. "word[^fn1]"
        else:
            out.append(m.group(0))
        pos = m.end()
    rest = sentence[pos:]
    if out and rest and not rest[0].isspace():
        head = rest.split()
        out[-1] += head[0] if head else ""
        out += head[1:]
    else:
        out += rest.split()
    return out


def word_of(token):
    m = WORD.match(token)
    return m.group(2).lower() if m else None


def replace_word(token, new_word):
    m = WORD.match(token)
    word = m.group(2)
    if word[0].isupper():
        new_word = new_word[0].upper() + new_word[1:]
    return m.group(1) + new_word + m.group(3) + m.group(4)


def set_case(token, upper):
    m = WORD.match(token)
    if not m:
        return token
    word = m.group(2)
    word = (word[0].upper() if upper else word[0].lower()) + word[1:]
    return m.group(1) + word + m.group(3) + m.group(4)


def strip_connective(toks, connectives):
    """Removes a leading generator connective; returns (connective or None, rest)."""
    text = " ".join(toks)
    for c in connectives:
        if text.startswith(c + " "):
            rest = toks[len(c.split()):]
            if rest:
                rest[0] = set_case(rest[0], True)
            return c, rest
    return None, toks


def end_punct(toks):
    last = toks[-1]
    m = re.search(r"[.?]+$", last)
    return (last[:m.start()], m.group(0)) if m else (last, "")


class Rewriter:
    """Applies the copy and rewrite edits with one RNG, so a seed gives one planted corpus."""

    def __init__(self, rng, gen, synonyms, fraction=(0.30, 0.50), own_connectives=False):
        self.fraction = fraction
        if own_connectives:
            # The control variant: connectives from the generator's own list, so no word is new to the corpus.
            self.connectives = {c: [x for x in gen.CONNECT if x != c] for c in gen.CONNECT}
            self.extra_connectives = list(gen.CONNECT)
            self.midsentence = {"but": ["however", "while"], "however": ["but"], "while": ["but", "when"]}
        else:
            self.connectives, self.extra_connectives, self.midsentence = CONNECTIVES, EXTRA_CONNECTIVES, MIDSENTENCE
        self.rng = rng
        self.gen = gen
        self.synonyms = synonyms
        self.function_words = set(gen.FUNCTION_WORDS)
        self.rank = {w: r for r, w in enumerate(gen.WORD_POOL)}

    # --- near-verbatim copy -------------------------------------------------
    def copy_edit(self, section):
        """2-5 words changed, then one sentence added or removed; returns (blocks, stats)."""
        rng = self.rng
        bl = [list(b) for b in blocks(section)]
        prose = [i for i, b in enumerate(bl) if is_prose(b)]
        changed = 0
        for _ in range(rng.randint(2, 5)):
            i = rng.choice(prose)
            toks = " ".join(bl[i]).split(" ")
            spots = [k for k, t in enumerate(toks) if word_of(t) and word_of(t) not in self.function_words]
            if not spots:
                continue
            k = rng.choice(spots)
            w = word_of(toks[k])
            new = rng.choice(self.synonyms.get(w) or [rng.choice(self.gen.GENERAL)])
            toks[k] = replace_word(toks[k], new)
            bl[i] = [" ".join(toks)]
            changed += 1
        i = rng.choice(prose)
        sents = SENTENCE_SPLIT.split(" ".join(bl[i]))
        if rng.random() < 0.5 or len(sents) < 3:
            extra = self._random_sentence()
            sents.insert(rng.randrange(0, len(sents) + 1), extra)
            action = "sentence added"
        else:
            del sents[rng.randrange(len(sents))]
            action = "sentence removed"
        bl[i] = [" ".join(sents)]
        return bl, {"words_changed": changed, "edit": action}

    def _random_sentence(self):
        ws = self.gen.ZIPF.draw(self.rng, self.rng.randint(9, 20))
        s = " ".join(ws)
        return s[0].upper() + s[1:] + "."

    # --- paraphrase ----------------------------------------------------------
    def rewrite(self, section):
        """The section retold (see the module docstring); returns (blocks, stats)."""
        rng = self.rng
        bl = [list(b) for b in blocks(section)]
        prose_idx = [i for i, b in enumerate(bl) if is_prose(b)]
        paragraphs = [[tokens(s) for s in SENTENCE_SPLIT.split(" ".join(bl[i]))] for i in prose_idx]
        protected = self._rare_terms(paragraphs, 5)
        content = [(p, s, k) for p, para in enumerate(paragraphs) for s, sent in enumerate(para)
                   for k, t in enumerate(sent) if word_of(t) and word_of(t) not in self.function_words]
        replaceable = [c for c in content if word_of(paragraphs[c[0]][c[1]][c[2]]) in self.synonyms
                       and word_of(paragraphs[c[0]][c[1]][c[2]]) not in protected]
        target = round(rng.uniform(*self.fraction) * len(content))
        chosen = rng.sample(replaceable, min(target, len(replaceable)))
        for p, s, k in chosen:
            tok = paragraphs[p][s][k]
            paragraphs[p][s][k] = replace_word(tok, rng.choice(self.synonyms[word_of(tok)]))
        stats = {"content_words": len(content), "replaced": len(chosen),
                 "replaced_fraction": round(len(chosen) / max(1, len(content)), 3),
                 "kept_rare_terms": sorted(protected), "connectives_changed": 0, "splits": 0, "merges": 0}
        new_paragraphs = [self._retell(para, stats) for para in paragraphs]
        order = list(range(len(new_paragraphs)))
        rng.shuffle(order)
        for slot, i in zip(prose_idx, order):
            bl[slot] = [new_paragraphs[i]]
        return bl, stats

    def _rare_terms(self, paragraphs, k):
        words = {word_of(t) for para in paragraphs for sent in para for t in sent if word_of(t)}
        words -= self.function_words
        return set(sorted(words, key=lambda w: (-self.rank.get(w, 10 ** 6), w))[:k])

    def _retell(self, sentences, stats):
        rng = self.rng
        out = []
        for toks in sentences:
            if not toks:
                continue
            conn, toks = strip_connective(list(toks), self.connectives)
            if not toks:
                continue
            toks = [rng.choice(self.midsentence[t]) if t in self.midsentence and rng.random() < 0.5 else t
                    for t in toks]
            if conn:
                stats["connectives_changed"] += 1
                toks = rng.choice(self.connectives[conn]).split() + [set_case(toks[0], False)] + toks[1:]
            elif rng.random() < 0.15:
                stats["connectives_changed"] += 1
                toks = rng.choice(self.extra_connectives).split() + [set_case(toks[0], False)] + toks[1:]
            out += self._split(toks, stats)
        merged = []
        for toks in out:
            if merged and len(merged[-1]) <= 12 and len(toks) <= 12 and rng.random() < 0.3:
                body, _ = end_punct(merged[-1])
                merged[-1] = merged[-1][:-1] + [body + ",", "and", set_case(toks[0], False)] + toks[1:]
                stats["merges"] += 1
            else:
                merged.append(toks)
        rng.shuffle(merged)
        return " ".join(" ".join(t) for t in merged)

    def _split(self, toks, stats):
        if len(toks) <= 16 or self.rng.random() >= 0.3:
            return [toks]
        commas = [k for k, t in enumerate(toks[4:-4], start=4) if t.endswith(",") and WORD.match(t)]
        cut = (commas[0] if commas else len(toks) // 2)
        first, second = toks[:cut + 1], toks[cut + 1:]
        if not second or not WORD.match(first[-1]):
            return [toks]
        first[-1] = first[-1].rstrip(",") + "."
        second[0] = set_case(second[0], True)
        stats["splits"] += 1
        return [first, second]


# --------------------------------------------------------------------------
# Planting
# --------------------------------------------------------------------------
def candidate_sections(post, used, min_words, kind):
    return [i for i, s in enumerate(post.sections)
            if (post.name, s[0][3:]) not in used and section_words(s) >= min_words
            and not (kind == "rewrite" and s[0][3:].strip().lower() in SUMMARY_HEADINGS)]


def new_heading(rng, post):
    taken = set(post.headings())
    free = [h for h in NEW_HEADINGS if h not in taken]
    return rng.choice(free)


def plant(posts, args, gen):
    rng = random.Random(f"{args.seed}-plant")
    lo, hi = (float(x) for x in args.rewrite_fraction.split(","))
    rewriter = Rewriter(rng, gen, synonym_table(args.synonyms, gen), (lo, hi), args.synonyms == "generator")
    n = len(posts)
    order = list(range(1, n))
    rng.shuffle(order)
    counts = {"copy": round(args.copy_rate * n), "rewrite": round(args.rewrite_rate * n),
              "self-copy": round(args.self_rate * n), "self-rewrite": round(args.self_rate * n)}
    plan, start = [], 0
    for mode, k in counts.items():
        plan += [(mode, t) for t in order[start:start + k]]
        start += k
    plan.sort(key=lambda x: x[1])
    used, truth = set(), []
    for mode, t in plan:
        target = posts[t]
        same = mode.startswith("self-")
        kind = mode.removeprefix("self-")
        for _ in range(50):
            s = t if same else rng.randrange(0, t)
            cands = candidate_sections(posts[s], used, args.min_words, kind)
            if cands:
                break
        else:
            continue
        source = posts[s]
        sec = rng.choice(cands)
        used.add((source.name, source.sections[sec][0][3:]))
        heading = new_heading(rng, target)
        if kind == "copy":
            new_blocks, stats = rewriter.copy_edit(source.sections[sec])
        else:
            new_blocks, stats = rewriter.rewrite(source.sections[sec])
        lines = render_section(heading, new_blocks)
        lo = sec if same else -1
        after = rng.randrange(max(0, lo), len(target.sections))
        target.inserted.append((after, lines))
        truth.append({"file": target.name, "heading": heading, "kind": kind, "same_post": same,
                      "original_file": source.name, "original_heading": source.sections[sec][0][3:],
                      "words": section_words(lines), "original_words": section_words(source.sections[sec]),
                      **stats})
    return truth


def heading_lines(text):
    """1-based line of each `## ` heading and the last line of its section."""
    lines = text.split("\n")
    heads, fenced = [], False
    for i, line in enumerate(lines):
        if line.startswith("```"):
            fenced = not fenced
        if not fenced and line.startswith("## "):
            heads.append((line[3:], i + 1))
    last = len(lines)
    while last > 0 and (lines[last - 1] == "" or lines[last - 1].startswith("[^")):
        last -= 1
    spans = {}
    for k, (h, ln) in enumerate(heads):
        end = heads[k + 1][1] - 1 if k + 1 < len(heads) else last
        spans[h] = (ln, end)
    return spans


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", required=True, help="folder of generated posts (N*/posts)")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--copy-rate", type=float, default=0.02)
    ap.add_argument("--rewrite-rate", type=float, default=0.02)
    ap.add_argument("--self-rate", type=float, default=0.005, help="rate of each same-post kind")
    ap.add_argument("--min-words", type=int, default=90, help="prose words of a source section")
    ap.add_argument("--gen-corpus", help="path of gen_corpus.py")
    ap.add_argument("--rewrite-fraction", default="0.30,0.50",
                    help="LO,HI: share of a rewrite's content words replaced, drawn uniformly (default 0.30,0.50)")
    ap.add_argument("--synonyms", choices=["table", "generator"], default="table",
                    help="table: the English synonym table and connectives (default); generator: replacements and "
                         "connectives drawn from the generator's own vocabulary (a control: no word new to the corpus)")
    args = ap.parse_args()
    gen = load_gen_corpus(args.gen_corpus)

    names = sorted(f for f in os.listdir(args.corpus) if f.endswith(".md"))
    # File names start with the date; the generator's index (last field) is the time order.
    names.sort(key=lambda f: int(re.search(r"-(\d+)\.md$", f).group(1)))
    posts = []
    for name in names:
        with open(os.path.join(args.corpus, name), encoding="utf-8") as f:
            posts.append(Post(name, f.read()))
    truth = plant(posts, args, gen)

    out_posts = os.path.join(args.out, "posts")
    os.makedirs(out_posts, exist_ok=True)
    for old in os.listdir(out_posts):
        os.remove(os.path.join(out_posts, old))
    texts = {}
    for post in posts:
        dest = os.path.join(out_posts, post.name)
        if post.inserted:
            texts[post.name] = post.render()
            with open(dest, "w", encoding="utf-8") as f:
                f.write(texts[post.name])
        else:
            src = os.path.join(args.corpus, post.name)
            try:
                os.link(src, dest)
            except OSError:
                with open(src, encoding="utf-8") as f, open(dest, "w", encoding="utf-8") as g:
                    g.write(f.read())
    for entry in truth:
        spans = heading_lines(texts[entry["file"]])
        entry["line"], entry["end_line"] = spans[entry["heading"]]
        orig = entry["original_file"]
        if orig not in texts:
            with open(os.path.join(out_posts, orig), encoding="utf-8") as f:
                texts[orig] = f.read()
        entry["original_line"], entry["original_end_line"] = heading_lines(texts[orig])[entry["original_heading"]]
    summary = {}
    for e in truth:
        key = e["kind"] + ("-same-post" if e["same_post"] else "")
        summary[key] = summary.get(key, 0) + 1
    doc = {"corpus": os.path.abspath(args.corpus), "posts": len(posts), "seed": args.seed, "synonyms": args.synonyms,
           "planted_files": len({e["file"] for e in truth}), "counts": summary, "planted": truth}
    with open(os.path.join(args.out, "ground_truth.json"), "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, sort_keys=True)
        f.write("\n")
    print(f"planted {len(truth)} sections into {doc['planted_files']} of {len(posts)} posts: {summary} "
          f"-> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
