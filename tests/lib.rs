//! Integration tests: the `handoff` binary as users run it.
//!
//! One test binary (like just and ripgrep): `cargo test` builds it once.

mod bad_inputs;
mod ci_gates_cli;
mod common;
mod coverage_cli;
mod diff_bridge_cli;
mod diff_cli;
mod diff_gates_cli;
mod dotted_dates_cli;
mod every_mistake;
mod explain_cli;
mod explain_markdown_cli;
mod explain_say_cli;
mod guards_cli;
mod hours_cli;
mod init_cli;
mod input_cli;
mod input_edges_cli;
mod inputs_cli;
mod late_meta_cli;
mod lint_cli;
mod lint_columns_cli;
mod lint_formats_cli;
mod lint_help_cli;
mod lint_load_errors_cli;
mod manners;
mod markdown_escapes;
mod meta_mapping_cli;
mod multi_line_cli;
mod packets_cli;
mod readme;
mod redact_cli;
mod replay_cli;
mod route_hours_cli;
mod rule_loading_cli;
mod slashed_dates_cli;
mod starter_pack;
mod template_groups_cli;
mod templates_cli;
mod terminal_escapes;
mod test_cli;
mod test_errors_cli;
mod tools_cli;
mod tutorial;
mod yaml_errors_cli;
