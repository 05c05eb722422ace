//! Why a route was not taken (more) though its triggers fired: the escalations an
//! earlier route took although its condition held (`taken_earlier`), and those in which
//! the triggers of one of its branches fired but the rest of its condition did not hold
//! (`rest_unmet`), as one run and as merged shards count them.

use super::*;

/// `first` on `t`; `shadowed` on `t` or `u`, behind it; `needs-plan` on `u` and a `plan`
/// column; `tech` on `v`, or on `u` with a discount in the same message (STAR's
/// `technical`: `any:` of a trigger, and of another with a `seen:`).
fn rules() -> Engine {
    coverage_engine(
        "version: 1
signals:
  - { id: p, phrases: [discount] }
  - { id: q, phrases: [invoice] }
  - { id: r, phrases: [refund] }
triggers:
  - { id: t, when: { message: { signal: p } } }
  - { id: u, when: { message: { signal: q } } }
  - { id: v, when: { message: { signal: r } } }
routes:
  - { id: first, when: { trigger: t }, team: a }
  - { id: shadowed, when: { any: [ { trigger: t }, { trigger: u } ] }, team: a }
  - { id: needs-plan, when: { all: [ { trigger: u }, { meta: { field: plan, equals: pro } } ] }, team: a }
  - id: tech
    when: { any: [ { trigger: v }, { all: [ { trigger: u }, { message: { signal: p } } ] } ] }
    team: a
default_route: { team: a }
teams:
  - { id: a, name: A, bridge: hi }
",
    )
}

const CHATS: &str = "conversation_id,role,text,plan
c1,customer,any discount?,
c2,customer,my invoice,
c3,customer,my invoice,pro
c4,customer,a discount on my invoice,pro
";

fn route<'a>(r: &'a CoverageReport, id: &str) -> &'a RouteCoverage {
    r.routes.iter().find(|x| x.id == id).unwrap()
}

fn by(pairs: &[(&str, u64)]) -> BTreeMap<String, u64> {
    pairs.iter().map(|&(k, n)| (k.to_owned(), n)).collect()
}

/// c1: `first` takes it, `shadowed` held too. c2: `shadowed` takes it; `needs-plan` and
/// `tech` had `u` but not the plan, nor the discount. c3: `shadowed` takes it,
/// `needs-plan` held too; `tech` had `u` but no discount. c4: `first` takes it, and the
/// three others held.
#[test]
fn a_route_counts_what_an_earlier_route_took_and_what_its_triggers_could_not_do_alone() {
    let engine = rules();
    let r = report(&engine, &conversations_of(CHATS));
    let first = route(&r, "first");
    assert_eq!((first.matched, first.rest_unmet), (2, 0));
    assert!(first.taken_earlier.is_empty());
    let shadowed = route(&r, "shadowed");
    assert_eq!(shadowed.matched, 2);
    assert_eq!(shadowed.taken_earlier, by(&[("first", 2)]));
    assert_eq!(shadowed.rest_unmet, 0);
    let plan = route(&r, "needs-plan");
    assert_eq!(plan.matched, 0);
    assert_eq!(plan.taken_earlier, by(&[("first", 1), ("shadowed", 1)]));
    assert_eq!(plan.rest_unmet, 1);
    let tech = route(&r, "tech");
    assert_eq!(tech.matched, 0);
    assert_eq!(tech.unfired_triggers, ["v"]);
    assert_eq!(tech.taken_earlier, by(&[("first", 1)]));
    assert_eq!(tech.rest_unmet, 2);
    // The default route has no condition: nothing to say.
    assert_eq!(
        route(&r, "default"),
        &RouteCoverage {
            id: "default".into(),
            team: "a".into(),
            ..RouteCoverage::default()
        }
    );
    // In the JSON only where there is something.
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(
        json["routes"][2]["taken_earlier"],
        serde_json::json!({"first": 1, "shadowed": 1})
    );
    assert_eq!(json["routes"][2]["rest_unmet"], 1);
    assert!(json["routes"][0].get("taken_earlier").is_none(), "{json}");
    assert!(json["routes"][0].get("rest_unmet").is_none(), "{json}");
}

/// A conversation that did not escalate, or fell to the default route, says nothing
/// of routes that were not taken: no route held, and no trigger fired for one.
#[test]
fn nothing_is_said_of_an_escalation_no_route_held() {
    let engine = rules();
    let r = report(
        &engine,
        &conversations_of("conversation_id,role,text\nc1,customer,hello\n"),
    );
    assert!(
        r.routes
            .iter()
            .all(|x| x.taken_earlier.is_empty() && x.rest_unmet == 0)
    );
}

/// Merged shards count what the run over both counts, in either order.
#[test]
fn merged_shards_add_up_what_each_passed_over() {
    let engine = rules();
    let all = conversations_of(CHATS);
    let (a, b) = all.split_at(2);
    for (first, second) in [(a, b), (b, a)] {
        let mut merged = report(&engine, first);
        merged.merge(&report(&engine, second)).unwrap();
        let whole: Vec<Conversation> = first.iter().chain(second).cloned().collect();
        assert_eq!(merged.routes, report(&engine, &whole).routes);
    }
}
