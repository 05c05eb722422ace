//! A title glued to what follows it by its full stop or a slip of punctuation, no space
//! ("Dr.Smith", "Dr,Harper", "dr:harper", "Miss.Lee"): a text, where the title starts,
//! where it ends and the name words found after it → whether those words are kept as a
//! name; not in an address, a path or a file's name ("www.dr.com", "dr.smith/notes",
//! "ms.docx"), nor a common word in lower case ("ms.teams", "dr.so"). Tells; the words
//! themselves are `title.rs`'s, found as after a space.

use super::super::slips::starts_parted_from_a_name;
use super::super::{capitalised, is_only_a_word};
use super::lower;
use crate::redact::names::fold;

/// The extensions of the files chats name ("ms.docx", "mr.pdf"): after a title glued by
/// its full stop, in lower case or in capitals, a file's name, no surname. Sorted.
const FILE_EXTENSIONS: &[&str] = &[
    "bak", "csv", "doc", "docx", "eml", "exe", "gif", "heic", "htm", "html", "jpeg", "jpg", "json",
    "log", "m4a", "mov", "mp3", "mp4", "msg", "msi", "odt", "pdf", "png", "ppt", "pptx", "rtf",
    "tif", "tiff", "txt", "wav", "webp", "xls", "xlsx", "xml", "zip",
];

/// Whether a title whose match ends at `at` (past its full stop, its slip of punctuation
/// or its spaces) is glued to the word after it: no space between them.
pub(super) fn is_glued(text: &str, at: usize) -> bool {
    !text[..at].ends_with(char::is_whitespace)
}

/// Whether what stands before the glued title at `title_start` lets it be one: the start
/// of the text, a space or punctuation ("nurse.Dr.Smith", "Ok:Dr.Smith"), or a letter of
/// a script written without spaces ("日本Dr.Smith"); not a letter of a word it ends, and
/// not, for a title in lower case, the dot, slash, at sign, colon or backslash of an
/// address or a path ("www.dr.com", "a.dr.b", "x/dr.smith").
pub(super) fn may_stand(text: &str, title_start: usize, title_end: usize) -> bool {
    let Some(before) = text[..title_start].chars().next_back() else {
        return true;
    };
    // A cased letter is a word's ("Xdr." is no title); an uncased one is of a script
    // without spaces, as Chinese or Japanese.
    if before.is_lowercase() || before.is_uppercase() || before.is_ascii_digit() {
        return false;
    }
    let written = text[title_start..title_end].starts_with(|c: char| c.is_ascii_uppercase());
    written || !matches!(before, '.' | '/' | '@' | ':' | '\\')
}

/// Whether the first word `text[start..end]` after a glued title is no name for where it
/// stands: in an address or a file's name, which goes on in lower case or digits after a
/// dot, a slash, an at sign or a backslash ("dr.smith/notes", "dr.smith.txt"; a capital
/// after the full stop starts a sentence, "Dr.Smith.She said no", and a thank-you or a
/// goodbye is a word of its own, "Dr.Smith.thanks"); a file's extension after the full
/// stop ("ms.docx", "MR.PDF"); a word not capitalised after an underscore (`dr_notes`);
/// or a common English word in lower case ("ms.teams",
/// "dr.so"; not "dr.brown", a name too).
pub(super) fn names_no_one(text: &str, at: usize, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    let mut after = text[end..].chars();
    let in_a_path = match (after.next(), after.next()) {
        (Some('.' | '/' | '@' | '\\'), Some(c)) => {
            (c.is_lowercase() || c.is_ascii_digit()) && !starts_parted_from_a_name(&text[end + 1..])
        }
        _ => false,
    };
    let extension = text[..at].ends_with('.')
        && !capitalised(word)
        && FILE_EXTENSIONS.binary_search(&lower(word).as_str()).is_ok();
    // "dr_notes": after an underscore, only a word capitalised and not in capitals
    // (`Nurse_Joy`; not `DR_NOTES`).
    let joined =
        text[..at].ends_with('_') && !(capitalised(word) && word.chars().any(char::is_lowercase));
    in_a_path || extension || joined || (!capitalised(word) && is_only_a_word(&fold(word)))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_extensions_are_sorted() {
        assert!(super::FILE_EXTENSIONS.is_sorted());
    }
}
