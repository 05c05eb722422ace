//! Introductions in other languages: a text → the spans of the name after "Me llamo",
//! "Mi nombre es", "Je m'appelle", "Ich heiße", "Mein Name ist", "Meu nome é", "Mi
//! chiamo", "Mijn naam is", "Ik heet", and of someone else's after "se llama",
//! "s'appelle", "Mein Mann heißt" (each says a name follows and nothing else), read as
//! after "my name is" ([`Cue::Named`]: remembered, masked wherever said later), its
//! capitalised words, or in lower case a word that is no common word there
//! (`lower_case.rs`: "me llamo xiomara") and its surname; and after "soy",
//! "sono", "sou", "je suis" ("I am"), as after "I'm". Finds; which words are a name is
//! `words.rs`'s.

use std::sync::LazyLock;

use regex::Regex;

use super::Cue;
use super::particles::is_particle;
use super::title::is_title_word;
use super::untitled::is_given_name;
use super::words::{
    OPENING_QUOTES, is_tier_before_its_noun, rare_or_name, said_name_after, word_after, word_at,
};
use crate::text::calendar;
use crate::text::places::is_known_place_word;

mod lower_case;
mod origin;
mod states;
use lower_case::{lower_case_run, opens_a_name_in_lower_case};
use origin::from_a_place;
pub(crate) use states::is_state_in_another_language;

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

/// "I am" in Spanish, Italian, Portuguese and French ("Soy Lucía García", "Sono Marco
/// Rossi", "Sou João", "Je suis Claire Dubois"), in any case, and the spaces after it: a
/// weak cue, as "I'm" is ([`names_after_i_am`]). A review found "Soy Lucía García" shown.
static I_AM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:(?-u:\b)(?:soy|sono|sou|je\s+suis))[ \t]+")
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
    names_after_i_am(text, out);
    for c in OTHER_LANGUAGES.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        let welcomes = c.name("de").is_some()
            && word_at(text, m.end()).is_some_and(|(s, e)| {
                PRONOUNS
                    .binary_search(&text[s..e].to_lowercase().as_str())
                    .is_ok()
            });
        // "Mi nombre es incorrecto en la reserva", "Mein Name ist falsch geschrieben":
        // a word in lower case opens a name only when it is no word these languages
        // put there without naming anyone (`lower_case.rs`: read as after "my name
        // is", "falsch" was masked and remembered, every "falsch" of the conversation
        // with it); "me llamo xiomara" opens one.
        let capitalised = text[m.end()..]
            .trim_start_matches(OPENING_QUOTES)
            .starts_with(char::is_uppercase);
        if welcomes {
            continue;
        }
        let mut found = Vec::new();
        if capitalised {
            said_name_after(text, m.end(), Cue::Named, &mut found);
            let german = c.name("de").is_some() || m.as_str().to_lowercase().starts_with("mein");
            out.extend(capitalised_run(text, found, german));
        } else if word_at(text, m.end())
            .is_some_and(|(s, e)| opens_a_name_in_lower_case(&text[s..e]))
        {
            said_name_after(text, m.end(), Cue::Named, &mut found);
            out.extend(lower_case_run(text, found));
        }
    }
}

/// The name after "soy", "sono", "sou" or "je suis" in `text` ([`I_AM`]), into `out`, as
/// after "I'm" ([`Cue::Weak`]: capitalised words that may be a name, remembered), its
/// capitalised words only ([`capitalised_run`]). No list here knows these languages'
/// words, and a plan's, a nationality's or a role's word may be capitalised after them
/// ("Sono Premium", "Je suis Français", "Soy Cliente"), so one word is a name when it is
/// a given name ([`is_given_name`]: "Soy Lucía") or, shaped as one (no common English
/// word but a name, no month, day or known place's word), no role, state or nationality
/// of those languages ([`is_state_in_another_language`]: "Soy Xiomara"; a review found
/// it shown, though the summary gave it as a `name` fact); and two or more when the
/// first two are each shaped so ("Soy Xiomara Restrepo"; not "Soy Cliente Premium",
/// "Soy de Nueva York"). "Soy cliente", in lower case, names no one, as "I'm ben" does
/// not.
fn names_after_i_am(text: &str, out: &mut Vec<(usize, usize, Cue)>) {
    for m in I_AM.find_iter(text) {
        let mut found = Vec::new();
        super::words::name_after(text, m.end(), Cue::Weak, &mut found);
        let mut found: Vec<_> = capitalised_run(text, found, false).collect();
        // "Soy Xiomara de Bogotá", "Je suis Maëlle de Lyon": where they are from, no
        // surname ("Soy Lucía de la Cruz"): the name ends before "de".
        if let Some(at) = from_a_place(text, &found) {
            found.truncate(at);
        }
        let shaped = |&(s, e, _): &(usize, usize, Cue)| {
            let word = &text[s..e];
            rare_or_name(word)
                && calendar::month(word).is_none()
                && calendar::weekday(word).is_none()
                && !is_known_place_word(word)
        };
        let named = match &found[..] {
            [] => false,
            // "Soy Xiomara": a given name no list holds is as likely as one it holds;
            // not a word that says how or what the speaker is ("Soy Cliente", "Je suis
            // Désolé", "Sono Premium").
            [single] => {
                is_given_name(&text[single.0..single.1])
                    || (shaped(single)
                        && !is_state_in_another_language(&text[single.0..single.1])
                        && !is_tier_before_its_noun(text, single.0, single.1))
            }
            [first, second, ..] => {
                is_given_name(&text[first.0..first.1]) || (shaped(first) && shaped(second))
            }
        };
        if named {
            out.extend(found);
        }
    }
}

/// German verbs a noun that opens a clause stands before ("Paket ist weg", "Karte
/// funktioniert nicht"), in lower case. Sorted.
const GERMAN_VERBS: &[&str] = &[
    "fehlt",
    "funktioniert",
    "geht",
    "ging",
    "hat",
    "hatte",
    "ist",
    "kam",
    "kommt",
    "sind",
    "war",
    "waren",
    "wird",
    "wurde",
    "wurden",
];

/// Of the words read as after "my name is" (`found`), the run of capitalised words at
/// their start, with the particles in lower case between two of them ("Lucía de la
/// Cruz", "Ana García y Pérez"); never a word in lower case otherwise, which here is the
/// sentence's ("Ich heiße Jonas und mein Paket…", "Me llamo Lucía porque…", "Je
/// m'appelle Claire pour un remboursement": a review found "und", "porque", "pour"
/// masked and remembered, so masked in every message after).
///
/// After a `german` introduction, a capitalised word past the first before a verb
/// ([`GERMAN_VERBS`]) is as often a noun, the subject of the next clause, as German
/// capitalises every noun ("Ich heiße Jonas Paket ist weg": a review found "Paket"
/// masked and remembered, "Mein \[name\] ist weg" after): it ends the name, a
/// [`Cue::Part`], masked where it stands only.
fn capitalised_run(
    text: &str,
    found: Vec<(usize, usize, Cue)>,
    german: bool,
) -> impl Iterator<Item = (usize, usize, Cue)> {
    let capitalised = |&(s, e, _): &(usize, usize, Cue)| text[s..e].starts_with(char::is_uppercase);
    let mut kept = 0;
    let mut part = None;
    for (i, word) in found.iter().enumerate() {
        // "Mon fils s'appelle AF123": a token with digits is a code, no name's word.
        if with_digits(text, word.0, word.1) {
            break;
        }
        let lower = text[word.0..word.1].to_lowercase();
        let before_a_verb = || {
            word_after(text, word.1).is_some_and(|(s, e)| {
                GERMAN_VERBS
                    .binary_search(&text[s..e].to_lowercase().as_str())
                    .is_ok()
            })
        };
        if capitalised(word) && german && i > 0 && before_a_verb() {
            // Masked where it stands only, so a surname before "ist" shows nowhere
            // ("Ich heiße Hans Müller ist mein Name").
            part = Some(i);
            kept = i + 1;
            break;
        }
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
    found
        .into_iter()
        .take(kept)
        .enumerate()
        .map(move |(i, (s, e, cue))| (s, e, if part == Some(i) { Cue::Part } else { cue }))
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
        assert!(super::GERMAN_VERBS.is_sorted());
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

    /// In lower case, a given name the list knows and the surname after it, up to a
    /// word of the sentence (a review found "me llamo lucía garcía" shown whole).
    #[test]
    fn a_name_in_lower_case_after_another_language_s_introduction_opens_with_a_given_name() {
        for (text, expected) in [
            (
                "me llamo lucía garcía y necesito ayuda",
                vec!["lucía", "garcía"],
            ),
            ("me llamo ana necesito ayuda", vec!["ana"]),
            ("me llamo ana olvidé mi contraseña", vec!["ana"]),
            ("ich heiße jonas und brauche hilfe", vec!["jonas"]),
            ("je m'appelle marie dupont", vec!["marie", "dupont"]),
            (
                "me llamo lucía de la cruz",
                vec!["lucía", "de", "la", "cruz"],
            ),
            ("me llamo Ana2 lopez", vec![]),
            ("mi nombre es incorrecto en la reserva", vec![]),
            ("ich heiße sie willkommen", vec![]),
        ] {
            assert_eq!(named(text), expected, "{text:?}");
        }
    }

    /// "Soy", "Sono", "Sou", "Je suis": a given name alone, or two capitalised words
    /// shaped as a name (a review found "Soy Lucía García" shown whole); not a plan's, a
    /// nationality's or a role's word, nor anything in lower case.
    #[test]
    fn names_after_i_am_in_another_language() {
        for (text, expected) in [
            ("Soy Lucía García", vec!["Lucía", "García"]),
            ("Soy Lucía", vec!["Lucía"]),
            ("Sono Marco Rossi", vec!["Marco", "Rossi"]),
            ("Sou João Silva", vec!["João", "Silva"]),
            ("Je suis Claire Dubois", vec!["Claire", "Dubois"]),
            ("Soy Xiomara Restrepo", vec!["Xiomara", "Restrepo"]),
            ("Soy Ana y necesito ayuda", vec!["Ana"]),
        ] {
            assert_eq!(named(text), expected, "{text:?}");
        }
        for text in [
            "Soy cliente",
            "Sono Premium",
            "Je suis Français",
            "Soy Cliente Premium",
            "Soy de Madrid",
            "Soy Nueva York",
            "Soy Sauce please",
            "Je suis Désolé",
            "sono marco",
        ] {
            assert_eq!(named(text), Vec::<&str>::new(), "{text:?}");
        }
    }

    /// "Ich heiße Sie willkommen" welcomes; the English words are no introduction; a word
    /// in lower case that is no given name opens no name.
    #[test]
    fn no_name_after_a_welcome_or_english_words() {
        for text in [
            "Ich heiße Sie willkommen",
            "ich heiße dich willkommen",
            "my name is on the list",
            "I'm with my nombre",
            "Mi nombre es incorrecto en la reserva",
            "Mein Name ist falsch geschrieben",
            "me llamo por teléfono",
        ] {
            assert_eq!(named(text), Vec::<&str>::new(), "{text:?}");
        }
    }
}
