//! The forty-eighth session's known leaks, end to end through `replay --redact
//! --packets`: a name in lower case with particles after "is called", a name of four
//! words set off by commas after a relative, four words in lower case after "my name
//! is", "'s called", a double space inside a name, the particles "y", "ibn", "Ó", a name
//! in guillemets or backticks, an introduction in another language, and the third and
//! fourth words of a four-word name said again; beside what names no one ("my name is on
//! the list", "called back", "Ich heiße Sie willkommen"), which stays.

use super::{human_replay, packet_texts};

#[test]
fn the_forty_eighth_sessions_leaks_are_masked_in_packets() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,my husband is called jan van den bosch\n\
         c1,customer,\"My wife, Ana Maria Lopez Garcia, booked it. human please\"\n\
         c2,customer,my name is maria jose garcia lopez\n\
         c2,customer,My manager's called 'Anna Berg'. human please\n\
         c3,customer,My name is Maria  Porto  da  Silva\n\
         c3,customer,\"My son is called «Omar ibn Said». My sister is called `Siobhán Ó Briain`. human please\"\n\
         c4,customer,Me llamo Lucía Pérez y Gómez\n\
         c4,customer,Je m'appelle Jean Dupont. human please\n\
         c5,customer,My name is Ana Maria Garcia Lopez\n\
         c5,customer,Lopez is my surname. human please\n\
         c6,customer,my name is on the list\n\
         c6,customer,\"I asked to be called back, Ich heiße Sie willkommen. human please\"\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec![
                "my husband is called [name] van den [name]",
                "My wife, [name] [name] [name] [name], booked it. human please",
            ],
            vec![
                "my name is [name] [name] [name] [name]",
                "My manager's called '[name] [name]'. human please",
            ],
            vec![
                "My name is [name]  [name]  da  [name]",
                "My son is called «[name] ibn [name]». My sister is called `[name] [name] [name]`. human please",
            ],
            vec![
                "Me llamo [name] [name] y [name]",
                "Je m'appelle [name] [name]. human please",
            ],
            vec![
                "My name is [name] [name] [name] [name]",
                "[name] is my surname. human please",
            ],
            vec![
                "my name is on the list",
                "I asked to be called back, Ich heiße Sie willkommen. human please",
            ],
        ]
    );
}
