#!/usr/bin/env bash
# The replay benchmark: `benches/run.sh [CONVERSATIONS]` (default 200000).
# `RUNS=5 benches/run.sh` runs five rounds of every measurement and keeps the fastest of
# each (a shared VM's timings vary by tens of percent from minute to minute; rounds put
# the floor and what is compared with it under the same conditions).
#
# Generates (once, cached in target/bench/, or $CARGO_TARGET_DIR/bench/) a seeded synthetic transcript of that many
# conversations and a rule set of 1,000 generated rules, then measures in one run:
#   floor        a bare csv ByteRecord read of the file (examples/floor.rs)
#   reader       handoff's reader alone: parse, validate, group, no rules (floor --reader)
#   replay       handoff replay --format jsonl, starter rules, all cores
#   replay -j1   the same on one thread
#   1000 rules   handoff replay with the 1,000 generated rules
#   diff         handoff diff of the starter rules against a one-line change (a route's team)
#   diff phrase  the same against a phrase added to a signal (the signals differ)
#   lint         handoff lint of the 1,000 generated rules
#   packets      handoff replay --packets OUT.jsonl, and the same with --redact (not one
#                of issue 7's targets: the slowest ways to replay, kept in view)
# and prints wall time, the ratio to the floor, and peak memory (max RSS) of each.
# `BIN=PATH benches/run.sh` measures that handoff binary instead of the plain release
# build (such as benches/pgo.sh's; the floor and the generator are built as always).
# Needs /usr/bin/time (GNU time). Record the figures in docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
# Cargo's target directory: CARGO_TARGET_DIR when set (relative to the repository, as
# cargo reads it from here), else target/.
target=${CARGO_TARGET_DIR:-target}
n=${1:-200000}
cargo build --quiet --release --bin handoff --example generate --example floor
bin=${BIN:-$target/release/handoff}
dir=$target/bench
mkdir -p "$dir"
csv="$dir/transcripts-$n.csv"
[ -s "$csv" ] || "$target"/release/examples/generate transcripts "$n" > "$csv"
rules1000="$dir/rules-1000.yaml"
[ -s "$rules1000" ] || "$target"/release/examples/generate rules 1000 > "$rules1000"
head_rules="$dir/head-rules"
rm -rf "$head_rules" && mkdir -p "$head_rules"
cp rules/*.yaml "$head_rules/"
sed -i 's/^  team: frontline$/  team: senior-ae/' "$head_rules/routes.yaml"
# The other usual change: a phrase added to a signal (the two rule sets' signals differ).
phrase_rules="$dir/phrase-rules"
rm -rf "$phrase_rules" && mkdir -p "$phrase_rules"
cp rules/*.yaml "$phrase_rules/"
sed -i 's/^      - { phrase: "going in circles", weight: 2 }$/&\n      - { phrase: "round and round", weight: 2 }/' \
  "$phrase_rules/signals.yaml"
grep -q "round and round" "$phrase_rules/signals.yaml" || { echo "phrase-rules: no phrase added" >&2; exit 2; }

runs=${RUNS:-1}
labels=("floor (bare csv read)" "reader (no rules)" "replay --format jsonl" "replay --jobs 1"
  "replay, 1000 rules" "diff (two rule sets)" "diff, a phrase added" "lint, 1000 rules" "replay --packets"
  "replay --redact --packets")
command_of() { # index → the measurement's command, in $cmd
  case $1 in
    0) cmd=("$target"/release/examples/floor "$csv") ;;
    1) cmd=("$target"/release/examples/floor --reader "$csv") ;;
    2) cmd=("$bin" replay -q --format jsonl "$csv") ;;
    3) cmd=("$bin" replay -q --jobs 1 --format jsonl "$csv") ;;
    4) cmd=("$bin" replay -q --format jsonl --rules "$rules1000" "$csv") ;;
    5) cmd=("$bin" diff --base rules --head "$head_rules" --format json "$csv") ;;
    6) cmd=("$bin" diff --base rules --head "$phrase_rules" --format json "$csv") ;;
    7) cmd=("$bin" lint "$rules1000") ;;
    8) cmd=("$bin" replay -q --format jsonl --packets "$dir/packets.jsonl" "$csv") ;;
    9) cmd=("$bin" replay -q --redact --format jsonl --packets "$dir/packets.jsonl" "$csv") ;;
  esac
}
# Rounds of every measurement, so that each ratio compares runs made under the same
# conditions; the fastest of each is kept, with its peak memory.
best=()
for _ in $(seq "$runs"); do
  for i in "${!labels[@]}"; do
    command_of "$i"
    /usr/bin/time -o "$dir/time.txt" -f "%e %M" "${cmd[@]}" > /dev/null 2>&1 || true
    rm -f "$dir/packets.jsonl"
    this=$(tail -1 "$dir/time.txt")
    if [ -z "${best[$i]:-}" ] || [ "$(echo "${this% *} < ${best[$i]% *}" | bc)" = 1 ]; then best[i]=$this; fi
  done
done
results=()
for i in "${!labels[@]}"; do results+=("${labels[$i]}|${best[$i]}"); done

echo "fastest of $runs round(s) of every measurement"
echo "file: $csv ($(du -h "$csv" | cut -f1), $(($(wc -l < "$csv") - 1)) messages, $n conversations); $(nproc) cores"
floor=$(echo "${results[0]}" | cut -d'|' -f2 | cut -d' ' -f1)
printf '%-24s %9s %9s %12s\n' measurement seconds "× floor" "peak memory"
for r in "${results[@]}"; do
  label=${r%%|*}; rest=${r#*|}
  secs=${rest% *}; kb=${rest#* }
  ratio=$(echo "scale=2; $secs / $floor" | bc)
  printf '%-24s %9.2f %9s %9d MiB\n' "$label" "$secs" "$ratio" $((kb / 1024))
done
