//! The fifty-third session's review, end to end through `replay --redact --packets`: a
//! middle initial is masked with the name and ends it nowhere; a sign-off's name that
//! ends a sentence is masked; a particled surname and a greeting alone that may be a
//! name answer a security question; "May - June" stays. Each beside the words that stay
//! as they are. Then the second review's over-masks and leak in them, mended.

use super::{human_replay, packet_texts};

#[test]
fn a_middle_initial_is_masked_with_the_name() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         a1,customer,\"Thanks, John A. Smith I want a human please\"\n\
         a2,customer,I am Peter K Jones. human please\n\
         a3,bot,\"Could I get your name, please?\"\n\
         a3,customer,Maria J. Garcia Lopez\n\
         a3,customer,human please\n\
         a4,customer,I'm Sarah A Big fan. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec!["Thanks, [name] [name]. [name] I want a human please"],
            vec!["I am [name] [name] [name]. human please"],
            vec![
                "Could I get your name, please?",
                "[name] [name]. [name] [name]",
                "human please",
            ],
            vec!["I'm [name] A Big fan. human please"],
        ]
    );
}

#[test]
fn a_sign_off_s_name_that_ends_a_sentence_is_masked() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         b1,customer,\"Thanks, Ana de la Cruz. human please\"\n\
         b2,customer,\"Thanks, Internet is down. human please\"\n\
         b3,customer,\"Thanks, Amazon. human please\"\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec!["Thanks, [name] de la [name]. human please"],
            vec!["Thanks, Internet is down. human please"],
            vec!["Thanks, Amazon. human please"],
        ]
    );
}

#[test]
fn answers_to_a_maiden_name_question_and_a_spaced_span_of_months() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,bot,What is your mother's maiden name?\n\
         c1,customer,Morning! de la Cruz\n\
         c1,customer,human please\n\
         c2,bot,What is your mother's maiden name?\n\
         c2,customer,Aloha\n\
         c2,customer,human please\n\
         c3,bot,What is your mother's maiden name?\n\
         c3,customer,Hello\n\
         c3,customer,human please\n\
         d1,customer,Hi I'm May. The window was May - June or May—June. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec![
                "What is your mother's maiden name?",
                "Morning! [secret]",
                "human please"
            ],
            vec![
                "What is your mother's maiden name?",
                "[secret]",
                "human please"
            ],
            vec![
                "What is your mother's maiden name?",
                "Hello",
                "human please"
            ],
            vec!["Hi I'm [name]. The window was May - June or May—June. human please"],
        ]
    );
}

#[test]
fn an_initial_s_full_stop_a_sign_off_word_a_filler_and_a_month_after_a_dash() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         e1,customer,\"Thanks, Mark B. Internet is down.\"\n\
         e1,bot,Is your Internet on?\n\
         e1,customer,human please\n\
         e2,customer,\"Thanks, Mate. I want a human please\"\n\
         e3,customer,\"Thank you, Chase Bank. Can you check? human please\"\n\
         e4,bot,What is your mother's maiden name?\n\
         e4,customer,Ummm\n\
         e4,customer,Ummm I forgot. human please\n\
         e5,customer,\"Hi, I'm May.\"\n\
         e5,customer,See you in June — May. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec![
                "Thanks, Mark B. Internet is down.",
                "Is your Internet on?",
                "human please"
            ],
            vec!["Thanks, Mate. I want a human please"],
            vec!["Thank you, Chase Bank. Can you check? human please"],
            vec![
                "What is your mother's maiden name?",
                "Ummm",
                "Ummm I forgot. human please"
            ],
            vec!["Hi, I'm [name].", "See you in June — [name]. human please"],
        ]
    );
}
