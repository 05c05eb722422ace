//! Credentials written as machines write them: a text → the spans of bearer tokens,
//! JSON web tokens, API keys by their issuers' prefixes (`sk_live_…`, `ghp_…`, `xoxb-…`,
//! `AKIA…`, `AIza…`), the values of a URL's query parameters that carry a credential
//! (`?token=…`, `&session=…`, `&code=…`), each `[secret]`, and an email address written
//! percent-encoded in a URL (`ana%40example.com`) or spelt out so that no program
//! reads it ("ana dot lopez at gmail dot com", "ana(at)example(dot)com"), `[email]`,
//! up to a common top-level domain. What announces a value
//! (`Bearer`, `token=`) stays. Finds, beside the spans taken before: a number found
//! inside a token goes with it. The other secrets are `secret.rs`'s.

use std::sync::LazyLock;

use regex::Regex;

use super::Kind;
use super::taken::Taken;
use super::written::Whole;

/// The credentials, each kind its own group: `bearer` (the token after the word),
/// `jwt` (three base64url parts, the first a JSON object's `{"`), `key` (an issuer's
/// prefix and what follows), `query` (a credential parameter's value, to the next `&`,
/// `#` or space), `email` (percent-encoded) and `spelt` (an address with its `@` and
/// its last `.` as words: "at", "(at)", "dot", `[dot]`). ASCII word boundaries only: the text
/// may hold letters past ASCII.
static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?-u:\b)(?i:bearer)\s+(?P<bearer>[A-Za-z0-9._~+/-]{8,}=*)",
        r"|(?P<jwt>(?-u:\b)eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,})",
        r"|(?P<key>(?-u:\b)(?:(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{8,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16}|AIza[0-9A-Za-z_-]{30,}))",
        r"|[?&;](?i:token|access_token|id_token|refresh_token|auth|auth_token|api_key|apikey|key|secret|client_secret|session|session_id|sessionid|sid|sig|signature|password|pwd|code|otp)=(?P<query>[^&#\s\[\]]+)",
        r"|(?P<email>(?-u:\b)[A-Za-z0-9._+-]+%40[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})",
        // Spelt out: "(at)" in brackets after any name; a bare "at" only after a name
        // that reads as an address's (a dot, `_`, a digit, "dot": "ana dot lopez at"),
        // or before a mail provider ("ana at gmail dot com"; not "looked at amazon dot
        // com").
        r"|(?P<spelt>(?i)(?-u:\b)(?:[a-z0-9][a-z0-9._%+-]*(?:\s+dot\s+[a-z0-9_%+-]+)*\s*[(\[{]at[)\]}]\s*[a-z0-9-]+",
        r"|[a-z0-9][a-z0-9._%+-]*(?:[._0-9][a-z0-9%+-]*|(?:\s+dot\s+[a-z0-9_%+-]+)+)\s+at\s+[a-z0-9-]+",
        r"|[a-z0-9][a-z0-9._%+-]*\s+at\s+(?:gmail|googlemail|yahoo|hotmail|outlook|live|msn|icloud|me|mac|aol|proton|protonmail|pm|gmx|mail|yandex|zoho|fastmail|btinternet|comcast|verizon)",
        r")(?:(?:\s*[(\[{]dot[)\]}]\s*|\s+dot\s+|\.)[a-z0-9-]+)*",
        r"(?:\s*[(\[{]dot[)\]}]\s*|\s+dot\s+|\.)(?:com|net|org|edu|gov|io|co|uk|de|fr|es|it|nl|info|biz|me|us|ca|au|in)(?-u:\b))",
    ))
    .expect("the token pattern is valid")
});

/// The words a text without digits may hold one by (a bearer token, a query's value of
/// letters, an address spelt out), and where: "bearer", "eyJ", `=`, ".com" anywhere;
/// "dot", "(at)", "\[at\]", "{at}" whole. The quick test before the search
/// (`kinds.rs`'s `names_a_secret`).
pub(super) const MAY_HOLD: &[(&[&[u8]], Whole)] = &[
    (&[b"bearer", b"eyj", b"="], Whole::Anywhere),
    (&[b"dot", b"(at)", b"[at]", b"{at}"], Whole::Word),
    (&[b".com", b".net", b".org", b".co"], Whole::Anywhere),
];

/// Words one of [`TOKEN`]'s credentials needs, in any ASCII case: "bearer", a JSON web
/// token's "eyJ", a query's `=`, and each issuer's key prefix ([`super::may_hold_secret`],
/// the summary's quick test before it keeps a message's secrets).
pub(super) const KEY_WORDS: &[&[u8]] = &[
    b"bearer",
    b"eyj",
    b"=",
    b"sk_",
    b"rk_",
    b"pk_",
    b"ghp_",
    b"gho_",
    b"ghu_",
    b"ghs_",
    b"ghr_",
    b"github_pat_",
    b"xox",
    b"akia",
    b"aiza",
];

/// Takes the spans of the credentials in `text`: those that no span taken overlaps, or
/// that hold the spans they overlap (a token's digits read as a phone number).
pub(super) fn spans(text: &str, taken: &mut Taken) {
    for found in TOKEN.captures_iter(text) {
        let (value, mask) = if let Some(email) = found.name("email").or(found.name("spelt")) {
            (email, Kind::Email.mask())
        } else if let Some(value) = ["bearer", "jwt", "key", "query"]
            .into_iter()
            .find_map(|name| found.name(name))
        {
            (value, Kind::Secret.mask())
        } else {
            continue;
        };
        let (start, end) = (value.start(), value.end());
        // "the bearer instrument": a bearer token has a digit, or is long.
        if found.name("bearer").is_some()
            && !(value.as_str().bytes().any(|b| b.is_ascii_digit()) || value.len() >= 20)
        {
            continue;
        }
        if taken
            .overlapping(start, end)
            .any(|(a, b, _)| a < start || end < b)
        {
            continue;
        }
        if taken.overlaps(start, end) {
            taken.remove_settled_inside(start, end);
        }
        taken.push((start, end, mask));
    }
    taken.settle();
}
