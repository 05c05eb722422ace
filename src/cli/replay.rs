//! `handoff replay`: transcripts through the rules, one outcome per conversation.

pub(super) mod gate;
mod terminal;

use crate::text::count;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::Ordering;

use clap::{Args, ValueEnum};

// `coverage` and `test` take these from here.
pub(super) use super::engine::{Threads, load_engine, load_engine_with, replay_with};
use super::input::{self, InputArgs, ReadArgs};
use super::{ExitStatus, Io};
use crate::contacts::Contacts;
use crate::engine::EngineOptions;
use crate::packet::files::PacketFiles;
use crate::packet::line::PacketLine;
use crate::packet::write::PacketSink;
use crate::packet::{Histories, PacketBuilder};
use crate::redact::{Names, Redact as _};
use crate::replay::ReplayError;
use crate::report::{self, Counted, Format, Summary};
use crate::transcript::{ReadError, Written};
use terminal::{Preview, progress_bar};

#[derive(Debug, Args)]
#[command(
    after_help = "Examples:\n  handoff replay\n  handoff replay --only escalated -f csv exports/march.csv.gz > escalations.csv\n  handoff replay --map conversation_id=ticket_id --map role=author_type --map text=body zendesk.csv\n  cat export.jsonl | handoff replay -\n  handoff replay --fail-on bridge-error --only escalated > escalations.jsonl   # in CI"
)]
pub struct ReplayArgs {
    /// Transcript files or directories (CSV, JSONL, optionally gzip-compressed); `-` reads stdin
    #[arg(default_value = super::input::DEFAULT_TRANSCRIPTS)]
    pub files: Vec<PathBuf>,
    /// Rule file, or directory of rule files
    #[arg(short, long, default_value = "rules")]
    pub rules: PathBuf,
    /// Output format [default: table on a terminal, jsonl otherwise]
    #[arg(short, long, value_enum)]
    pub format: Option<Format>,
    /// Output only these conversations
    #[arg(long, value_enum, default_value_t = Only::All)]
    pub only: Only,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub read: ReadArgs,
    #[command(flatten)]
    pub threads: Threads,
    /// Write a handoff packet for every escalated conversation: OUT.jsonl or OUT.ndjson (one per line; .gz after either compresses it) or a directory (JSON + Markdown per conversation)
    #[arg(long, value_name = "OUT")]
    pub packets: Option<PathBuf>,
    /// Exit 1 when the replay has any of these (repeatable)
    #[arg(long, value_enum, value_name = "WHAT")]
    pub fail_on: Vec<gate::FailOn>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Only {
    All,
    Escalated,
    NotEscalated,
}

pub(super) fn run(args: &ReplayArgs, io: &mut Io<'_>) -> anyhow::Result<ExitStatus> {
    let engine = load_engine_with(
        &args.rules,
        EngineOptions {
            notes: args.packets.is_some(),
            redact: args.read.redact,
            ..EngineOptions::default()
        },
        io,
    )?;
    let mut reader = args.input.open(&args.files, &args.read)?;
    let total_bytes = reader.inner().bytes_to_read();
    let mut packets = args
        .packets
        .as_deref()
        .map(PacketSink::create)
        .transpose()?;
    let contacts = reader.contacts().cloned();
    let builder = PacketBuilder::new(contacts.as_deref());
    let mut histories = Histories::new(contacts.as_deref().map(Contacts::join_field));

    let format = args.format.unwrap_or(if io.stdout_is_terminal {
        Format::Table
    } else {
        Format::Jsonl
    });
    // A bar on stderr would tear output written to the same terminal: show it only when
    // stdout goes elsewhere (a file, a pipe), which is when a long replay is silent.
    let progress = (io.stderr_is_terminal && !io.stdout_is_terminal && !io.quiet())
        .then(|| progress_bar(total_bytes));
    let bytes_read = reader.inner().progress();
    let width = if io.stdout_is_terminal {
        None
    } else {
        Some(140)
    };
    let mut summary = Summary::default();
    let replay = replay_with(args.threads.jobs, &args.files, io)?;
    let wants_packets = packets.is_some();
    let mut preview = Preview {
        out: &mut *io.stdout,
        closed: false,
    };
    let result = {
        // With packets, stdout is a preview: a reader that stops early (`| head`) must
        // not cut the packets short, so the replay goes on and discards the rest. Without,
        // a closed stdout ends the run (and `main` exits 0).
        let out: &mut dyn Write = if wants_packets {
            &mut preview
        } else {
            &mut *preview.out
        };
        let mut writer = report::writer(format, out, width);
        let packet_lines = packets.as_ref().is_some_and(PacketSink::is_jsonl);
        let wanted = |o: &crate::outcome::Outcome| match args.only {
            Only::All => true,
            Only::Escalated => o.escalated,
            Only::NotEscalated => !o.escalated,
        };
        // Streaming formats are encoded on the worker threads, in parallel; the main
        // thread only adds to the summary and writes bytes, in input order.
        let run = replay.mapper().run(
            &mut reader,
            &|conversation, scratch, out| {
                let (mut outcome, summary) = if wants_packets {
                    engine.evaluate_and_summarize(conversation, scratch)
                } else {
                    (engine.evaluate(conversation, scratch), None)
                };
                // Only an escalation has text to mask (evidence, a bridge message).
                let names = (args.read.redact
                    && (!outcome.triggers.is_empty()
                        || outcome.bridge_message.is_some()
                        || outcome.bridge_error.is_some()))
                .then(|| {
                    scratch
                        .take_names()
                        .unwrap_or_else(|| Names::of_conversation(conversation))
                });
                if let Some(names) = &names {
                    outcome.redact_with(names);
                }
                // The packet, built, redacted and serialised (a JSON line, or a
                // directory's two files) here, in parallel, and freed by the thread that
                // made it: the main thread only adds its contact history, which follows
                // the input order, and writes it. It is built from the redacted outcome,
                // with the summary and transcript the engine masked, so that each text in
                // it is masked once: only what the packet adds (the customer, the
                // contact) is masked here.
                let packet = summary
                    .and_then(|summary| {
                        let mut packet = builder.packet(conversation, &outcome, summary)?;
                        if let Some(names) = &names {
                            packet.redact_added(names, scratch.take_masked_transcript());
                        }
                        Some(if packet_lines {
                            PacketLine::new(&packet).map(ToBeWritten::Line)
                        } else {
                            PacketFiles::new(&packet).map(|f| ToBeWritten::Files(Box::new(f)))
                        })
                    })
                    .transpose();
                // Encoded into the worker's buffer for the batch, which the main thread
                // writes and gives back.
                let encoded = wanted(&outcome) && report::encode(format, &outcome, out);
                if !wants_packets && (encoded || !wanted(&outcome)) {
                    // The outcome is freed here, on the thread whose allocator made it;
                    // freed on the main thread it cost 6 % more wall time (median,
                    // docs/performance-log.md).
                    return Evaluated::Encoded(Counted::take(&mut outcome));
                }
                Evaluated::Whole(Some(Box::new(Whole {
                    outcome,
                    encoded,
                    packet,
                })))
            },
            &mut |conversation, evaluated, bytes| {
                if let Some(bar) = &progress {
                    bar.set_position(bytes_read.load(Ordering::Relaxed));
                }
                let Whole {
                    outcome,
                    encoded,
                    packet,
                } = match evaluated {
                    Evaluated::Encoded(counted) => {
                        summary.add_counted(counted);
                        // Nothing when the outcome is not wanted (`--only`).
                        return if bytes.is_empty() {
                            Ok(())
                        } else {
                            writer.write_encoded(bytes)
                        };
                    }
                    // The sink sees each result once: the whole outcome is there to take.
                    Evaluated::Whole(whole) => match whole.take() {
                        Some(whole) => *whole,
                        None => return Ok(()),
                    },
                };
                summary.add(&outcome);
                if let Some(sink) = &mut packets {
                    let history = histories.record(conversation, &outcome);
                    let written = match packet? {
                        Some(ToBeWritten::Line(line)) => sink.write_line(&line, &history),
                        Some(ToBeWritten::Files(files)) => sink.write_files(&files, &history),
                        None => Ok(()),
                    };
                    written.map_err(std::io::Error::other)?;
                }
                if encoded {
                    writer.write_encoded(bytes)
                } else if wanted(&outcome) {
                    writer.write(&outcome)
                } else {
                    Ok(())
                }
            },
        );
        match run {
            // An error writing says "cannot write output" in `main`, as every command's.
            Ok(_) => writer.finish().map_err(anyhow::Error::from),
            // Stopped before its first conversation (a header without a `text` column, a
            // file that cannot be read): nothing on stdout, not an empty `[]` or a CSV
            // header that a later CI step would read as "no conversations".
            Err(e @ ReplayError::Read(_)) if summary.conversations == 0 => {
                Err(anyhow::Error::from(e))
            }
            // The input stopped being readable (a conversation that reappears, a
            // truncated file): what was replayed before is output whole (the JSON array
            // closed, the table drawn), as JSONL and CSV have it, and the error follows.
            // A conversation that reappears was written from its rows before: the table
            // marks it cut short (user report: `a` of rows a, b, a passed for complete).
            // JSONL, JSON and CSV wrote it as they went and cannot take it back, nor can a
            // packet written: the error says what was written from its earlier rows.
            Err(ReplayError::Read(mut e)) => {
                let marked = match &mut e {
                    ReadError::Reappeared {
                        id,
                        path,
                        line,
                        written,
                        ..
                    } => {
                        *written = Written {
                            outcome: (format != Format::Table).then_some(args.only != Only::All),
                            packet: wants_packets,
                        };
                        writer.cut_short(
                            id,
                            &format!("its rows go on at {}:{line}, not read", path.display()),
                        )
                    }
                    _ => Ok(()),
                };
                marked
                    .and_then(|()| writer.finish())
                    .map_err(anyhow::Error::from)
                    .and(Err(anyhow::Error::from(ReplayError::Read(e))))
            }
            Err(e) => Err(anyhow::Error::from(e)),
        }
    };
    let stdout_closed = preview.closed;
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if stdout_closed {
        io.verbose(format_args!(
            "stdout was closed early: the output stops there; the packets were all written"
        ))?;
    }
    let input::Finished {
        read,
        join: joined,
        skipped,
    } = input::finish(reader, args.read.redact);
    let quiet = io.quiet();
    input::write_read_diagnostics(io.stderr, io.color, quiet, &read)?;
    input::verbose_left_out(io.stderr, io.verbosity, &read)?;
    result?;
    // A run that fails on malformed rows (`--on-error fail`) leaves the packets of an
    // earlier run as they were, as any failed run does: dropped unfinished, the new ones
    // are removed.
    let fails = skipped > 0 && args.read.on_error == input::OnError::Fail;
    let written = match packets {
        Some(sink) if fails => {
            writeln!(
                io.stderr,
                "packets not written to {}: the run fails on its malformed rows, and an earlier run's packets stay as they were (--on-error skip accepts the rows and writes the packets)",
                sink.location().display()
            )?;
            None
        }
        Some(sink) => {
            let location = sink.location().to_owned();
            Some((sink.finish()?, location))
        }
        None => None,
    };
    if !io.quiet() {
        // The unknown role values it lists are the export's.
        let text = summary.render(&read);
        let text = crate::text::escape_controls(&text);
        // Wrapped to the terminal's width, as the table above it is laid out in.
        let text = if io.stderr_is_terminal {
            report::wrap_summary(&text, report::stderr_width()).into()
        } else {
            text
        };
        io.stderr.write_all(text.as_bytes())?;
        if let Some(contacts) = &contacts {
            writeln!(
                io.stderr,
                "contacts: {} of {} conversations joined on {} ({} without a key, {} not in {}, {} ambiguous)",
                joined.joined,
                summary.conversations,
                contacts.join_shown(Some(&read.fields)),
                joined.no_key,
                joined.no_record,
                contacts.path().display(),
                joined.ambiguous
            )?;
        }
        if let Some((n, location)) = written {
            writeln!(
                io.stderr,
                "wrote {} to {}",
                count(n, "packet"),
                location.display()
            )?;
        }
    }
    if summary.conversations == 0 && !args.fail_on.is_empty() {
        return Err(input::nothing_read(
            &args.files,
            &["--fail-on bridge-error"],
        ));
    }
    let status = gate::settle(&args.fail_on, &summary, io.stderr)?;
    Ok(input::settle(status, skipped, args.read.on_error, io)?)
}

/// What a worker thread hands the main thread for one conversation.
enum Evaluated {
    /// What the summary counts: with the output, encoded in the batch's bytes (none
    /// when not wanted), all the main thread needs.
    Encoded(Counted),
    /// The whole outcome, for packets or the table, taken by the main thread.
    Whole(Option<Box<Whole>>),
}

struct Whole {
    outcome: crate::outcome::Outcome,
    /// Whether it is encoded in the batch's bytes (a streaming format, and wanted).
    encoded: bool,
    /// Its packet, when packets are written and it escalated (redacted with
    /// `--redact`), all but its contact history.
    packet: std::io::Result<Option<ToBeWritten>>,
}

/// A packet on its way to the main thread.
enum ToBeWritten {
    /// Serialised, for a JSONL file.
    Line(PacketLine),
    /// Rendered, for a directory (JSON and Markdown files).
    Files(Box<PacketFiles>),
}
