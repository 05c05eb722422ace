//! Bridge templates come from untrusted rule files and render customer data: any
//! template either fails to load with a diagnostic or renders (or fails with an error
//! in the outcome) within its fuel, never panics, never reads files or the environment.
#![no_main]

use std::path::PathBuf;

use handoff::engine::{Engine, Scratch};
use handoff::rules::parse_rule_set;
use handoff::transcript::{Input, ReaderBuilder};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, &str)| {
    let (template, name) = input;
    // The template as a YAML literal block, so any text is one scalar.
    let mut rules = String::from(
        "version: 1\ntriggers:\n  - { id: t, when: { message: { role: customer, phrases: [help] } } }\nteams:\n  - id: a\n    name: A\n    bridge: |-\n",
    );
    for line in template.lines() {
        rules.push_str("      ");
        rules.push_str(line);
        rules.push('\n');
    }
    rules.push_str("default_route: { team: a }\n");
    let Ok(rules) = parse_rule_set(vec![(PathBuf::from("fuzz.yaml"), rules)]) else {
        return;
    };
    let Ok(engine) = Engine::compile(rules) else {
        return;
    };
    let name = name.replace(['"', '\n', '\r'], " ");
    let csv = format!("conversation_id,role,text,name\nc,customer,help me,\"{name}\"\n");
    let reader = ReaderBuilder::new().build(vec![Input::Memory {
        name: PathBuf::from("c.csv"),
        bytes: csv.into_bytes().into(),
    }]);
    for conversation in reader.flatten() {
        let outcome = engine.evaluate(&conversation, &mut Scratch::default());
        if let Some(message) = &outcome.bridge_message {
            assert!(message.len() <= 4_000, "rendered output is bounded");
        }
    }
});
