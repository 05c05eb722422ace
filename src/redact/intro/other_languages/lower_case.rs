//! A name given in lower case after another language's introduction: the words read as
//! after "my name is" → those of them that are the name ("me llamo lucía garcía y
//! necesito ayuda" → "lucía garcía"). Tells; the introductions are
//! `other_languages.rs`'s.

use super::super::Cue;
use super::super::particles::is_particle;
use super::super::untitled::is_given_name;
use super::super::words::{NOT_A_NAME, rare_or_name, word_after};
use super::with_digits;
use crate::redact::names::fold;

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

/// Whether `word`, in lower case right after another language's introduction that
/// says a name follows ("me llamo", "mi nombre es", "je m'appelle", "ich heiße", "mi
/// chiamo", "meu nome é", "ik heet"), opens the name: a given name the list holds, or,
/// as after English "my name is" ("my name is ana lopez"), any word of two letters or
/// more but those that follow the introduction without being a name: a common English
/// word that is no name, a word of [`NOT_A_NAME`] ("my name is not important"), and
/// their like in those languages ([`NOT_A_NAME_HERE`]: "mi nombre es incorrecto", "Mein
/// Name ist falsch", "me llamo por teléfono", "ik heet u welkom"; [`SENTENCE_WORDS`],
/// [`OBJECTS`]). A review found "me llamo xiomara" shown: only a given name the list
/// held opened one.
pub(super) fn opens_a_name_in_lower_case(word: &str) -> bool {
    if is_given_name(word) {
        return true;
    }
    let lower = word.to_lowercase();
    let folded = fold(word);
    folded.chars().count() >= 2
        && word.chars().all(char::is_alphabetic)
        && rare_or_name(word)
        && !NOT_A_NAME.contains(&lower.as_str())
        && !one_of_sentence_words(&lower)
        && OBJECTS.binary_search(&lower.as_str()).is_err()
        && NOT_A_NAME_HERE.binary_search(&folded.as_str()).is_err()
}

/// Words of Spanish, French, German, Italian, Portuguese and Dutch that follow "my
/// name is" or "I am called" in those languages without being a name, folded (lower
/// case, no accents): negations and verbs ("no", "pas", "nicht", "ist"), what is said of
/// the name ("incorrecto", "falsch", "faux", "sbagliato", "errado", "fout"),
/// prepositions, articles and conjunctions ("por", "pour", "mit"), adverbs, and what
/// follows "me llamó" typed without its accent ("me llamo ayer", "me llamo alguien").
/// Sorted.
const NOT_A_NAME_HERE: &[&str] = &[
    "aber",
    "ahi",
    "ainda",
    "al",
    "alguien",
    "anche",
    "ancora",
    "anders",
    "anoche",
    "antes",
    "aqui",
    "as",
    "asi",
    "assim",
    "auch",
    "auf",
    "aussi",
    "avec",
    "ayer",
    "bizarre",
    "cambiado",
    "certa",
    "certo",
    "com",
    "comme",
    "como",
    "complicada",
    "complicado",
    "complique",
    "comun",
    "con",
    "correct",
    "correcta",
    "correcto",
    "corretta",
    "corretto",
    "corta",
    "corto",
    "cosi",
    "da",
    "das",
    "de",
    "deja",
    "del",
    "der",
    "des",
    "despues",
    "di",
    "die",
    "diferente",
    "different",
    "differente",
    "difficile",
    "dificil",
    "do",
    "domani",
    "du",
    "e",
    "ecrit",
    "een",
    "ein",
    "eine",
    "el",
    "em",
    "en",
    "encore",
    "equivocada",
    "equivocado",
    "errada",
    "errado",
    "es",
    "escrito",
    "est",
    "esta",
    "et",
    "extrana",
    "extrano",
    "facil",
    "falsch",
    "fausse",
    "faux",
    "fout",
    "fur",
    "geschreven",
    "geschrieben",
    "gia",
    "gleich",
    "gli",
    "goed",
    "heel",
    "het",
    "hier",
    "hoy",
    "ici",
    "ieri",
    "igual",
    "il",
    "im",
    "incorrect",
    "incorrecta",
    "incorrecte",
    "incorrecto",
    "incorreta",
    "incorreto",
    "ist",
    "jullie",
    "kompliziert",
    "kurz",
    "la",
    "lang",
    "larga",
    "largo",
    "las",
    "le",
    "les",
    "lo",
    "long",
    "longue",
    "los",
    "lunga",
    "lungo",
    "ma",
    "maar",
    "mais",
    "mal",
    "manana",
    "mas",
    "misma",
    "mismo",
    "mit",
    "molto",
    "muito",
    "muy",
    "na",
    "nadie",
    "nao",
    "ne",
    "nicht",
    "niet",
    "no",
    "noch",
    "nog",
    "non",
    "o",
    "oder",
    "oggi",
    "ohne",
    "ook",
    "op",
    "os",
    "otra",
    "otro",
    "ou",
    "par",
    "para",
    "pareil",
    "pas",
    "per",
    "pero",
    "por",
    "porque",
    "pour",
    "que",
    "qui",
    "rara",
    "raro",
    "richtig",
    "sans",
    "sbagliata",
    "sbagliato",
    "schon",
    "scritto",
    "sehr",
    "seltsam",
    "senza",
    "sin",
    "so",
    "strana",
    "strano",
    "su",
    "tambien",
    "te",
    "todavia",
    "tres",
    "tu",
    "u",
    "uguale",
    "um",
    "uma",
    "un",
    "una",
    "und",
    "une",
    "unica",
    "unico",
    "verkeerd",
    "vez",
    "voor",
    "vous",
    "welkom",
    "y",
    "ya",
    "zo",
    "zonder",
];

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
        assert!(super::NOT_A_NAME_HERE.windows(2).all(|w| w[0] < w[1]));
    }

    /// "me llamo xiomara" was shown: a given name no list holds opens a name in lower
    /// case; the words that follow the introduction without being one do not.
    #[test]
    fn a_word_in_lower_case_opens_a_name_but_the_languages_common_words() {
        for word in ["xiomara", "lucía", "ana", "ottavina", "maëlys"] {
            assert!(super::opens_a_name_in_lower_case(word), "{word}");
        }
        for word in [
            "incorrecto",
            "falsch",
            "faux",
            "sbagliato",
            "errado",
            "fout",
            "por",
            "not",
            "sie",
            "mi",
            "weather",
            "x",
            "ana2",
            "très",
        ] {
            assert!(!super::opens_a_name_in_lower_case(word), "{word}");
        }
    }
}
