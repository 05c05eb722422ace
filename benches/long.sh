#!/usr/bin/env bash
# Long messages: `benches/long.sh [SHAPE ...]` (default: every shape of
# examples/long_message.rs). For each shape, one customer message of 64 KiB, 256 KiB
# and 1 MiB (a pasted log, a list of names, a run of PINs and answers), and the time of
# `handoff explain --redact` and `handoff replay --redact --packets` on it. Each size is
# four times the one before: a time that grows about four times is linear, sixteen
# times is the square of the text. The growth of the last step is printed, and
# "grows faster" when it is over 6. Figures go into docs/performance-log.md.
# `benches/long.sh --memory [SHAPE ...]`: the peak memory (max RSS, MiB) of each run
# instead of its time (a 13 MB message once took 34 times its size under --redact).
set -euo pipefail
memory=no
if [ "${1:-}" = --memory ]; then
  memory=yes
  shift
fi
cd "$(dirname "$0")/.."
# Cargo's target directory: CARGO_TARGET_DIR when set, else target/.
target=${CARGO_TARGET_DIR:-target}
cargo build --quiet --release --bin handoff --example long_message
bin=$target/release/handoff
gen=$target/release/examples/long_message
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
shapes=("$@")
[ ${#shapes[@]} -gt 0 ] || mapfile -t shapes < <("$gen" --shapes)
sizes=(65536 262144 1048576)
unit=s
[ $memory = yes ] && unit=M
seconds() { # command… → its wall time in seconds (--memory: its max RSS in MiB), in $t
  if [ $memory = yes ]; then
    /usr/bin/time -o "$tmp/time" -f "%M" "$@" > /dev/null 2>&1 || true
    t=$(( ($(tail -1 "$tmp/time") + 1023) / 1024 ))
  else
    /usr/bin/time -o "$tmp/time" -f "%e" "$@" > /dev/null 2>&1 || true
    t=$(tail -1 "$tmp/time")
  fi
}
printf '%-10s %-8s %8s %8s %8s %8s\n' shape command 64KiB 256KiB 1MiB growth
for shape in "${shapes[@]}"; do
  explain=() packets=()
  for size in "${sizes[@]}"; do
    "$gen" "$shape" "$size" > "$tmp/long.csv"
    seconds "$bin" explain --redact -c c1 "$tmp/long.csv"
    explain+=("$t")
    seconds "$bin" replay -q --redact --format jsonl --packets "$tmp/packets.jsonl" "$tmp/long.csv"
    packets+=("$t")
    rm -f "$tmp/packets.jsonl"
  done
  for which in explain packets; do
    declare -n times=$which
    growth=$(echo "scale=1; ${times[2]} / (${times[1]} + 0.01)" | bc)
    flag=""
    [ "$(echo "$growth > 6" | bc)" = 1 ] && flag="  grows faster"
    printf "%-10s %-8s %7s$unit %7s$unit %7s$unit %7s×%s\n" "$shape" "$which" "${times[@]}" "$growth" "$flag"
  done
done
