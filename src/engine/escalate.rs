//! The escalation point: the engine, the conversation and the triggers that fired at a
//! message → the escalated outcome (triggers with evidence, most severe first; the
//! route, its team and the bridge message). The loop that finds the point is `mod.rs`'s.

use super::bridge::{BridgeContext, ConversationValues, TriggerValues};
use super::eval::{Cx, Quoting};
use super::trace::Observer;
use super::{Engine, non_empty};
use crate::outcome::{Evidence, FiredTrigger, Outcome};
use crate::rules::{DEFAULT_ROUTE_ID, TeamId, TriggerId};
use crate::transcript::Conversation;

impl Engine {
    /// Builds the escalated outcome at the current message: triggers with evidence,
    /// route, team and bridge message.
    pub(super) fn escalate<O: Observer>(
        &self,
        conversation: &Conversation,
        cx: &Cx<'_>,
        fired: &[bool],
        quoting: &Quoting,
        observer: &mut O,
    ) -> Outcome {
        let rules = &self.rules;
        let turn = cx.state.turn();
        let mut ids: Vec<usize> = (0..fired.len()).filter(|&i| fired[i]).collect();
        // Most severe first; ties keep rule order (stable sort).
        ids.sort_by_key(|&i| std::cmp::Reverse(rules.triggers[i].severity));
        let triggers: Vec<FiredTrigger> = ids
            .iter()
            .map(|&i| {
                let mut evidence: Vec<Evidence> = Vec::new();
                cx.evidence(
                    &self.triggers[i],
                    rules,
                    &self.metas,
                    conversation,
                    quoting,
                    &mut evidence,
                );
                FiredTrigger {
                    id: rules.triggers[i].id.clone(),
                    severity: rules.triggers[i].severity.as_str(),
                    turn,
                    evidence,
                }
            })
            .collect();
        let primary_id = TriggerId(ids[0]);
        let primary = rules.trigger(primary_id);

        let route_cx = Cx { fired, ..*cx };
        let chosen = self.routes.iter().position(|node| route_cx.holds(node));
        observer.at_routing(self, conversation, &route_cx, chosen);
        // The local times the chosen route's `hours:` conditions saw: once per escalated
        // conversation, for `diff` to show.
        let mut route_hours = Vec::new();
        if let Some(r) = chosen.filter(|&r| self.routes[r].has_hours()) {
            route_cx.evidence(
                &self.routes[r],
                rules,
                &self.metas,
                conversation,
                quoting,
                &mut route_hours,
            );
            route_hours.retain(|e| matches!(e, Evidence::Hours { .. }));
        }
        let route = chosen
            .map(|r| (rules.routes[r].id.as_str(), rules.routes[r].team))
            .or_else(|| {
                rules
                    .default_route
                    .as_ref()
                    .map(|d| (DEFAULT_ROUTE_ID, d.team))
            });

        let message = &conversation.messages[cx.state.index];
        let (bridge_message, bridge_error) = match route {
            Some((route_id, team)) => {
                match self.render_bridge(
                    conversation,
                    quoting,
                    team,
                    primary_id,
                    &triggers,
                    route_id,
                    turn,
                    &message.time,
                ) {
                    Ok(text) => (text, None),
                    Err(e) => (None, Some(e)),
                }
            }
            None => (None, None),
        };
        Outcome {
            conversation_id: conversation.id.clone(),
            escalated: true,
            escalation_turn: Some(turn),
            escalation_time: non_empty(&message.time),
            reason: Some(primary.reason.clone()),
            triggers,
            route: route.map(|(id, _)| id.to_owned()),
            team: route.map(|(_, t)| rules.team(t).id.clone()),
            team_name: route.map(|(_, t)| rules.team(t).name.clone()),
            bridge_message,
            bridge_error,
            route_hours,
            actual_handoff_turn: None,
            actual_handoff_time: None,
            versus_actual: None,
            messages: 0,
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn render_bridge(
        &self,
        conversation: &Conversation,
        quoting: &Quoting,
        team: TeamId,
        primary_id: TriggerId,
        triggers: &[FiredTrigger],
        route: &str,
        turn: usize,
        time: &str,
    ) -> Result<Option<String>, String> {
        let primary = self.rules.trigger(primary_id);
        let summary = self
            .bridges
            .wants_summary(team, primary_id)
            .then(|| self.summarize_with(conversation, turn, quoting.names(), triggers));
        // The values known at the escalation point: a later row's are hindsight.
        let metadata = conversation.metadata.as_known_at(turn - 1);
        let ctx = BridgeContext {
            team,
            metadata: &metadata,
            reason: &primary.reason,
            trigger: TriggerValues {
                id: &primary.id,
                description: primary.description.as_deref().filter(|d| !d.is_empty()),
                severity: primary.severity.as_str(),
                reason: &primary.reason,
            },
            triggers: triggers.iter().map(|t| t.id.as_str()).collect(),
            route,
            conversation: ConversationValues {
                id: &conversation.id,
                turn,
                time: (!time.is_empty()).then_some(time),
                messages: conversation.messages.len(),
            },
            summary: summary.as_ref(),
            masking: quoting.names(),
        };
        self.bridges.render(&self.rules, primary_id, &ctx)
    }
}
