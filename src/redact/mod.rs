//! Redaction (`--redact`): text → the same text with personal data masked, so reports,
//! packets and traces can be pasted into CI logs and tickets.
//!
//! Masks email addresses (`[email]`), payment card numbers that pass the Luhn check
//! (`[card]`), IBANs that pass the ISO 7064 mod-97 check (`[iban]`), phone numbers in
//! international and common national formats (`[phone]`), US social security numbers
//! (`[ssn]`), IPv4 addresses (`[ip]`) and PINs, passwords and security codes after the
//! word that announces them (`[secret]`). The checks keep what only looks similar:
//! order numbers, dates, amounts, versions and quantities stay as written.
//!
//! The customer's own names, taken from the conversation's metadata (`name`,
//! `first_name`, `last_name`, … including a joined CRM record's) or given in the chat
//! ("my name is …": `intro`), are masked as `[name]` wherever a word of them appears;
//! names that are also common words ("Will", "May", "Grace") only where capitalised.
//!
//! Only output is redacted: the rules see the original text, so a rule that looks for a
//! card number pasted into the chat still fires, and its evidence reads `[card]`.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use crate::coverage::{CoverageReport, Example};
use crate::outcome::{Evidence, Outcome};
use crate::packet::{Fields, Packet};
use crate::summary::{self, FactKind, Summary};
use crate::trace::{NodeTrace, Trace};

mod intro;
mod names;

pub use names::Names;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Email,
    Iban,
    Card,
    Ssn,
    Phone,
    Ip,
    /// A PIN, password or security code, after the word that says so.
    Secret,
}

impl Kind {
    fn mask(self) -> &'static str {
        match self {
            Kind::Email => "[email]",
            Kind::Iban => "[iban]",
            Kind::Card => "[card]",
            Kind::Ssn => "[ssn]",
            Kind::Phone => "[phone]",
            Kind::Ip => "[ip]",
            Kind::Secret => "[secret]",
        }
    }

    /// Whether a text can hold one this kind accepts, by what each needs in what it
    /// matches: an `@`, or so many ASCII digits (`accepts` counts only those), or for
    /// an SSN, which it takes as matched, so many Unicode digits (`\d`).
    fn possible(self, text: &TextCounts) -> bool {
        match self {
            Kind::Email => text.at_sign,
            Kind::Iban => text.ascii_digits >= 2,
            Kind::Card => text.ascii_digits >= 13,
            Kind::Ssn => text.digits >= 9,
            Kind::Phone => text.ascii_digits >= 8,
            Kind::Ip => text.ascii_digits >= 4,
            Kind::Secret => text.ascii_digits >= 1,
        }
    }

    /// Whether a candidate match really is one (checksums, digit counts).
    fn accepts(self, found: &str) -> bool {
        let digits: Vec<u32> = found.chars().filter_map(|c| c.to_digit(10)).collect();
        match self {
            Kind::Email | Kind::Ssn | Kind::Secret => true,
            Kind::Iban => iban_valid(found),
            Kind::Card => {
                (13..=19).contains(&digits.len())
                    && matches!(digits[0], 2..=6)
                    && luhn_valid(&digits)
            }
            Kind::Phone => phone_like(found, digits.len()),
            Kind::Ip => found
                .split('.')
                .all(|part| part.parse::<u16>().is_ok_and(|n| n <= 255)),
        }
    }
}

/// Candidate patterns, most specific first: a span taken by one is not looked at again.
static PATTERNS: LazyLock<Vec<(Kind, Regex)>> = LazyLock::new(|| {
    [
        (
            Kind::Email,
            r"(?i)\b[a-z0-9][a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b",
        ),
        (Kind::Iban, r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b"),
        (Kind::Card, r"\b\d(?:[ -]?\d){12,18}\b"),
        (Kind::Ssn, r"\b\d{3}-\d{2}-\d{4}\b"),
        (
            Kind::Phone,
            r"(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,12}(?:[ .-]\d{1,8}){0,5}\b",
        ),
        (Kind::Ip, r"\b\d{1,3}(?:\.\d{1,3}){3}\b"),
        // The secret itself is the first group: the word before it stays.
        (
            Kind::Secret,
            r"(?i)\b(?:pin(?:\s+(?:number|code))?|cvv|cvc|security\s+code)(?:\s+(?:is|was))?\s*[:=#]?\s*([0-9]{3,8})\b",
        ),
        (
            Kind::Secret,
            r"(?i)\b(?:password|passcode|pass\s+code|passwd)(?:\s+(?:is|was))?\s*[:=]?\s*([^\s,;]*[0-9][^\s,;]*?)[.!?)]*(?:[\s,;]|$)",
        ),
    ]
    .into_iter()
    .map(|(kind, p)| (kind, Regex::new(p).expect("redaction patterns are valid")))
    .collect()
});

/// `text` with personal data masked; borrowed when there was none.
pub fn redact(text: &str) -> Cow<'_, str> {
    apply(text, &pattern_spans(text))
}

/// The spans of personal data in `text`, with their masks, in order.
fn pattern_spans(text: &str) -> Vec<(usize, usize, &'static str)> {
    // Nothing to mask without a digit or an `@`: the common case costs one scan.
    if !text.bytes().any(|b| b.is_ascii_digit() || b == b'@') {
        return Vec::new();
    }
    spans(text, Some(&TextCounts::of(text)))
}

/// `text` with each span (in order, not overlapping) replaced by its mask; borrowed
/// when there is none.
fn apply<'t>(text: &'t str, spans: &[(usize, usize, &str)]) -> Cow<'t, str> {
    if spans.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &(start, end, mask) in spans {
        out.push_str(&text[at..start]);
        out.push_str(mask);
        at = end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// What [`Kind::possible`] needs to know of a text.
struct TextCounts {
    ascii_digits: usize,
    digits: usize,
    at_sign: bool,
}

impl TextCounts {
    fn of(text: &str) -> TextCounts {
        let ascii_digits = text.bytes().filter(u8::is_ascii_digit).count();
        TextCounts {
            ascii_digits,
            digits: if text.is_ascii() {
                ascii_digits
            } else {
                text.chars().filter(|c| c.is_numeric()).count()
            },
            at_sign: text.contains('@'),
        }
    }
}

/// The spans to mask, with their masks, in order; each kind looked for only where
/// `counts` says it can be found (an amount or a time is not worth six searches), or
/// everywhere without them.
fn spans(text: &str, counts: Option<&TextCounts>) -> Vec<(usize, usize, &'static str)> {
    let mut spans: Vec<(usize, usize, &'static str)> = Vec::new();
    for (kind, re) in PATTERNS.iter() {
        if counts.is_some_and(|counts| !kind.possible(counts)) {
            continue;
        }
        // A secret's pattern finds the word that announces it too: only its group is
        // masked. The others need no groups (finding without them is cheaper).
        let found: Vec<regex::Match> = if re.captures_len() > 1 {
            re.captures_iter(text).filter_map(|c| c.get(1)).collect()
        } else {
            re.find_iter(text).collect()
        };
        for m in found {
            let taken = spans.iter().any(|&(a, b, _)| m.start() < b && a < m.end());
            // Not the tail of a longer number or word.
            let starts_clean = text[..m.start()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            if !taken
                && starts_clean
                && kind.accepts(m.as_str())
                && !(*kind == Kind::Ip && after_version_word(&text[..m.start()]))
            {
                spans.push((m.start(), m.end(), kind.mask()));
            }
        }
    }
    spans.sort_by_key(|&(start, _, _)| start);
    spans
}

/// Masks personal data and the customer's names in `text`, all found in the text as
/// written: a name inside an email is masked with the email, and a mask is never masked
/// again (`[ip]` for a customer named Ip).
fn in_place(text: &mut String, names: &Names) {
    let mut spans = pattern_spans(text);
    let found = spans.len();
    for (start, end) in names.spans(text) {
        if !spans[..found].iter().any(|&(a, b, _)| start < b && a < end) {
            spans.push((start, end, "[name]"));
        }
    }
    spans.sort_by_key(|&(start, _, _)| start);
    if let Cow::Owned(masked) = apply(text, &spans) {
        *text = masked;
    }
}

fn in_option(text: &mut Option<String>, names: &Names) {
    if let Some(t) = text {
        in_place(t, names);
    }
}

fn luhn_valid(digits: &[u32]) -> bool {
    let sum: u32 = digits
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            if i % 2 == 1 {
                let d = d * 2;
                if d > 9 { d - 9 } else { d }
            } else {
                d
            }
        })
        .sum();
    sum.is_multiple_of(10)
}

/// ISO 13616: move the first four characters to the end, letters to numbers (A = 10),
/// and the number mod 97 is 1.
fn iban_valid(found: &str) -> bool {
    let compact: Vec<char> = found.chars().filter(|c| !c.is_whitespace()).collect();
    if !(15..=34).contains(&compact.len()) {
        return false;
    }
    let mut rest = 0u32;
    for c in compact[4..].iter().chain(&compact[..4]) {
        let Some(value) = c.to_digit(36) else {
            return false;
        };
        for digit in value.to_string().chars() {
            rest = (rest * 10 + digit.to_digit(10).unwrap_or(0)) % 97;
        }
    }
    rest == 1
}

/// A phone number, not a date, amount, version or reference: an international `+`
/// prefix with 8 to 15 digits, an area code in parentheses, or digits grouped by
/// separators into 10 or 11 (a national number with its area code: `020 7946 0958`,
/// `07700 900123`, `555.123.4567`, and in pairs only after a 0: `06 12 34 56 78`).
fn phone_like(found: &str, digits: usize) -> bool {
    let found = found.trim();
    if found.starts_with('+') {
        return (8..=15).contains(&digits);
    }
    if found.contains('(') {
        return (10..=11).contains(&digits);
    }
    let groups: Vec<&str> = found
        .split([' ', '.', '-'])
        .filter(|g| !g.is_empty())
        .collect();
    // One block of digits is an id or an amount; a run of one-digit numbers a list.
    if groups.len() < 2 || !(10..=11).contains(&digits) || groups.iter().any(|g| g.len() < 2) {
        return false;
    }
    // Dots only as in 555.123.4567: otherwise a version or a dotted quad.
    if found.contains('.') {
        return groups.iter().map(|g| g.len()).eq([3, 3, 4]);
    }
    let pairs = groups.iter().all(|g| g.len() <= 2);
    !looks_like_date(found) && (!pairs || found.starts_with('0'))
}

/// Whether `before` ends with a word that announces a version number ("version
/// 2.3.4.5", "build 10.0.1.7"), which a dotted quad then is, not an IP address.
fn after_version_word(before: &str) -> bool {
    const WORDS: &[&str] = &[
        "version", "ver", "v", "build", "release", "firmware", "app", "ios", "android", "windows",
        "macos", "chrome", "firefox", "safari", "update", "updated", "upgrade", "upgraded",
        "patch",
    ];
    let word = before
        .trim_end_matches([' ', ':'])
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// `2024-03-01`, `01/03/2024`: a four-digit year at one end, one or two digits elsewhere.
fn looks_like_date(text: &str) -> bool {
    let parts: Vec<usize> = text.split(['-', '/']).map(str::len).collect();
    match parts[..] {
        [4, a, b] | [a, b, 4] => a <= 2 && b <= 2,
        _ => false,
    }
}

/// Types whose text may carry personal data.
pub trait Redact {
    /// Masks personal data, and the words of `names` (the customer's names).
    fn redact_with(&mut self, names: &Names);

    /// Masks personal data, not knowing whose names to look for.
    fn redact(&mut self) {
        self.redact_with(&Names::default());
    }
}

impl Redact for Evidence {
    fn redact_with(&mut self, names: &Names) {
        match self {
            Evidence::Match { text, .. } => in_place(text, names),
            Evidence::Metadata { value, .. } => in_option(value, names),
            Evidence::Counter { .. } => {}
        }
    }
}

impl Redact for Outcome {
    fn redact_with(&mut self, names: &Names) {
        for evidence in self.triggers.iter_mut().flat_map(|t| &mut t.evidence) {
            evidence.redact_with(names);
        }
        in_option(&mut self.bridge_message, names);
        in_option(&mut self.bridge_error, names);
    }
}

impl Redact for Summary {
    /// Masks every part, then writes the bullets again from the masked parts. Facts of
    /// kind `name` are dropped: a capitalised word cannot be told from a person's name.
    fn redact_with(&mut self, names: &Names) {
        in_option(&mut self.goal, names);
        self.open_questions
            .iter_mut()
            .for_each(|t| in_place(t, names));
        self.facts.retain(|fact| fact.kind != FactKind::Name);
        for fact in &mut self.facts {
            in_place(&mut fact.text, names);
        }
        self.bot_answers.iter_mut().for_each(|t| in_place(t, names));
        in_option(&mut self.last_customer_message, names);
        self.bullets = summary::bullets(self);
    }
}

impl Redact for Fields {
    fn redact_with(&mut self, names: &Names) {
        for (_, value) in &mut self.0 {
            in_place(value, names);
        }
    }
}

impl Redact for Packet {
    fn redact_with(&mut self, names: &Names) {
        for evidence in self.triggers.iter_mut().flat_map(|t| &mut t.evidence) {
            evidence.redact_with(names);
        }
        let customer = &mut self.customer;
        for field in [
            &mut customer.name,
            &mut customer.first_name,
            &mut customer.company,
            &mut customer.email,
            &mut customer.tier,
            &mut customer.lead_score,
        ] {
            in_option(field, names);
        }
        // The name fields are the name, whole.
        for field in [&mut customer.name, &mut customer.first_name] {
            if field.is_some() && !names.is_empty() {
                *field = Some("[name]".to_owned());
            }
        }
        customer.fields.redact_with(names);
        if let Some(contact) = &mut self.contact {
            in_place(&mut contact.value, names);
            contact.fields.redact_with(names);
        }
        self.summary.redact_with(names);
        for message in &mut self.transcript {
            in_place(&mut message.text, names);
        }
        in_option(&mut self.bridge_message, names);
        in_option(&mut self.bridge_error, names);
    }
}

impl Redact for NodeTrace {
    fn redact_with(&mut self, names: &Names) {
        in_place(&mut self.detail, names);
        in_place(&mut self.condition, names);
        self.children.iter_mut().for_each(|c| c.redact_with(names));
    }
}

impl Redact for Trace {
    fn redact_with(&mut self, names: &Names) {
        for step in &mut self.steps {
            in_place(&mut step.text, names);
            for signal in &mut step.signals {
                signal.texts.iter_mut().for_each(|t| in_place(t, names));
            }
            for trigger in &mut step.triggers {
                trigger.condition.redact_with(names);
            }
        }
        for route in &mut self.routes {
            if let Some(condition) = &mut route.condition {
                condition.redact_with(names);
            }
        }
        self.outcome.redact_with(names);
    }
}

impl Redact for Example {
    fn redact_with(&mut self, names: &Names) {
        in_place(&mut self.detail, names);
        for message in &mut self.transcript {
            in_place(&mut message.text, names);
        }
    }
}

/// Every example conversation of a coverage report: the gaps' and the label misses'.
fn examples(report: &mut CoverageReport) -> impl Iterator<Item = &mut Example> {
    let gaps = &mut report.gaps;
    [
        &mut gaps.missed_handoffs,
        &mut gaps.late_escalations,
        &mut gaps.stuck_not_escalated,
        &mut gaps.default_route,
    ]
    .into_iter()
    .chain(report.labels.as_mut().map(|labels| &mut labels.misses))
    .flat_map(|gap| gap.examples.iter_mut())
}

impl Redact for CoverageReport {
    fn redact_with(&mut self, names: &Names) {
        examples(self).for_each(|example| example.redact_with(names));
    }
}

/// Masks `names` in the report's examples of conversation `id`, as they are added: the
/// report outlives the conversations, and with them their customers' names.
pub fn names_in_examples(report: &mut CoverageReport, id: &str, names: &Names) {
    if names.is_empty() {
        return;
    }
    for example in examples(report).filter(|e| e.conversation_id == id) {
        example.redact_with(names);
    }
}

#[cfg(test)]
mod tests {
    use super::names::names_of as names;
    use super::*;

    fn r(text: &str) -> String {
        redact(text).into_owned()
    }

    #[test]
    fn redact_with_masks_names_and_the_other_kinds_together() {
        let n = names(&[("name", "Alex Chen")]);
        let mut text = "Alex: mail alex@acme.example".to_owned();
        in_place(&mut text, &n);
        assert_eq!(text, "[name]: mail [email]");
    }

    #[test]
    fn emails_anywhere() {
        assert_eq!(
            r("mail ana.lima+crm@mail.example.co.uk now"),
            "mail [email] now"
        );
        assert_eq!(
            r("\"bo@example.com\" <cy@example.org>"),
            "\"[email]\" <[email]>"
        );
        assert_eq!(r("mailto:dee@x.io."), "mailto:[email].");
        assert_eq!(r("@handle and a@b"), "@handle and a@b", "not addresses");
    }

    #[test]
    fn cards_only_when_the_checksum_holds() {
        assert_eq!(r("card 4111 1111 1111 1111 ok"), "card [card] ok");
        assert_eq!(r("5500-0000-0000-0004"), "[card]");
        assert_eq!(
            r("4111111111111112"),
            "4111111111111112",
            "Luhn fails: an order number"
        );
        // Luhn holds but no card starts with 9 or 0.
        assert_eq!(r("9111 1111 1111 1111"), "9111 1111 1111 1111");
        assert_eq!(r("order 1234567890123"), "order 1234567890123");
    }

    #[test]
    fn ibans_only_when_the_checksum_holds() {
        assert_eq!(
            r("IBAN GB82 WEST 1234 5698 7654 32 thanks"),
            "IBAN [iban] thanks"
        );
        assert_eq!(r("DE89370400440532013000"), "[iban]");
        assert_eq!(
            r("GB82 WEST 1234 5698 7654 33"),
            "GB82 WEST 1234 5698 7654 33"
        );
    }

    #[test]
    fn phone_numbers_in_international_and_national_formats() {
        assert_eq!(r("call +44 20 7946 0958 today"), "call [phone] today");
        assert_eq!(r("+1-202-555-0143"), "[phone]");
        assert_eq!(r("+4930123456"), "[phone]");
        assert_eq!(r("(555) 123-4567"), "[phone]");
        assert_eq!(r("555-123-4567 or 020 7946 0958"), "[phone] or [phone]");
    }

    #[test]
    fn phone_numbers_as_written_around_the_world() {
        for (text, expected) in [
            ("+44 7700 900123", "[phone]"),
            ("07700 900123", "[phone]"),
            ("+49 30 1234567", "[phone]"),
            ("+33 6 12 34 56 78", "[phone]"),
            ("06 12 34 56 78", "[phone]"),
            ("555.123.4567", "[phone]"),
            // A bare block of digits may be an order number: it stays.
            ("5551234567", "5551234567"),
            // Pairs not after a 0, one-digit lists, other dotted numbers: not phones.
            ("10 20 30 40 50", "10 20 30 40 50"),
            ("1 2 3 4 5 6 7 8 9 10", "1 2 3 4 5 6 7 8 9 10"),
            ("55.512.34567", "55.512.34567"),
        ] {
            assert_eq!(r(text), expected, "{text}");
        }
    }

    #[test]
    fn a_dotted_quad_after_a_version_word_is_a_version() {
        assert_eq!(r("app version 2.3.4.5"), "app version 2.3.4.5");
        assert_eq!(r("Build: 10.0.19041.1"), "Build: 10.0.19041.1");
        assert_eq!(r("server at 10.0.0.1"), "server at [ip]");
    }

    #[test]
    fn secrets_after_the_word_that_announces_them() {
        assert_eq!(
            r("bank account: 84318931431, with PIN 9503"),
            "bank account: 84318931431, with PIN [secret]"
        );
        assert_eq!(r("my pin is 1234."), "my pin is [secret].");
        assert_eq!(r("CVV: 123"), "CVV: [secret]");
        // One digit is enough for a password (the gate counts digits).
        assert_eq!(r("password is x7"), "password is [secret]");
        assert_eq!(
            r("password is hunter2, passcode: 55aa!"),
            "password is [secret], passcode: [secret]!"
        );
        // The words alone, or without a digit in what follows, are not secrets.
        for text in [
            "pin the message to 3 channels",
            "password reset on 2 accounts",
            "my password is not working",
        ] {
            assert_eq!(r(text), text);
        }
    }

    #[test]
    fn a_summary_redacted_lists_no_names_and_its_bullets_are_its_masked_parts() {
        let messages: Vec<crate::transcript::Message> = [
            "Hi, my name is Tyler Jones. I need to see Dr. Lee about order #88123",
            "Call me at 07700 900123, we use Google Sheets",
        ]
        .iter()
        .map(|text| crate::transcript::Message {
            role: crate::transcript::Role::Customer,
            text: (*text).into(),
            time: String::new(),
            timestamp: None,
            line: 2,
        })
        .collect();
        let mut s = summary::summarize(&messages, &[], Vec::new());
        assert!(s.facts.iter().any(|f| f.kind == FactKind::Name));
        s.redact();
        assert!(
            s.facts.iter().all(|f| f.kind != FactKind::Name),
            "{:?}",
            s.facts
        );
        assert_eq!(s.bullets, summary::bullets(&s));
        let all = s.bullets.join("\n");
        for secret in ["Tyler", "Jones", "Lee", "07700"] {
            assert!(!all.contains(secret), "{secret} in {all}");
        }
        assert!(all.contains("#88123"), "{all}");
    }

    #[test]
    fn numbers_that_are_not_personal_data_stay() {
        for text in [
            "2024-03-01 at 10:30",
            "on 01/03/2024 and 2024/3/1",
            "$1,200.50 for 400 seats",
            "order #88123, ticket 55512",
            "version 1.2.3",
            "error 502",
            "account 9931939443153",
            "call 555-1234",
            "in 2026, 3 times",
        ] {
            assert_eq!(r(text), text);
        }
    }

    #[test]
    fn ssn_and_ip() {
        assert_eq!(r("ssn 123-45-6789"), "ssn [ssn]");
        assert_eq!(r("from 192.168.1.20"), "from [ip]");
        assert_eq!(r("not 300.1.1.1"), "not 300.1.1.1");
    }

    /// Pieces of text near each kind's digit count, and noise.
    fn piece() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        prop_oneof![
            prop::sample::select(vec![
                "+12 3456 78",
                "+1 555 010 0199",
                "(555) 123-4567",
                "555 123 4567",
                "123-45-6789",
                "٣٣٣-٣٣-٣٣٣٣",
                "4111 1111 1111 1111",
                "4222222222222",
                "10.0.0.1",
                "1.2.3.4",
                "DE89 3704 0044 0532 0130 00",
                "GB82WEST12345698765432",
                "a@b.co",
                "ana.lima@example.com",
                "$49.99",
                "2026-03-01",
                "call",
                "PIN",
                "password is",
                "cvv:",
                "version",
                "06 12 34 56 78",
                "555.123.4567",
            ])
            .prop_map(str::to_owned),
            "[0-9٣ .+()@/:-]{1,10}",
            "[a-zA-Z]{1,6}",
        ]
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

        /// Looking for a kind only where the text has what it needs finds what looking
        /// everywhere finds.
        #[test]
        fn counting_first_finds_what_searching_everywhere_finds(
            pieces in proptest::collection::vec(piece(), 0..5),
            glue in proptest::sample::select(vec!["", " ", ", ", "-"]),
        ) {
            let text = pieces.join(glue);
            proptest::prop_assert_eq!(
                spans(&text, Some(&TextCounts::of(&text))),
                spans(&text, None)
            );
        }
    }

    #[test]
    fn text_without_data_is_not_copied() {
        assert!(matches!(redact("just words"), Cow::Borrowed(_)));
        assert!(matches!(redact("400 seats"), Cow::Borrowed(_)));
    }
}
