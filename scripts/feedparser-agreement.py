#!/usr/bin/env python3
"""Agreement between sitegen's feed reader and Python's feedparser on feedparser's own test suite.

Usage: feedparser-agreement.py SITEGEN_DUMP.json [--mismatches FILE]

SITEGEN_DUMP.json is written by the SitegenFeeds test `FeedparserSuiteAgreementTests`: for every file of the
suite, what sitegen read (or that it refused the file). This script runs feedparser on the same files,
normalises both sides the same way and prints one JSON object: the well-formed flag agreement and the field
agreement, overall and per suite folder.

Normalisation ("tags removed"): text fields lose every tag, HTML entities are decoded and whitespace collapses;
dates are Unix seconds (UTC); authors are unique names (else e-mails); categories and enclosure URLs are sets.

A field is comparable when feedparser or sitegen has a value for it, except the entry id, which sitegen always
makes (feedparser leaves it out when the feed has none): it is compared only when feedparser has one. A feed
that sitegen refuses counts as ill-formed, and each of feedparser's fields as a disagreement.
"""
import calendar
import html
import json
import os
import re
import sys
import warnings

import feedparser

warnings.simplefilter("ignore")

TAG = re.compile(r"<[^>]*>")


def plain(value):
    if value is None:
        return ""
    value = TAG.sub(" ", value)
    return " ".join(html.unescape(value).split())


def seconds(parsed):
    try:
        return calendar.timegm(parsed) if parsed else None
    except (TypeError, ValueError, OverflowError):
        return None


def names(authors):
    result = []
    for author in authors or []:
        name = plain(author.get("name") or author.get("email") or "")
        if name and name not in result:
            result.append(name)
    return result


def feedparser_side(path):
    d = feedparser.parse(path)
    feed = d.get("feed", {})
    image = feed.get("image") or {}
    out = {
        "bozo": bool(d.get("bozo")),
        "feed": {
            "title": plain(dict.get(feed, "title", "")),
            "link": dict.get(feed, "link") or "",
            "subtitle": plain(dict.get(feed, "subtitle", "")),
            "language": dict.get(feed, "language") or "",
            "updated": seconds(dict.get(feed, "updated_parsed")),
            # sitegen's image: RSS image or itunes:image (feedparser's image.href), else Atom logo or icon.
            "image": ((image.get("href") or "") if isinstance(image, dict) else "")
            or dict.get(feed, "logo") or dict.get(feed, "icon") or "",
        },
        "entries": [],
    }
    for entry in d.get("entries", []):
        content = dict.get(entry, "content")
        body = content[0].get("value", "") if content else dict.get(entry, "summary", "")
        out["entries"].append({
            "title": plain(dict.get(entry, "title", "")),
            "link": dict.get(entry, "link") or "",
            "id": dict.get(entry, "id") or "",
            "published": seconds(dict.get(entry, "published_parsed")),
            "updated": seconds(dict.get(entry, "updated_parsed")),
            "authors": names(dict.get(entry, "authors")),
            "text": plain(body),
            "categories": sorted({plain(t.get("term") or "") for t in dict.get(entry, "tags", []) or []} - {""}),
            # entry.get: feedparser computes enclosures from rel="enclosure" links on access.
            "enclosures": sorted({e.get("href") for e in entry.get("enclosures", []) or [] if e.get("href")}),
        })
    return out


def sitegen_side(record):
    """The dump's fields normalised exactly like feedparser's."""
    if record.get("refused"):
        return None
    feed = record["feed"]
    return {
        "bozo": not record["well_formed"],
        "feed": {
            "title": plain(feed.get("title")),
            "link": feed.get("link") or "",
            "subtitle": plain(feed.get("subtitle")),
            "language": feed.get("language") or "",
            "updated": feed.get("updated"),
            "image": feed.get("image") or "",
        },
        "entries": [{
            "title": plain(e.get("title")),
            "link": e.get("link") or "",
            "id": e.get("id") or "",
            "published": e.get("published"),
            "updated": e.get("updated"),
            "authors": [n for n in dict.fromkeys(plain(a) for a in e.get("authors", [])) if n],
            "text": plain(e.get("text")),
            "categories": sorted({plain(c) for c in e.get("categories", [])} - {""}),
            "enclosures": sorted(set(e.get("enclosures", []))),
        } for e in record["entries"]],
    }


def empty(value):
    return value in (None, "", [])


def compare(theirs, mine, mismatches, path):
    """(agreeing, comparable) field counts for one file."""
    agree = total = 0

    def field(name, a, b, only_theirs=False):
        nonlocal agree, total
        if empty(a) and (only_theirs or empty(b)):
            return
        total += 1
        if a == b:
            agree += 1
        else:
            mismatches.append({"file": path, "field": name, "feedparser": a, "sitegen": b})

    for key, value in theirs["feed"].items():
        field("feed." + key, value, None if mine is None else mine["feed"].get(key))
    mine_entries = [] if mine is None else mine["entries"]
    for index, entry in enumerate(theirs["entries"]):
        other = mine_entries[index] if index < len(mine_entries) else {}
        for key, value in entry.items():
            field("entry." + key, value, other.get(key), only_theirs=(key == "id"))
    for entry in mine_entries[len(theirs["entries"]):]:
        for key, value in entry.items():
            if key != "id":
                field("entry." + key, None, value)
    return agree, total


SKIP_UNLESS = re.compile(rb"SkipUnless:\s*(.+)")


def runs_here(path):
    """False when feedparser's own runner skips the file here: its `SkipUnless:` expression (a codec lookup)
    fails in this Python, so feedparser's expectation for it is not tested either."""
    with open(path, "rb") as handle:
        match = SKIP_UNLESS.search(handle.read(1000))
    if not match:
        return True
    try:
        return bool(eval(match.group(1).decode("ascii").strip()))
    except Exception:
        return False


def main():
    dump = json.load(open(sys.argv[1], encoding="utf-8"))
    mismatch_file = sys.argv[sys.argv.index("--mismatches") + 1] if "--mismatches" in sys.argv else None
    root = dump["root"]
    stats = {}
    mismatches = []
    flag_mismatches = []
    skipped = []
    for record in dump["files"]:
        path = record["path"]
        if not runs_here(os.path.join(root, path)):
            skipped.append(path)
            continue
        suite = path.split("/")[0]
        s = stats.setdefault(suite, {"files": 0, "flag_agree": 0, "fields": 0, "fields_agree": 0, "refused": 0})
        theirs = feedparser_side(os.path.join(root, path))
        mine = sitegen_side(record)
        s["files"] += 1
        s["refused"] += mine is None
        my_bozo = True if mine is None else mine["bozo"]
        if my_bozo == theirs["bozo"]:
            s["flag_agree"] += 1
        else:
            flag_mismatches.append({"file": path, "feedparser_bozo": theirs["bozo"], "sitegen_bozo": my_bozo,
                                    "refused": record.get("refused") or None, "issue": record.get("issue")})
        agree, total = compare(theirs, mine, mismatches, path)
        s["fields"] += total
        s["fields_agree"] += agree
    total = {k: sum(s[k] for s in stats.values()) for k in ("files", "flag_agree", "fields", "fields_agree", "refused")}
    for s in list(stats.values()) + [total]:
        s["flag_rate"] = round(s["flag_agree"] / s["files"], 4) if s["files"] else 1.0
        s["field_rate"] = round(s["fields_agree"] / s["fields"], 4) if s["fields"] else 1.0
    if mismatch_file:
        with open(mismatch_file, "w", encoding="utf-8") as out:
            json.dump({"flag": flag_mismatches, "fields": mismatches}, out, indent=1, ensure_ascii=False, default=str)
    print(json.dumps({"total": total, "suites": stats, "skipped": skipped}))


if __name__ == "__main__":
    main()
