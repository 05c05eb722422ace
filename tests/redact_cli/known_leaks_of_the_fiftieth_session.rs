//! The fiftieth session's known leaks, end to end through `replay --redact --packets`:
//! "Soy" and a name, a name in capitals after "my name is", a name in brackets after a
//! relative, a name of four words before "here", a name in capitals after "I'm", a name
//! in lower case after another
//! language's introduction; beside what names no one ("Sono Premium", "Je suis
//! Français", "Soy cliente", "mi nombre es incorrecto"), which stays; and nouns,
//! businesses' and places' names after a name, not remembered.

use super::{human_replay, packet_texts};

#[test]
fn the_fiftieth_sessions_leaks_are_masked_in_packets() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,Soy Lucía García\n\
         c1,customer,García es mi apellido. human please\n\
         c2,customer,MY NAME IS ANA GARCIA LOPEZ\n\
         c2,customer,my husband (Jan Bosch) booked it. human please\n\
         c3,customer,\"Siobhan Aoife Kelly Byrne here, I booked\"\n\
         c3,customer,Byrne is my surname and Kelly. human please\n\
         c4,customer,me llamo lucía garcía y necesito ayuda\n\
         c4,customer,garcía otra vez. human please\n\
         c5,customer,\"Sono Premium, Je suis Français, Soy cliente\"\n\
         c5,customer,mi nombre es incorrecto. human please\n\
         c6,customer,I'M JOHN SMITH AND I AM ANGRY\n\
         c6,customer,SMITH. HUMAN PLEASE\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec!["Soy [name] [name]", "[name] es mi apellido. human please"],
            vec![
                "MY NAME IS [name] [name] [name]",
                "my husband ([name] [name]) booked it. human please",
            ],
            vec![
                "[name] [name] [name] [name] here, I booked",
                "[name] is my surname and [name]. human please",
            ],
            vec![
                "me llamo [name] [name] y necesito ayuda",
                "[name] otra vez. human please",
            ],
            vec![
                "Sono Premium, Je suis Français, Soy cliente",
                "mi nombre es incorrecto. human please",
            ],
            vec!["I'M [name] [name] AND I AM ANGRY", "[name]. HUMAN PLEASE"],
        ]
    );
}

/// What the session found masked and remembered that names no one: a German noun after
/// the name, a business's name after two given names, a place set off after a relative.
#[test]
fn nouns_businesses_and_places_after_a_name_are_not_remembered_in_packets() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,Ich heiße Jonas Paket ist weg\n\
         c1,customer,Mein Paket ist weg. human please\n\
         c2,customer,My name is Jose Luis Banco Santander\n\
         c2,customer,Banco Santander app. human please\n\
         c3,customer,\"My wife, Jose Luis Baker McKenzie London, booked\"\n\
         c3,customer,London office. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec![
                "Ich heiße [name] [name] ist weg",
                "Mein Paket ist weg. human please",
            ],
            vec![
                "My name is [name] [name] Banco Santander",
                "Banco Santander app. human please",
            ],
            vec![
                "My wife, [name] [name] [name] [name] [name], booked",
                "London office. human please",
            ],
        ]
    );
}
