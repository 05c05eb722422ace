#!/usr/bin/env bash
# Summaries on real chats: the starter rules over the STAR dev set, then the Markdown
# packet (summary, facts, transcript up to the escalation point) of each conversation
# id given. Usage: docs/scripts/star-summaries.sh star-1176 star-5789 …
# STAR=path/to/star_transcripts.csv overrides where the data is (default
# ../shared/data/star/star_transcripts.csv, outside this repository: see its README).
set -euo pipefail
cd "$(dirname "$0")/../.."
star=${STAR:-../shared/data/star/star_transcripts.csv}
cargo build --quiet --release --bin handoff
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
target/release/handoff replay -q -f jsonl --packets "$out" "$star" > /dev/null
for id in "$@"; do
  if [ -f "$out/$id.md" ]; then
    cat "$out/$id.md"
  else
    echo "$id: not escalated by the starter rules (no packet)" >&2
  fi
  echo
done
