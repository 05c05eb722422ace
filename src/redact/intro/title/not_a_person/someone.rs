//! Who a brand's name is to the writer: a text, and where a title and the name after it
//! stand → whether the words around them say the name is someone's ("Mr. Clean is my
//! landlord", "My landlord is Mr. Clean", "Mr. Clean - my landlord -", "Is this Mr.
//! Clean?"), so a person's, not the brand's. Tells; which brands is `not_a_person.rs`'s.

use super::super::super::words::{word_after, word_at};
use super::super::{lower, start_of_word_before, word_before};

/// The words for who someone is to the writer, after "is my" or "was my" ("Mr. Clean is
/// my landlord", "Mr. Coffee was our neighbour"): a brand is no one's landlord, so the
/// words are a person's name. Sorted.
const RELATIONS: &[&str] = &[
    "accountant",
    "advisor",
    "attorney",
    "aunt",
    "boss",
    "boyfriend",
    "brother",
    "client",
    "coach",
    "colleague",
    "contractor",
    "cousin",
    "coworker",
    "dad",
    "daughter",
    "dentist",
    "doctor",
    "employee",
    "employer",
    "father",
    "fiance",
    "fiancee",
    "flatmate",
    "friend",
    "girlfriend",
    "gp",
    "grandfather",
    "grandmother",
    "husband",
    "landlady",
    "landlord",
    "lawyer",
    "manager",
    "mechanic",
    "mom",
    "mother",
    "mum",
    "neighbor",
    "neighbour",
    "nephew",
    "niece",
    "nurse",
    "partner",
    "pastor",
    "physician",
    "plumber",
    "professor",
    "roommate",
    "sister",
    "son",
    "supervisor",
    "surgeon",
    "teacher",
    "tenant",
    "therapist",
    "tutor",
    "uncle",
    "vet",
    "wife",
];

/// The possessives before who someone is to the writer ("my landlord", "our GP").
const POSSESSIVES: &[&str] = &["her", "his", "my", "our", "their", "your"];

/// Whether `noun` (in lower case) is one of [`RELATIONS`], "ex-" before one too ("my
/// ex-landlord").
fn is_relation(noun: &str) -> bool {
    let noun = noun.strip_prefix("ex-").unwrap_or(noun);
    RELATIONS.binary_search(&noun).is_ok()
}

/// Whether what stands around a brand's name, its title at `title_start` and the name
/// ending at `end` in `text` (`possessive`: "Mr. Clean's"), says it is someone to the
/// writer: after it "is" or "was" ("'s" for it: "Mr. Clean's my landlord") or a comma
/// (", my landlord, said no"), a possessive, maybe one word of when ("new", "old",
/// "former", "current", "ex"), then one of [`RELATIONS`] ("Mr. Clean is my landlord",
/// "Mr. Coffee was our old neighbour"; not "Mr. Clean is my favourite cleaner"); or
/// before it a possessive, one of them, and "is", "was" or a comma ("My landlord is Mr.
/// Clean", "my GP, Mr. Clean").
pub(super) fn said_to_be_someone(
    text: &str,
    title_start: usize,
    end: usize,
    possessive: bool,
) -> bool {
    // Right after a bracket, an em dash or "--", the word starts there ("(my landlord)",
    // "Mr. Clean\u{2014}my landlord\u{2014}called": an em dash needs no spaces).
    let word = |end: usize| {
        let glued_dash = (text[..end].ends_with('\u{2014}') || text[..end].ends_with("--"))
            && !text[end..].starts_with([' ', '\t']);
        if text[..end].ends_with('(') || glued_dash {
            word_at(text, end)
        } else {
            word_after(text, end)
        }
        .map(|(s, e)| (lower(&text[s..e]), e))
    };
    let one_of =
        |end: usize, words: &[&str]| word(end).filter(|(w, _)| words.contains(&w.as_str()));
    // "Mr. Clean, my landlord, said no", "Mr. Clean (my landlord)": the comma or the
    // bracket as "is"; "Mr. Clean who is my landlord".
    // "Mr. Clean - my landlord - never fixed it": a dash between spaces as the comma;
    // "--" spaced or not ("Mr. Clean -- my landlord --").
    let rest = text[end..].trim_start_matches([' ', '\t']);
    let long = rest.starts_with("--");
    let dash = rest
        .strip_prefix("--")
        .or_else(|| rest.strip_prefix(['-', '\u{2013}', '\u{2014}']))
        .filter(|after| {
            long || rest.starts_with('\u{2014}')
                || (after.starts_with([' ', '\t']) && rest.len() < text.len() - end)
        });
    let comma = rest.starts_with([',', '(']) || dash.is_some();
    let verb = if possessive || comma {
        let at = match dash {
            Some(after) => text.len() - after.len(),
            None if comma => text.len() - rest.len() + 1,
            None => end,
        };
        // "Mr. Clean, who is my landlord,": the comma, then "who is".
        Some(
            one_of(at, &["who", "that"])
                .and_then(|(_, e)| one_of(e, &["is", "was"]))
                .map_or(at, |(_, e)| e),
        )
    } else {
        let who = one_of(end, &["who", "that"]).map_or(end, |(_, end)| end);
        one_of(who, &["is", "was"]).map(|(_, end)| end)
    };
    let after = verb
        .and_then(|end| one_of(end, POSSESSIVES).or_else(|| one_of(end, &["the"])))
        .and_then(
            |(_, end)| match one_of(end, &["new", "old", "former", "current", "ex"]) {
                Some((_, end)) => word(end),
                None => word(end),
            },
        )
        .and_then(|(noun, end)| {
            // "Mr. Clean is my daughter's GP": someone to one close to the writer.
            let stem = noun
                .strip_suffix("'s")
                .or_else(|| text[end..].starts_with(['\'', '\u{2019}']).then_some(&noun));
            match stem {
                Some(stem) if is_relation(stem) => {
                    let past = if noun.ends_with("'s") {
                        end
                    } else {
                        end + apostrophe_s(&text[end..])
                    };
                    word(past)
                }
                _ => Some((noun, end)),
            }
        })
        .is_some_and(|(noun, _)| is_relation(&noun));
    after || said_before(text, title_start) || asked_to_be(text, title_start)
}

/// The length of the "'s" `rest` starts with (a curly apostrophe too), 0 if none.
fn apostrophe_s(rest: &str) -> usize {
    ["'s", "\u{2019}s"]
        .iter()
        .find(|tail| rest.starts_with(**tail))
        .map_or(0, |tail| tail.len())
}

/// Words before a title that ask or say the name is the one spoken to, in pairs as
/// [`word_before`] reads them, the nearer first: "Is this Mr. Clean?", "Are you Mr.
/// Clean?", "Am I speaking with Mr. Clean?", "This is Mr. Clean" (a bot asks the customer
/// to confirm a name, which the customer then gives: "Yes, Clean here"). A brand is not
/// spoken to.
const ASKED_TO_BE: &[(&str, &str)] = &[
    ("is", "this"),
    ("is", "that"),
    ("is", "it"),
    ("it", "is"),
    ("that", "is"),
    ("this", "is"),
    ("to", "speaking"),
    ("to", "talking"),
    ("with", "speaking"),
    ("with", "talking"),
    ("you", "are"),
    ("you", "were"),
];

/// Greetings before a title that address its name ("Hello Mr. Clean", "Dear Mr. Clean").
const GREETINGS: &[&str] = &["dear", "hello", "hey", "hi"];

/// Whether the words before a title at `title_start` in `text` speak to or ask for its
/// name as someone's: [`ASKED_TO_BE`], [`GREETINGS`].
fn asked_to_be(text: &str, title_start: usize) -> bool {
    let near = word_before(text, title_start);
    if GREETINGS.contains(&near.as_str()) {
        return true;
    }
    let far = word_before(text, start_of_word_before(text, title_start));
    ASKED_TO_BE.contains(&(near.as_str(), far.as_str()))
}

/// Whether the words before a title at `title_start` in `text` say who its name is to
/// the writer: a possessive, one of [`RELATIONS`], then "is", "was" or a comma ("My
/// landlord is Mr. Clean", "our vet, Mr. Clean").
fn said_before(text: &str, title_start: usize) -> bool {
    let before = text[..title_start].trim_end_matches([' ', '\t']);
    let (at, comma) = match before.strip_suffix(',') {
        Some(rest) => (rest.len(), true),
        None => (title_start, false),
    };
    let mut at = at;
    // "my landlord Mr. Clean": the relation right before the title as well.
    if !comma && matches!(word_before(text, at).as_str(), "is" | "was") {
        at = start_of_word_before(text, at);
    }
    // "ex-landlord": the hyphen is no letter; the word before it is "ex".
    let noun = word_before(text, at);
    let mut from = start_of_word_before(text, at);
    let noun = if text[..from].ends_with("ex-") {
        from -= 3;
        format!("ex-{noun}")
    } else {
        noun
    };
    if !is_relation(&noun) {
        return false;
    }
    let mut owner = word_before(text, from);
    if ["new", "old", "former", "current", "ex"].contains(&owner.as_str()) {
        owner = word_before(text, start_of_word_before(text, from));
    }
    // "The landlord is Mr. Clean".
    POSSESSIVES.contains(&owner.as_str()) || owner == "the"
}

#[cfg(test)]
mod tests {
    use super::said_to_be_someone;

    /// `text` holds "Mr. Clean": whether the words around it say it is someone.
    fn someone(text: &str) -> bool {
        let title = text.find("Mr").unwrap_or(0);
        let end = text.find("Clean").map_or(0, |s| s + "Clean".len());
        said_to_be_someone(text, title, end, false)
    }

    #[test]
    fn the_relations_are_sorted() {
        assert!(super::RELATIONS.is_sorted());
    }

    /// "Mr. Clean - my landlord -", "Mr. Clean is my daughter's GP" and "Is this Mr.
    /// Clean?" were read as the brand (a review found each shown).
    #[test]
    fn dashes_relations_of_relations_and_questions_say_someone() {
        for text in [
            "Mr. Clean - my landlord - never fixed the heater",
            "Mr. Clean \u{2013} my landlord \u{2013} never fixed it",
            "Mr. Clean -- my landlord -- never fixed it",
            "Mr. Clean, who is my landlord, never fixed it",
            "Mr. Clean is my daughter's GP",
            "Mr. Clean is my daughter\u{2019}s GP",
            "Mr. Clean was our son's teacher",
            "Is this Mr. Clean?",
            "are you Mr. Clean?",
            "Am I speaking with Mr. Clean?",
            "Hello Mr. Clean, thanks",
            "Mr. Clean\u{2014}my landlord\u{2014}called",
            "Mr. Clean--my landlord--called",
            "Mr. Clean, the landlord, called",
            "Is that Mr. Clean?",
        ] {
            assert!(someone(text), "{text:?}");
        }
        for text in [
            "Mr. Clean - the best cleaner - is on sale",
            "Mr. Clean\u{2014}the best cleaner\u{2014}is on sale",
            "Mr. Clean, which is my favourite",
            "Mr. Clean-my favourite",
            "Mr. Clean is my daughter's favourite",
            "Mr. Clean is my landlord's choice",
            "I bought Mr. Clean",
            "is Mr. Clean any good",
            "Mr. Clean, the cleaner, is on sale",
        ] {
            assert!(!someone(text), "{text:?}");
        }
    }
}
