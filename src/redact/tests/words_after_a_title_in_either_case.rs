//! The word after a title read by the same rules whether it is capitalised or not: a
//! greeting ("Thanks Dr Hope to see you"), "miss" the verb ("I'll Miss Friday's
//! meeting"), a weekday or a verb in the third person ("see dr friday", "dr feels"), a
//! surname that is a common word decided by what follows it ("dr will see you", "dr
//! will is great"), a name after the verb "miss" ("miss johnson's party"),
//! and a remembered name that is a common word later only where it reads as one.

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// "Thanks Dr Hope to see you" masked "Hope" where "thanks dr hope to see you" showed
/// it, and "I'll Miss Friday's meeting" masked "Friday" where "i'll miss friday" showed
/// it: a capitalised word after a title took another path, without the greeting, the
/// verb "miss" or the calendar it misses.
#[test]
fn a_capitalised_word_after_a_title_reads_as_in_lower_case() {
    stays(&[
        "Thanks Dr Hope to see you",
        "thanks dr hope to see you",
        "Hi Dr Hope you are well",
        "Thank You Dr Best Wishes To All",
        "I'll Miss Friday's meeting",
        "i'll miss friday's meeting",
        "I Miss You",
        "We Will Miss Christmas",
        "I Have To Miss Monday",
    ]);
    each(&[
        ("Dr Hope said so", "Dr [name] said so"),
        ("Thanks Miss Baker.", "Thanks Miss [name]."),
        ("send it to Miss Baker", "send it to Miss [name]"),
        ("Miss Baker is my teacher", "Miss [name] is my teacher"),
        // A question: a modal that opens it puts "Miss" before its subject.
        ("Will Miss Baker be in?", "Will Miss [name] be in?"),
        ("can miss okafor see me", "can miss [name] see me"),
        // "you" thanked is no subject; an adverb may open a sentence about her.
        ("Thank you Miss Baker", "Thank you Miss [name]"),
        ("thank you miss okafor", "thank you miss [name]"),
        ("So Miss Baker said yes", "So Miss [name] said yes"),
    ]);
}

/// "dr hope everything's fine" masked "hope": a greeting's word after a title opening a
/// message, before a clause ("everything's", "the", "my"), was taken for a surname.
#[test]
fn hope_after_a_title_before_a_clause_is_a_greeting() {
    stays(&[
        "dr hope everything's fine",
        "Dr Hope everything's fine",
        "dr hope the results are ok",
        "hi dr hope my scan went well",
    ]);
    each(&[
        ("dr hope said so", "dr [name] said so"),
        ("ask dr hope to call me", "ask dr [name] to call me"),
    ]);
}

/// "see dr friday", "dr feels", "dr refuses", "dr insists" were masked: a weekday, or a
/// verb in the third person after a title, was taken for a surname.
#[test]
fn a_weekday_or_a_verb_after_a_title_stays() {
    stays(&[
        "see dr friday",
        "I can see the Dr Friday's slot",
        "dr feels",
        "dr feels i should rest",
        "dr refuses",
        "dr refuses to sign it",
        "dr insists",
        "dr insists on a scan",
        "my dr thinks so and dr tries again",
    ]);
    // A surname in "-s" stays masked: a name that is a word, after an object's word or
    // before a verb.
    each(&[
        ("dr waters called", "dr [name] called"),
        ("dr mills is in", "dr [name] is in"),
        ("see dr sims today", "see dr [name] today"),
        ("dr sims is my doctor", "dr [name] is my doctor"),
        ("dr jones", "dr [name]"),
        // Plurals of words, alone: surnames, not verbs.
        ("dr sims", "dr [name]"),
        ("dr childs", "dr [name]"),
        ("dr brooks", "dr [name]"),
        ("thanks dr banks", "thanks dr [name]"),
        ("dr burns will call", "dr [name] will call"),
    ]);
}

/// "dr will", "dr may", "dr free", "dr good" in lower case were shown, as words chats put
/// after a title, where they may be surnames: what follows decides, in either case.
#[test]
fn a_surname_that_is_a_modal_or_an_adjective_is_read_by_what_follows() {
    each(&[
        ("dr will is great", "dr [name] is great"),
        ("appointment with dr will", "appointment with dr [name]"),
        ("is dr will in today", "is dr [name] in today"),
        ("dr may said so", "dr [name] said so"),
        ("dr will can see you", "dr [name] can see you"),
        ("see dr free tomorrow", "see dr [name] tomorrow"),
        ("dr good is the best", "dr [name] is the best"),
        ("appointment with Dr Good", "appointment with Dr [name]"),
        ("Thanks Dr. Will!", "Thanks Dr. [name]!"),
    ]);
    stays(&[
        "dr will see you now",
        "dr will call",
        "dr may call back",
        "is dr free tomorrow",
        "dr good?",
        "Dr Will see you at 3",
        "Is Dr Free tomorrow?",
    ]);
}

/// "i have to miss johnson's party" showed "johnson": after the verb "miss", nothing was
/// looked for, where a possessive name is still a name, and so is a capitalised one.
#[test]
fn a_name_after_the_verb_miss_is_masked() {
    each(&[
        (
            "i have to miss johnson's party",
            "i have to miss [name]'s party",
        ),
        ("I'll Miss Tom's party", "I'll Miss [name]'s party"),
        ("we will miss okafor's talk", "we will miss [name]'s talk"),
        // A capitalised name the verb misses, as "Miss" the title was before.
        ("I Miss Baker so much", "I Miss [name] so much"),
        ("we miss Johnson", "we miss [name]"),
        // A surname in the possessive after a title in lower case: the stem masked.
        (
            "i went to dr brown's office",
            "i went to dr [name]'s office",
        ),
        (
            "see you at dr will's office",
            "see you at dr [name]'s office",
        ),
        // Names of two capitalised parts, too.
        ("I Miss Anne-Marie so much", "I Miss [name] so much"),
        ("I miss O'Neill", "I miss [name]"),
        ("We miss Zoë-Anne", "We miss [name]"),
    ]);
    stays(&[
        "i'll miss friday's meeting",
        "i miss mom's cooking",
        "i will miss today's show",
        "i will miss christmas's lights",
        "we kinda miss london",
        "I Miss You",
        "I'll Miss Amazon's sale",
        "i missed dr friday's slot",
        "my dr's office",
    ]);
}

/// After "Dr. Will" was seen, "Will you…" was masked in every later message: a name
/// taken after a title is masked wherever capitalised. One that is a common word too is
/// left where it opens a sentence before a pronoun, a determiner or a verb.
#[test]
fn a_remembered_name_that_is_a_common_word_is_masked_only_where_it_reads_as_one() {
    let masked = masked_all(&[
        (Role::Customer, "I need to see Dr. Will about my knee"),
        (
            Role::Bot,
            "Will you be free at 3pm? Ok. May I ask your age?",
        ),
        (Role::Customer, "Will said so. I saw Will. Thanks Will"),
        (Role::Customer, "Hope this helps"),
    ]);
    assert_eq!(
        masked,
        [
            "I need to see Dr. [name] about my knee",
            "Will you be free at 3pm? Ok. May I ask your age?",
            "[name] said so. I saw [name]. Thanks [name]",
            "Hope this helps",
        ]
    );
    // A name from a name field, too: "Hope" opening a wish stays, the name is masked.
    let names = super::names(&[("name", "Hope Smith")]);
    assert_eq!(
        super::masked("Hope you are well. Hope Smith called", &names),
        "Hope you are well. [name] [name] called"
    );
    // Only a modal or "hope" opens a sentence as a word: another name that is a word
    // opens it as the name, before a pronoun too.
    let names = super::names(&[("name", "Grace Bill")]);
    assert_eq!(
        super::masked("Grace I need help. ok. Bill we spoke yesterday", &names),
        "[name] I need help. ok. [name] we spoke yesterday"
    );
}

/// "Thank You Dr Best Wishes" masked "Best Wishes": after "Thank You", the sign-off's
/// name was looked for past the title, and a courtesy in title case taken for one.
#[test]
fn a_courtesy_after_a_sign_off_or_a_title_is_no_name() {
    stays(&[
        "Thank You Dr Best Wishes",
        "Thanks Best Wishes",
        "Cheers Take Care",
        "Thanks, Kind Regards",
        "Thank You Miss Take Care",
        "Thanks Dr Good Morning",
        "thank you dr take care",
    ]);
    // A name after the sign-off, or a surname that is a word before another, stays
    // masked.
    each(&[
        ("Thank You Dr Best", "Thank You Dr [name]"),
        ("Thanks Dr Good Smith", "Thanks Dr [name] [name]"),
        ("Best Wishes, Tyler Jones", "Best Wishes, [name] [name]"),
        (
            "Thank You Dr Best Wishes, Tyler",
            "Thank You Dr Best Wishes, [name]",
        ),
    ]);
}

/// "The Dr Feels that…" masked "Feels": a verb in the third person after a title was
/// read from its list only in lower case ("dr feels"), capitalised it was a surname.
#[test]
fn a_capitalised_verb_after_a_title_reads_as_in_lower_case() {
    stays(&[
        "The Dr Feels that I should rest",
        "The Dr Feels That I Should Rest",
        "My Dr Thinks So",
        "Dr Insists on a scan",
    ]);
    // A surname in "-s", one before a verb or after an object's word, one before another
    // name, and one alone stay masked.
    each(&[
        ("Dr Sims", "Dr [name]"),
        ("Dr Sims said so", "Dr [name] said so"),
        ("Dr Brooks thinks so", "Dr [name] thinks so"),
        ("Dr Feels said so", "Dr [name] said so"),
        ("see Dr Feels today", "see Dr [name] today"),
        ("Dr Feels Smith called", "Dr [name] [name] called"),
        ("Dr Burns will call", "Dr [name] will call"),
    ]);
}
