//! The fifty-third session's review, end to end through `replay --redact --packets`: a
//! middle initial is masked with the name and ends it nowhere; a sign-off's name that
//! ends a sentence is masked. Each beside the words that stay as they are.

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
