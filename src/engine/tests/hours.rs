//! `hours:` conditions in triggers and routes: they read the latest message's time (for
//! a route, the escalation message's), do not hold without one, and `explain` shows the
//! local time they saw.

use super::*;

/// Business hours on weekdays in London; outside them, the night shift.
const RULES: &str = r#"
version: 1
signals:
  - { id: person, builtin: human_request }
triggers:
  - id: asks-human
    when: { message: { role: customer, signal: person } }
  - id: late-message
    when:
      all:
        - message: { role: customer }
        - hours: { between: "22:00-06:00", tz: Europe/London }
routes:
  - id: night-shift
    when:
      any:
        - hours: { between: "17:30-09:00", tz: Europe/London }
        - hours: { days: [sat, sun], tz: Europe/London }
    team: night
default_route: { team: day }
teams:
  - { id: day, name: Day, bridge: hi }
  - { id: night, name: Night, bridge: hi }
"#;

fn timed(messages: &[(&str, &str, &str)]) -> Conversation {
    let plain: Vec<(&str, &str)> = messages.iter().map(|(r, t, _)| (*r, *t)).collect();
    let mut c = conversation(&plain, &[]);
    for (m, (_, _, time)) in c.messages.iter_mut().zip(messages) {
        m.time = (*time).to_owned();
        m.timestamp = time.parse().ok();
    }
    c
}

#[test]
fn a_route_reads_the_escalation_message_time_in_its_zone() {
    let e = engine(RULES);
    let ask = "can I talk to a real person";
    // Monday 10:00 in London (BST, 09:00 UTC): business hours.
    let day = timed(&[
        ("customer", "hi", "2026-06-01T08:30:00Z"),
        ("customer", ask, "2026-06-01T09:00:00Z"),
    ]);
    let o = e.evaluate(&day, &mut Scratch::default());
    assert_eq!(o.route.as_deref(), Some("default"));
    // Monday 17:45 in London: the first message was in business hours, the escalation
    // message is not, and the route reads the escalation message.
    let evening = timed(&[
        ("customer", "hi", "2026-06-01T12:00:00Z"),
        ("customer", ask, "2026-06-01T16:45:00Z"),
    ]);
    let o = e.evaluate(&evening, &mut Scratch::default());
    assert_eq!(o.route.as_deref(), Some("night-shift"));
    // Saturday 12:00 in London.
    let weekend = timed(&[("customer", ask, "2026-06-06T11:00:00Z")]);
    let o = e.evaluate(&weekend, &mut Scratch::default());
    assert_eq!(o.route.as_deref(), Some("night-shift"));
}

#[test]
fn a_trigger_past_midnight_fires_on_the_first_message_in_its_hours() {
    let e = engine(RULES);
    let c = timed(&[
        ("customer", "hello", "2026-01-05T21:59:00Z"),
        ("bot", "hi", "2026-01-05T22:00:00Z"),
        ("customer", "still there?", "2026-01-05T23:10:00Z"),
    ]);
    let o = e.evaluate(&c, &mut Scratch::default());
    assert_eq!(o.escalation_turn, Some(3));
    assert_eq!(ids(&o), ["late-message"]);
}

/// As `minutes_elapsed` without timestamps: a message without a time is in no hours, so
/// the condition does not hold (and `not:` of it does).
#[test]
fn without_a_timestamp_hours_do_not_hold() {
    let e = engine(RULES);
    let c = timed(&[
        ("customer", "hello", ""),
        ("customer", "are you there?", "2026-01-05T23:00:00Z"),
    ]);
    let o = e.evaluate(&c, &mut Scratch::default());
    assert_eq!(o.escalation_turn, Some(2));
    let c = timed(&[("customer", "can I talk to a real person", "")]);
    let o = e.evaluate(&c, &mut Scratch::default());
    assert_eq!(o.route.as_deref(), Some("default"));
}

#[test]
fn explain_shows_the_local_time_each_hours_condition_saw() {
    let e = engine(RULES);
    let c = timed(&[(
        "customer",
        "can I talk to a real person",
        "2026-06-01T16:45:00Z",
    )]);
    let trace = e.trace(&c);
    let night = &trace.routes[0];
    assert!(night.chosen);
    let condition = night.condition.as_ref().unwrap();
    let first = &condition.children[0];
    assert_eq!(first.condition, "hours 17:30–09:00 (Europe/London)");
    assert_eq!(
        first.detail,
        "local time Mon 2026-06-01 17:45 (Europe/London)"
    );
    assert!(first.holds);
    let c = timed(&[("customer", "can I talk to a real person", "")]);
    let trace = e.trace(&c);
    let condition = trace.routes[0].condition.as_ref().unwrap();
    assert_eq!(condition.children[1].detail, "message 1 has no timestamp");
}

/// A trigger that fired because of `hours:` had no evidence of it. It has the
/// local time the condition saw, its zone, and the day whose hours it is in.
#[test]
fn an_hours_condition_that_fires_a_trigger_is_in_its_evidence() {
    let e = engine(RULES);
    // Tuesday 2026-01-06 00:10 in London (GMT): in Monday's 22:00-06:00.
    let c = timed(&[("customer", "still there?", "2026-01-06T00:10:00Z")]);
    let o = e.evaluate(&c, &mut Scratch::default());
    assert_eq!(ids(&o), ["late-message"]);
    assert_eq!(
        o.triggers[0].evidence,
        [Evidence::Hours {
            turn: 1,
            local_time: "2026-01-06T00:10".to_owned(),
            weekday: "tue",
            tz: "Europe/London".to_owned(),
            shift_day: "mon",
        }]
    );
    assert_eq!(
        crate::report::describe_evidence(&o.triggers[0].evidence[0]),
        "Tue 2026-01-06 00:10 Europe/London, Mon's shift (turn 1)"
    );
    // In summer, the local time is an hour on from UTC, and the evening is its own day's.
    let c = timed(&[("customer", "still there?", "2026-06-01T21:30:00Z")]);
    let o = e.evaluate(&c, &mut Scratch::default());
    assert_eq!(
        crate::report::describe_evidence(&o.triggers[0].evidence[0]),
        "Mon 2026-06-01 22:30 Europe/London (turn 1)"
    );
}

/// A timestamp without an offset that no `timestamp_tz:` placed is read as UTC; `explain`
/// says so where an `hours:` condition read it. One read in the export's zone names the
/// zone; a rule test's says rule tests read it as UTC; one written with an offset needs
/// no note.
#[test]
fn explain_says_when_an_offset_less_time_was_assumed_utc() {
    let e = engine(RULES);
    let ask = "can I talk to a real person";
    let mut c = timed(&[("customer", ask, "2026-06-01T16:45:00Z")]);
    let detail = |c: &Conversation| {
        let trace = e.trace(c);
        trace.routes[0].condition.as_ref().unwrap().children[0]
            .detail
            .clone()
    };
    assert_eq!(
        detail(&c),
        "local time Mon 2026-06-01 17:45 (Europe/London)"
    );
    c.messages[0].time = "2026-06-01 16:45:00".to_owned();
    c.messages[0].clock = crate::transcript::Clock::AssumedUtc;
    assert_eq!(
        detail(&c),
        "local time Mon 2026-06-01 17:45 (Europe/London); `2026-06-01 16:45:00` has no offset: assumed UTC (`timestamp_tz:` in the mapping names an export's zone)"
    );
    // Read in the mapping's `timestamp_tz`: named, as the hours' zone may be another.
    c.messages[0].clock = crate::transcript::Clock::ExportZone("America/New_York".into());
    assert_eq!(
        detail(&c),
        "local time Mon 2026-06-01 17:45 (Europe/London); `2026-06-01 16:45:00` has no offset: read in America/New_York (the mapping's `timestamp_tz:`)"
    );
    // A rule test's times without an offset are UTC by the test format, whatever a
    // mapping says: no advice about `timestamp_tz:`, which rule tests do not read.
    c.messages[0].clock = crate::transcript::Clock::RuleTestUtc;
    let said = detail(&c);
    assert_eq!(
        said,
        "local time Mon 2026-06-01 17:45 (Europe/London); `2026-06-01 16:45:00` has no offset: read as UTC, as a rule test's times without one are"
    );
    assert!(!said.contains("assumed") && !said.contains("timestamp_tz"));
    // `explain --say 'customer@2026-06-01 16:45:00: …'`: UTC too, said as `--say`'s.
    c.messages[0].clock = crate::transcript::Clock::SaidUtc;
    assert_eq!(
        detail(&c),
        "local time Mon 2026-06-01 17:45 (Europe/London); `2026-06-01 16:45:00` has no offset: read as UTC, as `--say`'s times without one are"
    );
    c.messages[0].clock = crate::transcript::Clock::Written;
    assert_eq!(
        detail(&c),
        "local time Mon 2026-06-01 17:45 (Europe/London)"
    );
}

/// `diff` showed a conversation moved to an `hours:` route without the local
/// time that decided it. The outcome keeps the local times the chosen route's `hours:`
/// conditions saw (only those that held); the default route has none.
#[test]
fn an_hours_route_keeps_the_local_time_it_saw() {
    let e = engine(RULES);
    let ask = "can I talk to a real person";
    // Saturday 2026-06-06 12:00 in London (BST): the weekend, not the evening.
    let o = e.evaluate(
        &timed(&[("customer", ask, "2026-06-06T11:00:00Z")]),
        &mut Scratch::default(),
    );
    assert_eq!(o.route.as_deref(), Some("night-shift"));
    assert_eq!(
        o.route_hours,
        [Evidence::Hours {
            turn: 1,
            local_time: "2026-06-06T12:00".to_owned(),
            weekday: "sat",
            tz: "Europe/London".to_owned(),
            shift_day: "sat",
        }]
    );
    let o = e.evaluate(
        &timed(&[("customer", ask, "2026-06-01T09:00:00Z")]),
        &mut Scratch::default(),
    );
    assert_eq!(o.route.as_deref(), Some("default"));
    assert!(o.route_hours.is_empty());
}
