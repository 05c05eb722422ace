//! Answers to the bot's questions for a date of birth, a PIN or a security answer: a
//! bot's or agent's text → what it asks for ("Could you provide your date of birth,
//! please?", "Right, and your PIN as well please.", "Please enter the code.", "What was
//! your mother's maiden name?"); the customer's reply → the dates (`[dob]`) and codes
//! (`[secret]`) it gives ("02/12/1927", "Um, May 8, 1927.", "3941", "Have you seen how
//! wonderful it is outside today?  Oh... 1596"), which are then the customer's, masked
//! wherever they stand in the conversation, and the security answers (`[secret]`: "It was
//! Sanchez", "Wong and Buddy", "Umm, Molly maybe."), which `security.rs` reads.

use std::sync::LazyLock;

use regex::Regex;

use crate::redact::kinds::{dates, part_of_a_number};

use super::{Loose, Names, fold};

mod security;
pub(super) use security::security_reply;

/// What the answers to security questions add to a conversation's names.
impl Names {
    /// Adds the security answers worth hunting for (lower case) to the values masked
    /// wherever they stand, but those that are words of the customer's names too (the
    /// mother's maiden name is often the customer's surname): masked where they are the
    /// answer, they are `[name]` elsewhere, as the rest of the name is (`[name] [name],
    /// account number …`, not `[name] [secret], …`).
    pub(super) fn hunt_answers(&mut self, answers: Vec<String>) {
        for answer in answers {
            let folded = fold(&answer);
            if self.words.iter().all(|(word, _)| *word != folded) {
                self.values
                    .push((answer, crate::redact::kinds::SECRET_MASK));
            }
        }
    }

    /// Notes the answers to security questions in `text`, the customer's message `index`:
    /// those after the words that announce them ("my mother's maiden name was Wong"),
    /// and, if it replies to the bot's security question (`asked`), those it gives ("It
    /// was Sanchez"), masked as secrets in that reply. Each that is worth hunting (no
    /// common word: [`crate::redact::fields::worth_hunting`]) is masked wherever it stands in the
    /// conversation, as a PIN given in reply is ("Winnie Cooper" after "maiden name was
    /// cooper"), once the names are known (into `answers`: [`Names::hunt_answers`]); a
    /// common word only where it was given ("Buddy").
    pub(super) fn security_answers(
        &mut self,
        text: &str,
        index: usize,
        asked: bool,
        answers: &mut Vec<String>,
    ) {
        let mut found = crate::redact::kinds::security_answers(text);
        if asked {
            let replied = security_reply(text);
            found.extend(&replied);
            if !replied.is_empty() {
                self.codes
                    .push(Loose::answers(text.to_owned(), replied, index));
            }
        }
        for (start, end) in found {
            let answer = &text[start..end];
            if crate::redact::fields::worth_hunting(answer) {
                answers.push(answer.to_ascii_lowercase());
            }
        }
    }
}

/// A question for the date of birth: "your date of birth", "DOB", "birth date", "when
/// were you born", "your birthday" (not "Happy birthday!").
static ASKS_DOB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:date\s+(?:of|or)\s+birth|day\s+of\s+birth|year\s+of\s+birth|d\.?o\.?b(?-u:\b)|birth\s?date|when\s+were\s+you\s+born|your\s+birthday)",
    )
    .expect("the date of birth question is valid")
});

/// A question for a PIN or a code: "your PIN", "the passcode", "Please enter the code"
/// (not "zip code", "promo code").
static ASKS_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:pin|pin\s+number|pass\s?code|security\s+code|(?:the|your|a)\s+code)(?-u:\b)",
    )
    .expect("the code question is valid")
});

/// A question for the account number: "Can you tell me your account number, please?".
static ASKS_ACCOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)account\s*(?:number|no|num|#)").expect("the account question is valid")
});

/// A security question: "your mother's maiden name", "the name of the pet you had as a
/// child", "your childhood pet's name", "security question", "memorable word" (not "Pets
/// are allowed").
static ASKS_SECURITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:maiden\s+name|name\s+of\s+(?:the|your)\s+(?:childhood\s+)?pet|pet['’]?s?\s+name|childhood\s+pet|security\s+(?:question|answer)|memorable\s+(?:word|answer))",
    )
    .expect("the security question is valid")
});

/// A code in a reply: four to seven digits standing alone ("It's 9315831": STAR
/// star-1240's access code, nine words after its word); eight are an account number's
/// ("85731890 and 3941").
static REPLY_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[0-9]{4,7}(?-u:\b)").expect("the reply code pattern is valid")
});

/// An account number in a reply to the question for it: six to seventeen digits
/// standing alone ("85731890", "Katarina Miller 93418043810"); five or fewer are no bank's.
static REPLY_ACCOUNT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[0-9]{6,17}(?-u:\b)").expect("the reply account pattern is valid")
});

/// What a bot's or agent's messages since the customer's last one asked for.
#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Asked {
    dob: bool,
    code: bool,
    account: bool,
    security: bool,
}

impl Asked {
    /// Notes what `text`, a bot's or agent's message, asks for.
    pub(super) fn note(&mut self, text: &str) {
        self.dob = self.dob || ASKS_DOB.is_match(text);
        self.code = self.code || ASKS_CODE.is_match(text);
        self.account = self.account || ASKS_ACCOUNT.is_match(text);
        self.security = self.security || ASKS_SECURITY.is_match(text);
    }

    /// What this and `other` ask for together: messages since the customer's last one.
    pub(super) fn and(self, other: Asked) -> Asked {
        Asked {
            dob: self.dob || other.dob,
            code: self.code || other.code,
            account: self.account || other.account,
            security: self.security || other.security,
        }
    }

    /// Whether an answer to a security question was asked for: the reply gives it
    /// ([`security_reply`]).
    pub(super) fn security(self) -> bool {
        self.security
    }

    /// Whether the account number was asked for: a reply may give the name with it
    /// ("Katarina Miller 93418043810").
    pub(super) fn account(self) -> bool {
        self.account
    }

    /// Whether a PIN or a code was asked for.
    pub(super) fn code(self) -> bool {
        self.code
    }

    /// The PIN or code asked for earlier and not given yet ("I forgot that" … "Wait, I
    /// remembered. It was either 0314 or 7402"): a later reply's numbers are answers too
    /// when it says it gives one ("remembered", "either", "it's", "try", "pin"), not
    /// when they are something else ("I had over 20000 just yesterday!", STAR).
    pub(super) fn still_owed_code(&mut self, reply: &str) {
        const GIVING: &[&str] = &[
            "code",
            "either",
            "it's",
            "its",
            "pin",
            "remember",
            "remembered",
            "try",
            "was",
        ];
        let lower = reply.to_lowercase().replace('’', "'");
        let gives = lower
            .split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .any(|word| GIVING.binary_search(&word).is_ok());
        self.code = self.code || gives;
    }

    /// Whether a date of birth was asked for.
    pub(super) fn dob(self) -> bool {
        self.dob
    }

    /// What `reply` gives of what was asked for: its dates after a question for the date
    /// of birth, its numbers of four to seven digits (not inside a date, an amount, a
    /// decimal or a time) after one for a PIN or a code, with their masks, in order.
    pub(super) fn answers(self, reply: &str) -> Vec<(usize, usize, &'static str)> {
        let mut out: Vec<(usize, usize, &'static str)> = Vec::new();
        if self.dob {
            out.extend(dates(reply).into_iter().map(|(s, e)| (s, e, "[dob]")));
        }
        if self.code {
            for m in REPLY_CODE.find_iter(reply) {
                let (start, end) = (m.start(), m.end());
                let part = part_of_a_number(reply, start, end);
                if !part && !out.iter().any(|&(a, b, _)| start < b && a < end) {
                    out.push((start, end, "[secret]"));
                }
            }
        }
        // After the code's: six or seven digits in reply to "account number and PIN"
        // are the PIN's more likely than the account's (eight or more).
        if self.account {
            for m in REPLY_ACCOUNT.find_iter(reply) {
                let (start, end) = (m.start(), m.end());
                let part = part_of_a_number(reply, start, end);
                if !part && !out.iter().any(|&(a, b, _)| start < b && a < end) {
                    out.push((start, end, "[account]"));
                }
            }
        }
        out.sort_unstable();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers<'t>(question: &str, reply: &'t str) -> Vec<(&'t str, &'static str)> {
        let mut asked = Asked::default();
        asked.note(question);
        asked
            .answers(reply)
            .into_iter()
            .map(|(s, e, mask)| (&reply[s..e], mask))
            .collect()
    }

    /// `dob_leaks.csv`, and replies from STAR.
    #[test]
    fn dates_in_reply_to_a_question_for_the_date_of_birth_are_dobs() {
        let question = "Could you provide your date of birth, please?";
        for (reply, date) in [
            ("02/12/1927", "02/12/1927"),
            (
                "I can't remember..if it was Feb or March 16th 1929",
                "March 16th 1929",
            ),
            ("4/1/75", "4/1/75"),
            (
                "Um, May 8, 1927. I'm so forgetful these days.",
                "May 8, 1927",
            ),
            ("I\"m 93, count back - sometime around 1918", "1918"),
            ("Sure, it is 31/06/1996.", "31/06/1996"),
        ] {
            assert_eq!(answers(question, reply), [(date, "[dob]")], "{reply}");
        }
        assert_eq!(answers("Happy Birthday!", "02/12/1927"), []);
        assert_eq!(answers("What is your name?", "02/12/1927"), []);
    }

    /// `p1` of `pin_leaks.csv`, and replies from STAR.
    #[test]
    fn numbers_in_reply_to_a_question_for_the_pin_are_codes() {
        let question = "Right, and your PIN as well please.";
        assert_eq!(answers(question, "3941"), [("3941", "[secret]")]);
        assert_eq!(
            answers(
                question,
                "Have you seen how wonderful it is outside today?  Oh... 1596"
            ),
            [("1596", "[secret]")]
        );
        assert_eq!(
            answers(question, "85731890 and 3941"),
            [("3941", "[secret]")]
        );
        assert_eq!(
            answers("Please enter the code.", "031431"),
            [("031431", "[secret]")]
        );
        // STAR star-1240: seven digits, nine words after "the access code".
        assert_eq!(
            answers(
                "Please enter the code.",
                "I just remembered the captain giving me the access code in case of an emergency, just like this. It's 9315831."
            ),
            [("9315831", "[secret]")]
        );
        for reply in ["$4000 please", "12.5000", "at 10:3000", "I paid 1500%"] {
            assert_eq!(answers(question, reply), [], "{reply}");
        }
        assert_eq!(answers("What's your zip code?", "90210"), []);
        assert_eq!(answers("Can you tell me your account number?", "93418"), []);
    }

    /// What two messages ask for together is what noting both asks for: `names.rs` keeps
    /// each bot message's questions apart (per text, `bot_asks`) and joins them.
    #[test]
    fn two_messages_ask_for_what_each_asks_for() {
        let dob = "Could you provide your date of birth, please?";
        let pin = "Right, and your PIN as well please.";
        let mut both = Asked::default();
        both.note(dob);
        both.note(pin);
        let (mut first, mut second) = (Asked::default(), Asked::default());
        first.note(dob);
        second.note(pin);
        let joined = first.and(second);
        let reply = "02/12/1927 and 3941";
        assert_eq!(joined.answers(reply), both.answers(reply));
        assert_eq!(
            joined.answers(reply),
            [(0, 10, "[dob]"), (15, 19, "[secret]")]
        );
        assert!(!joined.security() && !joined.account());
    }

    /// An account number given in reply to the question for it is the
    /// account's; the same number asked for nothing stays.
    #[test]
    fn numbers_in_reply_to_a_question_for_the_account_number_are_accounts() {
        let question = "Can you tell me your account number, please?";
        assert_eq!(answers(question, "85731890"), [("85731890", "[account]")]);
        assert_eq!(
            answers(question, "Katarina Miller 93418043810"),
            [("93418043810", "[account]")]
        );
        assert_eq!(
            answers(
                "Name, account number and PIN please",
                "84318931431 and 3941"
            ),
            [("84318931431", "[account]"), ("3941", "[secret]")]
        );
        for reply in ["93418", "$12345678 please", "1234567.50"] {
            assert_eq!(answers(question, reply), [], "{reply}");
        }
        assert_eq!(answers("What is your order number?", "85731890"), []);
    }
}
