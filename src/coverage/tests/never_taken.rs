//! Why a route was never taken: the metadata fields it reads that no conversation had
//! (`missing_fields`), the triggers it names that never fired (`unfired_triggers`), the
//! escalations an earlier route took although it held (`taken_earlier`) and those in
//! which enough of its triggers fired but not the rest of it (`rest_unmet`), as one run
//! and as merged shards count them.

use super::*;

/// A route on a `plan` column, one on a trigger alone, and the default.
fn plan_rules() -> Engine {
    coverage_engine(
        "version: 1
signals:
  - { id: p, phrases: [discount] }
triggers:
  - { id: t, when: { message: { signal: p } } }
routes:
  - id: by-plan
    when: { all: [ { trigger: t }, { meta: { field: plan, equals: pro } }, { not: { meta: { field: Region, exists: true } } } ] }
    team: a
  - { id: by-trigger, when: { trigger: t }, team: b }
default_route: { team: b }
teams:
  - { id: a, name: A, bridge: hi }
  - { id: b, name: B, bridge: hi }
",
    )
}

fn missing<'a>(r: &'a CoverageReport, route: &str) -> &'a [String] {
    &r.routes
        .iter()
        .find(|x| x.id == route)
        .unwrap()
        .missing_fields
}

/// STAR's chats have no CRM columns: the starter pack's `enterprise-lead` and
/// `self-serve-pricing` were listed as never taken, with nothing to say why. A field the
/// route reads is missing until a conversation has a value for it; a column that is
/// there but empty in every row is missing too. Fields are named normalised (`Region`
/// is read as `region`), sorted, each once.
#[test]
fn a_route_names_the_fields_no_conversation_had() {
    let engine = plan_rules();
    let without = conversations_of(
        "conversation_id,role,text\n\
         c1,customer,any discount?\n\
         c2,customer,hello\n",
    );
    let r = report(&engine, &without);
    assert_eq!(missing(&r, "by-plan"), ["plan", "region"]);
    assert!(missing(&r, "by-trigger").is_empty());
    assert!(missing(&r, "default").is_empty());
    assert_eq!(r.never_routed, ["by-plan", "default"]);
    // In the JSON only where there are some.
    let json: serde_json::Value = serde_json::to_value(&r).unwrap();
    assert_eq!(
        json["routes"][0]["missing_fields"],
        serde_json::json!(["plan", "region"])
    );
    assert!(json["routes"][1].get("missing_fields").is_none());
    // Empty in every row: still no value to test.
    let empty = conversations_of(
        "conversation_id,role,text,plan\n\
         c1,customer,any discount?,\n",
    );
    assert_eq!(
        missing(&report(&engine, &empty), "by-plan"),
        ["plan", "region"]
    );
    // One conversation with a value is enough, taken or not.
    let with = conversations_of(
        "conversation_id,role,text,plan\n\
         c1,customer,any discount?,\n\
         c2,customer,hello,free\n",
    );
    let r = report(&engine, &with);
    assert_eq!(missing(&r, "by-plan"), ["region"]);
    assert_eq!(r.never_routed, ["by-plan", "default"]);
}

/// Merged shards: a field is missing from the whole input when it is missing from each
/// shard, whichever shard has it, as the single run over both counts it.
#[test]
fn merged_shards_miss_only_what_every_shard_misses() {
    let engine = plan_rules();
    let a = conversations_of("conversation_id,role,text\nc1,customer,any discount?\n");
    let b = conversations_of("conversation_id,role,text,plan\nc2,customer,hello,pro\n");
    for (first, second) in [(&a, &b), (&b, &a)] {
        let mut merged = report(&engine, first);
        merged.merge(&report(&engine, second)).unwrap();
        assert_eq!(missing(&merged, "by-plan"), ["region"]);
        let whole: Vec<Conversation> = first.iter().chain(second).cloned().collect();
        assert_eq!(merged.routes, report(&engine, &whole).routes);
    }
}

/// Team note (lint12): a route never taken because the trigger it needs never fired
/// gave no reason. It names the triggers it names that never fired (`trigger: x`, `all:`
/// with one, and since version 8 each of an `any:` of two, but not one under `not:`),
/// until one fires; a merge keeps those no shard fired, as the run over both counts them.
#[test]
fn a_route_names_the_triggers_it_needs_that_never_fired() {
    let engine = coverage_engine(
        "version: 1
signals:
  - { id: p, phrases: [discount] }
  - { id: q, phrases: [invoice] }
triggers:
  - { id: t, when: { message: { signal: p } } }
  - { id: u, when: { message: { signal: q } } }
routes:
  - { id: on-u, when: { all: [ { trigger: u }, { not: { trigger: t } } ] }, team: a }
  - { id: either, when: { any: [ { trigger: t }, { trigger: u } ] }, team: a }
  - { id: both, when: { all: [ { trigger: u }, { any: [ { trigger: t }, { trigger: u } ] } ] }, team: a }
default_route: { team: a }
teams:
  - { id: a, name: A, bridge: hi }
",
    );
    let unfired = |r: &CoverageReport, route: &str| {
        r.routes
            .iter()
            .find(|x| x.id == route)
            .unwrap()
            .unfired_triggers
            .clone()
    };
    let a = conversations_of(
        "conversation_id,role,text
c1,customer,any discount?
",
    );
    let r = report(&engine, &a);
    assert_eq!(unfired(&r, "on-u"), ["u"]);
    // An `any:` of two: the one that never fired, though the other took it.
    assert_eq!(unfired(&r, "either"), ["u"]);
    assert_eq!(unfired(&r, "both"), ["u"]);
    assert!(unfired(&r, "default").is_empty());
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["version"], crate::coverage::VERSION);
    assert_eq!(
        json["routes"][0]["unfired_triggers"],
        serde_json::json!(["u"])
    );
    assert!(
        json["routes"][3].get("unfired_triggers").is_none(),
        "{json}"
    );
    // Fired once: no longer a reason, in one run or merged.
    let b = conversations_of(
        "conversation_id,role,text
c2,customer,my invoice
",
    );
    assert!(unfired(&report(&engine, &b), "on-u").is_empty());
    for (first, second) in [(&a, &b), (&b, &a)] {
        let mut merged = report(&engine, first);
        merged.merge(&report(&engine, second)).unwrap();
        assert!(unfired(&merged, "on-u").is_empty());
        let whole: Vec<Conversation> = first.iter().chain(second).cloned().collect();
        assert_eq!(merged.routes, report(&engine, &whole).routes);
    }
    let mut merged = report(&engine, &a);
    let mut again = report(&engine, &a);
    again.shards = vec!["other".into()];
    merged.merge(&again).unwrap();
    assert_eq!(unfired(&merged, "on-u"), ["u"]);
}

/// "Never counted" did not tell a phrase nobody wrote from one written only negated ("I
/// don't want a refund") or only inside a longer phrase of its signal: each says where
/// it occurred, in messages, and a phrase that never occurred says nothing more.
#[test]
fn a_phrase_never_counted_says_where_it_occurred_all_the_same() {
    let engine = coverage_engine(
        "version: 1
signals:
  - id: refund
    negation: true
    phrases: [refund, money back, full refund please, never said]
triggers:
  - { id: t, when: { message: { signal: refund } } }
",
    );
    let r = report(
        &engine,
        &conversations_of(
            "conversation_id,role,text\n\
             a,customer,I don't want a refund\n\
             a,customer,no I do not need a refund\n\
             a,customer,I don't want my money back\n\
             b,customer,a full refund please\n\
             c,customer,I want my money back\n",
        ),
    );
    let entry = |text: &str| {
        r.signals[0]
            .entries
            .iter()
            .find(|e| e.text == text)
            .unwrap()
    };
    // `refund`: cancelled twice, and inside "full refund please" once.
    assert_eq!(entry("refund").hits, 0);
    assert_eq!(
        entry("refund").uncounted,
        Uncounted {
            negated: 2,
            inside_longer: 1
        }
    );
    // `money back`: cancelled once, counted once: it counts.
    assert_eq!(entry("money back").hits, 1);
    assert_eq!(entry("money back").uncounted.negated, 1);
    assert_eq!(entry("never said").uncounted, Uncounted::default());
    let dead: Vec<(&str, Uncounted)> = (r.dead_phrases.iter())
        .map(|p| (p.text.as_str(), p.uncounted))
        .collect();
    assert_eq!(
        dead,
        [
            (
                "refund",
                Uncounted {
                    negated: 2,
                    inside_longer: 1
                }
            ),
            ("never said", Uncounted::default()),
        ]
    );
    // In the JSON only where there is something, and summed by a merge.
    let json = serde_json::to_value(&r.dead_phrases).unwrap();
    assert_eq!(json[0]["negated"], 2);
    assert_eq!(json[0]["inside_longer"], 1);
    assert!(json[1].get("negated").is_none(), "{json}");
    let mut merged = r.clone();
    let mut other = r.clone();
    other.shards = vec!["other".into()];
    merged.merge(&other).unwrap();
    merged.finish();
    assert_eq!(merged.dead_phrases[0].uncounted.negated, 4);
}
