//! Surnames after a title that read as other words ("dr speed", "Dr. Will", "dr love",
//! "dr fleming", "dr li"), "miss" in lower case as a title, and "Miss" in a name field,
//! end to end through `replay --redact --packets`; beside "miss" the verb and what chats
//! put after a title without naming anyone, which stay.

use super::{human_replay, packet_texts};

#[test]
fn surnames_after_titles_that_read_as_words_are_masked_in_packets() {
    let (replay, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,Name: Miss Jane Smith\n\
         c1,customer,\"I need to see dr speed, Dr. Will or dr love today\"\n\
         c1,customer,\"or dr fleming, dr li, miss brown; i miss home and you'll miss it\"\n\
         c1,customer,\"the dr signed it, dr stuff like that. smith said so. human please\"\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [[
            "Name: Miss [name] [name]",
            "I need to see dr [name], Dr. [name] or dr [name] today",
            "or dr [name], dr [name], miss [name]; i miss home and you'll miss it",
            "the dr signed it, dr stuff like that. [name] said so. human please",
        ]]
    );
    for leak in [
        "Jane", "Smith", "smith", "speed", "Will", "love", "fleming", "li,", "brown",
    ] {
        assert!(!packets.contains(leak), "{leak} in {packets}");
        assert!(!replay.contains(leak), "{leak} in {replay}");
    }
}
