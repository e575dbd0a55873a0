/* sitegen search: searches search/index.json, written by `sitegen build`, in the reader's browser.
   Loaded only by the search page; no server, no third-party requests. docs/search.md describes the index. */
(() => {
  "use strict";
  const form = document.querySelector("form.search-form[data-index]");
  if (!form) return;
  const input = form.querySelector("input[name=q]");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const root = form.dataset.root || "/";
  const maxResults = 50;
  const maxExpansions = 200;
  // The same stop words and word rules as the index (Sources/SitegenSite/SearchIndex.swift).
  const stop = new Set(("a an and are as at be but by for from has have in into is it its of on or that the their " +
    "then there these this to was were which will with").split(" "));
  let index = null;
  let loading = null;
  let timer = 0;

  const fold = (text) => text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  const words = (text) => fold(text).split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1 && w.length <= 32 && !stop.has(w));

  function load() {
    if (!loading) {
      status.textContent = "Loading the search index…";
      // Revalidated on every visit (as Pagefind does with its entry file), so a rebuilt site is never searched stale.
      loading = fetch(form.dataset.index, { cache: "no-cache" })
        .then((response) => {
          if (!response.ok) throw new Error(`HTTP ${response.status}`);
          return response.json();
        })
        .then((data) => {
          index = data;
          index.vocabulary = Object.keys(data.words).sort();
          index.decoded = new Map();
          status.textContent = "";
        })
        .catch((error) => {
          status.textContent = `The search index could not be loaded (${error.message}).`;
          loading = null;
          throw error;
        });
    }
    return loading;
  }

  // Section numbers of a word, from the delta-encoded list.
  function sections(word) {
    let out = index.decoded.get(word);
    if (!out) {
      let value = 0;
      out = index.words[word].map((delta) => (value += delta));
      index.decoded.set(word, out);
    }
    return out;
  }

  // Index words that start with `term` (the vocabulary is sorted, so they are one run).
  function expand(term) {
    const vocabulary = index.vocabulary;
    let low = 0;
    let high = vocabulary.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (vocabulary[mid] < term) low = mid + 1; else high = mid;
    }
    const out = [];
    for (let i = low; i < vocabulary.length && vocabulary[i].startsWith(term) && out.length < maxExpansions; i++) {
      out.push(vocabulary[i]);
    }
    return out;
  }

  function search(query) {
    const terms = [...new Set(words(query))];
    if (!terms.length) return { terms, results: [] };
    let pages = null;
    for (const term of terms) {
      const found = new Map();  // page → { sections, exact }
      for (const word of expand(term)) {
        for (const s of sections(word)) {
          const page = index.sections[s][0];
          const entry = found.get(page) || { sections: new Set(), exact: false };
          entry.sections.add(s);
          if (word === term) entry.exact = true;
          found.set(page, entry);
        }
      }
      if (pages === null) {
        pages = new Map([...found].map(([page, entry]) => [page, { score: 0, sections: new Set(), entries: [entry] }]));
      } else {
        for (const page of [...pages.keys()]) {
          if (found.has(page)) pages.get(page).entries.push(found.get(page)); else pages.delete(page);
        }
      }
    }
    const results = [];
    for (const [number, hit] of pages) {
      const page = index.pages[number];
      const title = words(page.t);
      const tags = words((page.g || []).join(" "));
      hit.entries.forEach((entry, i) => {
        const term = terms[i];
        if (title.some((w) => w.startsWith(term))) hit.score += 10;
        if (tags.some((w) => w.startsWith(term))) hit.score += 6;
        if (entry.exact) hit.score += 1;
        hit.score += Math.min(entry.sections.size, 3);
        for (const s of entry.sections) {
          const section = index.sections[s];
          if (section.length > 1) {
            hit.sections.add(s);
            if (words(section[2]).some((w) => w.startsWith(term))) hit.score += 4;
          }
        }
      });
      results.push({ page, score: hit.score, sections: [...hit.sections].slice(0, 3) });
    }
    results.sort((a, b) => b.score - a.score || (b.page.d || "").localeCompare(a.page.d || "") || a.page.t.localeCompare(b.page.t));
    return { terms, results };
  }

  // Appends `text` to `parent`, with the words a term starts marked.
  function marked(parent, text, terms) {
    for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
      if (part && terms.some((term) => fold(part).startsWith(term))) {
        const mark = document.createElement("mark");
        mark.textContent = part;
        parent.append(mark);
      } else if (part) {
        parent.append(part);
      }
    }
  }

  function show(query) {
    const { terms, results } = search(query);
    list.replaceChildren();
    if (!terms.length) {
      status.textContent = query.trim() ? "Type a longer word to search." : "";
      return;
    }
    const shown = results.slice(0, maxResults);
    for (const { page, sections: matches } of shown) {
      const item = document.createElement("li");
      const heading = document.createElement("h2");
      const link = document.createElement("a");
      link.href = root + page.u;
      marked(link, page.t, terms);
      heading.append(link);
      item.append(heading);
      if (page.d || page.g) {
        const meta = document.createElement("p");
        meta.className = "post-meta";
        meta.textContent = [page.d, (page.g || []).join(", ")].filter(Boolean).join(" · ");
        item.append(meta);
      }
      if (page.s) {
        const summary = document.createElement("p");
        marked(summary, page.s, terms);
        item.append(summary);
      }
      if (matches.length) {
        const sub = document.createElement("ul");
        sub.className = "search-sections";
        for (const s of matches) {
          const [, id, text] = index.sections[s];
          const li = document.createElement("li");
          const a = document.createElement("a");
          a.href = `${root}${page.u}#${encodeURIComponent(id)}`;
          marked(a, text, terms);
          li.append(a);
          sub.append(li);
        }
        item.append(sub);
      }
      list.append(item);
    }
    const count = results.length === 1 ? "1 result" : `${results.length} results`;
    const more = results.length > maxResults ? ` (the first ${maxResults} shown)` : "";
    status.textContent = results.length ? `${count} for “${query.trim()}”${more}` : `No results for “${query.trim()}”.`;
  }

  function run() {
    const query = input.value;
    const url = new URL(location.href);
    if (query.trim()) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    load().then(() => show(query), () => {});
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  input.addEventListener("focus", () => { load().catch(() => {}); }, { once: true });

  // Arrow keys move between the input and the results' links; Escape returns to the input.
  const links = () => [...list.querySelectorAll("a")];
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && links().length) {
      event.preventDefault();
      links()[0].focus();
    }
  });
  list.addEventListener("keydown", (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (event.key === "ArrowDown" && at + 1 < all.length) {
      event.preventDefault();
      all[at + 1].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      (at > 0 ? all[at - 1] : input).focus();
    } else if (event.key === "Escape") {
      input.focus();
    }
  });

  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run();
  }
})();
