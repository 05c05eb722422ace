//! The defects the forty-fourth session's review of redaction found, each beside a near
//! miss: particles after a given name introduced ("this is Jose da Silva", "My name is
//! Ana de la Cruz") or before a person's verb ("John van der Berg called"), the names
//! listed after "MM.", Italian titles with a feminine ending ("Sig.ra", "Dott.ssa") and
//! "Avv.", "Ing.", a verb after "I'M" taken for a name, "Again" before "Maria Lopez
//! here", and a flat where the customer says they are ("I'm in apt 4").

use super::{each, stays};

/// "Hi this is Jose da Silva" showed "Silva" ("[name] [name] Silva"), "My name is Ana de
/// la Cruz" "la Cruz": the particles and the surname after a given name are the name's.
#[test]
fn the_surname_after_a_given_name_introduced_and_particles_is_masked() {
    each(&[
        (
            "Hi this is Jose da Silva and I need help",
            "Hi this is [name] da [name] and I need help",
        ),
        (
            "My name is Ana de la Cruz. I want a refund",
            "My name is [name] de la [name]. I want a refund",
        ),
        (
            "My name is Jean de la Fontaine",
            "My name is [name] de la [name]",
        ),
        ("I'm Jean de la Fontaine", "I'm [name] de la [name]"),
        ("My name is Jose da Silva", "My name is [name] da [name]"),
        // Near miss: a particle in lower case with nothing after it is taken as the
        // surname still, as before.
        ("My name is jane van", "My name is [name] [name]"),
    ]);
}

/// "John van der Berg called yesterday" was shown whole: two particles kept the rule
/// for a particle without a title from the surname.
#[test]
fn a_given_name_and_a_surname_around_particles_before_a_persons_verb_are_masked() {
    each(&[
        (
            "John van der Berg called yesterday about my refund",
            "[name] van der [name] called yesterday about my refund",
        ),
        ("John van der Berg said hi", "[name] van der [name] said hi"),
        (
            "Maria de la Cruz told me to wait",
            "[name] de la [name] told me to wait",
        ),
        // Near miss: a common word before the particle is no given name; the particle
        // rule masks the surname alone, as before.
        ("Yes de Souza called", "Yes de [name] called"),
    ]);
    // A place, a painter, a thing: no person's verb after them.
    stays(&[
        "I flew in from de Madrid",
        "I fly from de Madrid tomorrow",
        "I saw van Gogh at the museum",
        "the van Gogh museum",
        "Vincent van Gogh paintings are great",
    ]);
}

/// "MM. Dubois, Martin et Bernard" showed "Martin" and "Bernard": only a name after "et"
/// right after the first was read.
#[test]
fn the_names_listed_after_mm_are_masked() {
    each(&[
        (
            "MM. Dubois, Martin et Bernard sont partis",
            "MM. [name], [name] et [name] sont partis",
        ),
        (
            "MM. Dubois, Martin, Petit et Bernard",
            "MM. [name], [name], [name] et [name]",
        ),
        ("MM. Dubois et Martin", "MM. [name] et [name]"),
        // Near miss: a comma and no joint after it end no list; the word after the
        // comma is no name of it.
        ("MM. Dubois, Paris", "MM. [name], Paris"),
    ]);
}

/// "Sig.ra Rossi and Dott.ssa Bianchi said" was shown: the feminine ending after the
/// full stop hid the title; "Avv." and "Ing." were no titles.
#[test]
fn italian_titles_with_a_feminine_ending_avv_and_ing_are_titles() {
    each(&[
        (
            "Sig.ra Rossi and Dott.ssa Bianchi said I get a refund",
            "Sig.ra [name] and Dott.ssa [name] said I get a refund",
        ),
        (
            "Sig.na Verdi, Prof.ssa Neri, Avv. Russo and Ing. Galli said so",
            "Sig.na [name], Prof.ssa [name], Avv. [name] and Ing. [name] said so",
        ),
        ("Ask Avv.ssa Conti", "Ask Avv.ssa [name]"),
    ]);
}

/// "I'M Going home now" masked "Going": a verb's "-ing" form after "I'm" is what the
/// customer does, before a word in lower case (the names it stands for at a comma or the
/// end: `titles_reviewed_again_in_the_forty_fourth_session.rs`).
#[test]
fn a_verbs_ing_after_im_is_no_name() {
    stays(&["I'M Going home now", "I'm Loving it"]);
    // Near miss: a name that ends so.
    each(&[("I'M Sterling", "I'M [name]"), ("I'm Irving", "I'm [name]")]);
}

/// "Again Maria Lopez here." was shown: only a greeting was read before a name and
/// "here".
#[test]
fn again_before_a_name_and_here_is_read_as_a_greeting() {
    each(&[
        (
            "Again Maria Lopez here. I need a human agent",
            "Again [name] [name] here. I need a human agent",
        ),
        ("again Tyler here", "again [name] here"),
    ]);
    stays(&["Again, we need help here"]);
}

/// "I'm in apt 4 now" was shown: only words for living or mail before "in" made a flat.
#[test]
fn a_flat_where_the_customer_says_they_are_is_masked() {
    each(&[
        (
            "I'm in apt 4 now. I need a human agent",
            "I'm in [address] now. I need a human agent",
        ),
        ("we're in unit 12B now", "we're in [address] now"),
        ("we are in Suite 12 today", "we are in [address] today"),
        ("I am in flat 3", "I am in [address]"),
    ]);
    // A part of a course, a time; "they're in" a thing's place as often.
    stays(&[
        "I'm in Unit 4 of the course",
        "I'm in unit 3 pm",
        "they're in unit 4 now",
    ]);
}
