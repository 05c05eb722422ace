//! Fixes to `--redact`, end to end through `replay --redact --packets`: an email
//! address written with "[at]", a title taken for a word of a name and a name in lower
//! case after a title, and D005 naming a column of a header row of data.

use super::{human_replay, packet_texts, regex_rules};
use crate::common::{handoff, write};

/// The texts of each packet's transcript, a packet a line, its messages joined by ` | `.
fn texts_of(packets: &str) -> Vec<String> {
    (packet_texts(packets).into_iter())
        .map(|texts| texts.join(" | "))
        .collect()
}

/// Emails with "[at]" and names after titles, each masked in the packets, beside the
/// near misses that stay.
#[test]
fn at_emails_titles_and_names_after_them_are_masked_in_packets() {
    let (replay, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,write to john [at] example.io or john(at)example dot com\n\
         c1,customer,\"or john [at]example.io, but look [at] this\"\n\
         c1,customer,human please\n\
         c2,bot,Who is your doctor?\n\
         c2,customer,dr alexis\n\
         c2,bot,Is the Dr in? Dr. Morgan is.\n\
         c2,customer,I went to dr morgan before. I need a dr appt\n\
         c2,customer,human please\n",
    );
    assert_eq!(
        texts_of(&packets),
        [
            "write to [email] or [email] | or [email], but look [at] this | human please",
            "Who is your doctor? | dr [name] | Is the Dr in? Dr. [name] is. | \
             I went to dr [name] before. I need a dr appt | human please",
        ]
    );
    for leak in ["john", "example", "alexis", "morgan", "Morgan"] {
        assert!(!replay.contains(leak), "{leak} in {replay}");
        assert!(!packets.contains(leak), "{leak} in {packets}");
    }
}

/// D005 named the column that varies as it was read; in a file whose header row
/// is data (mapped with `--map` to its cells), that is the first customer's name
/// (`tyler_jones`), in the note, its help and the summary. Under `--redact` the column is
/// named as the packets key it; a header's column stays named.
#[test]
fn d005_names_a_column_of_a_header_row_of_data_masked() {
    let dir = tempfile::tempdir().unwrap();
    let rules = regex_rules(dir.path(), &[("human", "human")]);
    let headless = write(
        dir.path(),
        "headless.csv",
        "c1,customer,I want a human,Tyler Jones,tyler@example.com\n\
         c2,customer,a human now,Ann Lee,ann@example.org\n\
         c2,customer,a human please,Ann Lee-Smith,ann@example.org\n",
    );
    let map = [
        "--map",
        "conversation_id=c1",
        "--map",
        "role=customer",
        "--map",
        "text=I want a human",
    ];
    let stderr = |redact: bool| {
        let out = handoff()
            .args(["replay", "-f", "jsonl", "-r"])
            .arg(&rules)
            .args(map)
            .args(if redact { &["--redact"][..] } else { &[][..] })
            .arg("--packets")
            .arg(dir.path().join("p.jsonl"))
            .arg(&headless)
            .assert()
            .success()
            .get_output()
            .clone();
        String::from_utf8(out.stderr).unwrap()
    };
    let masked = stderr(true);
    assert!(
        masked.contains("note[D005]: column `[name] [name]` varies within conversation `c2`"),
        "{masked}"
    );
    assert!(
        masked.contains("leave it out with --ignore-column NAME"),
        "{masked}"
    );
    assert!(
        masked.contains("(first value kept): `[name] [name]` (1 rows)"),
        "{masked}"
    );
    for leak in ["tyler", "Tyler", "Ann", "Lee", "Smith"] {
        assert!(!masked.contains(leak), "{leak} in {masked}");
    }
    // Without --redact, the column is named as read, and so are its values.
    let plain = stderr(false);
    assert!(plain.contains("column `tyler_jones` varies"), "{plain}");
    assert!(plain.contains("--ignore-column tyler_jones"), "{plain}");
    // With a header, the column is named under --redact too.
    let with_header = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,name,turn\n\
         c1,customer,I want a human,Ann Lee,1\n\
         c1,customer,a human please,Ann Lee,2\n",
    );
    let out = handoff()
        .args(["replay", "-f", "jsonl", "--redact", "-r"])
        .arg(&rules)
        .arg(&with_header)
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("note[D005]: column `turn` varies"),
        "{stderr}"
    );
    assert!(stderr.contains("--ignore-column turn"), "{stderr}");
    assert!(!stderr.contains("Ann"), "{stderr}");
}
