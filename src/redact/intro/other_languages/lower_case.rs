//! A name given in lower case after another language's introduction: the words read as
//! after "my name is" → those of them that are the name ("me llamo lucía garcía y
//! necesito ayuda" → "lucía garcía"). Tells; the introductions are
//! `other_languages.rs`'s.

use super::super::Cue;
use super::super::title::is_particle;
use super::super::words::{rare_or_name, word_after};
use super::with_digits;

/// The words of a name given in lower case after an introduction (`found`, read as
/// after "my name is"), its first a given name (the caller's test: "me llamo lucía
/// garcía y necesito ayuda", "ich heiße jonas"), up to the first word that is no
/// name's in lower case: a common English word but a name, a word these languages open
/// or go on a sentence with ([`SENTENCE_WORDS`]: "me llamo ana necesito ayuda"), a
/// word before an article or a possessive, which is a verb before its object ("me llamo
/// ana olvidé mi contraseña"), or a word with a digit; particles only before a surname
/// ("lucía de la cruz"). A review found "lucía" shown: English "my name is ana lopez"
/// was masked, these were not. A first word that is no given name the list knows
/// ("mi nombre es incorrecto", "ich heiße sie willkommen") opens none: no list here
/// knows these languages' words.
pub(super) fn lower_case_run(
    text: &str,
    found: Vec<(usize, usize, Cue)>,
) -> impl Iterator<Item = (usize, usize, Cue)> {
    let mut kept = 0;
    for (i, &(start, end, _)) in found.iter().enumerate() {
        let word = &text[start..end];
        if i == 0 {
            kept = 1;
            continue;
        }
        if is_particle(word) && word.chars().all(char::is_lowercase) {
            continue;
        }
        let lower = word.to_lowercase();
        let before_an_object = word_after(text, end).is_some_and(|(s, e)| {
            OBJECTS
                .binary_search(&text[s..e].to_lowercase().as_str())
                .is_ok()
        });
        if !word.chars().all(char::is_lowercase)
            || with_digits(text, start, end)
            || !rare_or_name(word)
            || one_of_sentence_words(&lower)
            || before_an_object
        {
            break;
        }
        kept = i + 1;
    }
    found.into_iter().take(kept)
}

/// Whether `lower` is one of [`SENTENCE_WORDS`], [`super::OPEN_A_CLAUSE`] or [`super::PRONOUNS`].
fn one_of_sentence_words(lower: &str) -> bool {
    [SENTENCE_WORDS, super::OPEN_A_CLAUSE, super::PRONOUNS]
        .iter()
        .any(|list| list.binary_search(&lower).is_ok())
}

/// Words Spanish, Portuguese, French, German, Italian and Dutch open or go on a
/// sentence with after a name given in lower case ("me llamo ana necesito ayuda", "je
/// m'appelle marie merci", "ich heiße jonas und brauche hilfe"), in lower case: no
/// surname. Sorted.
const SENTENCE_WORDS: &[&str] = &[
    "aber", "aide", "aiuto", "ajuda", "avec", "ayuda", "ben", "besoin", "bin", "bitte", "bonjour",
    "brauche", "ciao", "cliente", "com", "commande", "compte", "con", "danke", "dans", "desde",
    "ed", "en", "est", "et", "für", "graag", "gracias", "grazie", "habe", "hallo", "heb", "hilfe",
    "ho", "ich", "ik", "je", "klant", "kunde", "mais", "merci", "mit", "möchte", "ne", "necesito",
    "nicht", "niet", "não", "obrigada", "obrigado", "pas", "pedido", "per", "pour", "preciso",
    "quiero", "reserva", "sono", "sou", "suis", "und", "voglio", "voor", "vorrei", "voudrais",
    "wil",
];

/// Articles and possessives of those languages, in lower case: a word in lower case
/// before one is a verb before its object, no surname ("me llamo ana olvidé mi
/// contraseña"). Sorted.
const OBJECTS: &[&str] = &[
    "das", "dem", "die", "ein", "eine", "einen", "het", "il", "les", "lo", "ma", "mein", "meine",
    "meinen", "mes", "meu", "mi", "mia", "mijn", "minha", "mio", "mis", "mon", "o", "os", "sa",
    "son", "su", "sus", "un", "una", "une",
];

#[cfg(test)]
mod tests {
    #[test]
    fn the_lists_are_sorted() {
        assert!(super::SENTENCE_WORDS.is_sorted());
        assert!(super::OBJECTS.is_sorted());
    }
}
