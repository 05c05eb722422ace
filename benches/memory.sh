#!/usr/bin/env bash
# Is replay's memory flat? `benches/memory.sh [SMALL] [LARGE]` (default 200000 and
# 2000000 conversations; the large file takes 1.8 GB in target/bench/, or
# $CARGO_TARGET_DIR/bench/).
#
# Issue 7 asks for a peak of at most 64 MiB, the same at 200 k and at 2 M conversations,
# for input grouped by conversation. Prints the peak memory (max RSS) and wall time of
#   replay --format jsonl            on each size (ids in order: nothing kept per id)
#   replay, one id out of order      the large file with its first conversation moved
#                                    to the end: the file is read again once, up to that
#                                    row, and from then on ids are kept (about 9 bytes each)
#   replay from stdin                the large file piped: stdin cannot be read again, so
#                                    ids are kept from the start
# Needs /usr/bin/time (GNU time).
set -euo pipefail
cd "$(dirname "$0")/.."
small=${1:-200000}
large=${2:-2000000}
target=${CARGO_TARGET_DIR:-target}
cargo build --quiet --release --bin handoff --example generate
bin=${BIN:-$target/release/handoff}
dir=$target/bench
mkdir -p "$dir"
for n in "$small" "$large"; do
  csv="$dir/transcripts-$n.csv"
  [ -s "$csv" ] || "$target/release/examples/generate" transcripts "$n" > "$csv"
done
big="$dir/transcripts-$large.csv"
moved="$dir/transcripts-$large-moved.csv"
if [ ! -s "$moved" ]; then
  first=$(sed -n 2p "$big" | cut -d, -f1)
  { head -n 1 "$big"; tail -n +2 "$big" | grep -v "^$first,"; grep "^$first," "$big"; } > "$moved"
fi

measure() { # label, command… → one line: label, seconds, peak MiB
  local label=$1
  shift
  local out
  out=$( { /usr/bin/time -f '%e %M' "$@" > /dev/null; } 2>&1 | tail -n 1)
  read -r seconds kb <<< "$out"
  printf '%-40s %8s s %8d MiB\n' "$label" "$seconds" $(( (kb + 1023) / 1024 ))
}

measure "replay, $small conversations" "$bin" replay -q --format jsonl "$dir/transcripts-$small.csv"
measure "replay, $large conversations" "$bin" replay -q --format jsonl "$big"
measure "replay, $large, one id out of order" "$bin" replay -q --format jsonl "$moved"
measure "replay, $large, from stdin" "$bin" replay -q --format jsonl - < "$big"
