//! What a review of the forty-eighth session's work found masked that names no one, end
//! to end through `replay --redact --packets`: a company after "'s called", a word in
//! lower case after "Ich heiße", a field's label after a run of spaces, the last two of
//! four words in lower case said again; each kept, in the message and in later ones,
//! beside the names, still masked.

use super::{human_replay, packet_texts};

#[test]
fn the_forty_eighth_sessions_over_masking_is_undone_in_packets() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,My wife's called Wells Fargo twice about the charge\n\
         c1,bot,I can help with your Wells Fargo card.\n\
         c1,customer,human please\n\
         c2,customer,Hallo ich heiße Jonas und mein Paket ist nicht angekommen\n\
         c2,bot,\"Danke Jonas, und die Nummer?\"\n\
         c2,customer,human please\n\
         c3,customer,Name: Ana     Phone: 555 0100\n\
         c3,customer,Phone: 555 0199 is my work number. human please\n\
         c4,customer,my name is ana lopez muchas gracias\n\
         c4,customer,muchas gracias again. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec![
                "My wife's called Wells Fargo twice about the charge",
                "I can help with your Wells Fargo card.",
                "human please",
            ],
            vec![
                "Hallo ich heiße [name] und mein Paket ist nicht angekommen",
                "Danke [name], und die Nummer?",
                "human please",
            ],
            vec![
                "Name: [name]     Phone: 555 0100",
                "Phone: 555 0199 is my work number. human please",
            ],
            vec![
                "my name is [name] [name] [name] [name]",
                "muchas gracias again. human please",
            ],
        ]
    );
}
