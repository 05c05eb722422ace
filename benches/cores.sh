#!/usr/bin/env bash
# What the machine's cores give together, and the replay time that bounds: `benches/cores.sh [RUNS] [CONVERSATIONS]`.
#
# Issue 7 asks replay for ≤ 1.5× the floor "using both cores". Whatever the program does,
# two cores cannot finish sooner than the work of one thread divided by what two busy
# cores deliver together. This script measures both, in rounds (default 3; fastest kept):
#   - the floor, and `replay --jobs 1`, each alone;
#   - the same two, each as two separate processes at once (nothing shared between them,
#     so any slowdown is the machine's: shared caches, memory, the hypervisor);
#   - `replay` on every core.
# It prints each time, the slowdown of a process when both cores are busy, the bound
# `replay --jobs 1 ÷ (2 ÷ slowdown)` in floor units, and the single-thread work (× floor)
# that 1.5× would need at that slowdown. Uses the file and binaries of benches/run.sh (run
# it first); nothing else should be running.
set -euo pipefail
cd "$(dirname "$0")/.."
# Cargo's target directory: CARGO_TARGET_DIR when set (relative to the repository, as
# cargo reads it from here), else target/.
target=${CARGO_TARGET_DIR:-target}
runs=${1:-3} n=${2:-200000}
dir=$target/bench
csv="$dir/transcripts-$n.csv"
[ -s "$csv" ] || { echo "run benches/run.sh $n first" >&2; exit 2; }
bin=$target/release/handoff
floor=$target/release/examples/floor
if ! { [ -x "$bin" ] && [ -x "$floor" ]; }; then
  echo "build first: cargo build --release --examples" >&2
  exit 2
fi

declare -A best
keep() { # key seconds
  if [ -z "${best[$1]:-}" ] || [ "$(echo "$2 < ${best[$1]}" | bc)" = 1 ]; then best[$1]=$2; fi
}
now() { date +%s.%N; }
one() { # key, command...: one process alone
  local key=$1 t0; shift
  t0=$(now); "$@" > /dev/null; keep "$key" "$(echo "$(now) - $t0" | bc)"
}
two() { # key, command...: two processes at once; the time until both are done
  local key=$1 t0; shift
  t0=$(now); "$@" > /dev/null & "$@" > /dev/null & wait; keep "$key" "$(echo "$(now) - $t0" | bc)"
}
cat "$csv" > /dev/null # in the page cache before the first round
for _ in $(seq "$runs"); do
  one floor "$floor" "$csv"
  two floor2 "$floor" "$csv"
  one jobs1 "$bin" replay -q --jobs 1 --format jsonl "$csv"
  two jobs1x2 "$bin" replay -q --jobs 1 --format jsonl "$csv"
  one replay "$bin" replay -q --format jsonl "$csv"
done
f=${best[floor]}
ratio() { echo "scale=2; $1 / $f" | bc; }
slow_floor=$(echo "scale=2; ${best[floor2]} / $f" | bc)
slow_replay=$(echo "scale=2; ${best[jobs1x2]} / ${best[jobs1]}" | bc)
echo "fastest of $runs rounds; $csv; $(nproc) cores"
printf '%-40s %8s %8s\n' measurement seconds "× floor"
printf '%-40s %8.2f %8.2f\n' "floor, alone" "$f" 1
printf '%-40s %8.2f %8.2f\n' "floor, two processes at once" "${best[floor2]}" "$(ratio "${best[floor2]}")"
printf '%-40s %8.2f %8.2f\n' "replay --jobs 1, alone" "${best[jobs1]}" "$(ratio "${best[jobs1]}")"
printf '%-40s %8.2f %8.2f\n' "replay --jobs 1, two processes at once" "${best[jobs1x2]}" "$(ratio "${best[jobs1x2]}")"
printf '%-40s %8.2f %8.2f\n' "replay (every core)" "${best[replay]}" "$(ratio "${best[replay]}")"
echo "a process slows by ${slow_floor}× (floor) and ${slow_replay}× (replay) when both cores are busy"
echo "bound for replay on two cores: $(echo "scale=2; ${best[jobs1]} * $slow_replay / 2 / $f" | bc)× the floor"
echo "1.5× would need one thread's work at $(echo "scale=2; 1.5 * 2 / $slow_replay" | bc)× the floor (now $(ratio "${best[jobs1]}")×)"
