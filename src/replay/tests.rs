//! Replay's ordering, error and panic handling across threads and batch sizes, and its
//! properties: neither the thread count nor sharding changes the outcomes, and nothing
//! after the escalation point matters.

use std::path::PathBuf;
use std::sync::Arc;

use super::worker::{Outputs, read_batch};
use super::*;
use crate::rules::parse_rule_set;
use crate::transcript::{Message, Metadata, Plain, Pool, Role};

const RULES: &str = r#"
version: 1
signals:
  - { id: angry, builtin: frustration }
  - { id: price, phrases: [discount] }
triggers:
  - { id: angry, when: { message: { role: customer, signal: angry } } }
  - { id: price, when: { seen: { signal: price, at_least: 2 } } }
teams:
  - { id: t, name: T, bridge: "Hi {{ customer.name | default('you') }}" }
default_route: { team: t }
"#;

fn engine() -> Engine {
    Engine::compile(parse_rule_set(vec![(PathBuf::from("r.yaml"), RULES.into())]).unwrap()).unwrap()
}

fn conversations(n: usize) -> Vec<Conversation> {
    let texts = [
        "hello",
        "a discount?",
        "this is ridiculous",
        "ok thanks",
        "discount again",
    ];
    (0..n)
        .map(|i| {
            let mut metadata = Metadata::default();
            if i % 3 == 0 {
                metadata.insert("name", &format!("Customer {i}"));
            }
            Conversation {
                id: format!("c{i}"),
                messages: (0..=(i % 7))
                    .map(|j| Message {
                        role: if j % 2 == 0 {
                            Role::Customer
                        } else {
                            Role::Bot
                        },
                        text: texts[(i * 31 + j * 7) % texts.len()].to_owned(),
                        time: String::new(),
                        timestamp: None,
                        clock: crate::transcript::Clock::Written,
                        line: j as u64,
                    })
                    .collect(),
                metadata,
                file: Arc::new(PathBuf::from("x.csv")),
            }
        })
        .collect()
}

fn replay(
    jobs: usize,
    batch: usize,
    input: Vec<Result<Conversation, ReadError>>,
) -> (Result<u64, ReplayError>, Vec<Outcome>) {
    let engine = engine();
    let replay = ReplayBuilder::new().jobs(jobs).batch(batch).build(&engine);
    let mut out = Vec::new();
    let result = replay.run(&mut Plain(input.into_iter()), &mut |_, o| {
        out.push(o);
        Ok(())
    });
    (result, out)
}

#[test]
fn output_is_identical_and_in_order_whatever_the_threads() {
    let input = || conversations(2000).into_iter().map(Ok).collect::<Vec<_>>();
    let (r1, one) = replay(1, 256, input());
    let (r4, four) = replay(4, 7, input());
    assert_eq!(r1.unwrap(), 2000);
    assert_eq!(r4.unwrap(), 2000);
    assert_eq!(one, four);
    let ids: Vec<String> = four.iter().map(|o| o.conversation_id.clone()).collect();
    let expected: Vec<String> = (0..2000).map(|i| format!("c{i}")).collect();
    assert_eq!(ids, expected);
    assert!(one.iter().any(|o| o.escalated) && one.iter().any(|o| !o.escalated));
}

#[test]
fn a_batch_ends_at_the_conversation_that_reaches_its_messages() {
    // Conversation i has i % 7 + 1 messages: 1, 2, 3, 4, 5, …
    let mut input = Plain(conversations(10).into_iter().map(Ok));
    let source = Mutex::new(Source {
        input: &mut input,
        next: 0,
        done: false,
    });
    let ids = |batch: &[Conversation]| batch.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
    let mut pool = Pool::default();
    let size = BatchSize {
        conversations: 8,
        messages: 5,
    };
    let (seq, batch, error) = read_batch(&source, &mut pool, Vec::new(), size).unwrap();
    assert_eq!((seq, error.is_none()), (0, true));
    assert_eq!(ids(&batch), ["c0", "c1", "c2"]);
    let (seq, batch, _) = read_batch(&source, &mut pool, Vec::new(), size).unwrap();
    assert_eq!(
        (seq, ids(&batch)),
        (1, vec!["c3".to_owned(), "c4".to_owned()])
    );
    // The conversations' bound holds whatever the messages.
    let size = BatchSize {
        conversations: 2,
        messages: usize::MAX,
    };
    let (_, batch, _) = read_batch(&source, &mut pool, Vec::new(), size).unwrap();
    assert_eq!(ids(&batch), ["c5", "c6"]);
}

#[test]
fn batches_bounded_by_messages_give_the_same_output() {
    let engine = engine();
    let input = conversations(500);
    let run = |replay: ReplayBuilder| {
        let mut out = Vec::new();
        let replay = replay.build(&engine);
        let n = replay
            .run(&mut Plain(input.iter().cloned().map(Ok)), &mut |_, o| {
                out.push(o);
                Ok(())
            })
            .unwrap();
        assert_eq!(n, 500);
        out
    };
    let one = run(ReplayBuilder::new().jobs(1));
    for messages in [1, 3, 10, 1024] {
        assert_eq!(
            run(ReplayBuilder::new().jobs(3).batch_messages(messages)),
            one
        );
    }
}

#[test]
fn a_read_error_stops_the_replay_after_what_came_before() {
    for jobs in [1, 3] {
        let mut input: Vec<Result<Conversation, ReadError>> =
            conversations(10).into_iter().map(Ok).collect();
        input.insert(5, Err(ReadError::EmptyDirectory(PathBuf::from("x"))));
        let (result, out) = replay(jobs, 2, input);
        assert!(matches!(result, Err(ReplayError::Read(_))), "jobs {jobs}");
        assert_eq!(out.len(), 5, "jobs {jobs}");
    }
}

#[test]
fn a_sink_error_stops_the_replay() {
    let engine = engine();
    for jobs in [1, 2] {
        let replay = ReplayBuilder::new().jobs(jobs).batch(3).build(&engine);
        let mut input = Plain(conversations(100).into_iter().map(Ok));
        let mut seen = 0;
        let result = replay.run(&mut input, &mut |_, _| {
            seen += 1;
            if seen == 4 {
                Err(io::Error::new(io::ErrorKind::BrokenPipe, "closed"))
            } else {
                Ok(())
            }
        });
        assert!(matches!(result, Err(ReplayError::Output(_))));
        assert_eq!(seen, 4);
    }
}

mod threads;

/// Properties of a replay over any conversations.
mod properties {
    use proptest::prelude::*;

    use super::*;

    const TEXTS: &[&str] = &[
        "hello",
        "a discount please",
        "this is ridiculous",
        "ok thanks",
        "discount again",
        "Sorry, I didn't understand that.",
        "I want to talk to a human",
    ];

    fn conversation(id: usize, turns: &[(u8, usize)]) -> Conversation {
        Conversation {
            id: format!("c{id}"),
            messages: turns
                .iter()
                .enumerate()
                .map(|(j, &(role, text))| Message {
                    role: [Role::Customer, Role::Bot, Role::Agent][usize::from(role % 3)],
                    text: TEXTS[text % TEXTS.len()].to_owned(),
                    time: String::new(),
                    timestamp: None,
                    clock: crate::transcript::Clock::Written,
                    line: j as u64 + 2,
                })
                .collect(),
            metadata: Metadata::default(),
            file: Arc::new(PathBuf::from("p.csv")),
        }
    }

    fn turns() -> impl Strategy<Value = Vec<(u8, usize)>> {
        prop::collection::vec((0u8..3, 0usize..TEXTS.len()), 1..9)
    }

    fn conversations() -> impl Strategy<Value = Vec<Conversation>> {
        prop::collection::vec(turns(), 0..40).prop_map(|all| {
            all.iter()
                .enumerate()
                .map(|(i, t)| conversation(i, t))
                .collect()
        })
    }

    fn run(jobs: usize, batch: usize, input: &[Conversation]) -> Vec<Outcome> {
        let (result, out) = replay(jobs, batch, input.iter().cloned().map(Ok).collect());
        assert_eq!(result.unwrap(), input.len() as u64);
        out
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn any_number_of_threads_gives_the_same_output(
            input in conversations(),
            jobs in 2usize..5,
            batch in 1usize..9,
        ) {
            prop_assert_eq!(run(jobs, batch, &input), run(1, 256, &input));
        }

        #[test]
        fn shards_replayed_apart_and_concatenated_equal_one_run(
            input in conversations(),
            cut in any::<prop::sample::Index>(),
        ) {
            let at = cut.index(input.len() + 1);
            let mut apart = run(2, 3, &input[..at]);
            apart.extend(run(2, 3, &input[at..]));
            prop_assert_eq!(apart, run(1, 256, &input));
        }

        #[test]
        fn the_escalation_turn_is_a_message_of_the_conversation(input in conversations()) {
            for (o, c) in run(2, 4, &input).iter().zip(&input) {
                prop_assert_eq!(o.escalated, o.escalation_turn.is_some());
                prop_assert!(o.escalation_turn.is_none_or(|t| t >= 1 && t <= c.messages.len()));
                prop_assert_eq!(o.messages, c.messages.len());
            }
        }

        #[test]
        fn messages_after_the_escalation_point_change_nothing(
            turns in turns(),
            more in prop::collection::vec((0u8..2, 0usize..TEXTS.len()), 1..5),
        ) {
            let engine = engine();
            let before = conversation(0, &turns);
            let outcome = engine.evaluate(&before, &mut Scratch::default());
            let Some(_) = outcome.escalation_turn else {
                return Ok(());
            };
            // Customer and bot messages only: a human's message would be the actual
            // handoff, which the outcome reports by design.
            let mut longer = turns.clone();
            longer.extend(more);
            let after = engine.evaluate(&conversation(0, &longer), &mut Scratch::default());
            prop_assert_eq!(after.messages, longer.len());
            let mut after = after;
            after.messages = outcome.messages;
            prop_assert_eq!(after, outcome);
        }
    }
}

/// A batch's buffers are kept for the next batch, but not one grown huge.
#[test]
fn cleared_outputs_keep_their_buffer_unless_it_grew_huge() {
    let mut out = Outputs::<u8>::default();
    out.bytes.extend_from_slice(b"line\n");
    out.results.push(1);
    out.ends.push(5);
    out.clear();
    assert!(out.bytes.is_empty() && out.results.is_empty() && out.ends.is_empty());
    assert!(out.bytes.capacity() >= 5, "the buffer is kept");
    out.bytes.resize(Outputs::<u8>::MAX_KEPT + 1, b'x');
    out.clear();
    assert_eq!(out.bytes.capacity(), 0, "a huge buffer is let go");
}
