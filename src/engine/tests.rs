//! Engine semantics, one behaviour per test.

mod bridge_messages;
mod counts;
mod gating;
mod hours;
mod late_meta;
mod lexicon;
mod mood;
mod pair;
mod phrases;
mod repeats;
mod roles;
mod routing;
mod scratch;
mod windows;

use std::path::PathBuf;
use std::sync::Arc;

use super::*;
use crate::outcome::Evidence;
use crate::rules::parse_rule_set;
use crate::transcript::{Message, Metadata};

fn engine(yaml: &str) -> Engine {
    engine_with(yaml, EngineOptions::default())
}

fn engine_with(yaml: &str, options: EngineOptions) -> Engine {
    let rules = match parse_rule_set(vec![(PathBuf::from("rules.yaml"), yaml.to_owned())]) {
        Ok(rules) => rules,
        Err(crate::rules::RuleSetError::Invalid {
            diagnostics,
            sources,
        }) => {
            let text: Vec<String> = diagnostics
                .iter()
                .map(|d| d.render(&sources, false))
                .collect();
            panic!("invalid test rules:\n{}", text.join("\n"));
        }
        Err(e) => panic!("{e}"),
    };
    Engine::compile_with(rules, options).unwrap()
}

fn role(name: &str) -> Role {
    match name {
        "customer" => Role::Customer,
        "bot" => Role::Bot,
        "agent" => Role::Agent,
        _ => Role::Other,
    }
}

fn conversation(messages: &[(&str, &str)], metadata: &[(&str, &str)]) -> Conversation {
    let mut meta = Metadata::default();
    for (k, v) in metadata {
        meta.insert(k, v);
    }
    Conversation {
        id: "t1".into(),
        messages: messages
            .iter()
            .enumerate()
            .map(|(i, (r, text))| Message {
                role: role(r),
                text: (*text).to_owned(),
                time: String::new(),
                timestamp: None,
                clock: crate::transcript::Clock::Written,
                line: i as u64 + 2,
            })
            .collect(),
        metadata: meta,
        file: Arc::new(PathBuf::from("t.csv")),
    }
}

fn run(engine: &Engine, messages: &[(&str, &str)]) -> Outcome {
    run_meta(engine, messages, &[])
}

fn run_meta(engine: &Engine, messages: &[(&str, &str)], metadata: &[(&str, &str)]) -> Outcome {
    engine.evaluate(&conversation(messages, metadata), &mut Scratch::default())
}

fn ids(o: &Outcome) -> Vec<&str> {
    o.triggers.iter().map(|t| t.id.as_str()).collect()
}

const BASIC: &str = r#"
version: 1
signals:
  - { id: pricing, phrases: [discount, too expensive] }
  - { id: angry, phrases: [ridiculous] }
triggers:
  - id: pricing
    when: { message: { role: customer, signal: pricing } }
  - id: angry
    severity: high
    when: { message: { role: customer, signal: angry } }
teams:
  - { id: sales, name: Sales, agent: Maya, bridge: 'Hi {{ customer.first_name | default("there") }}, I am {{ agent }}, here to {{ reason }}.' }
  - { id: support, name: Support }
routes:
  - { id: deals, when: { trigger: pricing }, team: sales }
default_route: { team: support }
"#;

const SEEN: &str = r"
version: 1
signals:
  - { id: angry, phrases: [annoying, ugh] }
triggers:
  - id: twice-annoyed
    when: { seen: { signal: angry, role: customer, at_least: 2 } }
";
