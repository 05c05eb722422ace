//! The forty-fifth session's review, end to end through `replay --redact --packets`: a
//! place's name with a particle stays whole and is not remembered ("Rio de Janeiro will
//! host it", "… called it a scandal"), "los" is a particle ("I'm Maria de los Angeles
//! Garcia"), a given name, particles and a surname before "called" are masked anywhere in
//! a sentence ("My brother John van der Berg called"), "12 St. Louis Ave." is an address;
//! beside "Jose da Silva" and "van Gogh", which stay as they were. A second review's: "I'm
//! Harding the account holder" is masked, "do Tesco", "The Banque de France said" and "3
//! Pt. Court dates" stay, "Porto de Souza told me" and "Óscar de la Hoya said" are masked.
//! A third review's: "Puerto de Souza told me" is masked, "Does Dr. Patel do Botox
//! injections?" and "The hotel in San Pedro de Atacama called me" keep "Botox" and
//! "Atacama", also later.

use super::{human_replay, packet_texts};

#[test]
fn places_particles_mid_sentence_names_surnames_and_saints_streets_in_packets() {
    let (replay, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,\"Rio de Janeiro will host it, I need a human\"\n\
         c1,customer,Rio de Janeiro called it a scandal. Is Janeiro still open?\n\
         c1,customer,\"Hi, I'm Maria de los Angeles Garcia and I need a refund\"\n\
         c1,customer,My brother John van der Berg called yesterday\n\
         c1,customer,I'm Harding the account holder\n\
         c1,customer,\"ok thanks, do Tesco deliver? The Banque de France said so\"\n\
         c1,customer,Porto de Souza told me. Óscar de la Hoya said so. I have 3 Pt. Court dates\n\
         c1,customer,I live at 12 St. Louis Ave. now\n\
         c1,customer,Puerto de Souza told me. Does Dr. Patel do Botox injections?\n\
         c1,customer,The hotel in San Pedro de Atacama called me. Is Botox or Atacama masked?\n\
         c1,customer,this is Jose da Silva and I saw van Gogh. Garcia and Berg again. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [[
            "Rio de Janeiro will host it, I need a human",
            "Rio de Janeiro called it a scandal. Is Janeiro still open?",
            "Hi, I'm [name] de los [name] [name] and I need a refund",
            "My brother [name] van der [name] called yesterday",
            "I'm [name] the account holder",
            "ok thanks, do Tesco deliver? The Banque de France said so",
            "[name] de [name] told me. [name] de la [name] said so. I have 3 Pt. Court dates",
            "I live at [address] now",
            "[name] de [name] told me. Does Dr. [name] do Botox injections?",
            "The hotel in San Pedro de Atacama called me. Is Botox or Atacama masked?",
            "this is [name] da [name] and I saw van Gogh. [name] and [name] again. human please",
        ]]
    );
    for leak in [
        "Maria",
        "Angeles",
        "Garcia",
        "John",
        "Berg",
        "St. Louis",
        "Jose",
        "Silva",
        "Harding",
        "Souza",
        "Hoya",
        "Patel",
    ] {
        assert!(!packets.contains(leak), "{leak} in {packets}");
        assert!(!replay.contains(leak), "{leak} in {replay}");
    }
}
