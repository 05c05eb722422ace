//! The particles after a given name ("this is Jose da Silva", "John van der Berg
//! called"), the names listed after "MM.", Italian titles with a feminine ending, "I'M
//! Going", "Again Maria Lopez here" and "I'm in apt 4", end to end through `replay
//! --redact --packets`; beside "de Madrid" and "van Gogh", which stay.

use super::{packet_texts, redacted_replay, regex_rules};
use crate::common::write;

#[test]
fn particles_listed_names_italian_titles_and_flats_are_masked_in_packets() {
    let dir = tempfile::tempdir().unwrap();
    let rules = regex_rules(dir.path(), &[("human", "human please")]);
    let transcripts = write(
        dir.path(),
        "t.csv",
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
    let (replay, packets) = redacted_replay(&rules, &transcripts, &[]);
    assert_eq!(
        packet_texts(&packets),
        [[
            "Again [name] [name] here. I need help",
            "Hi this is [name] [name] [name] and I need help",
            "My name is [name] [name] [name] [name]. I want a refund",
            "[name] [name] [name] [name] called yesterday about my refund",
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
