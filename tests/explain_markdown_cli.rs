//! `handoff explain --format markdown` from the outside: what a transcript says stays
//! text in the comment (no link, HTML, code span or table cell's end made of it).

use crate::common::{handoff, stdout_of, write};

/// What a customer typed cannot become Markdown (a link, HTML, a table cell's end).
#[test]
fn markdown_escapes_what_the_transcript_says() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,tier\nx,customer,<b>hi</b> | [link](http://e.example) *now*,`pro|x`\n",
    );
    let md = stdout_of(
        handoff()
            .args(["explain", "-c", "x", "--format", "markdown"])
            .arg(&csv),
    );
    assert!(
        md.contains("“\\<b\\>hi\\</b\\> \\| \\[link\\](http://e.example) \\*now\\*”"),
        "{md}"
    );
    assert!(!md.contains("<b>"), "{md}");
}

/// Inside `<details><summary>`, HTML: Markdown's escapes do not work there and a line
/// break (a blank line) would end the HTML block.
#[test]
fn markdown_summary_escapes_html_and_stays_on_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text\n\
         c,\"2026-01-01T10:00:00Z\n\n# Injected heading\n<img src=https://tracker.example/p.png>\",customer,hello\n\
         c,yesterday </summary></details><img src=x> @octocat & \"q\",customer,I want a human\n",
    );
    let md = stdout_of(
        handoff()
            .args(["explain", "-r", "rules", "-c", "c", "--format", "markdown"])
            .arg(&csv),
    );
    // Neither time parses (D003), so neither is shown: what they would have injected
    // into the HTML summary is not there at all.
    assert!(
        md.contains("<details><summary>Message 1 · customer</summary>\n"),
        "{md}"
    );
    assert!(
        md.contains("<details><summary>Message 2 · customer ▶ escalates</summary>\n"),
        "{md}"
    );
    assert!(!md.contains("Injected") && !md.contains("octocat"), "{md}");
    // In Markdown, `\\<` is escaped; in the summary, `&lt;`.
    assert!(!md.replace("\\<img", "").contains("<img"), "{md}");
    assert_eq!(md.matches("</summary>").count(), 2, "{md}");
    assert_eq!(md.matches("</details>").count(), 2, "{md}");
    assert!(!md.lines().any(|l| l.starts_with("# ")), "{md}");
}

/// A backtick in the data is data: it neither opens a code span nor lets a line break
/// through; emphasis, strike-through, entities and mentions are escaped too.
#[test]
fn markdown_takes_no_backtick_in_the_data_for_code() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,tier\n\
         a`b,customer,_a_ *b* ~~c~~ &lt;b&gt; @octocat,\"x `y\n\n# Injected\n\n`z\"\n\
         a`b,customer,I want a human,x\n",
    );
    let md = stdout_of(
        handoff()
            .args([
                "explain", "-r", "rules", "-c", "a`b", "--format", "markdown",
            ])
            .arg(&csv),
    );
    assert!(md.starts_with("### handoff explain: `` a`b ``\n"), "{md}");
    assert!(
        md.contains(
            "  - ✗ tier in \\[enterprise, strategic\\] — tier = “x \\`y<br><br>\\# Injected<br><br>\\`z”\n"
        ),
        "{md}"
    );
    assert!(!md.lines().any(|l| l.starts_with("# ")), "{md}");
    assert!(
        md.contains("| “\\_a\\_ \\*b\\* \\~\\~c\\~\\~ \\&lt;b\\&gt; @&#8203;octocat” |"),
        "{md}"
    );
}
