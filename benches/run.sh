#!/usr/bin/env bash
# The replay benchmark: `benches/run.sh [CONVERSATIONS]` (default 200000).
# `RUNS=5 benches/run.sh` keeps the fastest of five runs of each measurement (a shared
# VM's timings vary by tens of percent from run to run; the fastest is the most stable).
#
# Generates (once, cached in target/bench/) a seeded synthetic transcript of that many
# conversations and a rule set of 1,000 generated rules, then measures in one run:
#   floor        a bare csv ByteRecord read of the file (examples/floor.rs)
#   reader       handoff's reader alone: parse, validate, group, no rules (floor --reader)
#   replay       handoff replay --format jsonl, starter rules, all cores
#   replay -j1   the same on one thread
#   1000 rules   handoff replay with the 1,000 generated rules
#   diff         handoff diff of the starter rules against a one-line change
#   lint         handoff lint of the 1,000 generated rules
# and prints wall time, the ratio to the floor, and peak memory (max RSS) of each.
# Needs /usr/bin/time (GNU time). Record the figures in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200000}
cargo build --quiet --release --bin handoff --example generate --example floor
bin=target/release/handoff
dir=target/bench
mkdir -p "$dir"
csv="$dir/transcripts-$n.csv"
[ -s "$csv" ] || target/release/examples/generate transcripts "$n" > "$csv"
rules1000="$dir/rules-1000.yaml"
[ -s "$rules1000" ] || target/release/examples/generate rules 1000 > "$rules1000"
head_rules="$dir/head-rules"
rm -rf "$head_rules" && mkdir -p "$head_rules"
cp rules/*.yaml "$head_rules/"
sed -i 's/^  team: frontline$/  team: senior-ae/' "$head_rules/routes.yaml"

runs=${RUNS:-1}
measure() { # label, command...: the fastest of $runs runs, with its peak memory
  local label=$1; shift
  local best=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$dir/time.txt" -f "%e %M" "$@" > /dev/null 2>&1 || true
    local this; this=$(tail -1 "$dir/time.txt")
    if [ -z "$best" ] || [ "$(echo "${this% *} < ${best% *}" | bc)" = 1 ]; then best=$this; fi
  done
  echo "$label|$best"
}

results=()
results+=("$(measure "floor (bare csv read)" target/release/examples/floor "$csv")")
results+=("$(measure "reader (no rules)" target/release/examples/floor --reader "$csv")")
results+=("$(measure "replay --format jsonl" "$bin" replay -q --format jsonl "$csv")")
results+=("$(measure "replay --jobs 1" "$bin" replay -q --jobs 1 --format jsonl "$csv")")
results+=("$(measure "replay, 1000 rules" "$bin" replay -q --format jsonl --rules "$rules1000" "$csv")")
results+=("$(measure "diff (two rule sets)" "$bin" diff --base rules --head "$head_rules" --format json "$csv")")
results+=("$(measure "lint, 1000 rules" "$bin" lint "$rules1000")")

echo "fastest of $runs run(s) each"
echo "file: $csv ($(du -h "$csv" | cut -f1), $(($(wc -l < "$csv") - 1)) messages, $n conversations); $(nproc) cores"
floor=$(echo "${results[0]}" | cut -d'|' -f2 | cut -d' ' -f1)
printf '%-24s %9s %9s %12s\n' measurement seconds "× floor" "peak memory"
for r in "${results[@]}"; do
  label=${r%%|*}; rest=${r#*|}
  secs=${rest% *}; kb=${rest#* }
  ratio=$(echo "scale=2; $secs / $floor" | bc)
  printf '%-24s %9.2f %9s %9d MiB\n' "$label" "$secs" "$ratio" $((kb / 1024))
done
