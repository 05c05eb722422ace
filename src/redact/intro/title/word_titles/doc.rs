//! "Doc" before a name or a document's word: a text, where "Doc" or "doc" stands and the
//! words found after it → whether they are a document's ("the Doc Viewer", "Send doc
//! Mark asked for", "Set doc green", "doc pls"), and a word in lower case after "doc" →
//! whether it is a name ("doc jones", "doc brown"). Tells; the words found are
//! `word_titles.rs`'s.

use super::super::super::words::word_after;
use super::super::super::{Cue, is_only_a_word};
use super::super::{lower, names_a_thing};

/// Whether `word` (in lower case), after "doc" in lower case, is a name: no common
/// English word or a name that is one too ("jones", "patel", "brown"; not "link",
/// "please"), no document's noun and no shorthand of chat ("pls", "asap").
pub(super) fn doc_name_in_lower_case(word: &str) -> bool {
    word.chars().count() >= 3
        && !is_only_a_word(word)
        && DOCUMENT_NOUNS.binary_search(&word).is_err()
        && CHAT_SHORTHAND.binary_search(&word).is_err()
        && !names_a_thing(word)
}

/// Shorthand of chat and files' kinds the common English words lack, after "doc" ("send
/// the doc pls", "doc asap", "doc pdf"). Sorted.
const CHAT_SHORTHAND: &[&str] = &[
    "asap", "btw", "csv", "docx", "fyi", "idk", "lol", "pdf", "pls", "plz", "tho", "thx", "txt",
    "xls", "xlsx",
];

/// Verbs that do something to a document, before "doc": "Send doc Mark asked for", "Set
/// doc green", "sign doc today". Sorted.
const DOCUMENT_VERBS: &[&str] = &[
    "attach", "create", "download", "edit", "fill", "make", "open", "print", "save", "scan",
    "send", "set", "share", "sign", "submit", "turn", "update", "upload",
];

/// Verbs after the name after "doc" that say a person made or wanted the document, and
/// so make the name a person's, after a verb of [`DOCUMENT_VERBS`] too ("Edit doc Smith
/// made", "Send doc Mark asked for", "the doc smith sent": a review found them shown).
/// Sorted.
const AUTHOR_VERBS: &[&str] = &[
    "asked",
    "created",
    "drafted",
    "edited",
    "emailed",
    "filled",
    "gave",
    "made",
    "mentioned",
    "needs",
    "prepared",
    "prescribed",
    "printed",
    "requested",
    "said",
    "sent",
    "shared",
    "signed",
    "uploaded",
    "wanted",
    "wants",
    "wrote",
];

/// Whether the word after the one that ends at `end` of `text` is one of
/// [`AUTHOR_VERBS`]: the word is a person's who made or wanted the document.
pub(super) fn an_author_before(text: &str, end: usize) -> bool {
    word_after(text, end).is_some_and(|(s, e)| {
        AUTHOR_VERBS
            .binary_search(&lower(&text[s..e]).as_str())
            .is_ok()
    })
}

/// Whether the word right after `title_end` (past spaces) is followed by one of
/// [`AUTHOR_VERBS`] ("the doc smith sent").
pub(super) fn name_then_an_author_verb(text: &str, title_end: usize) -> bool {
    word_after(text, title_end).is_some_and(|(_, e)| an_author_before(text, e))
}

/// Whether a verb that does something to a document stands right before the title at
/// `title_start` ([`DOCUMENT_VERBS`]).
pub(super) fn after_a_document_verb(text: &str, title_start: usize) -> bool {
    let before = text[..title_start].trim_end_matches([' ', '\t']);
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    DOCUMENT_VERBS
        .binary_search(&lower(&before[start..]).as_str())
        .is_ok()
}

/// What a document is opened in, saved as or kept in, after "Doc" ("the Doc Viewer",
/// "Doc Template") and left out of the common English words. Sorted.
pub(super) const DOCUMENT_NOUNS: &[&str] = &[
    "editor",
    "file",
    "files",
    "folder",
    "format",
    "link",
    "mode",
    "page",
    "reader",
    "scanner",
    "settings",
    "tab",
    "template",
    "templates",
    "upload",
    "version",
    "viewer",
    "window",
];

/// Whether "Doc" at `title_start` and the words `found` after it are a document, no
/// doctor: a common word that is no name or a document's noun after it ("the Doc
/// Viewer", "Doc Template"; "Doc Brown" is a doctor, as "Father Brown" is a priest),
/// or an article or a product's capitalised word inside a sentence before it ("Google
/// Doc Link", "the Shared Doc Folder"; "Hi Doc Johnson" is the doctor). A review found
/// "the Doc Viewer" masking "Viewer" through the chat.
pub(super) fn a_document(text: &str, title_start: usize, found: &[(usize, usize, Cue)]) -> bool {
    let Some(&(s, e, _)) = found.first() else {
        return false;
    };
    let word = lower(&text[s..e]);
    let before = text[..title_start].trim_end_matches([' ', '\t']);
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word_before = &before[word_start..];
    // Capitalised inside a sentence: a product's ("Google Doc"), not "Hi Doc Johnson".
    let opens = before[..word_start]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ',' | ':' | ';'));
    // "my doc Brown", "The doc Smith said": "doc" in lower case before a capitalised
    // name is the doctor after an article or a possessive too (a review found them
    // shown), but after a verb that does something to a document ("Send doc Mark asked
    // for").
    let lower_doc = text[title_start..].starts_with("doc");
    is_only_a_word(&word)
        || DOCUMENT_NOUNS.binary_search(&word.as_str()).is_ok()
        || (lower_doc && after_a_document_verb(text, title_start) && !an_author_before(text, e))
        || (!lower_doc && word_before.starts_with(char::is_uppercase) && !opens)
        || (!lower_doc
            && matches!(
                lower(word_before).as_str(),
                "a" | "an"
                    | "the"
                    | "this"
                    | "that"
                    | "my"
                    | "your"
                    | "our"
                    | "their"
                    | "his"
                    | "her"
            ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lists_are_sorted() {
        assert!(super::DOCUMENT_NOUNS.is_sorted());
        assert!(super::CHAT_SHORTHAND.is_sorted());
        assert!(super::DOCUMENT_VERBS.is_sorted());
        assert!(super::AUTHOR_VERBS.is_sorted());
    }
}
