//! "doc" before a surname after "my" or "the" and in lower case, the titles "Sig.",
//! "Dott.", "Frl.", "Mons.", "MM." and "M" without its full stop, a surname after a
//! particle with no title, and a flat's number, a PO box, a street's direction and an
//! extension after ";ext=", end to end through `replay --redact --packets`; beside a
//! brand's or a show's name after a title and a document sent, which stay.

use super::{packet_texts, redacted_replay, regex_rules};
use crate::common::write;

#[test]
fn doctors_foreign_titles_particles_and_flats_are_masked_in_packets() {
    let dir = tempfile::tempdir().unwrap();
    let rules = regex_rules(dir.path(), &[("human", "human please")]);
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\n\
         c1,customer,My doc Brown said rest. doc patel agreed\n\
         c1,customer,Sig. Rossi and Dott. Bianchi called. MM. Dubois et Martin too\n\
         c1,customer,M Lefebvre and da Silva wrote\n\
         c1,customer,\"Apt 5B, 1600 Pennsylvania Avenue NW, PO Box 1234\"\n\
         c1,customer,call +1 (555) 123-4567;ext=12\n\
         c1,customer,I love Madame Figaro magazine. Send doc Mark asked for. human please\n",
    );
    let (replay, packets) = redacted_replay(&rules, &transcripts, &[]);
    assert_eq!(
        packet_texts(&packets),
        [[
            "My doc [name] said rest. doc [name] agreed",
            "Sig. [name] and Dott. [name] called. MM. [name] et [name] too",
            "M [name] and da [name] wrote",
            "[address], [address], [address]",
            "call [phone]",
            "I love Madame Figaro magazine. Send doc Mark asked for. human please",
        ]]
    );
    for leak in [
        "Brown", "patel", "Rossi", "Bianchi", "Dubois", "Martin", "Lefebvre", "Silva", "5B", "NW",
        "1234", "ext=",
    ] {
        assert!(!packets.contains(leak), "{leak} in {packets}");
        assert!(!replay.contains(leak), "{leak} in {replay}");
    }
}
