//! Generates benchmark inputs, seeded and deterministic so every run measures the same
//! work:
//!
//! - `generate rules N [SEED]`: a rule set of N triggers (with their signals, routes and
//!   teams) on stdout;
//! - `generate transcripts N [SEED]`: N conversations as a transcript CSV on stdout, in
//!   the default columns plus customer metadata: a mix of benign support chat and the
//!   starter triggers' language (pricing, technical, legal, billing, frustration, asking
//!   for a person, bot fallbacks and repeats), some with a human agent joining.

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

const BENIGN: &[&str] = &[
    "Hi, I need some help with my account settings please.",
    "How do I reset my password? The link in the email has expired.",
    "Where can I find the invoices for the last three months?",
    "Can I change the delivery address on my latest order?",
    "Thanks, that worked perfectly!",
    "What are your opening hours on weekends and public holidays?",
    "Is there a mobile app I can use to manage bookings on the go?",
    "How do I add a second user to our workspace?",
    "Can I export my contacts to a spreadsheet?",
    "Great, thank you for the quick answer.",
    "Ok, and where do I change the notification emails?",
    "Do you support two-factor authentication for all users?",
];

const BOT: &[&str] = &[
    "Sure! Go to Settings, then Account, and choose what you would like to change.",
    "I've sent a new reset link to the email address on your account.",
    "You can find every invoice under Billing, then Invoices, filtered by month.",
    "Of course. Open the order, choose Edit, and enter the new address before it ships.",
    "Our team is available from 9am to 6pm, Monday to Friday.",
    "Yes, our app is available for iOS and Android.",
    "Is there anything else I can help you with today?",
    "You can invite people from Settings, then Team, then Invite.",
];

const FALLBACKS: &[&str] = &[
    "Sorry, I didn't understand that. Could you rephrase?",
    "I'm not sure what you mean. Could you say that another way?",
];

const TRIGGER_LINES: &[&str] = &[
    "We have 400 seats. Is there a volume discount if we sign for three years?",
    "Does your API support SAML SSO and SCIM provisioning for our directory?",
    "Before we sign we need your DPA and subprocessors list for our GDPR review.",
    "I think I was charged twice for March, can you check?",
    "This is ridiculous, the export has failed five times today.",
    "Can I talk to a real person please?",
    "The webhook endpoint keeps returning error 503 every few minutes.",
    "Honestly this doesn't make sense and I'm getting frustrated.",
];

const NAMES: &[&str] = &[
    "Alex Chen",
    "Maria Lopez",
    "Sam Okafor",
    "Priya Rao",
    "Jonas Berg",
    "Lena Vogel",
    "Omar Haddad",
    "Grace Kim",
];
const TIERS: &[&str] = &["free", "starter", "pro", "pro", "enterprise"];
const INDUSTRIES: &[&str] = &[
    "retail",
    "software",
    "healthcare",
    "finance",
    "government",
    "education",
    "manufacturing",
];

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

fn transcripts(n: usize, rng: &mut Rng, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut w = std::io::BufWriter::with_capacity(1 << 20, out);
    writeln!(
        w,
        "conversation_id,timestamp,role,text,name,company,email,tier,lead_score,industry,company_size,deal_stage"
    )?;
    let start: u64 = 1_772_000_000; // March 2026
    for c in 0..n {
        let len = 4 + rng.below(10);
        let kind = rng.below(100);
        // ~30% carry a trigger's language at some customer turn; ~5% loop; ~3% get a human.
        let trigger_at = (kind < 30).then(|| 2 * rng.below(len / 2));
        let looping = (30..35).contains(&kind);
        let human_at = (35..38).contains(&kind).then(|| len - 2);
        let name = NAMES[rng.below(NAMES.len())];
        let company = format!("Company {}", rng.below(5000));
        let first = name.split(' ').next().unwrap_or(name).to_lowercase();
        let meta = format!(
            "{},{},{}@example.com,{},{},{},{},{}",
            name,
            company,
            first,
            TIERS[rng.below(TIERS.len())],
            rng.below(100),
            INDUSTRIES[rng.below(INDUSTRIES.len())],
            [5, 20, 80, 300, 1200, 5000][rng.below(6)],
            ["", "", "discovery", "proposal", "negotiation"][rng.below(5)],
        );
        let mut t = start + (c as u64) * 97;
        for i in 0..len {
            let (role, text) = if human_at.is_some_and(|h| i >= h) {
                if i % 2 == 0 {
                    ("customer", BENIGN[rng.below(BENIGN.len())])
                } else {
                    (
                        "agent",
                        "Hi, this is Dana from support, I'm taking over from here.",
                    )
                }
            } else if i % 2 == 0 {
                let line = if trigger_at == Some(i) {
                    TRIGGER_LINES[rng.below(TRIGGER_LINES.len())]
                } else if looping && i >= 2 {
                    "I need to change the delivery address on my order"
                } else {
                    BENIGN[rng.below(BENIGN.len())]
                };
                ("customer", line)
            } else if looping {
                ("bot", FALLBACKS[rng.below(FALLBACKS.len())])
            } else {
                ("bot", BOT[rng.below(BOT.len())])
            };
            t += 20 + rng.below(90) as u64;
            writeln!(
                w,
                "conv-{c:07},{},{role},{},{}",
                t,
                csv_field(text),
                if i == 0 { meta.as_str() } else { ",,,,,,," }
            )?;
        }
    }
    w.flush()
}

/// Writes a line to stderr (the crate's lints keep `eprintln!` out of its code).
fn say(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: generate (rules|transcripts) N [SEED]";
    let n: Option<usize> = args.get(1).and_then(|s| s.parse().ok());
    let seed: Option<u64> = match args.get(2) {
        None => Some(42),
        Some(s) => s.parse().ok(),
    };
    let (Some(n), Some(seed), true) = (n, seed, args.len() <= 3) else {
        say(usage);
        return std::process::ExitCode::from(2);
    };
    let mut rng = Rng(seed.max(1));
    let written = match args[0].as_str() {
        "rules" => std::io::stdout().write_all(rules(n, &mut rng).as_bytes()),
        "transcripts" => transcripts(n, &mut rng, &mut std::io::stdout().lock()),
        _ => {
            say(usage);
            return std::process::ExitCode::from(2);
        }
    };
    match written {
        Ok(()) => std::process::ExitCode::SUCCESS,
        // `generate … | head` closes the pipe early: not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => std::process::ExitCode::SUCCESS,
        Err(e) => {
            say(&format!("generate: {e}"));
            std::process::ExitCode::from(2)
        }
    }
}
