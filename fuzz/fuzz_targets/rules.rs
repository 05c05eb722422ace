//! Rule files from pull requests are untrusted: any text must load or be refused with
//! diagnostics, never panic, hang or exhaust memory; what loads must compile, lint and
//! evaluate a conversation, and lint must check what loaded of a rule set that does not.
#![no_main]

use std::path::PathBuf;

use handoff::engine::{Engine, Scratch};
use handoff::rules::parse_rule_set;
use handoff::transcript::{Input, ReaderBuilder};
use libfuzzer_sys::fuzz_target;

const CONVERSATION: &[u8] = b"conversation_id,role,text,tier,name\n\
c,customer,Hi I want a DISCOUNT for 40 seats,pro,Ana Lima\n\
c,bot,Sorry I didn't understand that\n\
c,customer,this is useless let me talk to a human,,\n";

fuzz_target!(|text: &str| {
    // Lint checks what loaded of an invalid rule set too: its sound part must be
    // consistent whatever failed around it.
    let loaded = handoff::rules::load::parse(vec![(PathBuf::from("fuzz.yaml"), text.to_owned())]);
    let (_, partial) = handoff::rules::validate::validate_partial(loaded);
    let _ = handoff::lint::check_partial(&partial, None);
    let Ok(rules) = parse_rule_set(vec![(PathBuf::from("fuzz.yaml"), text.to_owned())]) else {
        return;
    };
    let _ = handoff::lint::run_checks(&rules, None);
    let Ok(engine) = Engine::compile(rules) else {
        return;
    };
    let reader = ReaderBuilder::new().build(vec![Input::Memory {
        name: PathBuf::from("c.csv"),
        bytes: CONVERSATION.into(),
    }]);
    for conversation in reader.flatten() {
        let outcome = engine.evaluate(&conversation, &mut Scratch::default());
        assert!(
            outcome
                .escalation_turn
                .is_none_or(|t| t <= conversation.messages.len())
        );
        let _ = engine.trace(&conversation);
    }
});
