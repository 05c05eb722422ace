//! The particles of a name ("da", "van der", "de la", "ibn"): a word → whether it is one
//! and where it may stand; a text and a position → the particles that start there and
//! the word after them. The one list every reading of a name's particles asks (after a
//! title: `title/parts.rs`; between a given name and a surname: `untitled/given.rs`,
//! `reply.rs`, `named_before.rs`; before a surname alone: `untitled.rs`). Tells; what the
//! words around the particles are is each reading's.

use super::words::{folded, word_after, word_at};

/// Where a particle stands in a name, each place but [`Reach::AfterTitle`] and
/// [`Reach::OnlyAParticle`] also where the ones listed after it stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reach {
    /// Before a surname with no given name before it too, in lower case ("de Souza
    /// called", "Ask van Houten"); not "do", the English verb as often ("ok thanks, do
    /// Tesco deliver": `untitled.rs`).
    Alone,
    /// Between a given name and a surname, in lower case ("Maria do Carmo", "Pieter van
    /// der Berg"); not "al", "bin", "el", words in an English chat as often.
    Between,
    /// In a name after a title or between two capitalised words only ("Dr. al Farsi",
    /// "Ana Garcia y Lopez", "Mr. Mac Giolla").
    AfterTitle,
    /// After a title, and no English word: the surname after it is the name's whatever
    /// word it is ("Omar ibn Said", "Siobhán Ó Briain": a review found "Said" shown).
    OnlyAParticle,
}

/// The particles of a surname, in lower case ("van der Berg", "de la Cruz", "de los
/// Angeles", "do Carmo", "Van Dyke", "bin Salman", "al Farsi", "Garcia y Lopez", "Ó
/// Briain", "Ní Bhriain", "Mac Giolla", "Mc Donald"), each with where it stands. Sorted.
const PARTICLES: &[(&str, Reach)] = &[
    ("abd", Reach::AfterTitle),
    ("abu", Reach::AfterTitle),
    ("al", Reach::AfterTitle),
    ("ap", Reach::AfterTitle),
    ("ben", Reach::AfterTitle),
    ("bin", Reach::AfterTitle),
    ("bint", Reach::OnlyAParticle),
    ("da", Reach::Alone),
    ("das", Reach::Alone),
    ("de", Reach::Alone),
    ("del", Reach::Alone),
    ("dela", Reach::AfterTitle),
    ("della", Reach::Alone),
    ("den", Reach::Between),
    ("der", Reach::Between),
    ("des", Reach::AfterTitle),
    ("di", Reach::Alone),
    ("do", Reach::Between),
    ("dos", Reach::Alone),
    ("du", Reach::Alone),
    ("el", Reach::AfterTitle),
    ("ibn", Reach::OnlyAParticle),
    ("la", Reach::Between),
    ("las", Reach::Between),
    ("le", Reach::Between),
    ("los", Reach::Between),
    ("mac", Reach::AfterTitle),
    ("mc", Reach::AfterTitle),
    ("mhic", Reach::OnlyAParticle),
    ("nic", Reach::OnlyAParticle),
    ("ní", Reach::OnlyAParticle),
    ("op", Reach::AfterTitle),
    ("ten", Reach::Between),
    ("ter", Reach::Between),
    ("uí", Reach::OnlyAParticle),
    ("van", Reach::Alone),
    ("van't", Reach::AfterTitle),
    ("van’t", Reach::AfterTitle),
    ("von", Reach::Alone),
    ("y", Reach::AfterTitle),
    ("zu", Reach::AfterTitle),
    ("ó", Reach::OnlyAParticle),
];

/// Where `word`, in lower case as written, stands as a particle, if it is one.
fn reach(word: &str) -> Option<Reach> {
    PARTICLES
        .binary_search_by(|&(particle, _)| particle.cmp(word))
        .ok()
        .map(|i| PARTICLES[i].1)
}

/// Whether `word` is a particle in any case ("da", "Ó", "Mac").
pub(in crate::redact::intro) fn is_particle(word: &str) -> bool {
    reach(&folded(word)).is_some()
}

/// Whether `word` is a particle in lower case ("de", "van"): alone after a title, with
/// no surname after it, no name ("Mr. de facto"). Not "y", a particle only between two
/// capitalised words (`title/parts.rs`): in lower case it is Spanish's "and" ("my name
/// is ana garcia y necesito ayuda": a review found "necesito" masked and remembered).
pub(in crate::redact) fn lone_particle(word: &str) -> bool {
    word.chars().all(char::is_lowercase) && word != "y" && is_particle(word)
}

/// Whether `word`, as written, is a particle in lower case between a given name and a
/// surname ("de", "do", "van", "der"; not "al", "bin", "el", "De").
pub(in crate::redact::intro) fn between_names(word: &str) -> bool {
    matches!(reach(word), Some(Reach::Alone | Reach::Between))
}

/// Whether `word` (in any case) is a particle no English word is ("ibn", "Ó", "Ní"):
/// after one, a surname whatever word it is.
pub(in crate::redact::intro) fn only_a_particle(word: &str) -> bool {
    reach(&folded(word)) == Some(Reach::OnlyAParticle)
}

/// The particles between a given name and a surname, in lower case ([`between_names`]),
/// sorted: what a pattern of such names alternates.
pub(in crate::redact::intro) fn between_names_list() -> Vec<&'static str> {
    words(|reach| matches!(reach, Reach::Alone | Reach::Between))
}

/// The particles before a surname with no given name before it, in lower case
/// ([`Reach::Alone`]), sorted: what a pattern of such surnames alternates.
pub(in crate::redact::intro) fn alone_list() -> Vec<&'static str> {
    words(|reach| reach == Reach::Alone)
}

/// The particles whose place `keep` takes, sorted.
fn words(keep: impl Fn(Reach) -> bool) -> Vec<&'static str> {
    PARTICLES
        .iter()
        .filter(|&&(_, reach)| keep(reach))
        .map(|&(word, _)| word)
        .collect()
}

/// How the words of a run of particles follow each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::redact) enum Spacing {
    /// One space exactly ("Ana de la Cruz" in a reply to a question for the name).
    Single,
    /// As the words of a name after a cue ([`word_after`]: one space or two).
    AsAName,
}

/// A run of particles read at a position: their words and the word after them.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(in crate::redact) struct Run {
    /// The particles, one to three, as (start, end); none when the word at the position
    /// is no particle `keep` takes.
    pub(in crate::redact) words: Vec<(usize, usize)>,
    /// The word after the last particle (the word at the position when there is none),
    /// as (start, end); none when no word follows.
    pub(in crate::redact) next: Option<(usize, usize)>,
}

/// The particles that start at `at`, up to three, each a word that `keep` takes (its
/// span and how many particles came before it), the words [`Spacing`] apart: the one
/// reading of how many words of particles start at a position ("de la " of "de la
/// Cruz", "van der " of "van der Berg"), and the word after them. At most four words
/// are read, however long the text.
pub(in crate::redact) fn particles_at(
    text: &str,
    at: usize,
    spacing: Spacing,
    keep: impl Fn((usize, usize), usize) -> bool,
) -> Run {
    let mut run = Run {
        words: Vec::new(),
        next: word_at(text, at),
    };
    while let Some(word) = run
        .next
        .filter(|&w| run.words.len() < 3 && keep(w, run.words.len()))
    {
        run.words.push(word);
        run.next = match spacing {
            Spacing::Single => text[word.1..]
                .strip_prefix(' ')
                .and_then(|_| word_at(text, word.1 + 1)),
            Spacing::AsAName => word_after(text, word.1),
        };
    }
    run
}

#[cfg(test)]
mod tests {
    use super::{Spacing, between_names, is_particle, lone_particle, particles_at};

    #[test]
    fn the_particles_are_sorted_and_in_lower_case() {
        assert!(super::PARTICLES.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(
            super::PARTICLES
                .iter()
                .all(|(word, _)| *word == word.to_lowercase())
        );
    }

    #[test]
    fn a_particle_is_read_in_the_case_each_reading_takes() {
        assert!(is_particle("Da") && is_particle("Ó") && is_particle("MAC"));
        assert!(lone_particle("de") && !lone_particle("De") && !lone_particle("y"));
        assert!(between_names("do") && between_names("der") && !between_names("al"));
        assert!(!between_names("De") && !between_names("y") && !is_particle("the"));
    }

    /// Up to three particles are read, each past the spacing asked for, and the word
    /// after them is told.
    #[test]
    fn the_particles_at_a_position_and_the_word_after_them_are_read() {
        fn lone(text: &str, spacing: Spacing) -> (Vec<&str>, Option<&str>) {
            let run = particles_at(text, 0, spacing, |(s, e), _| lone_particle(&text[s..e]));
            let words = run.words.iter().map(|&(s, e)| &text[s..e]).collect();
            (words, run.next.map(|(s, e)| &text[s..e]))
        }
        assert_eq!(
            lone("de la Cruz", Spacing::Single),
            (vec!["de", "la"], Some("Cruz"))
        );
        assert_eq!(
            lone("de  la Cruz", Spacing::AsAName),
            (vec!["de", "la"], Some("Cruz"))
        );
        assert_eq!(lone("de  la Cruz", Spacing::Single), (vec!["de"], None));
        assert_eq!(
            lone("de la de la Cruz", Spacing::Single),
            (vec!["de", "la", "de"], Some("la"))
        );
        assert_eq!(lone("Cruz", Spacing::Single), (vec![], Some("Cruz")));
        assert_eq!(lone("", Spacing::Single), (vec![], None));
    }
}
