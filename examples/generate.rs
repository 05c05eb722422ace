//! Generates benchmark inputs: `cargo run --release --example generate -- rules 1000`
//! writes a rule set of 1,000 triggers (with their signals, routes and teams) to stdout.
//! Seeded and deterministic, so every run measures the same work.

use std::fmt::Write as _;
use std::io::Write as _;

/// xorshift64*: small, seeded, good enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }
}

const WORDS: &[&str] = &[
    "invoice",
    "refund",
    "discount",
    "contract",
    "renewal",
    "upgrade",
    "downgrade",
    "seat",
    "license",
    "export",
    "import",
    "sync",
    "webhook",
    "token",
    "password",
    "login",
    "outage",
    "latency",
    "error",
    "timeout",
    "billing",
    "charge",
    "plan",
    "trial",
    "quote",
    "budget",
    "migration",
    "backup",
    "restore",
    "integration",
    "permission",
    "admin",
    "report",
    "dashboard",
    "calendar",
    "booking",
    "delivery",
    "shipment",
    "tracking",
    "address",
    "warranty",
    "repair",
    "return",
    "exchange",
    "voucher",
    "coupon",
];

fn rules(n: usize, rng: &mut Rng) -> String {
    let teams = 10;
    let mut out = String::from("version: 1\n\nsignals:\n");
    for i in 0..n {
        let mut phrases = Vec::new();
        for k in 0..5 {
            let a = WORDS[rng.below(WORDS.len())];
            let b = WORDS[rng.below(WORDS.len())];
            phrases.push(format!("{a} {b} {i}x{k}"));
        }
        writeln!(out, "  - id: s{i}\n    phrases: [{}]", phrases.join(", ")).unwrap();
        if i % 10 == 0 {
            writeln!(out, "    regex: ['\\bcase-{i}-\\d{{3,6}}\\b']").unwrap();
        }
    }
    out.push_str("\ntriggers:\n");
    for i in 0..n {
        let when = match i % 4 {
            0 => format!("{{ message: {{ role: customer, signal: s{i} }} }}"),
            1 => format!(
                "{{ all: [ {{ message: {{ role: customer, signal: s{i} }} }}, {{ meta: {{ field: tier, in: [pro, enterprise] }} }} ] }}"
            ),
            2 => format!(
                "{{ any: [ {{ message: {{ role: customer, signal: s{i} }} }}, {{ seen: {{ signal: s{i}, at_least: 2 }} }} ] }}"
            ),
            _ => format!(
                "{{ all: [ {{ message: {{ signal: s{i} }} }}, {{ counter: {{ name: turn, at_least: {} }} }}, {{ not: {{ meta: {{ field: churned, exists: true }} }} }} ] }}",
                2 + i % 5
            ),
        };
        writeln!(
            out,
            "  - id: t{i}\n    severity: {}\n    when: {when}",
            ["low", "medium", "high"][i % 3]
        )
        .unwrap();
    }
    out.push_str("\nroutes:\n");
    for i in 0..n / 4 {
        writeln!(
            out,
            "  - id: r{i}\n    when: {{ all: [ {{ trigger: t{} }}, {{ meta: {{ field: lead_score, gte: {} }} }} ] }}\n    team: team{}",
            i * 4,
            50 + i % 50,
            i % teams
        )
        .unwrap();
    }
    out.push_str("\ndefault_route: { team: team0 }\n\nteams:\n");
    for t in 0..teams {
        writeln!(
            out,
            "  - id: team{t}\n    name: Team {t}\n    agent: Agent {t}\n    bridge: \"Hi {{{{ customer.first_name | default('there') }}}}, I'm {{{{ agent }}}}, stepping in to {{{{ reason }}}}.\""
        )
        .unwrap();
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: generate rules N [SEED]";
    let what = args.first().map(String::as_str);
    let n: usize = args.get(1).and_then(|s| s.parse().ok()).expect(usage);
    let seed: u64 = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(42);
    let mut rng = Rng(seed.max(1));
    let text = match what {
        Some("rules") => rules(n, &mut rng),
        _ => panic!("{usage}"),
    };
    std::io::stdout().write_all(text.as_bytes()).unwrap();
}
