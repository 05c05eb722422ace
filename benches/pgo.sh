#!/usr/bin/env bash
# A release build of handoff with profile-guided optimisation (PGO), for those who ship
# binaries: `benches/pgo.sh` → target/pgo/release/handoff (same output as
# `cargo build --release`, byte for byte; only the machine code's layout differs).
#
# Builds handoff instrumented (target/pgo-gen/), runs it on a training set, merges the
# counts, and builds it again using them (target/pgo/). The training set is the whole
# tool at work, not the benchmark's file: replay (JSONL and table), packets, redaction,
# diff, coverage, explain, lint and rule tests, over the shipped fixtures and 20,000
# conversations from the benchmark's generator with another seed (7, where
# benches/run.sh and benches/instructions.sh use 42).
#
# Needs llvm-profdata at least as new as the LLVM of rustc's own profile format:
# `rustup component add llvm-tools` gives the matching one, which is tried first;
# otherwise LLVM_PROFDATA, then llvm-profdata on PATH and /usr/lib/llvm-*/bin (newest
# first) are tried until one reads the profiles. With CARGO_TARGET_DIR set, the builds go
# under it instead of target/. Takes two release builds (about 10
# minutes on the reference machine). Measure the result with
# `BIN=target/pgo/release/handoff benches/run.sh`.
set -euo pipefail
cd "$(dirname "$0")/.."
# Cargo's target directory: CARGO_TARGET_DIR when set (relative to the repository, as
# cargo reads it from here), else target/.
target=${CARGO_TARGET_DIR:-target}

candidates=()
[ -n "${LLVM_PROFDATA:-}" ] && candidates+=("$LLVM_PROFDATA")
sysroot=$(rustc --print sysroot)
for c in "$sysroot"/lib/rustlib/*/bin/llvm-profdata; do [ -x "$c" ] && candidates+=("$c"); done
command -v llvm-profdata > /dev/null && candidates+=("$(command -v llvm-profdata)")
for c in $(printf '%s\n' /usr/lib/llvm-*/bin/llvm-profdata | sort -t- -k2 -rn); do
  [ -x "$c" ] && candidates+=("$c")
done
[ ${#candidates[@]} -gt 0 ] || {
  echo "pgo: no llvm-profdata found: run \`rustup component add llvm-tools\` (or set LLVM_PROFDATA)" >&2
  exit 2
}

gen=$target/pgo-gen
out=$target/pgo
# The profile paths go to rustc, which runs elsewhere: absolute.
case $gen in /*) abs_gen=$gen ;; *) abs_gen=$PWD/$gen ;; esac
profiles=$abs_gen/profiles
work=$gen/training
echo "pgo: building instrumented ($gen)" >&2
# handoff alone, in both builds and in the training: an example built beside it would
# let cargo unify the dev-dependencies' features into handoff's crates, and an
# instrumented generator would add its own profiles (together: no gain, +3 %
# instructions; docs/performance-log.md, twenty-sixth session).
RUSTFLAGS="${RUSTFLAGS:-} -Cprofile-generate=$profiles" CARGO_TARGET_DIR=$gen \
  cargo build --quiet --release --bin handoff
cargo build --quiet --release --example generate
# The build scripts wrote profiles of their own: only the training's are wanted.
rm -rf "$profiles" "$work" && mkdir -p "$profiles" "$work"

echo "pgo: training" >&2
bin=$gen/release/handoff
csv=$work/transcripts.csv
"$target"/release/examples/generate transcripts 20000 7 > "$csv"
mkdir -p "$work/head"
cp rules/*.yaml "$work/head/"
# The head for diff: what went to frontline (small accounts' discount questions, the
# default route) goes to senior-ae.
sed -i 's/^\( *\)team: frontline$/\1team: senior-ae/' "$work/head/routes.yaml"
! cmp -s rules/routes.yaml "$work/head/routes.yaml" || {
  echo "pgo: rules/routes.yaml has no \`team: frontline\` line to change for diff" >&2
  exit 2
}
first=$(awk -F, 'NR == 2 { print $1 }' fixtures/transcripts.csv)
run() { "$@" > /dev/null 2>&1 || true; } # findings exit 1: the counts are what matter
run "$bin" replay -q --format jsonl "$csv"
run "$bin" replay -q --jobs 1 --format jsonl "$csv"
run "$bin" replay -q --format jsonl --packets "$work/packets.jsonl" "$csv"
run "$bin" replay -q --redact --format jsonl --packets "$work/packets.jsonl" "$csv"
run "$bin" diff --base rules --head "$work/head" --format json "$csv"
run "$bin" coverage "$csv"
run "$bin" replay
run "$bin" replay --format table --packets "$work/packets.md"
run "$bin" explain --conversation "$first"
run "$bin" lint rules
run "$bin" test rules

echo "pgo: merging the profiles" >&2
merged=$abs_gen/merged.profdata
profdata=
for c in "${candidates[@]}"; do
  if "$c" merge -o "$merged" "$profiles" 2> /dev/null; then profdata=$c && break; fi
done
[ -n "$profdata" ] || {
  echo "pgo: no llvm-profdata could read rustc's profiles (tried: ${candidates[*]});" \
    "run \`rustup component add llvm-tools\` for the matching one" >&2
  exit 2
}
echo "pgo: merged with $profdata" >&2

echo "pgo: building with the profile ($out)" >&2
RUSTFLAGS="${RUSTFLAGS:-} -Cprofile-use=$merged" CARGO_TARGET_DIR=$out \
  cargo build --quiet --release --bin handoff
echo "$out/release/handoff"
