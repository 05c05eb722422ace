//! Markdown escapes: inline escapes, what starts a block at the start of a line, line
//! breaks, quotes, code spans and text inside HTML.

use super::*;

#[test]
fn markdown_escapes_emphasis_strike_entities_and_mentions() {
    // Emphasis and strike-through; underscores inside words stay as they are.
    assert_eq!(escape_markdown("_a_ *b* ~~c~~"), r"\_a\_ \*b\* \~\~c\~\~");
    assert_eq!(
        escape_markdown("bot_fallbacks snake_case_"),
        r"bot_fallbacks snake_case\_"
    );
    // An entity would render as the character it names.
    assert_eq!(escape_markdown("&lt;b&gt; &#x3c;"), r"\&lt;b\&gt; \&\#x3c;");
    assert_eq!(escape_markdown("&#60;"), r"\&#&#8203;60;");
    assert_eq!(escape_markdown("A & B"), "A & B");
    // A mention would notify: a zero-width space follows the `@`, but not in an address.
    assert_eq!(
        escape_markdown("@octocat, (@org/team)"),
        "@&#8203;octocat, (@&#8203;org/team)"
    );
    assert_eq!(
        escape_markdown("ann@example.com @ 5"),
        "ann@example.com @ 5"
    );
}

/// Maths and GitLab's and GitHub's other references in a message rendered as
/// formulas and cross-referenced issues in Markdown pasted into an issue; web and e-mail
/// addresses stay whole, to be copied.
#[test]
fn maths_and_other_references_are_broken_addresses_are_not() {
    assert_eq!(
        escape_markdown("see https://e.example/x, www.e.example, a@b.example $x$"),
        "see https://e.example/x, www.e.example, a@b.example \\$x\\$"
    );
    assert_eq!(
        escape_markdown("GH-12 !34 gh-5 sigh-3 wow! ü!7"),
        "GH-&#8203;12 !&#8203;34 gh-&#8203;5 sigh-3 wow! ü!&#8203;7"
    );
    assert_eq!(
        escape_html_line("mail ceo@corp.example !3 GH-4 @x"),
        "mail ceo@corp.example !&#8203;3 GH-&#8203;4 @&#8203;x"
    );
}

/// A message's line that starts with `- `, `1. `, `#`, `>`, `|` or a fence
/// rendered as a list, heading, quote, table row or code block inside the packet's
/// transcript and the explain table.
#[test]
fn no_line_of_the_text_starts_a_block() {
    let text = "hi\n- item\n+ plus\n* star\n1. one\n12) twelve\n# heading\n> quote\n\
                | a | b |\n```\ncode\n~~~\n===\n---\n    indented\n<div>";
    assert_eq!(
        escape_markdown(text),
        "hi<br>\\- item<br>\\+ plus<br>\\* star<br>1\\. one<br>12\\) twelve<br>\
         \\# heading<br>\\> quote<br>\\| a \\| b \\|<br>\\`\\`\\`<br>code<br>\\~\\~\\~<br>\
         \\===<br>\\---<br> indented<br>\\<div\\>"
    );
    // Where the text begins is where the writer put it: indentation would make it code.
    assert_eq!(escape_markdown("    - x"), " \\- x");
    assert_eq!(escape_markdown("\t\tcode"), " code");
    // Not at the start of a line, these are words.
    assert_eq!(escape_markdown("a - b + c = 1. 2)"), "a - b + c = 1. 2)");
    assert_eq!(
        escape_markdown("1234567890. ten digits"),
        "1234567890. ten digits"
    );
}

#[test]
fn every_kind_of_line_break_is_one_br() {
    assert_eq!(
        escape_markdown("a\r\nb\rc\nd\u{2028}e\u{2029}f\u{85}g\u{b}h\u{c}i"),
        "a<br>b<br>c<br>d<br>e<br>f<br>g<br>h<br>i"
    );
    // A blank line would end the paragraph (or the table): two breaks instead.
    assert_eq!(escape_markdown("a\n\nb"), "a<br><br>b");
    assert_eq!(escape_markdown("tab\there\u{1b}[2J\0"), "tab\there \\[2J ");
}

#[test]
fn a_quote_keeps_every_kind_of_line_break_inside_it() {
    assert_eq!(quote("a\r\rb\r\n# c"), "> a\n>\n> b\n> \\# c");
    assert_eq!(quote("x\n- y\n    z"), "> x\n> \\- y\n>  z");
}

#[test]
fn a_code_span_outlasts_the_backticks_of_its_value() {
    assert_eq!(code_span("human-request"), "`human-request`");
    assert_eq!(code_span("a`b"), "`` a`b ``");
    assert_eq!(code_span("``x`"), "``` ``x` ```");
    assert_eq!(code_span("x `y\n\n# Injected"), "`` x `y  # Injected ``");
    assert_eq!(code_span(" a "), "`  a  `");
    assert_eq!(code_span(""), "` `");
}

/// A `|` ends a table cell even inside a code span.
#[test]
fn a_code_cell_holds_no_pipe() {
    assert_eq!(code_cell("c01"), "`c01`");
    assert_eq!(code_cell("a|b\\|c"), "a\\|b\\\\\\|c");
}

#[test]
fn html_text_is_entities_on_one_line() {
    assert_eq!(
        escape_html_line("a\r\n\n<b> & \"c\"\u{2028}@me #12"),
        "a   &lt;b&gt; &amp; &quot;c&quot; @&#8203;me #&#8203;12"
    );
}

/// `#123` in a message linked an issue or pull request when the Markdown was
/// pasted into GitHub or GitLab; broken as mentions are.
#[test]
fn an_issue_reference_is_broken_like_a_mention() {
    assert_eq!(
        escape_markdown("order #123, PR#4 (#5)"),
        "order #&#8203;123, PR#&#8203;4 (#&#8203;5)"
    );
    // At the start of a line it is no heading either; `#` before anything else is escaped.
    assert_eq!(
        escape_markdown("#1 fan\n# x #a"),
        "#&#8203;1 fan<br>\\# x \\#a"
    );
}

/// `may_escape` is kept by hand beside `escape_char`: a character it leaves out is
/// written as it is wherever it stands, and one it lists is escaped somewhere. Every
/// ASCII character, the C1 controls and a few others, between neighbours that each
/// escape looks at (a letter, a digit, `_`, `#`, a space, "gh", nothing).
#[test]
fn may_escape_lists_exactly_what_escape_char_changes() {
    let befores = ["", "a", "1", "_", " ", "gh", "x gh", "é"];
    let rests = ["", "a", "1", "#", " ", "_", "é"];
    let others = [
        'é', '\u{A0}', '\u{200B}', '\u{2028}', '＠', '＃', '\u{FEFF}',
    ];
    let chars = (0..=0x9F_u8).map(char::from).chain(others);
    for c in chars {
        let mut changed = false;
        for before in befores {
            for rest in rests {
                let mut out = String::new();
                escape_char(before, c, rest, &mut out);
                changed |= out != c.to_string();
                assert!(
                    may_escape(c) || out == c.to_string(),
                    "{c:?} between {before:?} and {rest:?} is written {out:?}: may_escape must list it"
                );
            }
        }
        assert!(
            !may_escape(c) || changed,
            "{c:?} is never escaped: may_escape need not list it"
        );
    }
}
