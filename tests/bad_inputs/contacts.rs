//! The catalogue's contacts cases (`--contacts`): a contacts file that is wrong beside
//! good transcripts.

use super::{Case, case, csv, utf16le};

pub(super) fn contact_cases() -> Vec<Case> {
    let two = "a,2026-03-01T09:00:00Z,customer,hello\nb,2026-03-01T10:00:00Z,customer,this is ridiculous\n";
    vec![
        // Review: D011 said "no column, or empty on every row" where the header showed
        // which; each is now said as it is.
        case("contacts: --join-on a column the transcripts lack says so")
            .file("t.csv", csv(two))
            .file("crm.csv", "customer_id,owner\nc1,Rita\n")
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm.csv", "--join-on", "customer_id"])
            .says("warning[D011]: no conversation can be joined on `customer_id`: the transcripts have no such column (2 conversations), e.g. `a`")
            .says("no transcript file has a column named `customer_id` (a CSV header's, or a JSONL key)")
            .outcomes(2),
        case("contacts: --join-on a JSONL key no object has says so")
            .file("t.jsonl", "{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\",\"plan\":\"pro\"}\n")
            .file("crm.csv", "customer_id,owner\nc1,Rita\n")
            .replay("t.jsonl")
            .args(&["--contacts", "{dir}/crm.csv", "--join-on", "customer_id"])
            .says("the transcripts have no such column (1 conversation)")
            .outcomes(1),
        case("contacts: --join-on a column empty on every row says so")
            .file("t.csv", "conversation_id,customer_id,role,text\na,,customer,hi\nb, ,customer,yo\n")
            .file("crm.csv", "customer_id,owner\nc1,Rita\n")
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm.csv", "--join-on", "customer_id"])
            .says("warning[D011]: no conversation has a value in `customer_id` to join contacts on: the column is empty on every row (2 conversations), e.g. `a`")
            .says("the transcripts have the `customer_id` column, but it is empty on every row")
            .outcomes(2),
        case("contacts: the key on two rows joins nothing, both lines named")
            .file("t.csv", csv(two))
            .file("crm.csv", "email,owner\na@x.io,Rita\nA@x.io,Sam\n")
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm.csv"])
            .says("warning[D010]: contact key `a@x.io` is on 2 rows (lines 2, 3): conversations with it get no contact record")
            .says("{dir}/crm.csv:2")
            .outcomes(2),
        // A phone-only lead failed the run (exit 2) as a malformed row.
        case("contacts: rows without the key are counted once, and the run exits 0")
            .file("t.csv", csv(two))
            .file("crm.csv", "email,phone\na@x.io,\n,555 0100\n,555 0101\n")
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm.csv"])
            .says("warning[D012]: 2 contact rows have no `email` to join on and are left out; the first is here")
            .says("{dir}/crm.csv:3")
            .outcomes(2),
        // The last of the two columns won, silently.
        case("contacts: two header names that normalise alike")
            .file("t.csv", csv(two))
            .file("crm.csv", "email,Contact Owner,contact_owner\na@x.io,Rita,Bob\n")
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm.csv"])
            .code(2)
            .says("{dir}/crm.csv:1: columns 2 `Contact Owner` and 3 `contact_owner` of the header both read as `contact_owner`")
            .says("rename or remove one of them"),
        case("contacts: a UTF-16 file without a byte order mark")
            .file("t.csv", csv(two))
            .file("crm.csv", utf16le("email,owner\na@x.io,Rita\n"))
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm.csv"])
            .code(2)
            .says("{dir}/crm.csv:1: this file is UTF-16, not UTF-8: save it as UTF-8"),
        case("contacts: no key column, with the columns found")
            .file("t.csv", csv(two))
            .file("crm.csv", "mail,owner\n")
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm.csv"])
            .code(2)
            .says("{dir}/crm.csv:1: the contacts file has no `email` column to join on; the columns are: `mail`, `owner`"),
        case("contacts: a ragged row is a malformed row")
            .file("t.csv", csv(two))
            .file("crm.csv", "email,owner\na@x.io\n")
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm.csv"])
            .code(2)
            .says("skipped malformed contact row")
            .says("{dir}/crm.csv:2")
            .outcomes(2),
        // Known problem: contacts warned of no stray quote, where transcripts did.
        case("contacts: a stray quote closed by a later one: a warning, the row kept")
            .file("t.csv", csv(two))
            .file("crm.csv", "email,owner,notes\na@x.io,Rita,\"call back\nb@x.io,Sam,ok\nc@x.io,Al,\"vip\n")
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm.csv"])
            .says("warning[D008]: a quoted field runs over 3 lines, 2 of which look like rows: is a quote unclosed?")
            .says("{dir}/crm.csv:2")
            .says("the rows inside column `notes` are read as part of one contact's value")
            .outcomes(2),
    ]
}
