//! Validation: parsed rule files → a [`RuleSet`], or every error found.
//!
//! Merges the files (ids unique across all of them), resolves references to indices,
//! expands built-in lexicons, normalises phrases, compiles regexes with size limits and
//! parses templates. It collects every error instead of stopping at the first, each with
//! a stable code and the span of the offending value.

use std::collections::HashMap;

use crate::diag::{Annotate, Diagnostic, FileId, Sources, Span, did_you_mean};
use crate::text::normalize_phrase;
use crate::transcript::{Role, normalize_field};
use crate::yaml::{self, Spanned};

use super::builtin;
use super::load::Loaded;
use super::schema::{
    Builtin, PhraseEntry, RawCondition, RawMetaCondition, RawRuleFile, RawSignal, RegexEntry,
    RoleName,
};
use super::{
    Bridge, Condition, DefaultRoute, MetaTest, Pattern, Phrase, Route, RuleSet, Signal, SignalId,
    Team, TeamId, Template, Trigger, TriggerId,
};

/// Compiled regexes larger than this are refused (the regex crate's own limit is 10 MiB).
const REGEX_SIZE_LIMIT: usize = 1 << 20;

/// Unrelated short texts: a regex that matches all of them matches (nearly) every message.
const UNRELATED: &[&str] = &["ok", "hello there", "zq", "7", "Merci beaucoup"];

/// Variables a bridge template may use, with the attributes of each (`None`: any).
const TEMPLATE_VARIABLES: &[(&str, Option<&[&str]>)] = &[
    ("customer", None),
    ("agent", Some(&[])),
    ("reason", Some(&[])),
    ("route", Some(&[])),
    ("triggers", Some(&[])),
    ("team", Some(&["id", "name"])),
    (
        "trigger",
        Some(&["id", "description", "severity", "reason"]),
    ),
    ("conversation", Some(&["id", "turn", "time", "messages"])),
];

/// Validates loaded files; on failure returns the diagnostics and the sources to render them.
pub fn validate(loaded: Loaded) -> Result<RuleSet, (Vec<Diagnostic>, Sources)> {
    let Loaded {
        sources,
        files,
        diagnostics,
    } = loaded;
    let mut v = Validator {
        sources: &sources,
        diags: diagnostics,
        signal_ids: HashMap::new(),
        trigger_ids: HashMap::new(),
        team_ids: HashMap::new(),
        template_ids: HashMap::new(),
        route_ids: HashMap::new(),
        signals: Vec::new(),
    };
    v.check_versions(&files);
    v.collect_ids(&files);
    let templates = v.templates(&files);
    for (file, raw) in &files {
        for signal in &raw.signals {
            let built = v.signal(signal, *file);
            v.signals.push(built);
        }
    }
    let teams: Vec<Team> = files
        .iter()
        .flat_map(|(file, raw)| raw.teams.iter().map(move |t| (*file, t)))
        .map(|(file, t)| v.team(t, file, &templates))
        .collect();
    let mut triggers = Vec::new();
    for (file, raw) in &files {
        for t in &raw.triggers {
            let ctx = Ctx {
                file: *file,
                owner: &t.id.value,
                in_route: false,
            };
            let when = v.condition(&t.when, &ctx);
            triggers.push(Trigger {
                id: t.id.value.clone(),
                span: yaml::span(&t.id, *file),
                description: t.description.clone(),
                reason: t
                    .reason
                    .clone()
                    .or_else(|| t.description.clone())
                    .unwrap_or_else(|| t.id.value.clone()),
                severity: t.severity.as_ref().map(|s| s.value).unwrap_or_default(),
                when,
            });
        }
    }
    let mut routes = Vec::new();
    let mut default_route: Option<DefaultRoute> = None;
    for (file, raw) in &files {
        for r in &raw.routes {
            let ctx = Ctx {
                file: *file,
                owner: &r.id.value,
                in_route: true,
            };
            let when = v.condition(&r.when, &ctx);
            let team = v.team_ref(&r.team, *file);
            routes.push(Route {
                id: r.id.value.clone(),
                span: yaml::span(&r.id, *file),
                description: r.description.clone(),
                when,
                team,
            });
        }
        if let Some(d) = &raw.default_route {
            let span = yaml::span(d, *file);
            if let Some(first) = &default_route {
                let d = Diagnostic::error("S007", "a second `default_route`")
                    .at(v.sources.location(span))
                    .label("defined again here")
                    .related(v.sources.location(first.span), "first defined here");
                v.diags.push(d);
            } else {
                let team = v.team_ref(&d.value.team, *file);
                default_route = Some(DefaultRoute { team, span });
            }
        }
    }
    let Validator {
        mut diags, signals, ..
    } = v;
    // In file order, then by position: the order an author reads them in.
    let order = |path: &std::path::Path| sources.files().iter().position(|f| f.path == path);
    diags.sort_by_key(|d| {
        d.location
            .as_ref()
            .map(|l| (order(&l.path), l.line, l.column))
    });
    if diags
        .iter()
        .any(|d| d.severity == crate::diag::Severity::Error)
    {
        return Err((diags, sources));
    }
    Ok(RuleSet {
        sources,
        signals,
        triggers,
        routes,
        default_route,
        teams,
        templates,
    })
}

struct Validator<'a> {
    sources: &'a Sources,
    diags: Vec<Diagnostic>,
    signal_ids: HashMap<String, (usize, Span)>,
    trigger_ids: HashMap<String, (usize, Span)>,
    team_ids: HashMap<String, (usize, Span)>,
    template_ids: HashMap<String, (usize, Span)>,
    route_ids: HashMap<String, (usize, Span)>,
    signals: Vec<Signal>,
}

/// Where a condition sits: which file, which trigger or route owns it.
struct Ctx<'a> {
    file: FileId,
    owner: &'a str,
    in_route: bool,
}

impl Validator<'_> {
    fn error(
        &mut self,
        code: &'static str,
        message: impl Into<String>,
        span: Span,
    ) -> &mut Diagnostic {
        let d = Diagnostic::error(code, message).at(self.sources.location(span));
        self.diags.push(d);
        self.diags.last_mut().expect("just pushed")
    }

    fn check_versions(&mut self, files: &[(FileId, RawRuleFile)]) {
        for (file, raw) in files {
            if raw.version.value != 1 {
                let span = yaml::span(&raw.version, *file);
                self.error(
                    "S005",
                    format!("unsupported rule format version {}", raw.version.value),
                    span,
                )
                .with_help("this version of handoff reads `version: 1`");
            }
        }
    }

    /// Registers every id, reporting duplicates with both locations.
    fn collect_ids(&mut self, files: &[(FileId, RawRuleFile)]) {
        let mut signals = 0;
        let mut triggers = 0;
        let mut teams = 0;
        let mut templates = 0;
        let mut routes = 0;
        for (file, raw) in files {
            for s in &raw.signals {
                self.register("signal", &s.id, *file, Kind::Signal, &mut signals);
            }
            for t in &raw.triggers {
                self.register("trigger", &t.id, *file, Kind::Trigger, &mut triggers);
            }
            for t in &raw.teams {
                self.register("team", &t.id, *file, Kind::Team, &mut teams);
            }
            for t in &raw.templates {
                self.register("template", &t.id, *file, Kind::Template, &mut templates);
            }
            for r in &raw.routes {
                let span = yaml::span(&r.id, *file);
                if r.id.value == super::DEFAULT_ROUTE_ID {
                    self.error(
                        "S008",
                        "`default` is reserved for the default route",
                        span,
                    )
                    .with_help("use `default_route: { team: ... }` for the catch-all, or pick another id");
                }
                self.register("route", &r.id, *file, Kind::Route, &mut routes);
            }
        }
    }

    fn register(
        &mut self,
        what: &str,
        id: &Spanned<String>,
        file: FileId,
        kind: Kind,
        next: &mut usize,
    ) {
        let span = yaml::span(id, file);
        if !valid_id(&id.value) {
            self.error("S008", format!("invalid {what} id `{}`", id.value), span)
                .with_help("ids use letters, digits, `-`, `_` and `.`");
        }
        let map = match kind {
            Kind::Signal => &mut self.signal_ids,
            Kind::Trigger => &mut self.trigger_ids,
            Kind::Team => &mut self.team_ids,
            Kind::Template => &mut self.template_ids,
            Kind::Route => &mut self.route_ids,
        };
        if let Some(&(_, first)) = map.get(&id.value) {
            let d = Diagnostic::error("S007", format!("duplicate {what} id `{}`", id.value))
                .at(self.sources.location(span))
                .label("defined again here")
                .related(self.sources.location(first), "first defined here");
            self.diags.push(d);
        } else {
            map.insert(id.value.clone(), (*next, span));
        }
        *next += 1;
    }

    fn templates(&mut self, files: &[(FileId, RawRuleFile)]) -> Vec<Template> {
        let mut out = Vec::new();
        for (file, raw) in files {
            for t in &raw.templates {
                let span = yaml::span(&t.text, *file);
                self.check_template(&t.text.value, span);
                out.push(Template {
                    id: t.id.value.clone(),
                    span: yaml::span(&t.id, *file),
                    text: t.text.value.clone(),
                });
            }
        }
        out
    }

    fn signal(&mut self, raw: &RawSignal, file: FileId) -> Signal {
        let span = yaml::span(&raw.id, file);
        let builtin = raw.builtin.as_ref().map(|b| b.value);
        let mut signal =
            self.detector(&raw.id.value, span, builtin, &raw.phrases, &raw.regex, file);
        signal.description.clone_from(&raw.description);
        if let Some(t) = &raw.threshold {
            if t.value.is_finite() && t.value > 0.0 {
                signal.threshold = t.value;
            } else {
                self.error(
                    "S008",
                    "`threshold` must be a positive number",
                    yaml::span(t, file),
                );
            }
        }
        if let Some(n) = &raw.negation {
            signal.negation = n.value;
        }
        if builtin.is_none() && raw.phrases.is_empty() && raw.regex.is_empty() {
            self.error(
                "S008",
                format!("signal `{}` detects nothing", raw.id.value),
                span,
            )
            .with_help("give it `phrases:`, `regex:` or a `builtin:` detector");
        }
        signal
    }

    /// Builds a detector from phrases, regexes and an optional built-in.
    fn detector(
        &mut self,
        id: &str,
        span: Span,
        builtin: Option<Builtin>,
        phrases: &[Spanned<PhraseEntry>],
        regexes: &[Spanned<RegexEntry>],
        file: FileId,
    ) -> Signal {
        let lexicon = builtin.and_then(builtin::lexicon);
        let mut signal = Signal {
            id: id.to_owned(),
            span,
            description: None,
            builtin,
            phrases: Vec::new(),
            regexes: Vec::new(),
            threshold: lexicon.map_or(1.0, |l| l.threshold),
            negation: lexicon.is_some_and(|l| l.negation),
            inline: false,
        };
        if let Some(lexicon) = lexicon {
            signal
                .phrases
                .extend(lexicon.phrases.iter().map(|&(text, weight)| Phrase {
                    text: text.to_owned(),
                    normalized: normalize_phrase(text),
                    weight,
                    span: None,
                }));
        }
        for p in phrases {
            let pspan = yaml::span(p, file);
            let (text, weight) = match &p.value {
                PhraseEntry::Plain(t) => (t.clone(), 1.0),
                PhraseEntry::Weighted(w) => (w.phrase.clone(), w.weight),
            };
            self.check_weight(weight, pspan);
            let normalized = normalize_phrase(&text);
            if normalized.len() <= 1 {
                self.error(
                    "M002",
                    format!("phrase {text:?} has no letters or digits: normalised, it is empty, and an empty phrase would match every message"),
                    pspan,
                )
                .with_help("phrases match words; punctuation and case are ignored");
                continue;
            }
            signal.phrases.push(Phrase {
                text,
                normalized,
                weight,
                span: Some(pspan),
            });
        }
        for r in regexes {
            let rspan = yaml::span(r, file);
            let (pattern, weight) = match &r.value {
                RegexEntry::Plain(p) => (p.clone(), 1.0),
                RegexEntry::Weighted(w) => (w.pattern.clone(), w.weight),
            };
            self.check_weight(weight, rspan);
            if let Some(regex) = self.regex(&pattern, rspan) {
                let reason = if regex.is_match("") {
                    Some("matches the empty string")
                } else if UNRELATED.iter().all(|probe| regex.is_match(probe)) {
                    Some("matches any text with a word in it")
                } else {
                    None
                };
                if let Some(reason) = reason {
                    self.error(
                        "M002",
                        format!("regex {pattern:?} {reason}, so it would match every message"),
                        rspan,
                    )
                    .with_help("an empty alternative (`a|`) or an optional-only pattern (`(x)?`) matches anywhere");
                    continue;
                }
                signal.regexes.push(Pattern {
                    pattern,
                    regex,
                    weight,
                    span: rspan,
                });
            }
        }
        signal
    }

    fn check_weight(&mut self, weight: f64, span: Span) {
        if !(weight.is_finite() && weight > 0.0) {
            self.error("S008", "`weight` must be a positive number", span);
        }
    }

    /// Compiles a regex (case-insensitive, size-limited); reports errors at the spot in
    /// the pattern when the pattern appears verbatim in the source.
    fn regex(&mut self, pattern: &str, span: Span) -> Option<regex::Regex> {
        let built = regex::RegexBuilder::new(pattern)
            .case_insensitive(true)
            .size_limit(REGEX_SIZE_LIMIT)
            .dfa_size_limit(REGEX_SIZE_LIMIT)
            .build();
        match built {
            Ok(regex) => Some(regex),
            Err(regex::Error::CompiledTooBig(limit)) => {
                self.error(
                    "M001",
                    format!("regex is too large: it compiles to more than {limit} bytes"),
                    span,
                )
                .with_help(
                    "split it into several smaller patterns, or use `phrases:` for literal words",
                );
                None
            }
            Err(err) => {
                let text = err.to_string();
                let reason = text
                    .lines()
                    .rev()
                    .find_map(|l| l.strip_prefix("error: "))
                    .unwrap_or("invalid syntax")
                    .to_owned();
                let inner = caret_column(&text);
                let span = self.inner_span(span, pattern, inner);
                self.error("M001", format!("invalid regex: {reason}"), span)
                    .with_label(reason);
                None
            }
        }
    }

    /// Narrows a scalar's span to `offset` within the pattern, when the source spells
    /// the pattern verbatim (plain or single/double quoted without escapes).
    fn inner_span(&self, span: Span, pattern: &str, offset: Option<usize>) -> Span {
        let (Some(offset), Some(file)) = (offset, self.sources.get(span.file)) else {
            return span;
        };
        let source = &file.text[span.start.min(file.text.len())..];
        let skip = if source.starts_with(pattern) {
            0
        } else if source.starts_with(['\'', '"']) && source[1..].starts_with(pattern) {
            1
        } else {
            return span;
        };
        let start = span.start + skip + offset;
        let column =
            span.column + u32::try_from(pattern[..offset].chars().count() + skip).unwrap_or(0);
        let width = pattern[offset..].chars().next().map_or(1, char::len_utf8);
        Span {
            start,
            end: start + width,
            column,
            ..span
        }
    }

    fn team(&mut self, raw: &super::schema::RawTeam, file: FileId, templates: &[Template]) -> Team {
        let span = yaml::span(&raw.id, file);
        let bridge = match (&raw.bridge, &raw.bridge_template) {
            (Some(_), Some(t)) => {
                self.error(
                    "S008",
                    "a team has either `bridge` or `bridge_template`, not both",
                    yaml::span(t, file),
                );
                None
            }
            (Some(b), None) => {
                let bspan = yaml::span(b, file);
                self.check_template(&b.value, bspan);
                Some(Bridge {
                    source: b.value.clone(),
                    span: bspan,
                    template: None,
                })
            }
            (None, Some(t)) => {
                let tspan = yaml::span(t, file);
                match self.template_ids.get(&t.value) {
                    Some(&(idx, _)) => templates.get(idx).map(|tpl| Bridge {
                        source: tpl.text.clone(),
                        span: tpl.span,
                        template: Some(tpl.id.clone()),
                    }),
                    None => {
                        let suggestion = suggest(&t.value, self.template_ids.keys());
                        self.error("R004", format!("unknown template `{}`", t.value), tspan)
                            .with_label("not defined under `templates:`")
                            .with_help_opt(suggestion);
                        None
                    }
                }
            }
            (None, None) => None,
        };
        Team {
            id: raw.id.value.clone(),
            span,
            name: raw.name.clone(),
            agent: raw.agent.clone(),
            bridge,
        }
    }

    /// Parses a template and checks the variables it uses exist in the bridge context.
    fn check_template(&mut self, source: &str, span: Span) {
        let env = minijinja::Environment::new();
        let template = match env.template_from_str(source) {
            Ok(t) => t,
            Err(err) => {
                let detail = err.detail().unwrap_or("invalid syntax").to_owned();
                let line = err.line().unwrap_or(1);
                self.error("T001", format!("template syntax error: {detail}"), span)
                    .with_label(format!("in line {line} of the template"));
                return;
            }
        };
        let mut used: Vec<String> = template.undeclared_variables(true).into_iter().collect();
        used.sort();
        for path in used {
            let mut parts = path.splitn(2, '.');
            let top = parts.next().unwrap_or_default();
            let attr = parts.next();
            let Some((_, attrs)) = TEMPLATE_VARIABLES.iter().find(|(name, _)| *name == top) else {
                let suggestion = suggest(top, TEMPLATE_VARIABLES.iter().map(|(n, _)| *n));
                let names = TEMPLATE_VARIABLES
                    .iter()
                    .map(|(n, _)| *n)
                    .collect::<Vec<_>>()
                    .join(", ");
                self.error(
                    "T002",
                    format!("template uses undefined variable `{top}`"),
                    span,
                )
                .with_help_opt(suggestion)
                .with_help(format!("bridge templates can use: {names}"));
                continue;
            };
            if let (Some(attrs), Some(attr)) = (attrs, attr) {
                let attr = attr.split('.').next().unwrap_or(attr);
                if !attrs.contains(&attr) {
                    let suggestion = did_you_mean(attr, attrs.iter().copied())
                        .map(|s| format!("did you mean `{top}.{s}`?"));
                    let what = if attrs.is_empty() {
                        format!("`{top}` is text and has no attributes")
                    } else {
                        format!("`{top}` has: {}", attrs.join(", "))
                    };
                    self.error(
                        "T002",
                        format!("template uses undefined variable `{top}.{attr}`"),
                        span,
                    )
                    .with_help_opt(suggestion)
                    .with_help(what);
                }
            }
        }
    }

    fn team_ref(&mut self, team: &Spanned<String>, file: FileId) -> TeamId {
        match self.team_ids.get(&team.value) {
            Some(&(idx, _)) => TeamId(idx),
            None => {
                let suggestion = suggest(&team.value, self.team_ids.keys());
                self.error(
                    "R003",
                    format!("unknown team `{}`", team.value),
                    yaml::span(team, file),
                )
                .with_label("not defined under `teams:`")
                .with_help_opt(suggestion);
                TeamId(usize::MAX)
            }
        }
    }

    fn signal_ref(&mut self, signal: &Spanned<String>, file: FileId) -> Option<SignalId> {
        if let Some(&(idx, _)) = self.signal_ids.get(&signal.value) {
            return Some(SignalId(idx));
        }
        let suggestion = suggest(&signal.value, self.signal_ids.keys());
        self.error(
            "R001",
            format!("unknown signal `{}`", signal.value),
            yaml::span(signal, file),
        )
        .with_label("not defined under `signals:`")
        .with_help_opt(suggestion);
        None
    }

    fn condition(&mut self, raw: &Spanned<RawCondition>, ctx: &Ctx<'_>) -> Condition {
        let span = yaml::span(raw, ctx.file);
        let file = ctx.file;
        match &raw.value {
            RawCondition::All(items) | RawCondition::Any(items) => {
                let is_all = matches!(raw.value, RawCondition::All(_));
                if items.is_empty() {
                    let which = if is_all { "all" } else { "any" };
                    self.error(
                        "S008",
                        format!("`{which}` needs at least one condition"),
                        span,
                    );
                }
                let items = items.iter().map(|c| self.condition(c, ctx)).collect();
                if is_all {
                    Condition::All(items)
                } else {
                    Condition::Any(items)
                }
            }
            RawCondition::Not(inner) => Condition::Not(Box::new(self.condition(inner, ctx))),
            RawCondition::Message(m) => {
                let role = m.role.as_ref().and_then(|r| role(r.value));
                let mut signal = m.signal.as_ref().and_then(|s| self.signal_ref(s, file));
                if !m.phrases.is_empty() || !m.regex.is_empty() {
                    if signal.is_some() {
                        self.error(
                            "S008",
                            "a `message` condition has either `signal` or inline `phrases`/`regex`, not both",
                            span,
                        )
                        .with_help("wrap two message conditions in `any:` to match either");
                    }
                    let id = format!("{}#{}", ctx.owner, self.signals.len());
                    let mut inline = self.detector(&id, span, None, &m.phrases, &m.regex, file);
                    inline.inline = true;
                    signal = Some(SignalId(self.signals.len()));
                    self.signals.push(inline);
                }
                Condition::Message { role, signal, span }
            }
            RawCondition::Seen(s) => {
                let signal = self
                    .signal_ref(&s.signal, file)
                    .unwrap_or(SignalId(usize::MAX));
                Condition::Seen {
                    signal,
                    role: s.role.as_ref().and_then(|r| role(r.value)),
                    at_least: s.at_least.as_ref().map_or(1, |a| a.value),
                    span,
                }
            }
            RawCondition::Counter(c) => {
                let at_least = c.at_least.as_ref().map(|a| (a.value, yaml::span(a, file)));
                let at_most = c.at_most.as_ref().map(|a| (a.value, yaml::span(a, file)));
                if at_least.is_none() && at_most.is_none() {
                    self.error(
                        "S008",
                        "a `counter` condition needs `at_least` or `at_most`",
                        span,
                    );
                }
                for (value, vspan) in at_least.iter().chain(at_most.iter()) {
                    if !value.is_finite() {
                        self.error("S008", "counter bounds must be finite numbers", *vspan);
                    }
                }
                Condition::Counter {
                    counter: c.name.value,
                    at_least: at_least.map(|a| a.0),
                    at_most: at_most.map(|a| a.0),
                    span,
                }
            }
            RawCondition::Meta(m) => self.meta(m, span, file),
            RawCondition::Trigger(t) => {
                let tspan = yaml::span(t, file);
                if !ctx.in_route {
                    self.error(
                        "R005",
                        "`trigger` conditions can only be used in routes",
                        tspan,
                    )
                    .with_help(
                        "triggers decide whether to escalate; routes look at which triggers fired",
                    );
                }
                let trigger = if let Some(&(idx, _)) = self.trigger_ids.get(&t.value) {
                    TriggerId(idx)
                } else {
                    let suggestion = suggest(&t.value, self.trigger_ids.keys());
                    self.error("R002", format!("unknown trigger `{}`", t.value), tspan)
                        .with_label("not defined under `triggers:`")
                        .with_help_opt(suggestion);
                    TriggerId(usize::MAX)
                };
                Condition::Trigger {
                    trigger,
                    span: tspan,
                }
            }
        }
    }

    fn meta(&mut self, m: &RawMetaCondition, span: Span, file: FileId) -> Condition {
        let field = normalize_field(&m.field.value);
        if field.is_empty() {
            self.error("S008", "`field` is empty", yaml::span(&m.field, file));
        }
        let mut test = MetaTest {
            equals: m.equals.as_ref().map(|e| e.value.to_text()),
            one_of: m.in_.as_ref().map(|list| {
                list.value
                    .iter()
                    .map(super::schema::Scalar::to_text)
                    .collect()
            }),
            gt: m.gt.as_ref().map(|v| v.value),
            gte: m.gte.as_ref().map(|v| v.value),
            lt: m.lt.as_ref().map(|v| v.value),
            lte: m.lte.as_ref().map(|v| v.value),
            exists: m.exists.as_ref().map(|v| v.value),
            matches: None,
        };
        if let Some(list) = &m.in_
            && list.value.is_empty()
        {
            self.error(
                "S008",
                "`in` needs at least one value",
                yaml::span(list, file),
            );
        }
        for bound in [&m.gt, &m.gte, &m.lt, &m.lte].into_iter().flatten() {
            if !bound.value.is_finite() {
                self.error(
                    "S008",
                    "numeric bounds must be finite numbers",
                    yaml::span(bound, file),
                );
            }
        }
        if let Some(pattern) = &m.matches {
            test.matches = self.regex(&pattern.value, yaml::span(pattern, file));
        }
        let has_test = test.equals.is_some()
            || test.one_of.is_some()
            || [test.gt, test.gte, test.lt, test.lte]
                .iter()
                .any(Option::is_some)
            || test.exists.is_some()
            || m.matches.is_some();
        if !has_test {
            self.error("S008", "a `meta` condition needs a test", span)
                .with_help("use one of: equals, in, gt, gte, lt, lte, exists, matches");
        }
        Condition::Meta { field, test, span }
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Signal,
    Trigger,
    Team,
    Template,
    Route,
}

fn role(name: RoleName) -> Option<Role> {
    match name {
        RoleName::Customer => Some(Role::Customer),
        RoleName::Bot => Some(Role::Bot),
        RoleName::Agent => Some(Role::Agent),
        RoleName::Any => None,
    }
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// The column of the caret in a regex crate syntax error, as a byte offset into the pattern.
fn caret_column(error: &str) -> Option<usize> {
    let lines: Vec<&str> = error.lines().collect();
    let caret_line = lines.iter().position(|l| l.trim_start().starts_with('^'))?;
    let pattern_line = lines.get(caret_line.checked_sub(1)?)?;
    let caret = lines[caret_line].find('^')?;
    let indent = pattern_line.len() - pattern_line.trim_start().len();
    let chars = caret.checked_sub(indent)?;
    let pattern = pattern_line.get(indent..)?;
    Some(
        pattern
            .char_indices()
            .nth(chars)
            .map_or(pattern.len(), |(i, _)| i),
    )
}

fn suggest<'a, S: AsRef<str> + 'a>(
    name: &str,
    candidates: impl IntoIterator<Item = S>,
) -> Option<String> {
    let candidates: Vec<S> = candidates.into_iter().collect();
    did_you_mean(name, candidates.iter().map(AsRef::as_ref)).map(|s| format!("did you mean `{s}`?"))
}

#[cfg(test)]
mod tests;
