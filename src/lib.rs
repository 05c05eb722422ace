//! `handoff` tests the rules that decide when a chatbot hands a conversation to a human.
//!
//! The crate is a pipeline; each module is one stage and data moves one way:
//!
//! ```text
//! rules/*.yaml ──rules::load──► RawRuleFile ──rules::validate──► RuleSet ──engine::Engine::compile──► Engine
//!                                                                                                      │
//! transcripts (CSV, JSONL, .gz) ──transcript::Reader──► Conversation stream ──replay──► Outcome ◄──────┘
//!                                                                                         │
//!                                             report: table · json · jsonl · csv ◄────────┘
//! ```
//!
//! - [`rules`] knows what a rule file is: the YAML mirror, loading with spans, validation
//!   into a [`rules::RuleSet`] whose references are resolved.
//! - [`transcript`] reads exports into [`transcript::Conversation`]s, mapping columns and roles,
//!   and counts every row it could not use.
//! - [`engine`] compiles a rule set once and evaluates one conversation at a time; it does no I/O.
//! - [`replay`] drives the engine over a conversation stream, in parallel and in input order.
//! - [`outcome`] is the model that [`replay`] produces and [`report`] renders.
//! - [`report`] renders outcomes and summaries; it never sees the engine.
//! - [`cli`] is the command line: arguments, output streams, exit codes.
//!
//! The library never prints: everything goes to writers that [`cli`] passes in.

mod atomic;
pub mod cli;
pub mod contacts;
pub mod coverage;
pub mod diag;
pub mod diff;
mod dir_scan;
pub mod engine;
mod fnv;
pub mod lint;
pub mod outcome;
pub mod packet;
pub mod project;
pub mod redact;
pub mod replay;
pub mod report;
pub mod rules;
pub mod ruletest;
pub mod summary;
pub mod text;
pub mod trace;
pub mod transcript;
mod yaml;
