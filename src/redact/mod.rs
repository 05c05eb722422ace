//! Redaction (`--redact`): text → the same text with personal data masked, so reports,
//! packets and traces can be pasted into CI logs and tickets.
//!
//! Masks email addresses (`[email]`), payment card numbers that pass the Luhn check
//! (`[card]`), IBANs that pass the ISO 7064 mod-97 check (`[iban]`), phone numbers in
//! international and common national formats (`[phone]`), US social security numbers
//! (`[ssn]`), IPv4 addresses (`[ip]`), bearer tokens, API keys and a URL's credential
//! parameters, PINs, passwords, security codes and answers to
//! security questions after the word that announces them, and, once one is given, codes said of as another ("And 5678
//! is my old one", in that message or a later one, not in the same words before it:
//! [`masked_message`]) (`[secret]`), dates of birth after theirs ("born" after a word for
//! a person in its clause: `[dob]`), and passport, national insurance and national
//! identity numbers after their label or, for a UK national insurance number, as it is
//! written (`[id]`). The checks keep what only looks similar: order numbers, dates,
//! amounts, versions and quantities stay as written.
//!
//! The values of metadata fields whose names mark them as secrets or identifiers
//! (`password`, `phone`, `dob`: `fields.rs`), or read from a column so named
//! (`--map meta.notes=password`: `mapped.rs`), are masked whole with their kind's mask,
//! and wherever they stand in a text; so are the dates of birth, PINs and security answers
//! the customer gives in reply to the bot's question for them (`names/answers.rs`).
//!
//! The customer's own names, taken from the conversation's metadata (`name`,
//! `first_name`, `last_name`, … including a joined CRM record's) or given in the chat
//! ("my name is …", "I'm Jane doe": `intro`), are masked as `[name]` wherever a word of
//! them appears; names that are also common words ("Will", "May", "Grace") only where
//! capitalised.
//!
//! Only output is redacted: the rules see the original text, so a rule that looks for a
//! card number pasted into the chat still fires, and its evidence reads `[card]`. A
//! quote of part of a message (a signal's match) is masked as in the whole message
//! ([`masked_part`], which the engine's evidence and traces use under `--redact`): on its
//! own, the part of a card number or an email address a match holds passes no check.
//!
//! The kinds found by pattern, and their checks, live in `kinds.rs`; the names in
//! `names.rs` and `intro.rs`; this module masks them, and `outputs.rs` walks the output
//! types.

use std::borrow::Cow;

mod by_start;
mod fields;
mod header;
mod intro;
mod kinds;
mod mapped;
mod mask_tokens;
mod memo;
mod names;
mod outputs;
mod taken;

pub use fields::field_mask;
pub(crate) use header::{masked_header_cell, shown_column};
pub(crate) use intro::{
    is_given_name, is_not_a_name, is_place_end, is_state_in_another_language, is_state_word,
    is_tier_before_its_noun, place_after_a_name, stands_for_no_name,
};
pub use mapped::ReadFrom;
pub use names::{Names, is_name_field};
pub use outputs::{Redact, drop_masked_facts, names_in_examples};

pub(crate) use kinds::stands_for_no_answer;
use kinds::{is_kind_mask, pattern_spans};
use mask_tokens::is_mask;
pub(crate) use mask_tokens::{holds_mask, is_mask_token, longest_mask, mask_start};

/// Whether a metadata field's value is masked whole under `--redact`: a name field's
/// ([`is_name_field`]) or one whose name marks it as a secret or an identifier
/// ([`field_mask`]), or one `read_from` reads from a column so named ([`ReadFrom`], the
/// mapping's `meta.` pairs). Each value such a field was given is then the customer's,
/// to be masked, even one another value hid (a later row's, the CRM's).
pub fn is_masked_field(field: &str, read_from: Option<&ReadFrom>) -> bool {
    let field = mapped::masked_as(field, read_from);
    is_name_field(&field) || field_mask(&field).is_some()
}

/// What a customer's name becomes.
const NAME_MASK: &str = "[name]";

/// `text` with personal data masked; borrowed when there was none.
pub fn redact(text: &str) -> Cow<'_, str> {
    apply(text, &pattern_spans(text))
}

/// The spans of the secrets in `text`, in order: PINs, passwords, codes, and security
/// answers after the words that announce them ("my security question is Molly",
/// "childhood pet is Molly"), as [`redact`] masks them `[secret]`. What a summary keeps
/// out even where nothing is redacted (`summary::facts::secret`).
pub(crate) fn secret_spans(text: &str) -> Vec<(usize, usize)> {
    if !kinds::may_hold_secret(text) {
        return Vec::new();
    }
    pattern_spans(text)
        .into_iter()
        .filter(|&(_, _, mask)| mask == kinds::SECRET_MASK)
        .map(|(start, end, _)| (start, end))
        .collect()
}

/// `text` with each span (in order, not overlapping) replaced by its mask; borrowed
/// when there is none.
fn apply<'t>(text: &'t str, spans: &[(usize, usize, &str)]) -> Cow<'t, str> {
    if spans.is_empty() {
        return Cow::Borrowed(text);
    }
    // Sized for the masks, longer than most of what they mask ("[name]" for "Ana"): not
    // grown to twice a text of megabytes.
    let mut out = String::with_capacity(masked_len(text, spans));
    let mut at = 0;
    for &(start, end, mask) in spans {
        // Spans do not overlap; one that did is masked with the one before it, its
        // whole extent.
        if start < at {
            at = at.max(end);
            continue;
        }
        out.push_str(&text[at..start]);
        out.push_str(mask);
        at = end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// The length of `text` with `spans` masked, as [`apply`] masks them.
fn masked_len(text: &str, spans: &[(usize, usize, &str)]) -> usize {
    let (mut len, mut at) = (text.len(), 0);
    for &(start, end, mask) in spans {
        if start < at {
            at = at.max(end);
            continue;
        }
        len = len.saturating_sub(end.saturating_sub(start)) + mask.len();
        at = end;
    }
    len
}

/// `text` with personal data and the customer's names masked, all found in the text as
/// written: a name inside an email is masked with the email, and a mask is never masked
/// again (`[ip]` for a customer named Ip). Borrowed when there was none.
pub fn masked<'t>(text: &'t str, names: &Names) -> Cow<'t, str> {
    apply(text, &spans(text, names, None))
}

/// The mask a metadata field's whole value takes (`[name]` for a name field once the
/// customer has a name, the kind's mask for a field named as a secret or an identifier,
/// [`field_mask`]; a field read from a column so named, as the column: [`ReadFrom`], as
/// the conversation's metadata gave it to `names`), or `None` when the value is masked as
/// text; an empty value has none.
pub(crate) fn whole_field_mask(field: &str, value: &str, names: &Names) -> Option<&'static str> {
    if value.trim().is_empty() {
        return None;
    }
    let field = mapped::masked_as(field, names.read_from());
    if is_name_field(&field) && !names.is_empty() {
        Some(NAME_MASK)
    } else {
        field_mask(&field)
    }
}

/// Metadata field `field`'s `value` masked: whole (a name field, or one named as a
/// secret or an identifier) or as text.
pub fn masked_field<'t>(field: &str, value: &'t str, names: &Names) -> Cow<'t, str> {
    match whole_field_mask(field, value, names) {
        Some(mask) => Cow::Borrowed(mask),
        None => masked(value, names),
    }
}

/// [`masked`] for `text`, message `index` of the conversation `names` are of: a code said
/// loosely after one given is masked from the message it follows the code in, not in the
/// same words before the code was given ([`masked`], not knowing which message a text
/// is, masks it in every message of those words, unless one came before the code).
pub fn masked_message<'t>(text: &'t str, index: usize, names: &Names) -> Cow<'t, str> {
    apply(text, &spans(text, names, Some(index)))
}

/// `text` with each mask whose case a bridge template's filter changed (`[NAME]`, from
/// `upper` on a masked name) written as masks are: a mask stands for the value whatever
/// was done to it, and two rule sets that differ only in what they did to a masked
/// value make the same message. Borrowed when there was none.
pub fn recased_masks(text: &str) -> Cow<'_, str> {
    let mut out = String::new();
    let mut at = 0;
    let mut from = 0;
    while let Some(open) = text[from..].find('[').map(|i| from + i) {
        from = open + 1;
        let Some(close) = text[from..]
            .find(']')
            .map(|i| from + i)
            .filter(|&close| close - open <= 8)
        else {
            continue;
        };
        let bracketed = &text[open..=close];
        if !bracketed[1..bracketed.len() - 1]
            .bytes()
            .any(|b| b.is_ascii_uppercase())
        {
            continue;
        }
        let lower = bracketed.to_ascii_lowercase();
        if lower == NAME_MASK || is_kind_mask(&lower) {
            out.push_str(&text[at..open]);
            out.push_str(&lower);
            at = close + 1;
            from = at;
        }
    }
    if at == 0 {
        return Cow::Borrowed(text);
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// [`masked`], in place.
fn in_place(text: &mut String, names: &Names) {
    if let Cow::Owned(masked) = masked(text, names) {
        *text = masked;
    }
}

/// [`masked_message`], in place.
fn message_in_place(text: &mut String, index: usize, names: &Names) {
    if let Cow::Owned(masked) = masked_message(text, index, names) {
        *text = masked;
    }
}

/// What to mask in `text` (message `index` of the conversation, when known), in order
/// and not overlapping: personal data, then the customer's names where no personal data
/// is, then the codes said loosely after one given earlier.
fn spans(text: &str, names: &Names, index: Option<usize>) -> Vec<(usize, usize, &'static str)> {
    let mut spans = pattern_spans(text);
    // The values of the customer's secret fields, where no pattern found one.
    let values = names.value_spans(text);
    if !values.is_empty() {
        let found = spans.len();
        for (start, end, mask) in values {
            if !spans[..found].iter().any(|&(a, b, _)| start < b && a < end)
                && !is_mask(text, start, end)
            {
                spans.push((start, end, mask));
            }
        }
        by_start::sort_by_start(&mut spans);
    }
    let found = spans.len();
    let name_spans = names.spans(text);
    // Room for each name once, not twice the spans (grown a push at a time): a message of
    // megabytes names someone every few words.
    spans.reserve_exact(name_spans.len());
    for (start, end) in name_spans {
        // The spans of personal data are in order and apart, so their ends are in order
        // too: only the first that ends after `start` may overlap a name (a binary search
        // a name, not a pass over the spans: "Tyler a@b.co" 80,000 times took 3 s).
        let next = spans[..found].partition_point(|&(_, b, _)| b <= start);
        let overlaps = spans[..found].get(next).is_some_and(|&(a, _, _)| a < end);
        if !overlaps && !is_mask(text, start, end) {
            spans.push((start, end, NAME_MASK));
        } else if overlaps {
            // A name glued to personal data by a slip of punctuation ("alexis;bob@x.co")
            // is masked where the data is not: its words outside it.
            let data: Vec<(usize, usize)> = spans[next..found]
                .iter()
                .take_while(|&&(a, _, _)| a < end)
                .map(|&(a, b, _)| (a, b))
                .collect();
            let mut from = start;
            for (a, b) in data {
                outside(text, from, a.max(from), NAME_MASK, &mut spans);
                from = from.max(b);
            }
            outside(text, from, end, NAME_MASK, &mut spans);
        }
    }
    // Codes said loosely after one given earlier in the conversation: digits, apart
    // from the names.
    by_start::sort_by_start(&mut spans);
    let codes: Vec<(usize, usize)> = match index {
        Some(index) => names.code_spans_at(text, index).collect(),
        None => names.code_spans(text).collect(),
    };
    if !codes.is_empty() {
        // The furthest end of the spans up to each: a code overlaps one of the spans that
        // start before its end when the furthest of their ends passes its start (a
        // binary search a code, not a pass over the spans: a long message may hold
        // thousands of both).
        let reach: Vec<usize> = spans
            .iter()
            .scan(0, |most, &(_, b, _)| {
                *most = b.max(*most);
                Some(*most)
            })
            .collect();
        let found = spans.len();
        for (start, end) in codes {
            let before = spans[..found].partition_point(|&(a, _, _)| a < end);
            if before == 0 || reach[before - 1] <= start {
                spans.push((start, end, kinds::SECRET_MASK));
            } else {
                // A secret the summary found that a span found otherwise covers only in
                // part ("Katarina" of "Katarina Miller" a name): its words outside it.
                let mut over: Vec<(usize, usize)> = (0..before)
                    .rev()
                    .take_while(|&k| reach[k] > start)
                    .map(|k| (spans[k].0, spans[k].1))
                    .filter(|&(_, b)| b > start)
                    .collect();
                over.sort_unstable();
                let mut from = start;
                for (a, b) in over {
                    outside(text, from, a.max(from), kinds::SECRET_MASK, &mut spans);
                    from = from.max(b);
                }
                outside(text, from, end, kinds::SECRET_MASK, &mut spans);
            }
        }
        by_start::sort_by_start(&mut spans);
    }
    spans
}

/// `text[start..end]` (part of a name, outside the personal data it was glued to; or of
/// a secret, outside a span found otherwise), its punctuation at either end off, into
/// `spans` as `mask`, if a letter is left (for a secret, a digit or a word that is no
/// common English word).
fn outside(
    text: &str,
    start: usize,
    end: usize,
    mask: &'static str,
    spans: &mut Vec<(usize, usize, &'static str)>,
) {
    let Some(part) = text.get(start..end) else {
        return;
    };
    let trimmed = part.trim_start_matches(|c: char| !c.is_alphanumeric());
    let start = start + part.len() - trimmed.len();
    let end = start
        + trimmed
            .trim_end_matches(|c: char| !c.is_alphanumeric())
            .len();
    let part = &text[start..end];
    // A secret's part between two masked: not the words that join them ("Wong and
    // Buddy" is "[secret] and [secret]").
    let kept = if mask == NAME_MASK {
        part.contains(char::is_alphabetic)
    } else {
        part.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .any(|w| {
                w.contains(|c: char| c.is_ascii_digit())
                    || !crate::text::english::is_common_english(&w.to_lowercase())
            })
    };
    if kept && !is_mask(text, start, end) {
        spans.push((start, end, mask));
    }
}

/// The words `message[start..end]` (a signal's match in message `index` of the
/// conversation) masked as they are in the whole message: what is personal data is found
/// in the message, where the match may hold only part of it, and a mask that overlaps the
/// match stands in for all it masks. A match of a PIN's digits reads `[secret]`, of an
/// address's first half `[email]`, of one group of a card number `[card]`: masked on its
/// own, the part would pass no check and show.
pub fn masked_part(message: &str, index: usize, start: usize, end: usize, names: &Names) -> String {
    let spans = spans(message, names, Some(index));
    let (mut from, mut to) = (start.min(message.len()), end.min(message.len()));
    for &(a, b, _) in &spans {
        if a < to && from < b {
            from = from.min(a);
            to = to.max(b);
        }
    }
    let inside: Vec<(usize, usize, &str)> = spans
        .iter()
        .filter(|&&(a, b, _)| from <= a && b <= to)
        .map(|&(a, b, mask)| (a - from, b - from, mask))
        .collect();
    match message.get(from..to) {
        Some(part) => apply(part, &inside).into_owned(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests;
