//! R012 team-without-bridge: a team with no bridge message.

use crate::diag::Annotate;
use crate::lint::{Check, Code, Context, Sink, code::code};

pub(crate) struct TeamWithoutBridge;

/// The bridge R012 suggests for a team with an `agent:`, who signs it.
const SIGNED: &str = "Hi {{ customer.first_name | default('there') }}, I'm {{ agent }}, stepping in to {{ reason }}.";

/// The bridge R012 suggests for a team without one: `{{ agent }}` would render as
/// "[agent name]" (T012), so the team's name speaks.
const UNSIGNED: &str = "Hi {{ customer.first_name | default('there') }}, this is {{ team.name }}, stepping in to {{ reason }}.";

impl Check for TeamWithoutBridge {
    fn code(&self) -> &'static Code {
        code("R012")
    }

    fn run(&self, cx: &Context<'_>, sink: &mut Sink<'_>) {
        for team in cx.rules.teams.iter().filter(|t| t.bridge.is_none()) {
            let (message, label) = if team.by_trigger.is_empty() {
                (
                    format!("team `{}` has no bridge message", team.id),
                    "the human would join without a word of continuity",
                )
            } else {
                (
                    format!("team `{}` has no default bridge message", team.id),
                    "escalations for triggers not under `bridges:` get no bridge message",
                )
            };
            let help = if team.agent.is_some() {
                format!("add `bridge: \"{SIGNED}\"`")
            } else {
                format!(
                    "add `bridge: \"{UNSIGNED}\"` (or give the team an `agent:`, whom `{{{{ agent }}}}` names)"
                )
            };
            sink.report(team.span, message)
                .with_label(label)
                .with_help(help);
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lint::{Overrides, lint};

    const RULES: &str = "version: 1\nsignals:\n  - { id: angry, phrases: [ridiculous] }\ntriggers:\n  - { id: angry, reason: make this right, when: { message: { role: customer, signal: angry } } }\nroutes:\n  - { id: vip, when: { meta: { field: tier, equals: vip } }, team: vip }\ndefault_route: { team: support }\nteams:\n";

    fn codes(teams: &str) -> Vec<(&'static str, Vec<String>)> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rules.yaml");
        std::fs::write(&path, format!("{RULES}{teams}")).unwrap();
        let report = lint(&path, &Overrides::default(), None).unwrap();
        report
            .diagnostics
            .into_iter()
            .filter_map(|d| Some((d.code?, d.help)))
            .collect()
    }

    /// R012 suggested `I'm {{ agent }}` to a team without an `agent:`, and the bridge
    /// it suggested then got T012 ("[agent name]") on the next lint. Each suggestion
    /// lints clean for its team.
    #[test]
    fn the_suggested_bridge_lints_clean_for_its_team() {
        let found =
            codes("  - { id: support, name: Support }\n  - { id: vip, name: VIP, agent: Maya }\n");
        let helps: Vec<&str> = found
            .iter()
            .filter(|(code, _)| *code == "R012")
            .map(|(_, help)| help[0].as_str())
            .collect();
        assert_eq!(helps.len(), 2, "{found:?}");
        assert!(helps[0].contains(super::UNSIGNED) && helps[0].contains("`agent:`"));
        assert_eq!(helps[1], format!("add `bridge: \"{}\"`", super::SIGNED));
        let fixed = codes(&format!(
            "  - {{ id: support, name: Support, bridge: \"{}\" }}\n  - {{ id: vip, name: VIP, agent: Maya, bridge: \"{}\" }}\n",
            super::UNSIGNED,
            super::SIGNED
        ));
        assert!(fixed.is_empty(), "{fixed:?}");
    }
}
