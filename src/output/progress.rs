//! Progress bars for long work (reading a big book without its cache,
//! checking every file, importing thousands of rows), drawn on stderr when
//! it is a terminal, never in a pipe or a log.

use std::io::IsTerminal;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How long work runs before its bar is shown.
const DELAY: Duration = Duration::from_millis(300);

/// A progress bar of files read; hidden until the work has lasted
/// [`DELAY`].
pub struct Bar {
    bar: ProgressBar,
    what: &'static str,
    started: Mutex<Instant>,
    shown: AtomicBool,
}

impl Bar {
    /// Returns a bar for `what` ("reading customers") when stderr is a
    /// terminal; None otherwise.
    pub fn on_terminal(what: &'static str) -> Option<Bar> {
        std::io::stderr().is_terminal().then(|| Bar {
            bar: ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden()),
            what,
            started: Mutex::new(Instant::now()),
            shown: AtomicBool::new(false),
        })
    }

    /// Starts counting files anew; `expected` is how many there will
    /// likely be (None when not known).
    pub fn start(&self, expected: Option<u64>) {
        *self.started.lock().unwrap_or_else(|p| p.into_inner()) = Instant::now();
        let style = match expected {
            Some(n) => {
                self.bar.set_length(n);
                ProgressStyle::with_template("{msg} {wide_bar} {human_pos}/{human_len} ({eta})")
            }
            None => {
                self.bar.unset_length();
                ProgressStyle::with_template("{spinner} {msg} {human_pos}")
            }
        };
        if let Ok(style) = style {
            self.bar.set_style(style);
        }
        self.bar.set_message(self.what);
        self.bar.set_position(0);
    }

    /// Counts `n` more files, showing the bar once the work has lasted long
    /// enough.
    pub fn advance(&self, n: u64) {
        self.bar.inc(n);
        if !self.shown.load(Ordering::Relaxed) {
            let started = *self.started.lock().unwrap_or_else(|p| p.into_inner());
            if started.elapsed() >= DELAY && !self.shown.swap(true, Ordering::Relaxed) {
                self.bar.set_draw_target(ProgressDrawTarget::stderr());
            }
        }
    }

    /// Ends the work and clears the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
        self.bar.set_draw_target(ProgressDrawTarget::hidden());
        self.shown.store(false, Ordering::Relaxed);
    }
}

impl crate::book::load::Progress for Bar {
    fn start(&self, expected: Option<u64>) {
        Bar::start(self, expected);
    }

    fn advance(&self, n: u64) {
        Bar::advance(self, n);
    }

    fn finish(&self) {
        Bar::finish(self);
    }
}

/// Returns a bar over `len` known steps labelled `message` (an import's
/// rows and files); hidden unless stderr is a terminal.
pub fn bar(len: u64, message: &str) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
    let style = ProgressStyle::with_template("rapport: {msg} [{bar:30}] {pos}/{len} ({eta})")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
    bar.set_style(style);
    bar.set_message(message.to_string());
    bar
}
