#!/usr/bin/env bash
# A/B timing of two handoff builds: `benches/compare.sh OLD_BIN NEW_BIN [RUNS] [CONVERSATIONS]`.
#
# Runs replay (all cores and --jobs 1), replay with 1,000 rules, diff, and replay with
# JSONL packets (with and without --redact) with each binary,
# alternating old and new RUNS times (default 5), and prints the fastest wall time of
# each and new ÷ old. Alternating cancels most of a shared machine's drift; the file and
# rules are those of benches/run.sh (run it first to generate them). Build the old binary
# from a worktree, e.g.:
#   git worktree add /tmp/old <commit> && (cd /tmp/old && CARGO_TARGET_DIR=/tmp/old-target cargo build --release)
#   benches/compare.sh /tmp/old-target/release/handoff target/release/handoff
set -euo pipefail
cd "$(dirname "$0")/.."
# Cargo's target directory: CARGO_TARGET_DIR when set (relative to the repository, as
# cargo reads it from here), else target/.
target=${CARGO_TARGET_DIR:-target}
old=$1 new=$2 runs=${3:-5} n=${4:-200000}
dir=$target/bench
csv="$dir/transcripts-$n.csv"
rules1000="$dir/rules-1000.yaml"
if ! { [ -s "$csv" ] && [ -s "$rules1000" ] && [ -d "$dir/head-rules" ]; }; then
  echo "run benches/run.sh $n first" >&2
  exit 2
fi

declare -A best
time_one() { # key, command...
  local key=$1; shift
  /usr/bin/time -o "$dir/time.txt" -f "%e" "$@" > /dev/null 2>&1 || true
  local t; t=$(tail -1 "$dir/time.txt")
  if [ -z "${best[$key]:-}" ] || [ "$(echo "$t < ${best[$key]}" | bc)" = 1 ]; then best[$key]=$t; fi
}
labels=("replay" "replay --jobs 1" "replay, 1000 rules" "diff" "replay --packets"
  "replay --redact --packets")
for _ in $(seq "$runs"); do
  for which in old new; do
    bin=${!which}
    time_one "$which|replay" "$bin" replay -q --format jsonl "$csv"
    time_one "$which|replay --jobs 1" "$bin" replay -q --jobs 1 --format jsonl "$csv"
    time_one "$which|replay, 1000 rules" "$bin" replay -q --format jsonl --rules "$rules1000" "$csv"
    time_one "$which|diff" "$bin" diff --base rules --head "$dir/head-rules" --format json "$csv"
    time_one "$which|replay --packets" "$bin" replay -q --format jsonl --packets "$dir/packets.jsonl" "$csv"
    time_one "$which|replay --redact --packets" "$bin" replay -q --redact --format jsonl --packets "$dir/packets.jsonl" "$csv"
    rm -f "$dir/packets.jsonl"
  done
done
echo "fastest of $runs alternating runs; $csv"
printf '%-22s %8s %8s %8s\n' measurement old new "new÷old"
for label in "${labels[@]}"; do
  o=${best["old|$label"]} w=${best["new|$label"]}
  printf '%-22s %8.2f %8.2f %8.2f\n' "$label" "$o" "$w" "$(echo "scale=3; $w / $o" | bc)"
done
