//! The forty-seventh session's known leaks, end to end through `replay --redact
//! --packets`: a place-shaped surname after an introduction ("My name is Maria San Jose",
//! "This is Ana San Antonio speaking"), a given name, a surname, a particle and a surname
//! ("Maria Porto da Silva"), particles in a name set off by commas after a relative ("My
//! husband, Jan van den Bosch, called me"), a name in lower case with a particle after "my
//! name is" ("joao do carmo") and a name in quotes after "called"; beside what names no
//! one ("my name is on the list", "my name is spelled wrong", "this is so slow, speaking of
//! which"), which stays; a word of the names inside a known place after a place's cue
//! is the place's ("We fly to Cabo San Lucas" after "I'm Lucas de Souza"), a place-shaped
//! surname after "to" is not ("Connect me to [name] [name], my son").

use super::{human_replay, packet_texts};

#[test]
fn whole_names_after_introductions_relatives_and_in_quotes_in_packets() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,My name is Maria San Jose\n\
         c1,customer,This is Ana San Antonio speaking. human please\n\
         c2,customer,My name is Maria Porto da Silva\n\
         c2,customer,\"My husband, Jan van den Bosch, called me. human please\"\n\
         c3,customer,my name is joao do carmo\n\
         c3,customer,\"My manager is called 'Anna Berg', and \"\"Anna Berg\"\" is on leave\"\n\
         c3,customer,Anna Berg's desk is empty. human please\n\
         c4,customer,my name is on the list\n\
         c4,customer,my name is spelled wrong\n\
         c4,customer,\"this is so slow, speaking of which, human please\"\n\
         c5,customer,\"Hi, I'm Lucas de Souza. We fly to Cabo San Lucas tomorrow\"\n\
         c5,customer,\"My name is Juan Santa Cruz. Connect me to Santa Cruz, my son. human please\"\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec![
                "My name is [name] [name] [name]",
                "This is [name] [name] [name] speaking. human please",
            ],
            vec![
                "My name is [name] [name] [name] [name]",
                "My husband, [name] [name] [name] [name], called me. human please",
            ],
            vec![
                "my name is [name] [name] [name]",
                "My manager is called '[name] [name]', and \"[name] [name]\" is on leave",
                "[name] [name]'s desk is empty. human please",
            ],
            vec![
                "my name is on the list",
                "my name is spelled wrong",
                "this is so slow, speaking of which, human please",
            ],
            vec![
                "Hi, I'm [name] [name] [name]. We fly to Cabo San Lucas tomorrow",
                "My name is [name] [name] [name]. Connect me to [name] [name], my son. human please",
            ],
        ]
    );
    for leak in [
        "Maria", "Jose", "Antonio", "Porto", "Silva", "Bosch", "joao", "carmo", "Anna", "Berg",
    ] {
        assert!(!packets.contains(leak), "{leak} shown: {packets}");
    }
}
