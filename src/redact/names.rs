//! The customer's names: the words of a conversation's name fields (`name`,
//! `first_name`, `last_name`, … including a joined CRM record's), and text → the same
//! text with those words masked as `[name]`.

use crate::transcript::Metadata;

/// Metadata fields that hold the customer's name.
const NAME_FIELDS: [&str; 8] = [
    "name",
    "first_name",
    "last_name",
    "full_name",
    "customer_name",
    "contact_name",
    "firstname",
    "lastname",
];

/// First names that are also everyday words: masked only where capitalised.
const COMMON_WORDS: [&str; 24] = [
    "will", "may", "mark", "bill", "grace", "hope", "faith", "rose", "june", "frank", "sue", "pat",
    "art", "jack", "max", "ray", "dawn", "joy", "rich", "guy", "miles", "chase", "page", "sky",
];

/// A customer's names, as lower-case words, to be masked as `[name]`.
#[derive(Debug, Clone, Default)]
pub struct Names(Vec<String>);

impl Names {
    /// The words of the name fields of `metadata` (initials and one-letter words aside).
    pub fn of(metadata: &Metadata) -> Names {
        let mut words: Vec<String> = NAME_FIELDS
            .iter()
            .filter_map(|field| metadata.get(field))
            .flat_map(|value| {
                value.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
            })
            .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 2)
            .map(fold)
            .collect();
        words.sort();
        words.dedup();
        Names(words)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// `text` with every word of these names masked; borrowed when there was none.
    #[cfg(test)]
    pub(super) fn mask<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        let spans: Vec<(usize, usize, &str)> = self
            .spans(text)
            .into_iter()
            .map(|(s, e)| (s, e, "[name]"))
            .collect();
        super::apply(text, &spans)
    }

    /// Where the words of these names are in `text`, in order. A word runs over
    /// letters, digits and inner apostrophes ("O'Brien"); a possessive keeps its tail
    /// ("Chen's" → "[name]'s").
    pub(super) fn spans(&self, text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        if self.0.is_empty() {
            return out;
        }
        let is_apostrophe = |c: char| c == '\'' || c == '\u{2019}';
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if !c.is_alphanumeric() {
                continue;
            }
            let mut end = start + c.len_utf8();
            while let Some(&(i, c)) = chars.peek() {
                let inner_apostrophe = is_apostrophe(c)
                    && text[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if !(c.is_alphanumeric() || inner_apostrophe) {
                    break;
                }
                end = i + c.len_utf8();
                chars.next();
            }
            let word = &text[start..end];
            let name_end = if self.matches(word) {
                Some(end)
            } else {
                word.rfind(is_apostrophe)
                    .filter(|&a| self.matches(&word[..a]))
                    .map(|a| start + a)
            };
            if let Some(name_end) = name_end {
                out.push((start, name_end));
            }
        }
        out
    }

    fn matches(&self, word: &str) -> bool {
        // Most words are ASCII: folded, they are their ASCII lower case, compared in
        // place (folding every word of every text into a new string was three quarters
        // of `--redact`'s cost).
        let found = if word.is_ascii() {
            self.0
                .iter()
                .find(|name| name.as_bytes().eq_ignore_ascii_case(word.as_bytes()))
        } else {
            let lower = fold(word);
            self.0.iter().find(|name| **name == lower)
        };
        found.is_some_and(|name| {
            !COMMON_WORDS.contains(&name.as_str())
                || word.chars().next().is_some_and(char::is_uppercase)
        })
    }
}

/// Lower case, with a curly apostrophe as a straight one.
fn fold(word: &str) -> String {
    word.to_lowercase().replace('\u{2019}', "'")
}

/// The names in metadata of `(field, value)` pairs.
#[cfg(test)]
pub(super) fn names_of(pairs: &[(&str, &str)]) -> Names {
    let mut metadata = Metadata::default();
    for (k, v) in pairs {
        metadata.insert(k, v);
    }
    Names::of(&metadata)
}

#[cfg(test)]
mod tests {
    use super::*;

    use super::names_of as names;

    #[test]
    fn the_customers_names_are_masked_as_words() {
        let n = names(&[("Name", "Alex Chen"), ("email", "alex@acme.example")]);
        assert_eq!(
            n.mask("Hi Alex, I'm Maya. ALEX CHEN asked; alexander did not; Chen's plan"),
            "Hi [name], I'm Maya. [name] [name] asked; alexander did not; [name]'s plan"
        );
        assert!(matches!(
            n.mask("nothing here"),
            std::borrow::Cow::Borrowed(_)
        ));
        // Initials and one-letter words are not names to hunt for.
        let n = names(&[("first_name", "J."), ("last_name", "O'Brien")]);
        assert_eq!(n.mask("J. said O'Brien and j"), "J. said [name] and j");
        assert_eq!(
            n.mask("O\u{2019}Brien\u{2019}s turn"),
            "[name]\u{2019}s turn"
        );
        assert!(names(&[("company", "Acme")]).is_empty());
    }

    proptest::proptest! {
        /// A word matches a name exactly when its fold is one of the names (ASCII words
        /// are compared in place, the others folded), in any case, Kelvin sign included.
        #[test]
        fn matching_in_place_is_matching_the_folded_word(
            name in "[a-zA-ZéÉ'\u{2019}\u{212A}]{2,6}",
            word in "[a-zA-ZéÉ'\u{2019}\u{212A}]{1,6}",
        ) {
            let n = names(&[("name", &name)]);
            let capitalised: String = name
                .chars()
                .take(1)
                .flat_map(char::to_uppercase)
                .chain(name.chars().skip(1))
                .collect();
            for word in [word, name.to_uppercase(), name.to_lowercase(), capitalised] {
                let lower = fold(&word);
                let expected = n.0.binary_search(&lower).is_ok()
                    && (!COMMON_WORDS.contains(&lower.as_str())
                        || word.chars().next().is_some_and(char::is_uppercase));
                proptest::prop_assert_eq!(n.matches(&word), expected, "{}", word);
            }
        }
    }

    #[test]
    fn names_that_are_everyday_words_are_masked_only_when_capitalised() {
        let n = names(&[("name", "Will Grace")]);
        assert_eq!(
            n.mask("Will here. I will pay, by grace of Grace"),
            "[name] here. I will pay, by grace of [name]"
        );
    }
}
