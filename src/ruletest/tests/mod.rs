//! Rule tests' unit tests, by what they look at; the rules they run against and the
//! helpers they share are here.

mod expects;
mod failures;
mod mistakes;
mod reading;
mod running;

use std::path::{Path, PathBuf};

use super::*;

use crate::rules::parse_rule_set;

const RULES: &str = r#"
version: 1
signals:
  - { id: pricing, phrases: [discount] }
  - { id: angry, phrases: [ridiculous] }
triggers:
  - { id: pricing, when: { message: { role: customer, signal: pricing } } }
  - { id: angry, severity: high, when: { message: { role: customer, signal: angry } } }
teams:
  - { id: sales, name: Sales, agent: Maya, bridge: "Hi {{ customer.first_name | default('there') }}, I'm {{ agent }}." }
  - { id: support, name: Support }
routes:
  - { id: deals, when: { trigger: pricing }, team: sales }
default_route: { team: support }
"#;

fn engine() -> Engine {
    Engine::compile(parse_rule_set(vec![(PathBuf::from("r.yaml"), RULES.into())]).unwrap()).unwrap()
}

fn suite(engine: &Engine, yaml: &str) -> Result<Suite, SuiteError> {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.yaml");
    std::fs::write(&path, yaml).unwrap();
    let result = load(std::slice::from_ref(&path), engine.rules(), &mut Vec::new());
    drop(dir);
    result
}

fn codes(e: SuiteError) -> Vec<(String, Vec<String>)> {
    match e {
        SuiteError::Invalid { diagnostics, .. } => diagnostics
            .into_iter()
            .map(|d| (d.code.unwrap_or("-").to_owned(), d.help))
            .collect(),
        e => panic!("{e}"),
    }
}

fn codes_of(e: SuiteError) -> Vec<String> {
    codes(e).into_iter().map(|(c, _)| c).collect()
}
