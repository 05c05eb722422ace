//! The fifty-first session's review, end to end through `replay --packets`, with and
//! without `--redact`: a given name no list holds after "soy" is masked and remembered,
//! and the summary gives it as the `name` fact it gave; a state after "I'm" no list
//! holds ("I'm Knackered") is shown and given as no `name` fact; the names in sign-offs
//! ("Best,", "Saludos,", a middle initial, a comma and a place after the name) and before
//! "de" and a place after "soy" are masked as the summary names them; each beside the
//! words that stay as they are.

use super::{human_replay, packet_texts, regex_rules};
use crate::common::{handoff, stdout_of, write};

/// The texts of each packet's summary facts of kind `name`, from `replay --packets`
/// without `--redact` of the CSV `transcripts` under rules that escalate on the
/// customer's "human please".
fn name_facts(transcripts: &str) -> Vec<Vec<String>> {
    let dir = tempfile::tempdir().unwrap();
    let rules = regex_rules(dir.path(), &[("human", "human please")]);
    let transcripts = write(dir.path(), "t.csv", transcripts);
    let packets = dir.path().join("p.jsonl");
    stdout_of(
        handoff()
            .args(["replay", "-q", "-f", "jsonl", "-r"])
            .arg(&rules)
            .arg("--packets")
            .arg(&packets)
            .arg(&transcripts),
    );
    facts_of(&std::fs::read_to_string(&packets).unwrap(), "name")
}

const SOY: &str = "conversation_id,role,text\n\
     c1,customer,\"Hola, soy Xiomara y necesito ayuda\"\n\
     c1,bot,\"Gracias Xiomara, ¿en qué te ayudo?\"\n\
     c1,customer,human please\n\
     c2,customer,\"Soy Cliente. Je suis Désolé. human please\"\n\
     c3,customer,Soy Madre soltera y necesito ayuda. human please\n\
     c4,customer,\"Soy Gold member, me llamo igual que mi papá. human please\"\n";

#[test]
fn a_given_name_no_list_holds_after_soy_is_masked_and_the_summary_names_it() {
    let (_, packets) = human_replay(SOY);
    assert_eq!(
        packet_texts(&packets),
        [
            vec![
                "Hola, soy [name] y necesito ayuda",
                "Gracias [name], ¿en qué te ayudo?",
                "human please",
            ],
            vec!["Soy Cliente. Je suis Désolé. human please"],
            vec!["Soy Madre soltera y necesito ayuda. human please"],
            vec!["Soy Gold member, me llamo igual que mi papá. human please"],
        ]
    );
    assert_eq!(name_facts(SOY), [vec!["Xiomara"], vec![], vec![], vec![]]);
}

const KNACKERED: &str = "conversation_id,role,text\n\
     c1,customer,\"I'm Knackered, human please\"\n\
     c2,customer,\"I'm Alfred, human please\"\n\
     c3,customer,\"I'm Winfred Smith, human please\"\n\
     c4,customer,\"Hi, I'm Muhammed and my account is not working, human please\"\n\
     c5,customer,\"I'm Exhausted, human please\"\n";

#[test]
fn a_participle_after_im_is_no_name_but_a_given_name_is() {
    let (_, packets) = human_replay(KNACKERED);
    assert_eq!(
        packet_texts(&packets),
        [
            vec!["I'm Knackered, human please"],
            vec!["I'm [name], human please"],
            vec!["I'm [name] [name], human please"],
            vec!["Hi, I'm [name] and my account is not working, human please"],
            vec!["I'm Exhausted, human please"],
        ]
    );
    assert_eq!(
        name_facts(KNACKERED),
        [
            vec![],
            vec!["Alfred"],
            vec!["Winfred Smith"],
            vec!["Muhammed"],
            vec![]
        ]
    );
}

/// The texts of each packet's summary facts of `kind`, from a packets file.
fn facts_of(packets: &str, kind: &str) -> Vec<Vec<String>> {
    packets
        .lines()
        .map(|line| {
            let packet: serde_json::Value = serde_json::from_str(line).unwrap();
            packet["summary"]["facts"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["kind"] == kind)
                .map(|f| f["text"].as_str().unwrap().to_owned())
                .collect()
        })
        .collect()
}

#[test]
fn a_remembered_name_that_is_a_month_stays_in_a_date_and_the_date_fact_stays() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,\"Hi, I'm May. My order from 3 May never came\"\n\
         c1,customer,May I ask why? May called twice. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [vec![
            "Hi, I'm [name]. My order from 3 May never came",
            "May I ask why? [name] called twice. human please",
        ]]
    );
    assert_eq!(facts_of(&packets, "date"), [vec!["3 May"]]);
}

const SIGN_OFF: &str = "conversation_id,role,text\n\
     c1,customer,\"My parcel is lost, human please. Thanks, John Smith Paris\"\n\
     c2,customer,\"human please. Thanks, Mary Ann Washington\"\n\
     c3,customer,\"human please. Thanks, María Martínez Valencia\"\n\
     c4,customer,\"human please. Thanks, Peter Van Houston\"\n\
     c5,customer,\"human please. Regards, Carlos Del Rio\"\n";

#[test]
fn a_known_place_after_a_name_in_a_sign_off_is_masked_and_no_part_of_the_name_fact() {
    let (_, packets) = human_replay(SIGN_OFF);
    assert_eq!(
        packet_texts(&packets),
        [
            vec!["My parcel is lost, human please. Thanks, [name] [name] [name]"],
            vec!["human please. Thanks, [name] [name] [name]"],
            vec!["human please. Thanks, [name] [name] [name]"],
            vec!["human please. Thanks, [name] [name] [name]"],
            vec!["human please. Regards, [name] [name] [name]"],
        ]
    );
    assert_eq!(
        name_facts(SIGN_OFF),
        [
            vec!["John Smith"],
            vec!["Mary Ann Washington"],
            vec!["María Martínez"],
            vec!["Peter Van Houston"],
            vec!["Carlos Del Rio"],
        ]
    );
}

#[test]
fn a_name_no_list_holds_in_lower_case_after_me_llamo_is_masked_and_remembered() {
    let (_, packets) = human_replay(
        "conversation_id,role,text\n\
         c1,customer,me llamo xiomara\n\
         c1,bot,\"Hola xiomara, ¿qué pasa?\"\n\
         c1,customer,mi nombre es incorrecto en la reserva. human please\n",
    );
    assert_eq!(
        packet_texts(&packets),
        [vec![
            "me llamo [name]",
            "Hola [name], ¿qué pasa?",
            "mi nombre es incorrecto en la reserva. human please",
        ]]
    );
}

const SIGN_OFFS: &str = "conversation_id,role,text\n\
     n1,customer,\"Hola, soy Xiomara de Bogotá. human please\"\n\
     n2,customer,\"Je suis Maëlle de Lyon. human please\"\n\
     n5,customer,\"human please. Thanks, John Smith, London\"\n\
     n6,customer,\"human please. Best, Sarah Smith\"\n\
     n7,customer,\"human please. Kind regards, Oliver Brown Manchester UK\"\n\
     n8,customer,\"human please. Thanks, John A. Smith Paris\"\n\
     n9,customer,\"human please. Saludos, Xiomara Pérez\"\n\
     s1,customer,\"human please. Best, thanks\"\n\
     s2,customer,\"Regards to your team, human please\"\n\
     s3,customer,\"de nada, human please\"\n";

/// The names the summary gave as `name` facts in sign-offs and after "soy X de Y" were
/// shown under `--redact`; the place after "de" or a comma stays shown.
#[test]
fn names_in_sign_offs_and_before_where_the_customer_is_from_are_masked() {
    let (_, packets) = human_replay(SIGN_OFFS);
    assert_eq!(
        packet_texts(&packets),
        [
            vec!["Hola, soy [name] de Bogotá. human please"],
            vec!["Je suis [name] de Lyon. human please"],
            vec!["human please. Thanks, [name] [name], London"],
            vec!["human please. Best, [name] [name]"],
            vec!["human please. Kind regards, [name] [name] [name] UK"],
            vec!["human please. Thanks, [name] [name]. [name] [name]"],
            vec!["human please. Saludos, [name] [name]"],
            vec!["human please. Best, thanks"],
            vec!["Regards to your team, human please"],
            vec!["de nada, human please"],
        ]
    );
    // Each masked name is one the summary names without `--redact`.
    let facts = name_facts(SIGN_OFFS);
    for (i, name) in [
        (0, "Xiomara"),
        (1, "Maëlle"),
        (2, "John Smith"),
        (3, "Sarah Smith"),
        (4, "Oliver Brown"),
        (6, "Xiomara Pérez"),
    ] {
        assert!(facts[i].iter().any(|f| f == name), "{i}: {:?}", facts[i]);
    }
}
