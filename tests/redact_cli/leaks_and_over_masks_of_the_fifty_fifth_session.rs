//! The fifty-fifth session, end to end through `replay --redact --packets`: a particled
//! name in reply to the question for it, a name after "I'm" said again in lower case,
//! "Best:" and an em dash after a sign-off's name, initials, "Plan B." and "I am Wi Fi".

use super::{human_replay, packet_texts};

#[test]
fn a_particled_name_in_reply_and_a_name_after_i_m_in_lower_case() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         a1,bot,May I have your name?\n\
         a1,customer,Maria do Carmo\n\
         a1,customer,human please\n\
         a2,bot,May I have your name?\n\
         a2,customer,Ana de la Cruz\n\
         a2,customer,human please\n\
         a3,customer,I'm Xiomara Okafor\n\
         a3,customer,\"xiomara okafor again, human please\"\n\
         a4,customer,I'm Bill Mark\n\
         a4,customer,\"pay the bill, mark it, human please\"\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec!["May I have your name?", "[name] do [name]", "human please"],
            vec![
                "May I have your name?",
                "[name] de la [name]",
                "human please"
            ],
            vec!["I'm [name] [name]", "[name] [name] again, human please"],
            vec!["I'm [name] [name]", "pay the bill, mark it, human please"],
        ]
    );
}

#[test]
fn sign_offs_initials_and_product_words() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         b1,customer,Best: Sarah Smith\n\
         b1,customer,human please\n\
         b2,customer,\"Thanks, Ana Lopez—human please\"\n\
         b3,customer,\"J Smith here, human please\"\n\
         b4,customer,\"Thanks, Mark D Day. human please\"\n\
         b5,customer,\"Regards, Ana do Remember. human please\"\n\
         b6,customer,Plan B. Tyler here\n\
         b6,customer,human please\n\
         b7,customer,I am Wi Fi. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [
            vec!["Best: [name] [name]", "human please"],
            vec!["Thanks, [name] [name]—human please"],
            vec!["[name] [name] here, human please"],
            vec!["Thanks, [name] [name] [name]. human please"],
            vec!["Regards, [name] do Remember. human please"],
            vec!["Plan B. [name] here", "human please"],
            vec!["I am Wi Fi. human please"],
        ]
    );
}
