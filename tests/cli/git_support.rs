//! Real git for the tests of the git integration: repositories in
//! temporary folders, hermetic (no global or system config), with fixed
//! dates, and `rapport` on the PATH so git can run the merge driver.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command as StdCommand;

use assert_cmd::Command;

use crate::support::{TestBook, rapport_in};

/// The author every test repository commits as.
pub const AUTHOR: &str = "Anna Bērziņa";
/// The date of every commit, so histories are predictable.
pub const DATE: &str = "2026-11-23T10:00:00+02:00";

/// Returns PATH with the folder of the built `rapport` first.
fn path_with_rapport() -> OsString {
    let bin = assert_cmd::cargo::cargo_bin("rapport");
    let mut dirs: Vec<PathBuf> = vec![bin.parent().unwrap().to_path_buf()];
    if let Some(path) = std::env::var_os("PATH") {
        dirs.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(dirs).unwrap()
}

/// Sets the environment that makes git hermetic and its dates fixed.
fn hermetic<C: EnvSet>(cmd: &mut C) {
    cmd.set("GIT_CONFIG_GLOBAL", "/dev/null".into());
    cmd.set("GIT_CONFIG_NOSYSTEM", "1".into());
    cmd.set("GIT_AUTHOR_DATE", DATE.into());
    cmd.set("GIT_COMMITTER_DATE", DATE.into());
    cmd.set("PATH", path_with_rapport());
    for var in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"] {
        cmd.unset(var);
    }
}

trait EnvSet {
    fn set(&mut self, key: &str, value: OsString);
    fn unset(&mut self, key: &str);
}

impl EnvSet for StdCommand {
    fn set(&mut self, key: &str, value: OsString) {
        self.env(key, value);
    }
    fn unset(&mut self, key: &str) {
        self.env_remove(key);
    }
}

impl EnvSet for Command {
    fn set(&mut self, key: &str, value: OsString) {
        self.env(key, value);
    }
    fn unset(&mut self, key: &str) {
        self.env_remove(key);
    }
}

/// Returns a command for `program` (`bash` running a recipe, say) with git
/// made hermetic, its dates fixed and `rapport` on the PATH.
pub fn hermetic_command(program: &str) -> StdCommand {
    let mut cmd = StdCommand::new(program);
    hermetic(&mut cmd);
    cmd
}

/// Runs git in `dir` and returns its output, whatever the exit status.
pub fn git_output(dir: &Path, args: &[&str]) -> std::process::Output {
    let mut cmd = StdCommand::new("git");
    cmd.current_dir(dir).args(args);
    hermetic(&mut cmd);
    cmd.output().expect("git runs")
}

/// Runs git in `dir`, asserts success, and returns stdout.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = git_output(dir, args);
    assert!(
        out.status.success(),
        "git {args:?} failed:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

/// Makes `dir` a git repository with a test author.
pub fn git_init(dir: &Path) {
    git(dir, &["init", "-q", "-b", "main"]);
    git(dir, &["config", "user.name", AUTHOR]);
    git(dir, &["config", "user.email", "anna@example.lv"]);
}

/// Returns a `rapport` command in `dir` with git hermetic.
pub fn rapport_git_in(dir: &Path) -> Command {
    let mut cmd = rapport_in(dir);
    hermetic(&mut cmd);
    cmd
}

/// Returns a `rapport` command in the book with git hermetic.
pub fn rapport_git(book: &TestBook) -> Command {
    rapport_git_in(book.root())
}

/// Runs `rapport ARGS` with git hermetic, asserts success, returns stdout.
pub fn run_git(book: &TestBook, args: &[&str]) -> String {
    let out = rapport_git(book).args(args).assert().success();
    String::from_utf8(out.get_output().stdout.clone()).expect("UTF-8 output")
}

/// Creates a book inside a new git repository (`git init`, then `rapport
/// init`, which registers the merge driver), with `git = "commit"` in its
/// rapport.toml when `autocommit`, everything committed.
pub fn git_book(autocommit: bool) -> TestBook {
    let book = TestBook::empty();
    git_init(book.root());
    rapport_git(&book).args(["init", "."]).assert().success();
    if autocommit {
        let settings = book.read("rapport.toml");
        assert!(settings.contains("git = \"off\""));
        book.write(
            "rapport.toml",
            &settings.replace("git = \"off\"", "git = \"commit\""),
        );
    }
    git(book.root(), &["add", "-A"]);
    git(book.root(), &["commit", "-q", "-m", "A new book"]);
    book
}

/// Returns the subjects of the commits on HEAD, newest first.
pub fn subjects(dir: &Path) -> Vec<String> {
    git(dir, &["log", "--format=%s"])
        .lines()
        .map(str::to_string)
        .collect()
}

/// Returns the files a commit changed.
pub fn files_of(dir: &Path, commit: &str) -> Vec<String> {
    git(dir, &["show", "--format=", "--name-only", commit])
        .lines()
        .map(str::to_string)
        .collect()
}

/// Clones the repository of `origin` into a new folder, as a second person
/// would, with its own author, and runs `rapport init` there to register
/// the merge driver in the clone.
pub fn clone_of(origin: &TestBook, author: &str) -> TestBook {
    let clone = TestBook::empty();
    let from = origin.root().to_str().unwrap();
    git(clone.root(), &["clone", "-q", from, "."]);
    git(clone.root(), &["config", "user.name", author]);
    git(clone.root(), &["config", "user.email", "janis@example.lv"]);
    rapport_git(&clone).args(["init"]).assert().success();
    clone
}

/// Pulls (fetch and merge, never rebase) from origin; returns the output.
pub fn pull(book: &TestBook) -> std::process::Output {
    git_output(
        book.root(),
        &["-c", "pull.rebase=false", "pull", "--no-edit", "-q"],
    )
}
