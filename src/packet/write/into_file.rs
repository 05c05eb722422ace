//! Packets into one JSONL file: takes the file's path (its directory checked by
//! `write.rs`) and serialised packets; gives the file, written under a temporary name
//! and renamed into place when the run completes, or removed with the directories made
//! for it when the run does not.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use super::super::ContactHistory;
use super::super::line::PacketLine;
use super::{Created, JsonlOut, WriteError};

/// A run's JSONL packets file, written under a temporary name until the run completes.
pub struct JsonlSink {
    path: PathBuf,
    temp: PathBuf,
    out: Option<JsonlOut>,
    /// The directories made for the file: removed, if empty, when it is not written.
    created: Created,
    count: u64,
}

impl JsonlSink {
    /// Opens the temporary file for `path`, gzip-compressed or not, creating the
    /// directories on the way.
    pub(super) fn create(path: &Path, gzip: bool) -> Result<JsonlSink, WriteError> {
        let err = |source| WriteError {
            path: path.to_owned(),
            source,
        };
        if path.is_dir() {
            return Err(err(io::Error::new(
                io::ErrorKind::IsADirectory,
                "is a directory; a path ending in .jsonl or .ndjson (with .gz or not) names a file",
            )));
        }
        // As a directory of packets is created with its parents, so is a file's
        // directory: `--packets out/today/p.jsonl` works as `--packets out/today/p`.
        let created = match path.parent().filter(|p| !p.as_os_str().is_empty()) {
            Some(parent) => Created::dirs(parent).map_err(err)?,
            None => Created::default(),
        };
        // What runs killed before they completed left (`.p.jsonl.PID.tmp`, their
        // process gone) is removed, as a directory's staging directories are.
        crate::atomic::remove_stale_temps(path);
        let (temp, file) = match crate::atomic::locked_temp(path) {
            Ok(temp) => temp,
            Err(e) => {
                created.remove_if_empty();
                return Err(err(e));
            }
        };
        Ok(JsonlSink {
            path: path.to_owned(),
            temp,
            out: Some(JsonlOut::new(file, gzip)),
            created,
            count: 0,
        })
    }

    /// Writes a packet serialised elsewhere, with its contact history.
    pub(super) fn write_line(
        &mut self,
        line: &PacketLine,
        history: &ContactHistory,
    ) -> Result<(), WriteError> {
        let err = |source| WriteError {
            path: self.temp.clone(),
            source,
        };
        let out = self
            .out
            .as_mut()
            .ok_or_else(|| err(io::Error::other("already finished")))?;
        line.write_to(history, out).map_err(err)?;
        self.count += 1;
        Ok(())
    }

    /// Renames the file into place; returns how many packets it holds.
    pub(super) fn finish(mut self) -> Result<u64, WriteError> {
        let err = |source| WriteError {
            path: self.path.clone(),
            source,
        };
        // The file stays open, and locked, until it is renamed into place: let
        // go before, another run could take it for a killed run's and remove it.
        let file = self
            .out
            .take()
            .map(|out| out.into_file().map_err(err))
            .transpose()?;
        if let Some(file) = &file {
            file.sync_all().map_err(err)?;
        }
        fs::rename(&self.temp, &self.path).map_err(err)?;
        drop(file);
        Ok(self.count)
    }

    pub(super) fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for JsonlSink {
    /// An unfinished file is removed, not left half-written: its temporary file, then
    /// the directories the run created if they are empty (once finished, the temporary
    /// file has become the output).
    fn drop(&mut self) {
        drop(self.out.take());
        let _ = fs::remove_file(&self.temp);
        // Once renamed into place, the file keeps its directory.
        self.created.remove_if_empty();
    }
}
