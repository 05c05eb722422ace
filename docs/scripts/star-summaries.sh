#!/usr/bin/env bash
# Summaries on real chats: the starter rules over the STAR dev set, then the Markdown
# packet (summary, facts, transcript up to the escalation point) of each conversation
# id given; with no id, the figures docs/summaries.md quotes (escalations, goals that
# are the first customer message, the summaries' lengths; needs jq).
# Usage: docs/scripts/star-summaries.sh [star-1176 star-5789 …]
# STAR=path/to/star_transcripts.csv overrides where the data is (default
# ../shared/data/star/star_transcripts.csv, outside this repository: see its README).
# Its `turn` column numbers the messages: not customer data, so it is ignored.
set -euo pipefail
cd "$(dirname "$0")/../.."
star=${STAR:-../shared/data/star/star_transcripts.csv}
cargo build --quiet --release --bin handoff
handoff=${CARGO_TARGET_DIR:-target}/release/handoff
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
"$handoff" replay -q -f jsonl --ignore-column turn --packets "$out/packets" "$star" > "$out/replay.jsonl"
if [ $# -eq 0 ]; then
  conversations=$(wc -l < "$out/replay.jsonl")
  jq -s --argjson conversations "$conversations" '
    [.[] | .summary as $s
      | ([.transcript[] | select(.role == "customer")][0].text) as $first
      | {first: ($s.goal != null and $s.goal == $first),
         length: ($s.bullets | join("\n") | length)}]
    | {conversations: $conversations, escalated: length,
       goal_is_first_message: (map(select(.first)) | length),
       longest_summary: (map(.length) | max),
       mean_summary: ((map(.length) | add) / length | round)}' "$out"/packets/*.json
  exit 0
fi
for id in "$@"; do
  if [ -f "$out/packets/$id.md" ]; then
    cat "$out/packets/$id.md"
  else
    echo "$id: not escalated by the starter rules (no packet)" >&2
  fi
  echo
done
