use super::kinds::{TextCounts, spans};
use super::names::names_of as names;
use super::*;
use crate::redact::names::tests::conversation;
use crate::summary::{self, FactKind};
use crate::transcript::Role;

/// Each kind of personal data on its own, and numbers that are none.
mod by_kind;

fn r(text: &str) -> String {
    redact(text).into_owned()
}

/// `text` masks to `expected`, and none of `raw` (the personal data in it) is left.
#[track_caller]
fn masks_to(text: &str, expected: &str, raw: &[&str]) {
    let out = r(text);
    assert_eq!(out, expected, "{text:?}");
    for raw in raw {
        assert!(!out.contains(raw), "{raw:?} left in {out:?}");
    }
}

pub(super) const ASK: &str = "Could I get your name, please?";

/// Each message of the conversation `rows`, masked as `--redact` masks it.
pub(super) fn masked_all(rows: &[(Role, &str)]) -> Vec<String> {
    let c = conversation(rows);
    let names = Names::of_conversation(&c);
    c.messages
        .iter()
        .map(|m| masked(&m.text, &names).into_owned())
        .collect()
}

/// Each text, a conversation of one customer message, masked as expected.
#[track_caller]
pub(super) fn each(cases: &[(&str, &str)]) {
    for (text, expected) in cases {
        assert_eq!(
            masked_all(&[(Role::Customer, text)]),
            [*expected],
            "{text:?}"
        );
    }
}

/// Each text, a conversation of one customer message, stays as it is.
#[track_caller]
pub(super) fn stays(texts: &[&str]) {
    for text in texts {
        assert_eq!(masked_all(&[(Role::Customer, text)]), [*text], "{text:?}");
    }
}

/// The last message of `rows`, masked.
#[track_caller]
pub(super) fn last_masked(rows: &[(Role, &str)]) -> String {
    masked_all(rows).pop().unwrap_or_default()
}

#[test]
fn redact_with_masks_names_and_the_other_kinds_together() {
    let n = names(&[("name", "Alex Chen")]);
    let mut text = "Alex: mail alex@acme.example".to_owned();
    in_place(&mut text, &n);
    assert_eq!(text, "[name]: mail [email]");
}

#[test]
fn a_summary_redacted_lists_no_names_and_its_bullets_are_its_masked_parts() {
    let messages: Vec<crate::transcript::Message> = [
        "Hi, my name is Tyler Jones. I need to see Dr. Lee about order #88123",
        "Call me at 07700 900123, we use Google Sheets",
    ]
    .iter()
    .map(|text| crate::transcript::Message {
        role: crate::transcript::Role::Customer,
        text: (*text).into(),
        time: String::new(),
        timestamp: None,
        clock: crate::transcript::Clock::Written,
        line: 2,
    })
    .collect();
    let mut s = summary::summarize(&messages, &[], Vec::new());
    assert!(s.facts.iter().any(|f| f.kind == FactKind::Name));
    s.redact();
    assert!(
        s.facts.iter().all(|f| f.kind != FactKind::Name),
        "{:?}",
        s.facts
    );
    assert_eq!(s.bullets, summary::bullets(&s));
    let all = s.bullets.join("\n");
    for secret in ["Tyler", "Jones", "Lee", "07700"] {
        assert!(!all.contains(secret), "{secret} in {all}");
    }
    assert!(all.contains("#88123"), "{all}");
}

/// Properties over generated pieces of text: counting first finds what searching finds,
/// masking again changes no mask, spans are ordered and whole characters.
mod properties;
use properties::piece;

#[test]
fn text_without_data_is_not_copied() {
    assert!(matches!(redact("just words"), Cow::Borrowed(_)));
    assert!(matches!(redact("400 seats"), Cow::Borrowed(_)));
}

/// A match of part of what is masked is masked whole: the message is masked first, and
/// a mask the match overlaps stands in for all it covers.
#[test]
fn a_part_of_a_message_is_masked_as_in_the_whole_message() {
    let n = names(&[("name", "Ana Lima")]);
    let part = |message: &str, matched: &str| {
        let start = message.find(matched).unwrap();
        masked_part(message, 0, start, start + matched.len(), &n)
    };
    let pin = "my PIN is 9921, card 4111 1111 1111 1111";
    assert_eq!(part(pin, "9921"), "[secret]");
    assert_eq!(part(pin, "1111 1111"), "[card]");
    assert_eq!(part(pin, "PIN is 9921"), "PIN is [secret]");
    assert_eq!(part(pin, "card 4111"), "card [card]");
    let mail = "write to ana.lima@example.com please";
    assert_eq!(part(mail, "ana.lima@"), "[email]");
    assert_eq!(part(mail, "to ana"), "to [email]");
    assert_eq!(part(mail, "please"), "please");
    // The customer's names, and nothing but what the match covers when no mask overlaps.
    assert_eq!(part("thanks, Ana Lima here", "Lim"), "[name]");
    assert_eq!(part("thanks, Ana Lima here", "thanks"), "thanks");
    // Offsets past the message or inside a character give nothing rather than a panic.
    assert_eq!(masked_part("abc", 0, 2, 9, &n), "c");
    assert_eq!(masked_part("é", 0, 1, 2, &n), "");
}

/// Regression: an introduction holding a title ("my name is Ms Carter") gave the name
/// twice, overlapping ("Ms Carter" and "Carter"), and masking it panicked, in an agent's
/// or bot's message (a customer's names are known beforehand, and win).
#[test]
fn overlapping_introductions_are_masked_once() {
    let n = Names::default();
    for text in [
        "Hi, my name is Ms Carter, billing",
        "my name is Mr Lee",
        "name's Dr. Lee Chen.",
    ] {
        let mut masked = text.to_owned();
        in_place(&mut masked, &n);
        assert!(
            !masked.contains("Carter") && !masked.contains("Lee"),
            "{masked}"
        );
        assert_eq!(masked_part(text, 0, 0, text.len(), &n), masked);
    }
    // Overlapping spans are masked as one, whatever their order.
    assert_eq!(apply("abcdefgh", &[(1, 4, "[x]"), (2, 6, "[y]")]), "a[x]gh");
}

/// Regression: evidence is quoted masked, and the outcome masked again; for a customer
/// named Card, the second pass turned `[card]` into `[[name]]`. A mask's word is no name.
#[test]
fn masking_masked_text_changes_nothing() {
    let n = names(&[("name", "Andrew Card"), ("last_name", "Phone")]);
    for text in [
        "my card 4111 1111 1111 1111, Card here",
        "call +44 20 7946 0958, phone me",
        "from 10.0.0.1 and ana@example.com, says Andrew",
    ] {
        let once = masked(text, &n).into_owned();
        assert_eq!(masked(&once, &n), once, "{text}");
    }
    assert_eq!(
        masked("my card 4111 1111 1111 1111, Card here", &n),
        "my [name] [card], [name] here"
    );
}

#[test]
fn an_introduction_masked_again_keeps_its_mask() {
    let n = Names::default();
    for text in [
        "my name is Tyler Jones",
        "name's Ben, call me",
        "Dr. Lee will see you",
    ] {
        let once = masked(text, &n).into_owned();
        assert!(once.contains("[name]"), "{once}");
        assert_eq!(masked(&once, &n), once, "{text}");
    }
}

#[test]
fn masks_a_filter_changed_the_case_of_are_written_as_masks() {
    assert_eq!(
        recased_masks("Hi [NAME], [Email] [card]"),
        "Hi [name], [email] [card]"
    );
    assert_eq!(recased_masks("[NOTE] [A] [ x"), "[NOTE] [A] [ x");
    assert_eq!(recased_masks("[[NAME]]"), "[[name]]");
    assert!(matches!(recased_masks("no [masks] here"), Cow::Borrowed(_)));
}

/// Phone numbers, cards, IBANs and emails as real chats write them.
mod phones_cards_ibans_and_emails;

/// PINs, card and one-time codes and passwords as real chats write them, and words about
/// secrets, which stay.
mod pins_and_passwords;

/// Megabytes of numbers, redacted in linear time.
mod long_texts;

/// UUIDs, hashes and order numbers, which stay.
mod ids;

/// Names given in reply or listed, and codes said loosely after a PIN, in whole
/// conversations.
mod names_and_loose_codes;

/// Security answers before their cue, third parties, quoted PINs, names after "it's" or
/// "called", answers after their label, memorable words.
mod answers_names_and_pins;

/// Personal data that passed through unmasked, in whole conversations.
mod leaks;

/// Names typed with a slip of punctuation inside, and possessives after a title.
mod slips_and_possessives;

/// What is no personal data but was masked as some, in whole conversations.
mod over_masking;

/// Security answers, PINs with letters, "born" then a date, names in replies to the name
/// question, as the STAR chats write them.
mod security_answers_and_name_replies;

/// Passphrases, names after a lead-in or before a dash, labelled identifiers, a card in
/// a dashed hex id.
mod passphrases_and_lead_ins;

/// Numbers right after others, masked in one pass.
mod adjacent;

/// What a packet's fields and a reader's mapped fields are masked as.
mod fields;

/// Codes in groups of digits masked to their run's end, tokens in URLs, emails spelt
/// out.
mod grouped_codes_and_tokens;

/// Words masked as names that name no one: a company, a venue, the bot.
mod not_names;

/// Account, sort-code and routing numbers, addresses and postcodes, other people's
/// names and sign-offs, long one-time codes, a year said near a PIN's word.
mod account_numbers_and_one_time_codes;

/// A name given alone in reply to a question for someone's name, streets in lower case
/// and ZIP codes after a city alone, an account number of five to seven digits after
/// "account".
mod replies_streets_and_accounts;

/// Emails written with "[at]" (never found: the quick look lowered `[` wrongly),
/// titles taken as a word of a name, and a name in lower case after a title.
mod titles_and_at;

/// Surnames that are everyday words after a title in lower case or capitals, "Miss",
/// and what follows a title without naming anyone.
mod surnames_after_titles;

/// Surnames after a title that read as a past tense, a modal, a word that follows names
/// or a short word; "miss" in lower case as a title; "Miss" in a name field.
mod surnames_that_read_as_words;

/// The word after a title read by the same rules in either case: greetings, "miss" the
/// verb, weekdays and verbs, surnames that are common words, remembered names.
mod words_after_a_title_in_either_case;

/// A title glued to its name wherever it stands ("nurse.Dr.Smith", "Dr,Harper"),
/// initials before a surname, "Sir", "Nurse" and "Officer" as titles, and what a glued
/// title takes for no name ("MS.Excel", "ms.docx").
mod glued_titles_and_initials;

/// Titles of rank, office, faith and address ("Capt. Smith", "Judge Judy"), their
/// abbreviations of other words ("Gen Z"), and the titles that are words taking initials
/// and a slip of punctuation ("Nurse J. Joy", "Officer:Dibble").
mod titles_of_rank_and_office;

/// Names in lower case or capitals after a title that is a word too ("nurse joy"), after
/// initials ("Dr J smith"), several initials, initials after an introduction, and a name
/// said again in lower case.
mod lower_case_names_and_initials;

/// "Dr" for "Drive" after a street's name, a street or a contest named with a title.
mod titles_in_streets_and_contests;

/// The leaks and the over-masking after a title the thirty-fifth session's review found.
mod titles_reviewed_in_the_thirty_fifth_session;

/// The leaks and the over-masking after a title the thirty-sixth session's review found.
mod titles_reviewed_in_the_thirty_sixth_session;

/// The leaks and the over-masking after a title the thirty-eighth session fixed.
mod titles_reviewed_in_the_thirty_eighth_session;
/// The leaks and the over-masking after a title the thirty-seventh session's review found.
mod titles_reviewed_in_the_thirty_seventh_session;

/// The leaks and the over-masking after a title the thirty-ninth session fixed.
mod titles_reviewed_again_in_the_thirty_ninth_session;
mod titles_reviewed_in_the_thirty_ninth_session;

/// What the fortieth session's review found its fixes doing.
mod titles_reviewed_again_in_the_fortieth_session;
mod titles_reviewed_again_in_the_forty_first_session;
/// The forty-fourth session's second review: an "-ing" word after "I'm" that is a name,
/// places before "will", a course's unit, French words after "MM.", a surname in lower
/// case after "da".
mod titles_reviewed_again_in_the_forty_fourth_session;
/// The leaks and the over-masking after a title the fortieth session fixed.
mod titles_reviewed_in_the_fortieth_session;
mod titles_reviewed_in_the_forty_first_session;
/// The forty-fourth session's review: particles after a given name, a list after "MM.",
/// Italian titles, "I'M Going", "Again Maria Lopez here", "I'm in apt 4".
mod titles_reviewed_in_the_forty_fourth_session;
/// The forty-second session's review: surnames that are words, particles, titles.
mod titles_reviewed_in_the_forty_second_session;
/// The forty-third session's review: "doc" before a surname, titles of other languages,
/// particles without a title, a brand's or a show's name after a title.
mod titles_reviewed_in_the_forty_third_session;

/// The fiftieth session's known leaks: "soy", a name in capitals, in brackets, before
/// "here", in lower case after another language's introduction.
mod known_leaks_of_the_fiftieth_session;
/// The forty-eighth session's known leaks.
mod known_leaks_of_the_forty_eighth_session;
/// The forty-sixth session's longer list of given names.
mod known_misses_of_the_forty_sixth_session;
/// The fifty-first session's review: a given name no list holds after "soy", a state
/// after "I'm" no list holds ("I'm Knackered"), a remembered name that is a month where
/// it reads as a date, a place after a name in a sign-off.
mod leaks_and_over_masks_of_the_fifty_first_session;
/// The fifty-second session's review: a name in lower case after "hi i'm", a place
/// given with a name, a known place alone after "Thanks,", "mid-May" after "I'm May",
/// the particles between a name's words, a greeting in reply to a security question.
mod leaks_and_over_masks_of_the_fifty_second_session;
/// What a review of the forty-eighth session's work found masked that is no name.
mod regressions_of_the_forty_eighth_session;
/// After "I'm": how or what the customer is, no name ("I'm Happy with it"); a modal that
/// is a given name ending its clause, the name ("I'm Will and I want a human").
mod states_and_modal_names_after_im;
/// The forty-seventh session's known leaks: the rest of a name after an introduction,
/// particles after a relative, a name in quotes.
mod whole_names_after_introductions;
mod words_after_introduced_names_and_quotes;
mod words_after_introduced_names_reviewed_again;

/// The fifty-fifth session's: a particled name in reply, a name of two words after "I'm"
/// in lower case, "Best:", an em dash, initials, "Plan B.", "Air Pods", "I am Wi Fi".
mod leaks_and_over_masks_of_the_fifty_fifth_session;
/// The fifty-fourth session's: a sign-off's name before "?" or after a colon, an initial
/// before a name, "Wi Fi", a common word after an initial without its full stop.
mod leaks_and_over_masks_of_the_fifty_fourth_session;
/// The fifty-third session's review: a middle initial, a sign-off's name that ends a
/// sentence.
mod leaks_and_over_masks_of_the_fifty_third_session;
/// A third review of the forty-fifth session's changes: "Puerto de Souza", "do" after a
/// title, a place after "in" opening with a given name, "École de Paris", "Elm St. Court".
mod places_and_particles_reviewed_a_third_time_in_the_forty_fifth_session;
/// A second review of the forty-fifth session's changes: "-ing" surnames after "I'm",
/// lower-case "do", a business's name mid-sentence, "Porto de Souza", the word before a
/// given name, "Pt.", accented capitals.
mod places_and_particles_reviewed_again_in_the_forty_fifth_session;
/// The forty-fifth session's review: places with a particle ("Rio de Janeiro will host
/// it"), "los" and "do" as particles, a given name, particles and a surname before "called"
/// anywhere in a sentence, "12 St. Louis Ave.".
mod places_and_particles_reviewed_in_the_forty_fifth_session;
/// The fifty-first session's sign-offs and origins: "Best,", "Saludos,", "Un saludo,",
/// "Cordialement,", a place after a comma or in capitals, a middle initial, "soy X de Y".
mod sign_offs_and_origins_of_the_fifty_first_session;
/// Under `--redact`, the secrets the summary keeps out are masked in the transcript too.
mod summary_secrets_in_transcripts;
