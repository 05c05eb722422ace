//! The particles after a given name ("this is Jose da Silva", "John van der Berg
//! called"), the names listed after "MM.", Italian titles with a feminine ending, "I'M
//! Going", "Again Maria Lopez here" and "I'm in apt 4", end to end through `replay
//! --redact --packets`; beside "de Madrid" and "van Gogh", which stay; and the second
//! review's "-ing" names, places before "will", course units, French lists after "MM."
//! and a surname in lower case after "da".

use super::{human_replay, packet_texts};

#[test]
fn particles_listed_names_italian_titles_and_flats_are_masked_in_packets() {
    let (replay, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,Again Maria Lopez here. I need help\n\
         c1,customer,Hi this is Jose da Silva and I need help\n\
         c1,customer,My name is Ana de la Cruz. I want a refund\n\
         c1,customer,John van der Berg called yesterday about my refund\n\
         c1,customer,\"MM. Dubois, Martin et Bernard sont partis\"\n\
         c1,customer,Sig.ra Rossi and Dott.ssa Bianchi said I get a refund\n\
         c1,customer,I'M Going home now\n\
         c1,customer,I'm in apt 4 now. I flew in from de Madrid and saw van Gogh. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [[
            "Again [name] [name] here. I need help",
            "Hi this is [name] da [name] and I need help",
            "My name is [name] de la [name]. I want a refund",
            "[name] van der [name] called yesterday about my refund",
            "MM. [name], [name] et [name] sont partis",
            "Sig.ra [name] and Dott.ssa [name] said I get a refund",
            "I'M Going home now",
            "I'm in [address] now. I flew in from de Madrid and saw van Gogh. human please",
        ]]
    );
    for leak in [
        "Maria", "Lopez", "Jose", "Silva", "Ana", "Cruz", "John", "Berg", "Dubois", "Martin",
        "Bernard", "Rossi", "Bianchi", "apt 4",
    ] {
        assert!(!packets.contains(leak), "{leak} in {packets}");
        assert!(!replay.contains(leak), "{leak} in {replay}");
    }
}

/// The second review's rows: an "-ing" name after "I'm" masked and remembered, a place
/// with a particle before "will" no name (and "Rio" shown later), a course's unit
/// and French words after "MM." shown, a flat before "of" and a surname in lower case
/// after "da" masked.
#[test]
fn ing_names_places_units_french_lists_and_lower_case_surnames_in_packets() {
    let (replay, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,I'm Darling Smith\n\
         c1,bot,Hello Darling Smith\n\
         c1,customer,Smith is my surname. I'm Getting Married\n\
         c1,customer,Rio de Janeiro will be my destination\n\
         c1,customer,I love Rio\n\
         c1,customer,\"I'm in unit 3 and can't open the quiz. I'm in Flat 3 of the building\"\n\
         c1,customer,\"MM. Dubois, Merci et Bonne journée\"\n\
         c1,customer,my name is jose da silva. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [[
            "I'm [name] [name]",
            "Hello [name] [name]",
            "[name] is my surname. I'm Getting Married",
            "Rio de Janeiro will be my destination",
            "I love Rio",
            "I'm in unit 3 and can't open the quiz. I'm in [address] of the building",
            "MM. [name], Merci et Bonne journée",
            "my name is [name] da [name]. human please",
        ]]
    );
    for leak in ["Darling", "Smith", "Flat 3", "Dubois", "jose", "silva"] {
        assert!(!packets.contains(leak), "{leak} in {packets}");
        assert!(!replay.contains(leak), "{leak} in {replay}");
    }
}
