//! The fifty-second session's review of security replies: a chosen word typed first and
//! run into the clause after it ("Sunshine I want a human"), a refusal read as the
//! answer ("It is private"), a word said alone before the reply goes on ("Look.").

use super::{assert_first_secret, read};

/// The questions whose answer is a word the customer chose.
const CHOSEN: &[&str] = &[
    "What is your password?",
    "What is your secret word?",
    "What is your memorable word?",
];

/// That `reply` to `asked` gives no secret.
#[track_caller]
fn assert_none(asked: &str, reply: &str) {
    let secrets = read(asked, reply);
    assert!(secrets.is_empty(), "{asked} {reply}: {secrets:?}");
}

/// Regression: "Sunshine I want a human" after "What is your password?" showed
/// "Sunshine" in the goal and the last thing said: a common English word typed before
/// the reply goes on was the answer only after "it's". It is, in any case, but a word
/// a sentence opens with: a courtesy, a hedge, a greeting, a pronoun, a weekday (but
/// before a clause that only asks for a person), a word that puts the question off.
#[test]
fn a_chosen_word_run_into_the_next_clause_is_the_answer() {
    for asked in CHOSEN {
        for (reply, secret) in [
            ("Sunshine I want a human", "Sunshine"),
            ("sunshine please connect me", "sunshine"),
            ("Tiger123 please connect me", "Tiger123"),
            ("Dragon can you get me an agent", "Dragon"),
            ("ok Sunshine I want a human", "Sunshine"),
            // A laugh, a smiley or a dash between (a review found each shown).
            ("Sunshine lol I want a human", "Sunshine"),
            ("Sunshine haha I want a human", "Sunshine"),
            ("Sunshine :) I want a human", "Sunshine"),
            ("Sunshine 🙂 I want a human", "Sunshine"),
            ("Sunshine - I want a human", "Sunshine"),
            // A weekday before a clause that only asks for a person (session 53: a
            // review found "Friday" shown).
            ("Monday I want a human", "Monday"),
            ("Friday get me an agent", "Friday"),
        ] {
            assert_first_secret(asked, reply, secret);
        }
        for reply in [
            "Please I want a human",
            "Sorry I forgot",
            "Honestly I don't know",
            "Frankly I want a human",
            "Actually I want a human",
            "Hello I want a human",
            "Hi I want a human",
            "Wait I want a human",
            "Still I want a human",
            "Look I want a human",
            "Listen I want a human",
            "Today I want a human",
            "Monday I want to cancel",
            "There I want a human",
            "Agent I want a human",
            "Urgent I want a human",
            "Locked I want a human",
            "Sadly I want a human",
            "Finally I want a human",
            "Damn I want a human",
            "Plus I forgot",
            "Madam I want a human",
        ] {
            assert_none(asked, reply);
        }
    }
}

/// Regression: "It is private. I want a human" after "What is your secret word?" read
/// "It is [secret]": a refusal was taken for the word. A refusal is no answer, after
/// any security question; a word chosen after "It is" still is one.
#[test]
fn a_refusal_is_no_answer() {
    for asked in CHOSEN.iter().chain(&["What is your first pet's name?"]) {
        for reply in [
            "It is private. I want a human",
            "Private.",
            "That's confidential",
            "It's top secret. I want a human",
            "None of your business",
            "none of your business, I want a human",
            "Mind your own business",
            "Not telling",
        ] {
            assert_none(asked, reply);
        }
    }
    assert_first_secret(
        "What is your secret word?",
        "It is sunshine. I want a human",
        "sunshine",
    );
}

/// Regression: "Look. It's huge and I want a human" after a pet's name asked masked
/// "Look". A word said alone before the reply goes on is no answer; the next clause
/// may give one ("Listen. It's Rex"), and an adjective said of the pet is none.
#[test]
fn a_word_said_alone_before_going_on_is_no_answer() {
    let asked = "What is your first pet's name?";
    for reply in [
        "Look. It's huge and I want a human",
        "Well. It's huge and I want a human",
        "Okay. It's huge and I want a human",
        "Hmm. It's huge and I want a human",
        "Listen. I want a human",
        "Look, I want a human",
    ] {
        assert_none(asked, reply);
    }
    for reply in ["Listen. It's Rex", "Look, it's Rex", "Well. Rex"] {
        assert_first_secret(asked, reply, "Rex");
    }
}

/// What stays masked beside them: a pet's name said after "It's", capitalised or not
/// ("It's Precious", "It's precious to me": a reply of three words is the answer all
/// of it), and a password typed first before a mark.
#[test]
fn a_name_said_after_its_stays_the_answer() {
    let asked = "What is your first pet's name?";
    assert_first_secret(asked, "It's Precious. I want a human", "Precious");
    assert_first_secret(
        asked,
        "It's precious to me, I want a human",
        "precious to me",
    );
    assert_first_secret(
        "What is your password?",
        "Sunshine. I want a human",
        "Sunshine",
    );
}

/// Regression (session 52's second review): "Lmao I want a human" after "What is your
/// password?" read "\[secret\] I want a human", and so did chat slang, a reaction, the
/// bot addressed, an oath, a link or a time typed first. None is a password; a word the
/// customer chose still is ("Marmalade", "Dragon").
#[test]
fn a_word_of_chat_typed_first_is_no_password() {
    for asked in CHOSEN {
        for word in [
            "Lmao",
            "Wtf",
            "Tbh",
            "Yea",
            "Emergency",
            "Apologies",
            "Whoa",
            "Robot",
            "Computer",
            "smh",
            "Naw",
            "Imo",
            "Besides",
            "Shoot",
            "Bloody",
            "Ikr",
            "Folks",
            "Lord",
            "Update",
            "Weekend",
            "Screw",
            "Pal",
            "Boss",
            "Chief",
            "Champ",
            "LMAO",
            "wtf",
        ] {
            assert_none(asked, &format!("{word} I want a human"));
        }
        for word in ["Marmalade", "Dragon", "Sunshine", "Buddy", "Tiger"] {
            assert_first_secret(asked, &format!("{word} I want a human"), word);
        }
    }
}

/// Regression: "Website is down, I want a human" after "What is your password?" read
/// "\[secret\] is down": a word before "is" was the answer whatever followed. It is
/// where what follows says so ("Sunshine is my password", "Sunshine is it").
#[test]
fn a_word_before_is_is_the_answer_only_where_it_says_so() {
    let asked = "What is your password?";
    for reply in [
        "Website is down, I want a human",
        "Site is down, I want a human",
        "Server is down, I want a human",
        "Internet is down, I want a human",
        "Everything is broken, I want a human",
    ] {
        assert_none(asked, reply);
    }
    for reply in [
        "Sunshine is my password, I want a human",
        "Sunshine is the password. I want a human",
        "Sunshine is it, I want a human",
    ] {
        assert_first_secret(asked, reply, "Sunshine");
    }
}

/// Regression: "Heavenly I want a human" and "Sparkly I want a human" showed the
/// password: an adjective of "-ly" made of a noun was taken for an adverb, which a
/// sentence opens with. An adverb of a common adjective stays none ("Sadly").
#[test]
fn an_adjective_of_ly_typed_first_is_the_password() {
    let asked = "What is your password?";
    for word in ["Heavenly", "Sparkly", "Lovely", "Friendly"] {
        assert_first_secret(asked, &format!("{word} I want a human"), word);
    }
    for reply in ["Sadly I want a human", "Honestly I want a human"] {
        assert_none(asked, reply);
    }
}

/// Regression (f10): "Fine. Sunshine. I want a human" showed "Sunshine", and "Sigh.
/// Sunshine." masked "Sigh" and showed "Sunshine": a reaction said alone before the
/// answer was taken for the reply's whole say. It is passed over where a short answer
/// follows it; before a longer clause it still gives none ("Fine. I want a human").
#[test]
fn a_reaction_said_alone_before_the_answer_is_passed_over() {
    let asked = "What is your password?";
    for reply in [
        "Fine. Sunshine. I want a human",
        "Ok fine. Sunshine",
        "Sigh. Sunshine.",
        "Honestly. Sunshine.",
        "Got it. Sunshine. I want a human",
        "Seriously? Sunshine",
        "Ugh. Sunshine",
    ] {
        assert_first_secret(asked, reply, "Sunshine");
    }
    for reply in [
        "Fine. I want a human",
        "Sorry. Agent please",
        "Sorry. I don't know. I want a human",
    ] {
        assert_none(asked, reply);
    }
}
