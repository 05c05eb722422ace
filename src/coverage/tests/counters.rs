//! The counters of built-in detectors the rules read: what each counted, each
//! conversation to its end, in one run and in merged shards; counts edited past what a
//! run can count are named.

use super::*;

/// A trigger on each of the three counters (`bot_repeats` under `not:`, in a route), and
/// one on a counter of no detector, which the report leaves out; `bot_fallbacks` is read
/// in windows of 3 and 2 messages too (3 twice), and by two routes, one in a window of 3.
const RULES: &str = "version: 1
triggers:
  - { id: fell-back, when: { counter: { name: bot_fallbacks, at_least: 1 } } }
  - { id: looped, when: { counter: { name: bot_fallbacks, at_least: 2, within: 3 } } }
  - { id: looped-fast, when: { any: [ { counter: { name: bot_fallbacks, at_least: 2, within: 2 } }, { counter: { name: bot_fallbacks, at_least: 3, within: 3 } } ] } }
  - { id: repeats, when: { counter: { name: customer_repeats, at_least: 5 } } }
  - { id: long, when: { counter: { name: customer_messages, at_least: 99 } } }
routes:
  - id: calm
    when: { all: [ { trigger: repeats }, { not: { counter: { name: bot_repeats, at_least: 1 } } } ] }
    team: a
  - { id: looping, when: { counter: { name: bot_fallbacks, at_least: 9 } }, team: a }
  - { id: looping-fast, when: { counter: { name: bot_fallbacks, at_least: 9, within: 3 } }, team: a }
default_route: { team: a }
teams:
  - { id: a, name: A, bridge: hi }
";

fn counting_rules() -> Engine {
    coverage_engine(RULES)
}

/// c1: two fallbacks, the second after `fell-back` escalated on the first; and the bot
/// asking its question again, once, with the customer's word between. c2: one
/// fallback. c3: the customer saying the same thing twice. c4: nothing counted.
const CHATS: &str = "conversation_id,role,text\n\
    c1,customer,how do i move my booking widget\n\
    c1,bot,\"Sorry, I didn't understand that.\"\n\
    c1,customer,the booking widget to the footer\n\
    c1,bot,\"I'm sorry, I didn't quite get that. Could you rephrase?\"\n\
    c1,customer,Someone took $500 from my account.\n\
    c1,bot,\"Could you provide your date of birth, please?\"\n\
    c1,customer,I feel lost in the city.\n\
    c1,bot,\"Could you provide your date of birth, please?\"\n\
    c2,customer,where is my parcel\n\
    c2,bot,\"Sorry, I didn't understand that.\"\n\
    c3,customer,I need to change my delivery address\n\
    c3,bot,You can track your order at example.com/track.\n\
    c3,customer,I need to change my delivery address\n\
    c4,customer,hello\n\
    c4,bot,Hi! How can I help?\n";

fn counter<'a>(r: &'a CoverageReport, name: &str) -> &'a CounterCoverage {
    r.counters.iter().find(|c| c.name == name).unwrap()
}

/// A `bot-loop` trigger that never fired said nothing of whether the fallback detector
/// counted anything. Each counter of a detector that a trigger or route reads says the
/// messages it counted (past the escalation point too), the conversations with one and
/// the most in one, in the order the README lists them.
#[test]
fn each_counter_the_rules_read_says_what_it_counted_to_the_end() {
    let engine = counting_rules();
    let all = conversations_of(CHATS);
    let r = report(&engine, &all);
    let names: Vec<&str> = r.counters.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["bot_fallbacks", "customer_repeats", "bot_repeats"]);
    let counts = |name| {
        let c = counter(&r, name);
        (c.messages, c.conversations, c.most)
    };
    // c1's second fallback came after its escalation, at message 2.
    assert_eq!(counts("bot_fallbacks"), (3, 2, 2));
    assert_eq!(counts("customer_repeats"), (1, 1, 1));
    assert_eq!(counts("bot_repeats"), (1, 1, 1));
    assert!(r.counters_never_counted().is_empty());
    assert_eq!(r.inconsistency(), None);
    // c1's fallbacks, messages 2 and 4, are never 2 within 2 messages, but 2 within 3;
    // the counters read in no window have none.
    let windows = |name| {
        let c = counter(&r, name);
        (c.windows.iter().map(|w| (w.within, w.most))).collect::<Vec<_>>()
    };
    assert_eq!(windows("bot_fallbacks"), [(2, 1), (3, 2)]);
    assert_eq!(windows("customer_repeats"), []);
    // Those routes read say what they had counted when the routes were decided, at the
    // escalation point: c1 escalated on its first fallback, before the bot asked again.
    let at_escalation = |name| counter(&r, name).at_escalation;
    assert_eq!(at_escalation("bot_fallbacks"), Some(1));
    assert_eq!(at_escalation("bot_repeats"), Some(0));
    assert_eq!(at_escalation("customer_repeats"), None);
    // The route reading it within 3 saw the window ending at the escalation point.
    let routed_windows = |name| {
        let c = counter(&r, name);
        (c.windows.iter().map(|w| w.at_escalation)).collect::<Vec<_>>()
    };
    assert_eq!(routed_windows("bot_fallbacks"), [None, Some(1)]);
    assert_eq!(
        counter(&r, "bot_fallbacks").most_text(),
        "2 (1 within 2, 2 within 3, 1 within 3 at an escalation, 1 at an escalation)"
    );
    assert_eq!(
        counter(&r, "bot_repeats").most_text(),
        "1 (0 at an escalation)"
    );
    assert_eq!(counter(&r, "customer_repeats").most_text(), "1");
    // One conversation's tally, `bot_repeats` included.
    let (outcome, tally) = engine.evaluate_coverage(&all[0], &mut Scratch::default());
    assert_eq!(outcome.escalation_turn, Some(2));
    assert_eq!(
        (
            tally.bot_fallbacks,
            tally.customer_repeats,
            tally.bot_repeats
        ),
        (2, 0, 1)
    );
    let detected = Counter::DETECTED.map(|c| tally.detected(c));
    assert_eq!(detected, [Some(2), Some(0), Some(1)]);
    assert_eq!(tally.detected(Counter::CustomerMessages), None);
    // Where each counted, by message index.
    let at = Counter::DETECTED.map(|c| tally.detected_at(c).to_vec());
    assert_eq!(at, [vec![1, 3], vec![], vec![7]]);
    assert!(tally.detected_at(Counter::CustomerMessages).is_empty());
    // On c4 alone, every counter read is named as never counted.
    let quiet = report(&engine, &all[3..]);
    assert_eq!(
        quiet.counters_never_counted(),
        ["bot_fallbacks", "customer_repeats", "bot_repeats"]
    );
}

/// Rules that read no counter of a detector have none in the report, even where the
/// detectors counted (coverage runs them all for its gaps).
#[test]
fn rules_that_read_no_detector_s_counter_list_none() {
    let r = report(&plan_rules_without_counters(), &conversations_of(CHATS));
    assert!(r.counters.is_empty(), "{:?}", r.counters);
}

fn plan_rules_without_counters() -> Engine {
    coverage_engine(
        "version: 1
triggers:
  - { id: long, when: { counter: { name: turn, at_least: 3 } } }
",
    )
}

/// Merged, shards sum their messages and conversations and keep the larger most: the
/// report of one run over all of them, whichever shard had the most.
#[test]
fn merged_shards_sum_the_counts_and_keep_the_most() {
    let engine = counting_rules();
    let all = conversations_of(CHATS);
    let whole = report(&engine, &all);
    for cut in 1..all.len() {
        let mut merged = roundtrip(&report(&engine, &all[..cut]));
        merged
            .merge(&roundtrip(&report(&engine, &all[cut..])))
            .unwrap();
        assert_eq!(merged.counters, whole.counters, "cut at {cut}");
        assert_eq!(merged.inconsistency(), None);
    }
    // The larger most, from whichever side it is, in each window too.
    let window = CounterCoverage {
        windows: vec![WindowMost {
            within: 4,
            ..WindowMost::default()
        }],
        ..CounterCoverage::default()
    };
    let (mut a, mut b) = (window.clone(), window);
    a.add(3, &[0, 10, 20], None);
    b.add(1, &[5], None);
    b.add(0, &[], None);
    b.add(2, &[7, 9], None);
    let mut ab = a.clone();
    ab.merge(&b);
    b.merge(&a);
    for merged in [ab, b] {
        assert_eq!(
            (merged.messages, merged.conversations, merged.most),
            (6, 3, 3)
        );
        assert_eq!(
            merged.windows,
            [WindowMost {
                within: 4,
                most: 2,
                at_escalation: None
            }]
        );
    }
}

/// The most within a window is that of the window, of its size, ending at any message
/// that holds the most: counted one window at a time, every window of a conversation.
#[test]
fn the_most_within_a_window_is_that_of_the_fullest_window() {
    proptest!(|(gaps in prop::collection::vec(0u32..6, 0..24), within in 1u32..9)| {
        // Ascending message indices, as a counter counts them (one a message at most).
        let at: Vec<u32> = gaps.iter().scan(0, |next, gap| {
            let index = *next + gap;
            *next = index + 1;
            Some(index)
        }).collect();
        let end = at.last().map_or(0, |&last| last + 1);
        let fullest = (0..end)
            .map(|last| at.iter().filter(|&&i| i <= last && i + within > last).count())
            .max()
            .unwrap_or(0);
        let mut c = CounterCoverage {
            windows: vec![WindowMost { within, ..WindowMost::default() }],
            ..CounterCoverage::default()
        };
        c.add(u32::try_from(at.len()).unwrap(), &at, None);
        prop_assert_eq!(c.windows[0].most, fullest as u64);
    });
}

/// A counter renamed or dropped by hand under one rules fingerprint is refused, not
/// added to another; counts past what a run can count are named.
#[test]
fn edited_counters_do_not_merge() {
    let engine = counting_rules();
    let all = conversations_of(CHATS);
    let first = roundtrip(&report(&engine, &all[..2]));
    let second = roundtrip(&report(&engine, &all[2..]));
    for edit in [
        &(|r: &mut CoverageReport| drop(r.counters.pop())) as &dyn Fn(&mut CoverageReport),
        &|r| r.counters[0].name = "bot_loops".into(),
        &|r| r.counters[0].windows[0].within = 5,
        &|r| r.counters[0].windows.truncate(1),
        &|r| r.counters[0].at_escalation = None,
        &|r| r.counters[0].windows[1].at_escalation = None,
        &|r| r.counters[0].windows[0].at_escalation = Some(0),
    ] {
        let mut other = second.clone();
        edit(&mut other);
        assert_eq!(
            first.clone().merge(&other).unwrap_err().to_string(),
            "the reports have the same rules fingerprint but list other counters: one was edited since handoff wrote it"
        );
    }
    let whole = roundtrip(&report(&engine, &all));
    let edited = |edit: &dyn Fn(&mut CounterCoverage)| {
        let mut r = whole.clone();
        edit(&mut r.counters[0]);
        r.inconsistency().expect("an edited count is found")
    };
    assert_eq!(
        edited(&|c| c.messages = 99),
        "`counters[bot_fallbacks].messages` (99) is more than `messages` (15)"
    );
    assert_eq!(
        edited(&|c| c.conversations = 5),
        "`counters[bot_fallbacks].conversations` (5) is more than `conversations` (4)"
    );
    assert_eq!(
        edited(&|c| c.most = 4),
        "`counters[bot_fallbacks].most` (4) is more than `counters[bot_fallbacks].messages` (3)"
    );
    assert_eq!(
        edited(&|c| c.conversations = 4),
        "`counters[bot_fallbacks].conversations` (4) is more than `counters[bot_fallbacks].messages` (3)"
    );
    assert_eq!(
        edited(&|c| c.most = 1),
        "`counters[bot_fallbacks].messages` (3) is more than `counters[bot_fallbacks].most × counters[bot_fallbacks].conversations` (2)"
    );
    assert_eq!(
        edited(&|c| c.windows[1].most = 3),
        "`counters[bot_fallbacks].windows[1].most` (3) is more than `counters[bot_fallbacks].most` (2)"
    );
    assert_eq!(
        edited(&|c| {
            c.most = 3;
            c.windows[0].most = 3;
        }),
        "`counters[bot_fallbacks].windows[0].most` (3) is more than `counters[bot_fallbacks].windows[0].within` (2)"
    );
    assert_eq!(
        edited(&|c| c.at_escalation = Some(3)),
        "`counters[bot_fallbacks].at_escalation` (3) is more than `counters[bot_fallbacks].most` (2)"
    );
    assert_eq!(
        edited(&|c| c.windows[1].at_escalation = Some(3)),
        "`counters[bot_fallbacks].windows[1].at_escalation` (3) is more than `counters[bot_fallbacks].windows[1].most` (2)"
    );
}

/// The count at an escalation point takes the escalation's message and none after it;
/// a conversation that did not escalate adds nothing to it, and a merge keeps the
/// larger.
#[test]
fn the_count_at_an_escalation_stops_at_its_message() {
    let routed = CounterCoverage {
        at_escalation: Some(0),
        ..CounterCoverage::default()
    };
    let (mut a, mut b) = (routed.clone(), routed);
    // Counted at messages 1, 3 and 6; escalated at turn 4 (message 3).
    a.add(3, &[1, 3, 6], Some(4));
    assert_eq!(a.at_escalation, Some(2));
    b.add(5, &[0, 1, 2, 3, 4], None);
    assert_eq!(b.at_escalation, Some(0));
    b.add(1, &[0], Some(9));
    b.merge(&a);
    assert_eq!((b.most, b.at_escalation), (5, Some(2)));
}

/// A route reading a counter in a window sees, at the escalation point, only what that
/// window holds: `3 at an escalation` (the whole count) told a rule owner that a route
/// needing 2 within 4 should have held, where the window held none. Each conversation's
/// figure is the counted messages in the window of `within` messages ending at the
/// escalation's message; one that did not escalate adds nothing; a merge keeps the larger.
#[test]
fn a_windowed_route_sees_the_window_ending_at_the_escalation() {
    proptest!(|(gaps in prop::collection::vec(0u32..6, 0..24), within in 1u32..9, turn in 1usize..80)| {
        let at: Vec<u32> = gaps.iter().scan(0, |next, gap| {
            let index = *next + gap;
            *next = index + 1;
            Some(index)
        }).collect();
        let last = u32::try_from(turn).unwrap() - 1;
        let seen = at.iter().filter(|&&i| i <= last && i + within > last).count();
        let mut c = CounterCoverage {
            windows: vec![WindowMost { within, most: 0, at_escalation: Some(0) }],
            ..CounterCoverage::default()
        };
        c.add(u32::try_from(at.len()).unwrap(), &at, Some(turn));
        prop_assert_eq!(c.windows[0].at_escalation, Some(seen as u64));
        prop_assert!(seen as u64 <= c.windows[0].most);
    });
    let routed = CounterCoverage {
        windows: vec![WindowMost {
            within: 3,
            most: 0,
            at_escalation: Some(0),
        }],
        ..CounterCoverage::default()
    };
    let (mut a, mut b) = (routed.clone(), routed);
    // Counted at messages 1, 3 and 6; escalated at turn 7 (message 6): the window of 3
    // ending there holds message 6 alone, where 1 and 3 were 2 within 3.
    a.add(3, &[1, 3, 6], Some(7));
    assert_eq!(
        (a.windows[0].most, a.windows[0].at_escalation),
        (2, Some(1))
    );
    b.add(3, &[0, 1, 2], None);
    assert_eq!(b.windows[0].at_escalation, Some(0));
    b.merge(&a);
    assert_eq!(
        (b.windows[0].most, b.windows[0].at_escalation),
        (3, Some(1))
    );
    assert_eq!(b.most_text(), "3 (3 within 3, 1 within 3 at an escalation)");
}
