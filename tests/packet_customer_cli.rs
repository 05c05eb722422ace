//! The customer block of a packet from exports that name their columns their own way:
//! `Customer Full Name`, `Login Email`, `Given Name`; and another person's columns
//! (`Agent Name`, `Company Name`) never taken for the customer's.

use crate::common::{handoff, jsonl, write};

/// The packets `replay --packets` writes for `csv` with the starter rules.
fn packets(csv: &str) -> Vec<serde_json::Value> {
    let dir = tempfile::tempdir().unwrap();
    let input = write(dir.path(), "t.csv", csv);
    let out = dir.path().join("p.jsonl");
    handoff()
        .args(["replay", "-q", "--packets"])
        .arg(&out)
        .arg(&input)
        .assert()
        .success();
    jsonl(&std::fs::read_to_string(out).unwrap())
}

const HEAD: &str = "conversation_id,timestamp,role,text";
const ANGRY: &str = "This is useless and I am going in circles";

/// Regression: `Customer Full Name` and `Login Email` gave no name and no email
/// in the packet's customer line, where `first_name`/`last_name`/`email` did.
#[test]
fn name_and_email_columns_under_other_names() {
    let p = packets(&format!(
        "{HEAD},Agent Name,Company Name,Customer Full Name,Login Email\n\
         c1,2026-01-05T10:00:00Z,customer,{ANGRY},Maya Ortiz,Globex,Alex Chen,alex@example.com\n"
    ));
    let customer = &p[0]["customer"];
    assert_eq!(customer["name"], "Alex Chen", "not the agent's: {customer}");
    assert_eq!(customer["first_name"], "Alex");
    assert_eq!(customer["email"], "alex@example.com");
    assert_eq!(customer["company"], "Globex");
    // The bridge message greets the customer by that first name.
    assert!(
        p[0]["bridge_message"]
            .as_str()
            .unwrap()
            .starts_with("Hi Alex"),
        "{}",
        p[0]["bridge_message"]
    );
}

#[test]
fn first_and_last_names_under_other_names_and_no_false_friends() {
    let p = packets(&format!(
        "{HEAD},Given Name,Surname,E-mail Address\n\
         c1,2026-01-05T10:00:00Z,customer,{ANGRY},Ana,Lima,ana@example.com\n"
    ));
    assert_eq!(p[0]["customer"]["name"], "Ana Lima");
    assert_eq!(p[0]["customer"]["email"], "ana@example.com");
    // Another person's name and address, and an email column without an address, are
    // not the customer's.
    let p = packets(&format!(
        "{HEAD},Agent Name,Owner Email,Company Name,Contact Email\n\
         c1,2026-01-05T10:00:00Z,customer,{ANGRY},Maya Ortiz,maya@globex.example,Globex,n/a\n"
    ));
    let customer = &p[0]["customer"];
    assert_eq!(customer["name"], serde_json::Value::Null, "{customer}");
    assert_eq!(customer["first_name"], serde_json::Value::Null);
    assert_eq!(customer["email"], serde_json::Value::Null);
}
