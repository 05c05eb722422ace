//! `--redact` and the summary's security answers (second review of session 45): a
//! secret said again in another message, and names beside one, in packets.

use super::{GOAL_RULES, assert_none_shown, redacted_replay};
use crate::common::write;

/// Regression: a PIN said again as an order number read "Where is order
/// [[secret]]?", and names said after a maiden name was asked ("Paul", "María García
/// López", "Emma Stone") `[secret]` where redaction writes `[name]`. No mask is ever
/// doubled, and a name is `[name]`.
#[test]
fn a_secret_said_again_is_masked_once_and_names_stay_names() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", GOAL_RULES);
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\n\
         p1,bot,What is your PIN?\n\
         p1,customer,1234\n\
         p1,bot,Thanks. What can I help with?\n\
         p1,customer,Where is order 1234? zzqendmarker\n\
         p2,bot,What is your PIN?\n\
         p2,customer,2000\n\
         p2,bot,Thanks. What can I help with?\n\
         p2,customer,Transfer 2000 dollars to my savings zzqendmarker\n\
         m1,bot,What is your mother's maiden name?\n\
         m1,customer,\"It's Smith, but my husband Paul opened it\"\n\
         m1,bot,I cannot authenticate you.\n\
         m1,customer,Paul will call you tomorrow zzqendmarker\n\
         m2,bot,\"Could I get your full name, please?\"\n\
         m2,customer,María García López\n\
         m2,bot,What is your mother's maiden name?\n\
         m2,customer,López\n\
         m2,bot,I cannot authenticate you.\n\
         m2,customer,\"María García López here, why can't you find me? zzqendmarker\"\n\
         m3,bot,\"Could I get your full name, please?\"\n\
         m3,customer,Emma Stone\n\
         m3,bot,What is your mother's maiden name?\n\
         m3,customer,Stone\n\
         m3,bot,I cannot authenticate you.\n\
         m3,customer,\"This is Emma Stone, I am locked out zzqendmarker\"\n",
    );
    let (replay, packets) = redacted_replay(&rules, &transcripts, &[]);
    let leaks = [
        "[[", "]]", "1234", "Paul", "María", "Emma", "Stone", "Smith",
    ];
    assert_none_shown("replay", &replay, &leaks);
    assert_none_shown("packets", &packets, &leaks);
    let bullets: Vec<String> = (packets.lines())
        .flat_map(|line| {
            let packet: serde_json::Value = serde_json::from_str(line).unwrap();
            (packet["summary"]["bullets"].as_array().unwrap().iter())
                .map(|b| b.as_str().unwrap().to_owned())
                .collect::<Vec<_>>()
        })
        .collect();
    let all = bullets.join("\n");
    for expected in [
        "Where is order [secret]?",
        "Transfer [secret] dollars",
        "[name] will call you tomorrow",
        "[name] [name] [name] here, why can't you find me?",
        "This is [name] [name], I am locked out",
    ] {
        assert!(all.contains(expected), "{expected:?} in\n{all}");
    }
}
