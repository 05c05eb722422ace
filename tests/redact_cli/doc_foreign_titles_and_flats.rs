//! "doc" before a surname after "my" or "the" and in lower case, the titles "Sig.",
//! "Dott.", "Frl.", "Mons.", "MM." and "M" without its full stop, a surname after a
//! particle with no title, and a flat's number, a PO box, a street's direction and an
//! extension after ";ext=", end to end through `replay --redact --packets`; beside a
//! brand's or a show's name after a title, a product's suite and a painter's museum,
//! which stay, and a surname before a thing's noun and the person after "Send doc" who
//! asked for it, which are masked (a later review found them shown).

use super::{human_replay, packet_texts};

#[test]
fn doctors_foreign_titles_particles_and_flats_are_masked_in_packets() {
    let (replay, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,My doc Brown said rest. doc patel agreed\n\
         c1,customer,Sig. Rossi and Dott. Bianchi called. MM. Dubois et Martin too\n\
         c1,customer,M Lefebvre and da Silva wrote\n\
         c1,customer,\"Apt 5B, 1600 Pennsylvania Avenue NW, PO Box 1234\"\n\
         c1,customer,call +1 (555) 123-4567;ext=12\n\
         c1,customer,Send to 12 Main St. N.W. Washington DC 20001\n\
         c1,customer,I love Madame Figaro magazine. Send doc Mark asked for. Mrs Smith perfume; Office Suite 2019; the van Gogh museum. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [[
            "My doc [name] said rest. doc [name] agreed",
            "Sig. [name] and Dott. [name] called. MM. [name] et [name] too",
            "M [name] and da [name] wrote",
            "[address], [address], [address]",
            "call [phone]",
            "Send to [address] Washington DC [postcode]",
            "I love Madame Figaro magazine. Send doc [name] asked for. Mrs [name] perfume; Office Suite 2019; the van Gogh museum. human please",
        ]]
    );
    for leak in [
        "Brown", "patel", "Rossi", "Bianchi", "Dubois", "Martin", "Lefebvre", "Silva", "5B", "NW",
        "1234", "ext=", "Smith", "20001", "N.W.",
    ] {
        assert!(!packets.contains(leak), "{leak} in {packets}");
        assert!(!replay.contains(leak), "{leak} in {replay}");
    }
}
