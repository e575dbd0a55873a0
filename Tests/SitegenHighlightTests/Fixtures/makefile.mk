# Build the paper and figures
PYTHON ?= python3
FIGS := $(patsubst scripts/%.py,figs/%.pdf,$(wildcard scripts/*.py))

.PHONY: all clean

all: paper.pdf

paper.pdf: paper.tex $(FIGS)
	latexmk -pdf $<

figs/%.pdf: scripts/%.py data/clean.csv
	@mkdir -p figs
	$(PYTHON) $< --out $@

clean:
	rm -rf figs paper.pdf
