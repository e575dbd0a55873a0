#!/usr/bin/env bash
# Builds sitegen's libFuzzer targets (swiftc -sanitize=fuzzer) and runs each for FUZZ_TIME seconds on its seed
# corpus in Fuzz/Corpus/. Usage: scripts/fuzz.sh [Feed|Markdown|BibTeX|Config ...]   (default: all four)
# Findings go to .build/fuzz/crashes/; the growing corpus to .build/fuzz/corpus/ (never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
FUZZ_TIME=${FUZZ_TIME:-180}
SANITIZERS=${SANITIZERS:-fuzzer}   # e.g. SANITIZERS=fuzzer,address for memory errors (slower)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(Feed Markdown BibTeX Config)
build=.build/fuzz
for t in "${targets[@]}"; do
  SITEGEN_FUZZ=1 "$SWIFT" build --build-path "$build" -Xswiftc "-sanitize=$SANITIZERS" -Xswiftc -use-ld=lld --product "${t}Fuzz"
done
bin=$(SITEGEN_FUZZ=1 "$SWIFT" build --build-path "$build" --show-bin-path)
status=0
for t in "${targets[@]}"; do
  lower=$(echo "$t" | tr '[:upper:]' '[:lower:]')
  mkdir -p "$build/corpus/$lower" "$build/crashes"
  echo "== ${t}Fuzz: $FUZZ_TIME s"
  set +e
  "$bin/${t}Fuzz" "$build/corpus/$lower" "Fuzz/Corpus/$lower" \
    -max_total_time="$FUZZ_TIME" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="$build/crashes/$lower-" > "$build/$lower.log" 2>&1
  code=$?
  set -e
  grep -E "^(#[0-9]+ +DONE|stat::number_of_executed_units|stat::peak_rss_mb|==[0-9]+== ERROR|SUMMARY|Test unit written|artifact_prefix)" "$build/$lower.log" || true
  [ $code -eq 0 ] || { echo "${t}Fuzz found a problem (exit $code): see $build/$lower.log"; status=1; }
done
exit $status
