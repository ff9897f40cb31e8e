#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS (default 60), starting from the
# seed articles and every saved regression case. A crash or a rejected export stops with
# status 1 and leaves the input in Fuzz/crashes/ (copy it to Fuzz/regressions/<target>/).
set -euo pipefail
# Let libFuzzer, not the Swift backtracer, handle a trap: it saves the input that caused it.
export SWIFT_BACKTRACE=enable=no
cd "$(dirname "$0")"
seconds="${1:-60}"
swift build -c release --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >/dev/null
bin="$(swift build -c release --scratch-path .build-fuzz --show-bin-path)"
mkdir -p crashes corpus/ingest corpus/export
# Seeds: the articles as text inputs (first byte 0 = text mode), and the saved cases.
for f in ../seeds/*.txt; do { printf '\0'; cat "$f"; } > "corpus/ingest/$(basename "$f")"; done
cp regressions/ingest/* corpus/ingest/ 2>/dev/null || true
cp regressions/export/* corpus/export/ 2>/dev/null || true
for target in ingest export; do
  name="Fuzz${target^}"
  echo "fuzz: $name for ${seconds}s"
  "$bin/$name" "corpus/$target" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix="crashes/$target-" -print_final_stats=1 2>"crashes/$target.log" || {
      echo "fuzz: $name found a failure; input and log in Fuzz/crashes/" >&2
      tail -30 "crashes/$target.log" >&2
      exit 1
    }
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "crashes/$target.log" | sed "s/^/fuzz: $name /"
done
