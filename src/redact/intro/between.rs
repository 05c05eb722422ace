//! The particles between a name's words: a text and the spans of the names introduced
//! in it → the same spans without the particles in lower case that stand between two
//! words of a name ("Lucía de la Cruz" is `[name] de la [name]`). Drops; the names are
//! read by the cues (`intro.rs`).

use super::Cue;
use super::particles::lone_particle;

/// `spans` (in order of their start, as `introductions` sorts them) without those of a
/// particle in lower case ([`lone_particle`]: "de", "la", "van", "da"; "y" too, between
/// two words) that a run of such particles sets between two words of a name, each apart
/// from the next by spaces only: "Hola, soy Lucía de la Cruz", "my name is Ana de la
/// Cruz", "my name is jose da silva". A review found `[name] [name] [name] [name]`: a
/// particle is no one's name, and masked it told no more than the name's words do. One
/// that opens a name after a title ("Dr. van der Berg") or ends it stays masked: no name
/// word stands on its side. Each span is looked at with its neighbours only.
pub(super) fn without_particles_between(text: &str, spans: &mut Vec<(usize, usize, Cue)>) {
    let particle = |&(start, end, _): &(usize, usize, Cue)| {
        let word = &text[start..end];
        lone_particle(word) || word == "y"
    };
    let apart = |end: usize, start: usize| {
        text.get(end..start)
            .is_some_and(|between| !between.is_empty() && between.trim().is_empty())
    };
    let mut drop = vec![false; spans.len()];
    let mut i = 0;
    while i < spans.len() {
        if !particle(&spans[i]) {
            i += 1;
            continue;
        }
        // The run of particles from `i`, each right after the one before.
        let mut last = i;
        while last + 1 < spans.len()
            && particle(&spans[last + 1])
            && apart(spans[last].1, spans[last + 1].0)
        {
            last += 1;
        }
        let name_before = i > 0 && !particle(&spans[i - 1]) && apart(spans[i - 1].1, spans[i].0);
        let name_after = spans
            .get(last + 1)
            .is_some_and(|next| !particle(next) && apart(spans[last].1, next.0));
        if name_before && name_after {
            drop[i..=last].iter_mut().for_each(|d| *d = true);
        }
        i = last + 1;
    }
    let mut n = 0;
    spans.retain(|_| {
        n += 1;
        !drop[n - 1]
    });
}

#[cfg(test)]
mod tests {
    use super::super::Cue;
    use super::without_particles_between;

    /// The words of `text` that are `masked`, as spans, after the particles between
    /// name words are dropped: the words left.
    fn left<'t>(text: &'t str, masked: &[&str]) -> Vec<&'t str> {
        let mut spans: Vec<(usize, usize, Cue)> = Vec::new();
        let mut from = 0;
        for word in masked {
            let start = from + text[from..].find(word).unwrap();
            spans.push((start, start + word.len(), Cue::Named));
            from = start + word.len();
        }
        without_particles_between(text, &mut spans);
        spans.iter().map(|&(s, e, _)| &text[s..e]).collect()
    }

    #[test]
    fn particles_between_two_name_words_are_left_out() {
        assert_eq!(
            left("soy Lucía de la Cruz", &["Lucía", "de", "la", "Cruz"]),
            ["Lucía", "Cruz"]
        );
        assert_eq!(
            left("my name is jose da silva", &["jose", "da", "silva"]),
            ["jose", "silva"]
        );
        assert_eq!(
            left("Ana Garcia y Lopez", &["Ana", "Garcia", "y", "Lopez"]),
            ["Ana", "Garcia", "Lopez"]
        );
    }

    /// Its neighbours: a particle with no name word on one side, a capitalised one (part
    /// of the surname: "Peter Van Houston"), one not right beside the words.
    #[test]
    fn a_particle_at_a_name_s_edge_or_capitalised_stays_a_span() {
        assert_eq!(
            left("Dr. van der Berg", &["van", "der", "Berg"]),
            ["van", "der", "Berg"]
        );
        assert_eq!(
            left("my name is jane van", &["jane", "van"]),
            ["jane", "van"]
        );
        assert_eq!(
            left("Peter Van Houston", &["Peter", "Van", "Houston"]),
            ["Peter", "Van", "Houston"]
        );
        assert_eq!(
            left("Ana, de, Cruz", &["Ana", "de", "Cruz"]),
            ["Ana", "de", "Cruz"]
        );
    }
}
