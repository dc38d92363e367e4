//! The test harness: temporary books driven through the real binary.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

/// The day every test treats as today, so dates in files are predictable.
pub const TODAY: &str = "2026-11-23";

/// A temporary book, removed when dropped.
pub struct TestBook {
    dir: TempDir,
}

impl TestBook {
    /// Creates a book with `rapport init`.
    pub fn new() -> TestBook {
        let dir = tempfile::tempdir().expect("a temporary folder");
        rapport_in(dir.path())
            .args(["init", "."])
            .assert()
            .success();
        TestBook { dir }
    }

    /// Creates an empty temporary folder, for tests that prepare it (a git
    /// repository) before `rapport init`.
    pub fn empty() -> TestBook {
        TestBook {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    /// Creates a book and replaces its rapport.toml with `settings`.
    pub fn with_settings(settings: &str) -> TestBook {
        let book = TestBook::new();
        book.write("rapport.toml", settings);
        book
    }

    /// Returns the book's root folder.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// Returns the path of a file of the book.
    pub fn path(&self, relative: &str) -> PathBuf {
        self.dir.path().join(relative)
    }

    /// Returns a `rapport` command run inside the book.
    pub fn rapport(&self) -> Command {
        rapport_in(self.dir.path())
    }

    /// Runs `rapport ARGS` in the book and returns its stdout, asserting success.
    pub fn run(&self, args: &[&str]) -> String {
        let out = self.rapport().args(args).assert().success();
        String::from_utf8(out.get_output().stdout.clone()).expect("UTF-8 output")
    }

    /// Writes a file of the book.
    pub fn write(&self, relative: &str, text: &str) {
        let path = self.path(relative);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    /// Reads a file of the book.
    pub fn read(&self, relative: &str) -> String {
        fs::read_to_string(self.path(relative)).unwrap_or_else(|e| panic!("{relative}: {e}"))
    }

    /// Reads a file of the book, or "" when it is not there.
    pub fn read_or_empty(&self, relative: &str) -> String {
        fs::read_to_string(self.path(relative)).unwrap_or_default()
    }

    /// Reads the customer file of `id`.
    pub fn customer(&self, id: &str) -> String {
        self.read(&format!("customers/{id}.toml"))
    }

    /// Returns the ids of the book's customer files (`customers/ID.toml`),
    /// sorted.
    pub fn ids(&self) -> Vec<String> {
        let mut ids: Vec<String> = fs::read_dir(self.path("customers"))
            .unwrap()
            .filter_map(|e| {
                let name = e.unwrap().file_name().to_string_lossy().into_owned();
                name.strip_suffix(".toml").map(str::to_string)
            })
            .collect();
        ids.sort();
        ids
    }
}

/// The variables that choose the language people read: a test names the
/// language it wants, else it reads English whatever the machine's locale.
pub const LANGUAGE_VARIABLES: [&str; 4] = ["RAPPORT_LANG", "LC_ALL", "LC_MESSAGES", "LANG"];

/// Returns a `rapport` command run in `dir` with a fixed today, no colour,
/// no book and no language from the environment.
pub fn rapport_in(dir: &Path) -> Command {
    let mut cmd = Command::cargo_bin("rapport").expect("the rapport binary");
    for name in LANGUAGE_VARIABLES {
        cmd.env_remove(name);
    }
    cmd.current_dir(dir)
        .env("RAPPORT_TODAY", TODAY)
        .env("NO_COLOR", "1")
        .env_remove("RAPPORT_BOOK")
        .env_remove("VISUAL")
        .env_remove("EDITOR");
    cmd
}

/// Returns stderr of a finished command as text.
pub fn stderr_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stderr.clone()).expect("UTF-8 stderr")
}

/// Returns stdout of a finished command as text.
pub fn stdout_of(assert: &assert_cmd::assert::Assert) -> String {
    String::from_utf8(assert.get_output().stdout.clone()).expect("UTF-8 stdout")
}

impl TestBook {
    /// Runs `rapport ARGS --format json` in the book and returns the parsed
    /// output, asserting success.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut all = args.to_vec();
        all.extend(["--format", "json"]);
        serde_json::from_str(&self.run(&all)).expect("JSON output")
    }
}
