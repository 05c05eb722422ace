//! The names and secrets a customer gives in the chat: takes a conversation; gives its
//! [`Names`], those of its metadata (`names.rs`) with the names the customer gives
//! ("my name is Tyler", a reply to the bot's question for it), the codes, dates of birth
//! and PINs they give in reply to the bot's question for them, and their answers to
//! security questions. Reads the bot's and agent's messages for what they ask and for
//! the names they give after a title ("Is this Mr. Okafor?").

use super::answers::Asked;
use super::codes::Codes;
use super::{Names, fold, is_common_english, is_hyphen, is_only_a_word};
use crate::redact::intro::{
    Cue, asks_for_name, initials_among, introduced, is_brand_name, is_brand_word, is_given_name,
    its_in_reply, named_here, possessive_stem, reply_name, slips_inside, title_before,
    titled_initials,
};
use crate::redact::memo::{Memo, remembered};
use crate::text::capitalised;
use crate::text::peoples::is_people_faith_or_tongue;
use crate::text::places::is_known_place;
use crate::transcript::{Conversation, Role};

/// [`bot_asks`]'s answer: whether the name is asked for, what else is, and the names
/// given after a title.
type BotAsks = (bool, Asked, Vec<(usize, usize, Cue)>);

/// What a bot's or agent's message asks for: the customer's name ([`asks_for_name`]), and
/// a date of birth, a PIN, an account number or a security answer ([`Asked`]); and the
/// names it gives after a title ("Is this Mr. Okafor?"). Kept for the next time the same
/// text comes (`memo.rs`): bots ask in the same words in every conversation, and the
/// questions' patterns cost a third of reading the names.
fn bot_asks(text: &str) -> BotAsks {
    thread_local! {
        static ASKS: Memo<BotAsks> = Memo::default();
    }
    remembered(&ASKS, text, |text| {
        let mut asked = Asked::default();
        asked.note(text);
        // The strong introductions only: the bot's "I'm" is its own name; and not a
        // name in an example it gives ("You can say 'Book me with Dr. Strange'").
        let mut titled = introduced(text, false);
        titled.retain(|&(start, _, cue)| cue == Cue::Title && !in_an_example(text, start));
        (asks_for_name(text), asked, titled)
    })
}

/// What a bot writes before an example of what to type or say ("e.g.", "for example",
/// "try saying"), in lower case.
const EXAMPLES: &[&str] = &[
    "e.g.",
    "eg.",
    "example",
    "for instance",
    "such as",
    "try saying",
    "try typing",
    "you can say",
    "you can type",
    "you could say",
];

/// Whether the word at `at` in a bot's `text` stands in an example: after one of
/// [`EXAMPLES`], or inside quotes (an odd number of straight double quotes before it, or
/// an opening curly one not closed). A name there is the template's, no one's: remembered,
/// a review found the bot's fictional "Dr. X" masking X in the whole conversation.
fn in_an_example(text: &str, at: usize) -> bool {
    let before = &text[..at];
    let quoted =
        before.matches('"').count() % 2 == 1 || before.rfind('\u{201c}') > before.rfind('\u{201d}');
    quoted || {
        let lower = before.to_lowercase();
        EXAMPLES.iter().any(|example| lower.contains(example))
    }
}

impl Names {
    /// The customer's names: those of the conversation's metadata (and its contact
    /// record's, as `Names::fields` reads them), and those the customer gives in the chat ("my name is
    /// Tyler Jones", "I'm Ben", "Tyler here", "Regards, Tyler", and the people they name
    /// after a title: "Dr. Lee"), or gives in reply to a question for their name ("Could
    /// I get your name?" "Tyler Jones"). A name given only after "I'm" or a title, in a
    /// reply, or in a greeting or sign-off, is masked only where capitalised.
    pub fn of_conversation(conversation: &Conversation) -> Names {
        let mut names = Names::fields(&conversation.metadata);
        let mut asked = false;
        let mut asked_for = Asked::default();
        // Customer messages after a PIN question that may still give the PIN.
        let mut code_owed = 0u8;
        let mut opening = true;
        let mut codes = Codes::default();
        // The security answers worth hunting for, added once the names are known.
        let mut answers = Vec::new();
        for (i, message) in conversation.messages.iter().enumerate() {
            if message.role != Role::Customer {
                let (name, what, titled) = bot_asks(&message.text);
                asked = asked || name;
                asked_for = asked_for.and(what);
                // "Is this Mr. Okafor?" … "Yes, Okafor here": the name the bot gives
                // after a title is the customer's, or someone's they know, as one the
                // customer gives.
                if !titled.is_empty() {
                    let text = &message.text;
                    names.titled.extend(titled_initials(text, &titled));
                    for (start, end, cue) in titled {
                        let said = Said {
                            from_bot: true,
                            paired: false,
                        };
                        names.remember_introduction(text, start, end, cue, said);
                    }
                }
                continue;
            }
            let text = &message.text;
            // A date of birth or a PIN given in reply to the question for it: the
            // customer's, masked wherever it stands.
            let mut answered = std::mem::take(&mut asked_for);
            let code_asked = answered.code();
            if code_owed > 0 {
                code_owed -= 1;
                answered.still_owed_code(text);
            }
            if answered.dob() {
                names.dob_replies.push(i);
            }
            let mut gave_code = false;
            for (start, end, mask) in answered.answers(text) {
                gave_code |= mask == crate::redact::kinds::SECRET_MASK;
                names
                    .values
                    .push((text[start..end].to_ascii_lowercase(), mask));
            }
            // A PIN not given in the reply to its question may come in one of the next
            // two ("I forgot that", then the DOB asked, then "It was either
            // 0314 or 7402"); once given, the question is answered.
            if gave_code {
                code_owed = 0;
            } else if code_asked {
                code_owed = 2;
            }
            codes.said_loosely(conversation, i, &mut names.codes);
            names.security_answers(text, i, answered.security(), &mut answers);
            let replying = std::mem::take(&mut asked);
            if replying {
                // A reply is a weaker cue than "my name is": a word of it that is also a
                // common word only where capitalised; a surname given in lower case
                // ("Sarah brown") as it is given.
                let replied = reply_name(text);
                // "Maria J. Garcia Lopez": the initial between its words, where it
                // stands only.
                for (start, end) in initials_among(text, &replied) {
                    names.give(i, text, start, end);
                }
                for (start, end) in replied.into_iter().chain(its_in_reply(text)) {
                    let word = &text[start..end];
                    // Later in any case ("is that KATARINA miller?"), but a common word.
                    names.add(word, capitalised(word) && is_common_english(&fold(word)));
                    names.add_surname(word);
                    if !capitalised(word) {
                        names.give(i, text, start, end);
                    }
                }
            }
            // The name volunteered before the number asked for ("Katarina Miller
            // 93418043810"): two capitalised words or more, then digits.
            if !replying && answered.account() {
                let words = reply_name(text);
                let before_number = words.last().is_some_and(|&(_, end)| {
                    text[end..]
                        .trim_start()
                        .starts_with(|c: char| c.is_ascii_digit())
                });
                if words.len() >= 2
                    && before_number
                    && words.iter().all(|&(s, e)| capitalised(&text[s..e]))
                {
                    for &(start, end) in &words {
                        let word = &text[start..end];
                        names.add(word, is_common_english(&fold(word)));
                    }
                }
            }
            // "Tyler here" opens a conversation or answers the question.
            let first = std::mem::take(&mut opening);
            let here = if replying || first {
                named_here(text)
            } else {
                Vec::new()
            };
            let introductions = introduced(text, true);
            // "Dr. Patel": an initial alone after "Dr" with a "P" is masked ("Dr. P.").
            if introductions.iter().any(|&(_, _, cue)| cue == Cue::Title) {
                names.titled.extend(titled_initials(text, &introductions));
            }
            let spans: Vec<_> = introductions.into_iter().chain(here).collect();
            let paired = paired_words(text, &spans);
            for (n, &(start, end, cue)) in spans.iter().enumerate() {
                // A part of a name masked where it stands only (a particle that opens
                // or ends one, "Dr. van der Berg"; those between its words are no
                // span: `intro/between.rs`), as a title's particles are; remembered,
                // every "van" would be.
                if cue == Cue::Part {
                    names.give(i, text, start, end);
                }
                let said = Said {
                    from_bot: false,
                    paired: paired[n],
                };
                names.remember_introduction(text, start, end, cue, said);
            }
        }
        names.hunt_answers(answers);
        names.add_summary_secrets(conversation);
        names.settle();
        names
    }

    /// Remembers the words of an introduction found at `text[start..end]` (`cue` says
    /// after what) as the customer's names: each part of a name typed with a slip, a
    /// brand said to be someone after its title only, a common word where capitalised.
    /// One the bot gave (`from_bot`: "Is this Mr. Okafor?") is taken only if it is no
    /// everyday word alone ("Have you met Mr. Right yet?" … "Right, thanks" is shown),
    /// then as the customer's own. After "I'm" and the other weak cues, a word of a
    /// name of two words or more (`said.paired`: "I'm Xiomara Okafor") or a given name
    /// of the list, no common English word and no people's, faith's or tongue's, is
    /// masked in any case later ("xiomara okafor here again"); one alone that the list
    /// lacks only where capitalised ("I'm Diabetic" … "diabetic meals").
    fn remember_introduction(
        &mut self,
        text: &str,
        start: usize,
        end: usize,
        cue: Cue,
        said: Said,
    ) {
        let Said { from_bot, paired } = said;
        // An initial or a particle ("Nurse J. Smith", "Dr. van der Berg") is masked
        // where it stands only: remembered, every "J" or "van" would be.
        if cue == Cue::Part {
            return;
        }
        // "Dr Al;exis": each part a slip of punctuation parts is a word of the
        // name, but a common word after the first ("Dr Lee;thanks"), and so are
        // the parts joined, the name as it is typed right later ("Alexis").
        // A possessive is its stem's ("Dr Al;exis's nurse": "Alexis").
        let typed = &text[start..end];
        let typed = possessive_stem(typed).unwrap_or(typed);
        // "Mr. Clean said so": a person, masked after the title only; the word alone
        // is the everyday word still ("Clean the kitchen"). "Mrs. Sheen", "My landlord
        // Mr. Clean": a surname, masked alone too (`is_brand_name`).
        if cue == Cue::Title {
            let title = title_before(text, start);
            if is_brand_name(text, &title, start, start + typed.len()) {
                self.titled_words.push((title, typed.to_lowercase()));
                return;
            }
        }
        // A hyphen parts them as well ("Dr Al-exis", "Dr Mary-jane"): each part in
        // its own case.
        let parted = |c: char| slips_inside(c) || is_hyphen(c);
        let joined: String = typed.split(parted).collect();
        let joined = (joined.len() < typed.len()).then_some(joined);
        let parts = typed.split(parted).enumerate();
        for (n, word) in parts.chain(joined.as_deref().map(|j| (0, j))) {
            if n > 0 && {
                let folded = fold(word);
                is_only_a_word(&folded)
            } {
                continue;
            }
            // After a title, a name that is no common English word is masked in
            // any case later too ("dr morgan" … "morgan called", "Dr Harper" …
            // "later harper called": a review found it shown); one that is ("dr
            // brown", "Dr Hunt" … "a job hunt") where capitalised, and after a
            // title in any case. After "I'm" and the other weak cues, only where
            // capitalised: a review found "I'm Canadian" (or Muslim, Diabetic)
            // masking every "canadian" of the conversation, bot's too.
            // A brand's word as a surname ("Mrs. Sheen") is masked where capitalised,
            // the brand's or the everyday word in lower case ("a sheen on the floor").
            let folded = fold(word);
            let brand_word = is_brand_word(&folded);
            if from_bot && !brand_word && is_only_a_word(&folded) {
                continue;
            }
            let only_capitalised = match cue {
                Cue::Named => false,
                Cue::Title => is_common_english(&folded) || brand_word,
                // A known place too: "I'm Paris Hilton" … "flew to paris".
                Cue::Weak => {
                    !(paired || is_given_name(word))
                        || is_common_english(&folded)
                        || is_people_faith_or_tongue(&folded)
                        || is_known_place(&[word])
                }
                Cue::Part => true,
            };
            self.titling = cue == Cue::Title;
            self.add(word, only_capitalised);
            self.add_surname(word);
            // "Dr O'Neil": its part after a one-letter prefix is a name on its own
            // too ("Neil").
            if let Some(tail) = after_a_prefix(word) {
                self.add(tail, only_capitalised);
                self.add_surname(tail);
            }
            self.titling = false;
        }
    }
}

/// How the words of an introduction were said: by the bot or agent (`from_bot`: "Is
/// this Mr. Okafor?"), and beside another word of the same name (`paired`: "I'm
/// Xiomara Okafor").
#[derive(Clone, Copy)]
struct Said {
    from_bot: bool,
    paired: bool,
}

/// For each of the `spans` of `text` (a message's introductions), whether it stands
/// beside another of them that is no [`Cue::Part`], a space, an initial or a particle
/// between ("Xiomara Okafor", "Sarah J. White", "Ana de la Cruz"): the words of a name
/// of two or more. One pass over the spans in order, not each against each, and looked
/// up by index (a long message holds thousands).
fn paired_words(text: &str, spans: &[(usize, usize, Cue)]) -> Vec<bool> {
    // A word the common words or the peoples hold pairs with none: "I'm Geico
    // Customer", "This is Tesla Owner" are no names of two words (a review found
    // "geico" and "tesla" masked in every later message, the bot's too).
    let names_a_person = |&(start, end, cue): &(usize, usize, Cue)| {
        let folded = fold(&text[start..end]);
        cue != Cue::Part && !is_common_english(&folded) && !is_people_faith_or_tongue(&folded)
    };
    let mut order: Vec<usize> = (0..spans.len())
        .filter(|&n| names_a_person(&spans[n]))
        .collect();
    order.sort_by_key(|&n| spans[n].0);
    let mut paired = vec![false; spans.len()];
    for pair in order.windows(2) {
        let (a, b) = (spans[pair[0]], spans[pair[1]]);
        let near = text.get(a.1..b.0).is_some_and(|gap| {
            !gap.is_empty()
                && gap.len() <= 12
                && gap.starts_with(' ')
                && gap
                    .chars()
                    .all(|c| c == ' ' || c == '.' || c.is_alphabetic())
        });
        if near {
            paired[pair[0]] = true;
            paired[pair[1]] = true;
        }
    }
    paired
}

/// The part of `word` after a prefix of one letter and an apostrophe ("Neil" of "O'Neil",
/// "angelo" of "d’angelo"), if it has one of two letters or more.
fn after_a_prefix(word: &str) -> Option<&str> {
    word.split_once(['\'', '\u{2019}'])
        .filter(|(head, tail)| head.chars().count() == 1 && tail.chars().count() >= 2)
        .map(|(_, tail)| tail)
}
