//! The fifty-second session's review, end to end through `replay --redact --packets`: a
//! word in lower case after "hi i'm" stays, in the summary's goal too; a place given
//! with a name is shown there and later alike; a word alone after "Thanks," is the
//! name, a known place too; "mid-May" and "May-June" after "I'm May" stay; the
//! particles between a name's words stay; a greeting in reply to a security question is
//! no `[secret]`. Each beside the words that stay as they are.

use super::{human_replay, packet_texts};

/// Each packet's summary `goal` (none as "").
fn goals(packets: &str) -> Vec<String> {
    packets
        .lines()
        .map(|line| {
            let packet: serde_json::Value = serde_json::from_str(line).unwrap();
            packet["summary"]["goal"]
                .as_str()
                .unwrap_or_default()
                .to_owned()
        })
        .collect()
}

/// A word in lower case after "hi i'm" stays (a known leak): masking every such word the
/// common-English list lacks masked "cancelling" as a name, in the goal too.
#[test]
fn a_word_in_lower_case_after_hi_i_m_stays_and_so_does_the_goal() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         a1,customer,\"hi i'm cancelling my subscription, i want a human please\"\n\
         a2,customer,\"hi i'm tired, i want a human please\"\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec!["hi i'm cancelling my subscription, i want a human please"],
            vec!["hi i'm tired, i want a human please"],
        ]
    );
    let goals = goals(&packets);
    assert_eq!(
        goals[0],
        "I'm cancelling my subscription, i want a human please"
    );
    assert_eq!(goals[1], "I'm tired, i want a human please");
}

#[test]
fn a_place_with_a_name_is_shown_alike_and_a_word_alone_after_thanks_is_the_name() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         b1,customer,\"My parcel is lost. Thanks, Ana Ruiz, Valencia\"\n\
         b1,bot,Connecting you now.\n\
         b1,customer,I am in Valencia right now. human please\n\
         c1,customer,\"human please. Thanks, London\"\n\
         c2,customer,\"human please. Thanks, Sydney\"\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec![
                "My parcel is lost. Thanks, [name] [name], Valencia",
                "Connecting you now.",
                "I am in Valencia right now. human please",
            ],
            vec!["human please. Thanks, [name]"],
            vec!["human please. Thanks, [name]"],
        ]
    );
}

#[test]
fn a_month_in_a_span_of_time_and_particles_between_name_words_stay() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         d1,customer,\"Hi, I'm May. I ordered mid-May and May-June was the window. human please\"\n\
         e1,customer,\"Hola, soy Lucía de la Cruz. human please\"\n\
         e2,customer,my name is Ana de la Cruz. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec!["Hi, I'm [name]. I ordered mid-May and May-June was the window. human please"],
            vec!["Hola, soy [name] de la [name]. human please"],
            vec!["my name is [name] de la [name]. human please"],
        ]
    );
}

#[test]
fn a_greeting_in_reply_to_a_security_question_is_no_secret() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         f1,bot,What is your mother's maiden name?\n\
         f1,customer,Morning! human please\n\
         f2,bot,What is your mother's maiden name?\n\
         f2,customer,Morning\n\
         f2,customer,Cooper. human please\n\
         g1,bot,What is your security answer?\n\
         g1,customer,Hacked. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec![
                "What is your mother's maiden name?",
                "Morning! human please"
            ],
            vec![
                "What is your mother's maiden name?",
                "Morning",
                "[secret]. human please"
            ],
            vec!["What is your security answer?", "Hacked. human please"],
        ]
    );
}
