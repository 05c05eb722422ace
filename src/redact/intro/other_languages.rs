//! Introductions in other languages: a text → the spans of the name after "Me llamo",
//! "Mi nombre es", "Je m'appelle", "Ich heiße", "Mein Name ist", "Meu nome é", "Mi
//! chiamo", "Mijn naam is", "Ik heet", and of someone else's after "se llama",
//! "s'appelle", "Mein Mann heißt" (each says a name follows and nothing else), read as
//! after "my name is" ([`Cue::Named`]: remembered, masked wherever said later), its
//! capitalised words only. Finds; which words are a name is `words.rs`'s.

use std::sync::LazyLock;

use regex::Regex;

use super::Cue;
use super::title::{is_particle, is_title_word};
use super::untitled::is_given_name;
use super::words::{OPENING_QUOTES, said_name_after, word_at};

/// The introductions, in any case, and a colon or the spaces after them ("me llamo",
/// "Je m’appelle", "ich heisse", "Me llamo: Lucía", "Mi esposa se llama", "Mon mari
/// s'appelle", "Mein Mann heißt"). The group `de` is German's: "Ich heiße Sie
/// willkommen" welcomes, names no one ([`PRONOUNS`]). "heißt", "se llama" and
/// "s'appelle" only after a relative ("Das heißt" says "that is"; "La aplicación se
/// llama Mi Movistar", "Le vol s'appelle AF123" name a thing: a second review found "Mi"
/// masked in every message after).
static OTHER_LANGUAGES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:(?-u:\b)(?:me\s+llamo|mi\s+nombre\s+es|(?:mi|su|tu)\s+(?:esposa|esposo|marido|mujer|hij[oa]|madre|padre|mam[áa]|pap[áa]|herman[oa]|abuel[oa]|novi[oa]|pareja|jef[ea]|amig[oa]|t[íi][oa]|prim[oa]|niet[oa]|suegr[oa]|cuñad[oa]|sobrin[oa])\s+se\s+llama|je\s+m['’]\s*appelle|(?:mon|ma|son|sa)\s+(?:mari|femme|fils|fille|m[èe]re|p[èe]re|fr[èe]re|s(?:œ|oe)ur|copain|copine|amie?|[ée]pou(?:x|se)|conjointe?|grand-m[èe]re|grand-p[èe]re|patron(?:ne)?|chef|oncle|tante|cousine?|neveu|ni[èe]ce)\s+s['’]\s*appelle|(?<de>ich\s+hei(?:ß|ss)e|meine?\s+(?:mann|frau|sohn|tochter|mutter|vater|bruder|schwester|freund|freundin|partner|partnerin|chef|chefin)\s+hei(?:ß|ss)t)|mein\s+name\s+ist|meu\s+nome\s+(?:é|e)|mi\s+chiamo|mijn\s+naam\s+is|ik\s+heet))(?:[ \t]*:[ \t]*|[ \t]+)",
    )
    .expect("the introduction pattern is valid")
});

/// What follows "Ich heiße" when it welcomes or approves ("Ich heiße Sie willkommen",
/// "heiße dich willkommen", "Ich heiße Ihren Vorschlag gut"), in lower case: no name.
/// Sorted.
const PRONOUNS: &[&str] = &[
    "dein", "deine", "deinen", "dich", "du", "es", "euch", "euer", "eure", "euren", "ihn", "ihnen",
    "ihr", "ihre", "ihrem", "ihren", "ihrer", "mich", "sie", "uns",
];

/// The words that join two names in Spanish and Portuguese ("Lucía García y Pérez"):
/// a particle only between two capitalised words.
const AND: &[&str] = &["e", "y"];

/// The capitalised Spanish and Portuguese words that open a clause ("Me llamo Ana y
/// Quiero cancelar", "Ana Garcia y Tengo una pregunta"), in lower case: after "y" or
/// "e", no surname. Sorted.
const OPEN_A_CLAUSE: &[&str] = &[
    "ahora", "buenas", "buenos", "como", "cuando", "el", "es", "estamos", "estou", "estoy", "eu",
    "gostaria", "gracias", "hola", "hoy", "la", "las", "los", "me", "mi", "muchas", "necesito",
    "no", "obrigada", "obrigado", "olá", "para", "pero", "por", "porque", "preciso", "que",
    "quero", "quiero", "quisiera", "se", "soy", "sí", "también", "tengo", "tenho", "um", "uma",
    "un", "una", "vamos",
];

/// The Spanish and Portuguese titles, without their full stop, in lower case ("Sra.",
/// "Dña"). Sorted.
const TITLES: &[&str] = &[
    "d", "don", "dona", "doña", "dr", "dra", "dª", "dña", "lic", "sr", "sra", "sres", "srs", "srta",
];

/// Whether "y" or "e" before the capitalised `word` may join two surnames ("Ana Garcia y
/// Lopez"): not before a given name, a title or a word that opens a clause ("El Sr.
/// Garcia y Pedro vinieron", "El Sr. Pérez y Sra. López", "Me llamo Ana y Quiero
/// cancelar": a second review found "Pedro vinieron", "Sra", "Quiero" masked, and
/// remembered).
pub(super) fn and_joins_surnames_before(word: &str) -> bool {
    !is_given_name(word)
        && !is_title_word(word)
        && TITLES.binary_search(&word.to_lowercase().as_str()).is_err()
        && OPEN_A_CLAUSE
            .binary_search(&word.to_lowercase().as_str())
            .is_err()
}

/// The names after an introduction in another language in `text`, into `out`.
pub(super) fn names(text: &str, out: &mut Vec<(usize, usize, Cue)>) {
    for c in OTHER_LANGUAGES.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let welcomes = c.name("de").is_some()
            && word_at(text, m.end()).is_some_and(|(s, e)| {
                PRONOUNS
                    .binary_search(&text[s..e].to_lowercase().as_str())
                    .is_ok()
            });
        // "Mi nombre es incorrecto en la reserva", "Mein Name ist falsch geschrieben":
        // no list here knows these languages' common words, so only a capitalised word
        // opens a name (one in lower case, read as after "my name is", was masked and
        // remembered, every "falsch" of the conversation with it).
        let capitalised = text[m.end()..]
            .trim_start_matches(OPENING_QUOTES)
            .starts_with(char::is_uppercase);
        if capitalised && !welcomes {
            let mut found = Vec::new();
            said_name_after(text, m.end(), Cue::Named, &mut found);
            out.extend(capitalised_run(text, found));
        }
    }
}

/// Of the words read as after "my name is" (`found`), the run of capitalised words at
/// their start, with the particles in lower case between two of them ("Lucía de la
/// Cruz", "Ana García y Pérez"); never a word in lower case otherwise, which here is the
/// sentence's ("Ich heiße Jonas und mein Paket…", "Me llamo Lucía porque…", "Je
/// m'appelle Claire pour un remboursement": a review found "und", "porque", "pour"
/// masked and remembered, so masked in every message after).
fn capitalised_run(
    text: &str,
    found: Vec<(usize, usize, Cue)>,
) -> impl Iterator<Item = (usize, usize, Cue)> {
    let capitalised = |&(s, e, _): &(usize, usize, Cue)| text[s..e].starts_with(char::is_uppercase);
    let mut kept = 0;
    for (i, word) in found.iter().enumerate() {
        // "Mon fils s'appelle AF123": a token with digits is a code, no name's word.
        if with_digits(text, word.0, word.1) {
            break;
        }
        let lower = text[word.0..word.1].to_lowercase();
        if capitalised(word) {
            kept = i + 1;
            continue;
        }
        let between = i > 0
            && found.get(i - 1).is_some_and(capitalised)
            && found.get(i + 1).is_some_and(|next| {
                capitalised(next) && and_joins_surnames_before(&text[next.0..next.1])
            });
        let particle = if AND.contains(&lower.as_str()) {
            between
        } else {
            is_particle(&lower) && i > 0
        };
        if !particle {
            break;
        }
    }
    found.into_iter().take(kept)
}

/// Whether the token `text[start..end]` stands in holds a digit ("AF123", "S21").
fn with_digits(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start]
        .chars()
        .rev()
        .take_while(|c| !c.is_whitespace());
    let after = text[end..].chars().take_while(|c| !c.is_whitespace());
    before.chain(after).any(|c| c.is_ascii_digit())
        || text[start..end].contains(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    fn named(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        super::names(text, &mut out);
        out.into_iter().map(|(s, e, _)| &text[s..e]).collect()
    }

    #[test]
    fn the_pronouns_and_clause_openers_are_sorted() {
        assert!(super::PRONOUNS.is_sorted());
        assert!(super::OPEN_A_CLAUSE.is_sorted());
        assert!(super::TITLES.is_sorted());
    }

    /// A review found each name shown: no introduction but English ones was read.
    #[test]
    fn names_after_an_introduction_in_another_language() {
        for (text, expected) in [
            ("Me llamo Lucía Pérez", vec!["Lucía", "Pérez"]),
            (
                "Hola, mi nombre es Ana Garcia y necesito ayuda",
                vec!["Ana", "Garcia"],
            ),
            ("Je m'appelle Jean Dupont", vec!["Jean", "Dupont"]),
            ("je m’appelle Jean", vec!["Jean"]),
            ("Ich heiße Hans Müller", vec!["Hans", "Müller"]),
            ("ich heisse Hans", vec!["Hans"]),
            ("Mein Name ist Hans Müller", vec!["Hans", "Müller"]),
            ("Meu nome é João Silva", vec!["João", "Silva"]),
            ("Mi chiamo Marco Rossi", vec!["Marco", "Rossi"]),
        ] {
            assert_eq!(named(text), expected, "{text:?}");
        }
    }

    /// "Ich heiße Sie willkommen" welcomes; the English words are no introduction; a word
    /// in lower case opens no name.
    #[test]
    fn no_name_after_a_welcome_or_english_words() {
        for text in [
            "Ich heiße Sie willkommen",
            "ich heiße dich willkommen",
            "my name is on the list",
            "I'm with my nombre",
            "Mi nombre es incorrecto en la reserva",
            "Mein Name ist falsch geschrieben",
            "me llamo lucía",
        ] {
            assert_eq!(named(text), Vec::<&str>::new(), "{text:?}");
        }
    }
}
