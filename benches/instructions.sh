#!/usr/bin/env bash
# Instruction counts of handoff's hot paths, which a shared machine's noise does not
# touch: `benches/instructions.sh [--update]`.
#
# Runs under callgrind, on one thread, over 20,000 generated conversations (the
# generator of benches/run.sh, seeded; cached in target/bench/, or
# $CARGO_TARGET_DIR/bench/):
#   replay     handoff replay -q --jobs 1 --format jsonl, starter rules
#   packets    the same with --packets OUT.jsonl
#   diff       handoff diff of the starter rules against benches/run.sh's one-line change
#   diff-phrase  the same against its phrase added to a signal (the signals differ)
# and prints each count, per message, and its change against benches/instructions.txt, the
# counts recorded at the last change that moved them. A count more than LIMIT percent
# (default 2) above its record exits 1 and names it: a slower hot path is found before it
# merges, not sessions later in a wall-clock table (a first-name column check once took a
# sixth of a replay unseen). `--update` records the new counts (commit them with the
# change that explains them). Counts depend on the compiler and glibc: a record made with
# another rustc is shown but does not fail.
#
# Needs valgrind. Takes about a minute and a half on the reference machine.
set -euo pipefail
cd "$(dirname "$0")/.."
# Cargo's target directory: CARGO_TARGET_DIR when set (relative to the repository, as
# cargo reads it from here), else target/.
target=${CARGO_TARGET_DIR:-target}
update=no
[ "${1:-}" = --update ] && update=yes
limit=${LIMIT:-2}
n=20000
cargo build --quiet --release --bin handoff --example generate
bin=$target/release/handoff
dir=$target/bench
mkdir -p "$dir"
csv="$dir/transcripts-$n.csv"
[ -s "$csv" ] || "$target"/release/examples/generate transcripts "$n" > "$csv"
head_rules="$dir/head-rules"
rm -rf "$head_rules" && mkdir -p "$head_rules"
cp rules/*.yaml "$head_rules/"
sed -i 's/^  team: frontline$/  team: senior-ae/' "$head_rules/routes.yaml"
# benches/run.sh's other change: a phrase added (the signals differ, one scan shared).
phrase_rules="$dir/phrase-rules"
rm -rf "$phrase_rules" && mkdir -p "$phrase_rules"
cp rules/*.yaml "$phrase_rules/"
sed -i 's/^      - { phrase: "going in circles", weight: 2 }$/&\n      - { phrase: "round and round", weight: 2 }/' \
  "$phrase_rules/signals.yaml"
grep -q "round and round" "$phrase_rules/signals.yaml" || { echo "phrase-rules: no phrase added" >&2; exit 2; }
record=benches/instructions.txt
rustc=$(rustc --version | cut -d' ' -f2)
messages=$(awk 'NR > 1' "$csv" | wc -l)

names=(replay packets diff diff-phrase)
command_of() { # name → the measurement's command, in $cmd
  case $1 in
    replay) cmd=("$bin" replay -q --jobs 1 --format jsonl "$csv") ;;
    packets) cmd=("$bin" replay -q --jobs 1 --format jsonl --packets "$dir/packets.jsonl" "$csv") ;;
    diff) cmd=("$bin" diff --jobs 1 --base rules --head "$head_rules" --format json "$csv") ;;
    diff-phrase) cmd=("$bin" diff --jobs 1 --base rules --head "$phrase_rules" --format json "$csv") ;;
  esac
}
recorded() { # name → its recorded count, if recorded with this rustc
  [ -f "$record" ] && awk -v n="$1" -v r="$rustc" '$1 == n && $3 == r { print $2 }' "$record"
}

failed=()
new=()
printf '%-12s %15s %12s %10s\n' measure instructions "per message" "vs record"
for name in "${names[@]}"; do
  command_of "$name"
  valgrind --tool=callgrind --callgrind-out-file="$dir/callgrind.$name" "${cmd[@]}" \
    > /dev/null 2> "$dir/callgrind.$name.log" || true
  count=$(sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$dir/callgrind.$name.log")
  [ -n "$count" ] || { echo "callgrind failed for $name: see $dir/callgrind.$name.log" >&2; exit 2; }
  rm -f "$dir/packets.jsonl"
  new+=("$name $count $rustc")
  was=$(recorded "$name" || true)
  change="-"
  if [ -n "$was" ]; then
    change=$(echo "scale=1; ($count - $was) * 100 / $was" | bc)%
    if [ "$(echo "($count - $was) * 100 > $limit * $was" | bc)" = 1 ]; then failed+=("$name"); fi
  fi
  printf '%-12s %15d %12d %10s\n' "$name" "$count" $((count / messages)) "$change"
done
echo "($messages messages in $csv; rustc $rustc; record: $record)"
echo "where a count went: callgrind_annotate --inclusive=yes $dir/callgrind.replay | head -80"

if [ "$update" = yes ]; then
  printf '%s\n' "# name instructions rustc (benches/instructions.sh --update)" "${new[@]}" > "$record"
  echo "recorded in $record"
elif [ "${#failed[@]}" -gt 0 ]; then
  echo "more than $limit % above the record: ${failed[*]} (find why; if it is worth it, --update and say so in the commit)" >&2
  exit 1
fi
