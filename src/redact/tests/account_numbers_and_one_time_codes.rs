//! Account, sort-code and routing numbers, long one-time codes, other people's names and
//! sign-offs, names in reply to the STAR questions for one, a year said near a PIN's
//! word: each masked, beside a near miss that stays.

use super::r;
use super::{last_masked, masked_all};
use crate::transcript::Role;

/// The customer's message `text`, alone in its conversation, masked.
fn alone(text: &str) -> String {
    last_masked(&[(Role::Customer, text)])
}

/// "I've had this pin since 2019" masked the year: the year after "since" or
/// "in" is when, not the PIN; a year the PIN's words give is the PIN.
#[test]
fn a_year_said_as_a_time_near_a_pin_stays() {
    for text in [
        "I've had this pin since 2019",
        "pin changed in 2021",
        "my PIN was reset in 2020 and I forgot it",
        "the passcode from 2018 no longer works",
    ] {
        assert_eq!(r(text), text);
        assert_eq!(alone(text), text);
    }
    for (text, expected) in [
        ("my pin is 2019", "my pin is [secret]"),
        ("pin: 2019", "pin: [secret]"),
        ("PIN 2019 please", "PIN [secret] please"),
        (
            "I've had this pin since 2019, it is 4821",
            "I've had this pin since 2019, it is [secret]",
        ),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
        assert_eq!(alone(text), expected, "{text:?}");
    }
}

/// A bank account, sort code or routing number is masked after the words that
/// say what it is, whole, as a card number is (`[account]`); an IBAN needs no label.
/// Orders', bookings', flights' and tickets' numbers stay: the human needs them.
#[test]
fn account_sort_code_and_routing_numbers_after_their_labels_are_masked() {
    for (text, expected) in [
        ("account number 12345678", "account number [account]"),
        (
            "my account number is 84318931431",
            "my account number is [account]",
        ),
        ("acct # 0012-3344 please", "acct # [account] please"),
        ("Acct: 00123344", "Acct: [account]"),
        ("account no. 12 34 56 78", "account no. [account]"),
        (
            "bank account: 84318931431, ok",
            "bank account: [account], ok",
        ),
        ("sort code 20-00-00", "sort code [account]"),
        ("sort code is 200000 and", "sort code is [account] and"),
        ("routing number 021000021", "routing number [account]"),
        ("ABA 021000021", "ABA [account]"),
        // STAR star-6346: "Account" alone before eight digits or more.
        (
            "Account 84318931431, forgot the PIN",
            "Account [account], forgot the PIN",
        ),
        ("my account is 85731890", "my account is [account]"),
        ("IBAN GB29 NWBK 6016 1331 9268 19", "IBAN [iban]"),
        (
            "send it to GB29NWBK60161331926819 today",
            "send it to [iban] today",
        ),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
        assert_eq!(alone(text), expected, "{text:?}");
    }
    for text in [
        "order number 12345678",
        "booking reference 12345678",
        "flight 12345678 was cancelled",
        "ticket #12345678",
        // "Account" alone: five digits or more (`replies_streets_and_accounts.rs`), but not an amount nor four.
        "account 12345.50 is the balance",
        "account 1234 is new",
        "I have 2 accounts, 12345678 points",
        // A sort code is six digits, a routing number nine.
        "sort code 2000 is wrong",
        "routing number 12345 please",
        // A number not said to be one.
        "my number is 84318931431 ok",
    ] {
        assert_eq!(r(text), text);
    }
}

/// The account number given in reply to the bot's question for it is masked,
/// and wherever the conversation repeats it; the same digits asked for nothing stay.
#[test]
fn an_account_number_in_reply_to_its_question_is_masked_where_repeated() {
    assert_eq!(
        masked_all(&[
            (Role::Bot, "Can you tell me your account number?"),
            (Role::Customer, "85731890"),
            (Role::Customer, "yes it is 85731890, as I said"),
        ]),
        [
            "Can you tell me your account number?",
            "[account]",
            "yes it is [account], as I said"
        ]
    );
    assert_eq!(
        last_masked(&[
            (Role::Bot, "What is your order number?"),
            (Role::Customer, "85731890"),
        ]),
        "85731890"
    );
}

/// A one-time code of nine digits or more after its word was shown: a code's
/// words announce one up to twelve digits; a long number without them stays.
#[test]
fn long_one_time_codes_after_their_words_are_masked() {
    for (text, expected) in [
        ("your code is 482910573", "your code is [secret]"),
        ("OTP: 482910573", "OTP: [secret]"),
        (
            "verification code 123456789012",
            "verification code [secret]",
        ),
        ("my passcode is 4829105731.", "my passcode is [secret]."),
        (
            "the one-time code was 482910573",
            "the one-time code was [secret]",
        ),
        ("code: 482910573 thanks", "code: [secret] thanks"),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
        assert_eq!(alone(text), expected, "{text:?}");
    }
    for text in [
        "order 482910573 never came",
        "my order number is 482910573",
        "tracking code 123456789012",
        "zip code 902101234",
        "promo code 482910573 did not work",
        // Far from the code's word, a long number may be an order's.
        "the code never arrived for my order 482910573",
    ] {
        assert_eq!(r(text), text);
    }
}

/// Other people's names after the word for who they are, the person asked for by
/// name, and sign-offs: "Thanks, John", "Cheers\nMaria", "- Dave"; not a thank-you to a
/// company or one followed by a word ("Thanks, Amazon", "thanks, ok").
#[test]
fn third_person_names_and_sign_offs_are_masked() {
    for (text, expected) in [
        (
            "my wife Sarah is on the booking",
            "my wife [name] is on the booking",
        ),
        (
            "my husband's name is Tom Jones",
            "my husband's name is [name] [name]",
        ),
        ("can I ask for Priya please", "can I ask for [name] please"),
        ("Thanks, John", "Thanks, [name]"),
        ("Thanks, John!", "Thanks, [name]!"),
        (
            "That works.\nThank you, Maya Lopez",
            "That works.\nThank you, [name] [name]",
        ),
        ("Cheers\nMaria", "Cheers\n[name]"),
        ("I need a refund\n- Dave", "I need a refund\n- [name]"),
        ("Please call me back. -Dave", "Please call me back. -[name]"),
        ("Regards, Tyler Jones", "Regards, [name] [name]"),
    ] {
        assert_eq!(alone(text), expected, "{text:?}");
    }
    for text in [
        "Thanks, Amazon",
        "thanks, ok",
        "Thanks, Great",
        "Thanks, bye",
        "Thanks Again",
        "Thanks, John, for the help yesterday, the order is fine",
        "order status - Pending",
        "I fly into London - Heathrow",
        "- Refund",
        "ask for a refund",
        "can I ask for Help",
        "I want to speak to Sales",
        "ask Britney",
    ] {
        assert_eq!(alone(text), text, "{text:?}");
    }
    // The name masked wherever the conversation says it again, where capitalised.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "my wife will call, ask for Priya"),
            (Role::Agent, "Sure, I'll ask for Priya when she calls"),
        ])[1],
        "Sure, I'll ask for [name] when she calls"
    );
}

/// The STAR packets read for this change: a name given in reply to "Name and flight ID,
/// please?" after a lead-in, before the flight's number (star-2339), and the host's name
/// asked for (star-1723), were shown; the numbers and the words that are no name stay.
#[test]
fn names_in_reply_to_star_questions_for_a_name_are_masked() {
    let ask = "Name and flight ID, please?";
    for (reply, expected) in [
        (
            "Really you need that info, geez..... Alexis 844, please hurry up!!! I gotta go",
            "Really you need that info, geez..... [name] 844, please hurry up!!! I gotta go",
        ),
        ("Ugh. Flight 844 please", "Ugh. Flight 844 please"),
        ("Sure. Room 450 is mine", "Sure. Room 450 is mine"),
    ] {
        assert_eq!(
            last_masked(&[(Role::Bot, ask), (Role::Customer, reply)]),
            expected,
            "{reply:?}"
        );
    }
    assert_eq!(
        masked_all(&[
            (
                Role::Bot,
                "Could you provide me with the name of the host, please?"
            ),
            (Role::Customer, "Angela"),
            (Role::Customer, "Angela will love it"),
        ])[1..],
        ["[name]", "[name] will love it"]
    );
}
