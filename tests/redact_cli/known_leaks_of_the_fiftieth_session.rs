//! The fiftieth session's known leaks, end to end through `replay --redact --packets`:
//! "Soy" and a name, a name in capitals after "my name is", a name in brackets after a
//! relative, a name of four words before "here", a name in lower case after another
//! language's introduction; beside what names no one ("Sono Premium", "Je suis
//! Français", "Soy cliente", "mi nombre es incorrecto"), which stays.

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
         c5,customer,mi nombre es incorrecto. human please\n",
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
        ]
    );
}
