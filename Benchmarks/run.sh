#!/usr/bin/env bash
# The benchmark suite: every figure with its target beside it.
#
#   Benchmarks/run.sh [--quick]
#
# Extraction on the seeds repeated to 5, 50 and 500 MB (one core, then --jobs); each
# exporter on synthetic graphs of 10k, 100k and 1M nodes (5 edges per node), with the
# memory it needs beyond the graph; GraphML for 1M nodes / 5M edges against networkx's
# write_graphml on the same graph. --quick stops at 50 MB and 100k nodes.
set -euo pipefail
cd "$(dirname "$0")/.."
quick="${1:-}"
swift build -c release >/dev/null
bin=.build/release/newsgraph
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "== extraction (seeds repeated; target: entity pipeline >= 50 MB/s, full >= 50 MB/s end to end, relations <= 20%, --jobs >= 1.8x on 2 cores)"
sizes=(5 50 500); [ "$quick" = "--quick" ] && sizes=(5 50)
declare -A full
for mb in "${sizes[@]}"; do
  echo "-- ${mb} MB"
  "$bin" benchmark seeds --megabytes "$mb" | tee "$work/extract-$mb.txt"
  full[$mb]="$(sed -n 's/^full pipeline: \([0-9.]*\) s.*/\1/p' "$work/extract-$mb.txt")"
done
if [ -n "${full[500]:-}" ]; then
  awk -v a="${full[50]}" -v b="${full[500]}" 'BEGIN { printf "scaling: 500 MB took %.1fx the time of 50 MB (target <= 12x)\n", b / a }'
fi

echo "== exporters (synthetic graphs, 5 edges per node; target: memory while exporting <= 2x the graph)"
counts=(10000 100000 1000000); [ "$quick" = "--quick" ] && counts=(10000 100000)
for n in "${counts[@]}"; do
  for format in graphml gexf dot jsonld csv; do
    "$bin" benchmark-export --nodes "$n" --format "$format" | head -1
  done
done

n="${counts[-1]}"
echo "== GraphML against networkx on $n nodes (target: >= 10x faster; networkx writes on one thread, newsgraph on all cores by default, and on one for reference)"
python3 -c 'import lxml' 2>/dev/null || echo "note: lxml is not installed, so networkx writes through ElementTree: slower, and about 37 GB of memory at 1M nodes (pip install lxml)"
ours="$("$bin" benchmark-export --nodes "$n" --format graphml | sed -n 's/^export-seconds //p')"
ours1="$("$bin" benchmark-export --nodes "$n" --format graphml --jobs 1 | sed -n 's/^export-seconds //p')"
"$bin" benchmark-export --nodes "$n" --format csv --out "$work/csv" >/dev/null
theirs="$(python3 Benchmarks/networkx_graphml.py "$work/csv/graph-nodes.csv" "$work/csv/graph-edges.csv" "$work/networkx.graphml" | sed -n 's/^networkx-seconds //p')"
awk -v a="$ours" -v c="$ours1" -v b="$theirs" -v j="$(nproc)" 'BEGIN { printf "graphml: newsgraph %.1f s on %d cores (%.1f s on one), networkx %.1f s: %.1fx faster (%.1fx on one core) (target >= 10x)\n", a, j, c, b, b / a, b / c }'
