//! The catalogue's rule file cases: every way a rule file we know of can be wrong.

use std::fmt::Write as _;

use super::{Case, RULES, case, csv, rules_with};

pub(super) fn rule_cases() -> Vec<Case> {
    let replay_rules = |c: Case| {
        c.file("t.csv", csv("a,,customer,this is ridiculous\n"))
            .args(&[
                "replay",
                "-f",
                "jsonl",
                "--rules",
                "{dir}/r.yaml",
                "{dir}/t.csv",
            ])
    };
    let bomb = {
        let mut y = String::from("version: 1\ntriggers:\n  - id: t0\n    when: { any: &a0 [");
        y.push_str(&["{ message: { phrases: [lol] } }"; 9].join(", "));
        y.push_str("] }\n");
        for i in 1..10 {
            write!(y, "  - id: t{i}\n    when: {{ any: &a{i} [").unwrap();
            y.push_str(&vec![format!("{{ any: *a{} }}", i - 1); 9].join(", "));
            y.push_str("] }\n");
        }
        y.push_str("teams: [{ id: t, name: T }]\ndefault_route: { team: t }\n");
        y
    };
    let deep = {
        let mut y = String::from("version: 1\ntriggers:\n  - id: t\n    when:\n");
        let mut indent = String::from("      ");
        for _ in 0..100 {
            writeln!(y, "{indent}not:").unwrap();
            indent.push_str("  ");
        }
        writeln!(y, "{indent}message: {{ phrases: [x] }}").unwrap();
        y
    };
    // Brackets within brackets past the parser's own limit, which it meets before the
    // budget's depth (exploratory review: `S001` "recursion limit exceeded", no limit
    // named).
    let deep_flow = format!(
        "version: 1\ntriggers:\n  - {{ id: t, when: {}{{ message: {{ phrases: [x] }} }}{} }}\n",
        "{ not: ".repeat(300),
        " }".repeat(300)
    );
    let big_regex = format!(
        "version: 1\nsignals:\n  - {{ id: s, regex: ['{}'] }}\ntriggers:\n  - {{ id: t, when: {{ message: {{ signal: s }} }} }}\n",
        (0..60_000)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join("|")
    );
    vec![
        replay_rules(case("an empty rule file"))
            .file("r.yaml", "# nothing yet\n")
            .code(2)
            .says("error[S004]: the rule file is empty: expected `version: 1`")
            .says("{dir}/r.yaml:1"),
        replay_rules(case("a YAML alias bomb (billion laughs)"))
            .file("r.yaml", bomb)
            .code(2)
            .says("error[S009]: more than 250000 YAML nodes, counting what aliases expand to")
            .says("{dir}/r.yaml:"),
        replay_rules(case("conditions nested 100 deep"))
            .file("r.yaml", deep)
            .code(2)
            .says("error[S009]: nested more than 64 levels deep")
            .says("{dir}/r.yaml:"),
        replay_rules(case("conditions nested 300 deep in brackets"))
            .file("r.yaml", deep_flow)
            .code(2)
            .says("error[S009]: nested more than 64 levels deep")
            .says("{dir}/r.yaml:3:"),
        replay_rules(case("a regex of 400 KB that compiles past the size limit"))
            .file("r.yaml", big_regex)
            .code(2)
            .says("error[M001]: regex is too large")
            .says("{dir}/r.yaml:3:"),
        case("a regex that is exponential for a backtracking engine runs in linear time")
            .file(
                "r.yaml",
                "version: 1\nsignals:\n  - { id: s, regex: ['^(a+)+$'] }\ntriggers:\n  - { id: t, when: { message: { signal: s } } }\nteams: [{ id: t, name: T }]\ndefault_route: { team: t }\n",
            )
            .file(
                "t2.csv",
                csv(&format!(
                    "a,,customer,{0}!\nb,,customer,{0}\n",
                    "a".repeat(50_000)
                )),
            )
            .args(&["replay", "-f", "jsonl", "--rules", "{dir}/r.yaml", "{dir}/t2.csv"])
            .says("escalated 1 of 2")
            .outcomes(2),
        replay_rules(case("a template that loops: fuel ends it, the replay goes on"))
            .file(
                "r.yaml",
                rules_with(&format!(
                    "{}x{}",
                    "{% for c in reason %}".repeat(8),
                    "{% endfor %}".repeat(8)
                )),
            )
            .says("1 bridge message could not be rendered")
            .outcomes(1),
        replay_rules(case("a template that would recurse: there are no macros"))
            .file(
                "r.yaml",
                rules_with("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}"),
            )
            .code(2)
            .says("error[T001]: template uses `{% macro %}`, which bridge templates do not support")
            .says("{dir}/r.yaml:5:"),
        replay_rules(case("a template that includes a file"))
            .file("r.yaml", rules_with("{% include \"/etc/passwd\" %}"))
            .code(2)
            .says("error[T003]: templates cannot use `include`")
            .says("{dir}/r.yaml:5:"),
        replay_rules(case("a template that reads the environment"))
            .file("r.yaml", rules_with("{{ env.HOME }}"))
            .code(2)
            .says("error[T002]: template uses undefined variable `env`")
            .says("{dir}/r.yaml:5:"),
        replay_rules(case("duplicate keys in a mapping"))
            .file(
                "r.yaml",
                "version: 1\nteams:\n  - id: a\n    name: A\n    name: B\n",
            )
            .code(2)
            .says("error[S006]: duplicate mapping key: name")
            .says("{dir}/r.yaml:5:5"),
        replay_rules(case("YAML 1.1 words stay strings: `no`, `on`, `yes` as ids and phrases"))
            .file(
                "r.yaml",
                "version: 1\ntriggers:\n  - { id: yes, when: { message: { phrases: [no, on, ridiculous] } } }\nteams: [{ id: no, name: No }]\ndefault_route: { team: no }\n",
            )
            .says("by team:    no 1")
            .outcomes(1),
        case("a rules directory with a file that is not YAML")
            .file("rules/r.yaml", RULES)
            .file("rules/README.md", "# notes\n: not: yaml: [")
            .file("t.csv", csv("a,,customer,this is ridiculous\n"))
            .args(&["replay", "-f", "jsonl", "--rules", "{dir}/rules", "{dir}/t.csv"])
            .outcomes(1),
        replay_rules(case("a rule file over 4 MiB"))
            .file("r.yaml", format!("version: 1\n#{}\n", "x".repeat(4 * 1024 * 1024)))
            .code(2)
            .says("{dir}/r.yaml is")
            .says("the limit is 4 MiB (4194304 bytes)"),
        replay_rules(case("a field the format does not have, with line and column"))
            .file("r.yaml", "version: 1\ntriggers:\n  - { id: t, wen: { message: { phrases: [x] } } }\n")
            .code(2)
            .says("error[S002]")
            .says("{dir}/r.yaml:3:"),
        replay_rules(case("a value of the wrong type"))
            .file("r.yaml", "version: 1\nsignals:\n  - { id: s, phrases: x, threshold: lots }\n")
            .code(2)
            .says("error[S003]")
            .says("{dir}/r.yaml:3:"),
        replay_rules(case("a route to a trigger that does not exist"))
            .file(
                "r.yaml",
                "version: 1\ntriggers:\n  - { id: angry, when: { message: { phrases: [x] } } }\nteams: [{ id: t, name: T }]\nroutes:\n  - { id: r, when: { trigger: angyr }, team: t }\n",
            )
            .code(2)
            .says("error[R002]: unknown trigger `angyr`")
            .says("{dir}/r.yaml:6:")
            .says("did you mean `angry`?"),
        replay_rules(case("a template that does not parse"))
            .file("r.yaml", rules_with("Hi {{ agent"))
            .code(2)
            .says("error[T001]")
            .says("{dir}/r.yaml:5:"),
        replay_rules(case("YAML that is not YAML"))
            .file("r.yaml", "version: 1\ntriggers: [\n  - id: t\n")
            .code(2)
            .says("error[S001]")
            .says("{dir}/r.yaml:"),
        case("rules that do not exist")
            .args(&["replay", "--rules", "{dir}/nope"])
            .code(2)
            .says("rules not found at {dir}/nope"),
        replay_rules(case("a rule file that is not UTF-8"))
            .file("r.yaml", b"version: 1\n# caf\xe9\n".to_vec())
            .code(2)
            .says("error[S001]: the file is not valid UTF-8 text")
            .says("{dir}/r.yaml:2:6"),
    ]
}
