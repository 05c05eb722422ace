//! The catalogue's transcript cases of one format or encoding: JSONL lines that are not
//! rows, UTF-16 files, and header names written twice or alike.

use super::{Case, case, utf16le};

pub(super) fn encoding_cases() -> Vec<Case> {
    vec![
        case("JSONL: only blank lines: empty, as a CSV file of them is")
            .file("t.jsonl", "\n  \r\n\n")
            .replay("t.jsonl")
            .says("warning[D007]: transcript file is empty")
            .says("{dir}/t.jsonl:1")
            .outcomes(0),
        case("JSONL: a line that is not an object")
            .file(
                "t.jsonl",
                "{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n[1,2]\n",
            )
            .replay("t.jsonl")
            .code(2)
            .says("warning[D001]")
            .says("{dir}/t.jsonl:2")
            .outcomes(1),
        case("JSONL: a line that is not JSON")
            .file(
                "t.jsonl",
                "{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n{\"conversation_id\": \"b\",\n",
            )
            .replay("t.jsonl")
            .code(2)
            .says("warning[D001]")
            .says("{dir}/t.jsonl:2")
            .outcomes(1),
        // JSONL rows need what CSV rows need (a row without `text` was an empty message).
        // The error says it once for the file, with no `D001` a line before it (cli39).
        case("JSONL: no object has the text key: a mapping error, like a CSV header")
            .file(
                "t.jsonl",
                "{\"conversation_id\":\"c1\",\"role\":\"customer\",\"body\":\"talk to a human\"}\n",
            )
            .replay("t.jsonl")
            .code(2)
            .says("{dir}/t.jsonl:1: no `text` key; the keys are: `body`, `conversation_id`, `role`")
            .says("--map text=<column>")
            .outcomes(0),
        case("JSONL: an object without a role is a malformed row")
            .file(
                "t.jsonl",
                "{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n{\"conversation_id\":\"a\",\"text\":\"talk to a human\"}\n",
            )
            .replay("t.jsonl")
            .code(2)
            .says("warning[D001]: skipped malformed row: no `role` key")
            .says("{dir}/t.jsonl:2")
            .says("skipped 1 malformed row of 2")
            .outcomes(1),
        case("JSONL: a text that is an object is a malformed row, accepted with --on-error skip")
            .file(
                "t.jsonl",
                "{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":{\"en\":\"help\"}}\n",
            )
            .replay("t.jsonl")
            .args(&["--on-error", "skip"])
            .says("warning[D001]: skipped malformed row: `text` is an object, not a string, number or boolean")
            .says("{dir}/t.jsonl:2")
            .outcomes(1),
        case("JSONL: a mapped timestamp missing from a row")
            .file(
                "t.jsonl",
                "{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\",\"at\":1}\n{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n",
            )
            .replay("t.jsonl")
            .args(&["--map", "timestamp=at"])
            .code(2)
            .says("warning[D001]: skipped malformed row: no `at` (the timestamp) key")
            .says("{dir}/t.jsonl:2")
            .outcomes(1),
        // Excel's "Unicode Text" got an error quoting `c\u{0}o\u{0}n…`, and a
        // JSONL file one D001 per line.
        case("CSV in UTF-16 with a byte order mark: save it as UTF-8")
            .file("t.csv", utf16le("\u{feff}conversation_id,role,text\nc1,customer,hi\n"))
            .replay("t.csv")
            .code(2)
            .says("{dir}/t.csv:1: this file is UTF-16, not UTF-8: save it as UTF-8")
            .outcomes(0),
        case("JSONL in UTF-16 without a byte order mark")
            .file(
                "t.jsonl",
                utf16le("{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n"),
            )
            .replay("t.jsonl")
            .code(2)
            .says("{dir}/t.jsonl:1: this file is UTF-16, not UTF-8")
            .outcomes(0),
        case("lint --columns-from a UTF-16 export")
            .file("t.csv", utf16le("\u{feff}conversation_id,role,text\n"))
            .args(&["lint", "--columns-from", "{dir}/t.csv"])
            .code(2)
            .says("{dir}/t.csv:1: this file is UTF-16, not UTF-8: save it as UTF-8"),
        case("CSV: a header naming a column twice")
            .file("t.csv", "conversation_id,timestamp,role,text,text\nc1,1,customer,hello,talk to a human\n")
            .replay("t.csv")
            .code(2)
            .says("{dir}/t.csv:1: the header has column `text` twice (columns 4 and 5)")
            .outcomes(0),
        case("CSV: two header names that normalise alike")
            .file("t.csv", "conversation_id,timestamp,role,text,Tier,tier\nc1,1,customer,hello,a,b\n")
            .replay("t.csv")
            .code(2)
            .says("{dir}/t.csv:1: columns 5 `Tier` and 6 `tier` of the header both read as `tier`")
            .outcomes(0),
        case("JSONL: a key written twice in one object")
            .file(
                "t.jsonl",
                "{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\",\"text\":\"talk to a human\"}\n",
            )
            .replay("t.jsonl")
            .code(2)
            .says("warning[D001]: skipped malformed row: key `text` appears twice")
            .says("{dir}/t.jsonl:2")
            .outcomes(1),
    ]
}
