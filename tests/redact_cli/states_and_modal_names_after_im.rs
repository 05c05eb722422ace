//! After "I'm", end to end through `replay --redact --packets`: how or what the customer
//! is ("I'm Happy with it", "I am Premium member") is shown, and not remembered into the
//! bot's messages; a modal that is a given name ending its clause ("I'm Will and I want a
//! human", "This is Will Smith") is masked; beside the names that are words too, which
//! stay masked.

use super::{human_replay, packet_texts};

#[test]
fn states_after_im_are_shown_and_a_modal_given_name_is_masked_in_packets() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,I'm Happy with it but the app crashed\n\
         c1,bot,Are you Happy with the fix?\n\
         c1,customer,I am Premium member. human please\n\
         c2,customer,I'm Will and my order is late\n\
         c2,bot,\"Thanks Will, will that be all?\"\n\
         c2,customer,human please\n\
         c3,customer,I'm Grace. I'm Tom Brown's wife\n\
         c3,customer,Brown and Grace. human please\n\
         c4,customer,\"I'm May, I'm Gold member\"\n\
         c4,customer,May again. human please\n\
         c5,customer,\"This is Will Smith, my order is late\"\n\
         c5,customer,Will here again. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec![
                "I'm Happy with it but the app crashed",
                "Are you Happy with the fix?",
                "I am Premium member. human please",
            ],
            vec![
                "I'm [name] and my order is late",
                "Thanks [name], will that be all?",
                "human please",
            ],
            vec![
                "I'm [name]. I'm [name] [name]'s wife",
                "[name] and [name]. human please",
            ],
            vec!["I'm [name], I'm Gold member", "[name] again. human please"],
            vec![
                "This is [name] [name], my order is late",
                "[name] here again. human please",
            ],
        ]
    );
}
