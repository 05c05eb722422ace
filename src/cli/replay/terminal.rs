//! What `replay` writes to the terminal beside its output: takes the input's size;
//! gives the progress bar on stderr, and stdout seen through [`Preview`], which a
//! closed pipe does not stop while packets are written.

use std::io::Write;

/// A bar of the bytes read when the input's size is known, else a spinner, on stderr.
pub(super) fn progress_bar(total: Option<u64>) -> indicatif::ProgressBar {
    let bar = match total {
        Some(total) => indicatif::ProgressBar::new(total).with_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} replaying {bar:30} {binary_bytes}/{binary_total_bytes} ({eta})",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        ),
        None => indicatif::ProgressBar::new_spinner(),
    };
    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr_with_hz(10));
    bar
}

/// Stdout when packets are written: once its reader is gone (a broken pipe), what
/// follows is discarded instead of ending the replay.
pub(super) struct Preview<'a> {
    pub(super) out: &'a mut dyn Write,
    /// The reader of stdout is gone.
    pub(super) closed: bool,
}

impl Write for Preview<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if !self.closed {
            match self.out.write(buf) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => self.closed = true,
                other => return other,
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.closed {
            match self.out.flush() {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => self.closed = true,
                other => return other,
            }
        }
        Ok(())
    }
}
