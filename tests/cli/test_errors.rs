//! The error catalogue, as hledger keeps `test/errors/`: every error and
//! warning rapport prints has a folder `tests/errors/NAME/` holding
//!
//! - `about.md`: a `# title` line, then what causes it and how to fix it;
//! - `cmd`: the arguments of `rapport`, one per line;
//! - `book/` (optional): the book's files; without it, a fresh
//!   `rapport init` book;
//! - `setup.sh` (optional): run with `sh` in the book first (links,
//!   folders, git);
//! - `env` (optional): `KEY=VALUE` lines for the command's environment;
//! - `stdout-to` (optional): a file to send stdout to (`/dev/full`);
//! - `stderr` and `status`: what rapport prints on stderr (the book's path
//!   written `$BOOK`, its parent `$TMP`) and its exit status.
//!
//! This test runs every folder and compares; it also checks that
//! `tests/errors/README.md`, the catalogue for users generated from the
//! folders, is up to date. After a deliberate change of a message, or to
//! add an error (a new folder with `about.md` and `cmd`), re-bless:
//!
//! ```sh
//! RAPPORT_BLESS=1 cargo test --test cli errors
//! git diff tests/errors   # review what changed
//! ```

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::support::TODAY;

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/errors");

/// One folder of the catalogue.
struct Fixture {
    name: String,
    dir: PathBuf,
    title: String,
    about: String,
    args: Vec<String>,
}

impl Fixture {
    fn load(dir: &Path) -> Fixture {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let read = |file: &str| {
            fs::read_to_string(dir.join(file))
                .unwrap_or_else(|e| panic!("tests/errors/{name}/{file}: {e}"))
        };
        let about = read("about.md");
        let (first, rest) = about.split_once('\n').unwrap_or((&about, ""));
        let title = first
            .strip_prefix("# ")
            .unwrap_or_else(|| panic!("tests/errors/{name}/about.md must start with `# title`"))
            .trim()
            .to_string();
        let cmd = read("cmd");
        let cmd = cmd.strip_suffix('\n').unwrap_or(&cmd);
        Fixture {
            args: cmd.split('\n').map(str::to_string).collect(),
            about: rest.trim().to_string(),
            title,
            dir: dir.to_path_buf(),
            name,
        }
    }

    /// Runs the command in a fresh copy of the book, in `lang` (`--lang`
    /// through `$RAPPORT_LANG`; None: English, as the folder records it);
    /// returns the normalised stderr and the exit status.
    fn run(&self, lang: Option<&str>) -> (String, i32) {
        let temp = tempfile::tempdir().unwrap();
        let book = temp.path().join("book");
        fs::create_dir(&book).unwrap();
        let files = self.dir.join("book");
        if files.is_dir() {
            copy_tree(&files, &book);
        } else {
            let status = rapport(&book)
                .args(["init", "."])
                .stderr(Stdio::null())
                .status()
                .unwrap();
            assert!(status.success(), "{}: rapport init", self.name);
        }
        let setup = self.dir.join("setup.sh");
        if setup.is_file() {
            let out = hermetic(Command::new("sh"), &book)
                .arg(&setup)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{}: setup.sh failed: {}",
                self.name,
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let mut cmd = rapport(&book);
        if let Some(lang) = lang {
            cmd.env("RAPPORT_LANG", lang);
        }
        if let Ok(env) = fs::read_to_string(self.dir.join("env")) {
            for line in env.lines().filter(|l| !l.trim().is_empty()) {
                let (k, v) = line.split_once('=').expect("env lines are KEY=VALUE");
                cmd.env(k, v);
            }
        }
        if let Ok(target) = fs::read_to_string(self.dir.join("stdout-to")) {
            let file = fs::OpenOptions::new()
                .write(true)
                .open(target.trim())
                .unwrap();
            cmd.stdout(file);
        }
        let out = cmd.args(&self.args).stdin(Stdio::null()).output().unwrap();
        let mut stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        let canonical_temp = fs::canonicalize(temp.path()).unwrap();
        for (path, name) in [
            (canonical_temp.join("book"), "$BOOK"),
            (book.clone(), "$BOOK"),
            (canonical_temp, "$TMP"),
            (temp.path().to_path_buf(), "$TMP"),
        ] {
            stderr = stderr.replace(&path.display().to_string(), name);
        }
        (stderr, out.status.code().unwrap_or(-1))
    }

    /// The entry of the catalogue page; `translated` holds the stderr of
    /// the same command in the other languages.
    fn markdown(&self, stderr: &str, status: i32, translated: &[(&str, String)]) -> String {
        let shown: Vec<String> = self.args.iter().map(|a| shell_quote(a)).collect();
        let mut env = String::new();
        if let Ok(vars) = fs::read_to_string(self.dir.join("env")) {
            for line in vars.lines().filter(|l| !l.trim().is_empty()) {
                let (k, v) = line.split_once('=').unwrap();
                env.push_str(&format!("{k}={} ", shell_quote(v)));
            }
        }
        let redirect = fs::read_to_string(self.dir.join("stdout-to"))
            .map(|t| format!(" > {}", t.trim()))
            .unwrap_or_default();
        let mut languages = String::new();
        for (lang, text) in translated {
            languages.push_str(&format!("```text\n# --lang {lang}\n{text}```\n\n"));
        }
        if !languages.is_empty() {
            languages = format!(
                "<details><summary>In Latvian, Czech and Serbian</summary>\n\n{languages}</details>\n\n"
            );
        }
        format!(
            "### {title}\n\n<a id=\"{name}\"></a>`tests/errors/{name}/`\n\n{about}\n\n```console\n$ {env}rapport {args}{redirect}\n{stderr}```\n\n{languages}Exit status {status}.\n\n",
            title = self.title,
            name = self.name,
            about = self.about,
            args = shown.join(" "),
        )
    }
}

/// A `rapport` command in `dir`, with the test environment.
fn rapport(dir: &Path) -> Command {
    let mut cmd = hermetic(Command::new(assert_cmd::cargo::cargo_bin("rapport")), dir);
    cmd.env("RAPPORT_TODAY", TODAY)
        .env("NO_COLOR", "1")
        .env_remove("RAPPORT_BOOK")
        .env_remove("VISUAL")
        .env_remove("EDITOR");
    cmd
}

/// Makes git hermetic: no global or system config, a fixed author.
fn hermetic(mut cmd: Command, dir: &Path) -> Command {
    cmd.current_dir(dir)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_AUTHOR_NAME", "Anna Bērziņa")
        .env("GIT_AUTHOR_EMAIL", "anna@example.com")
        .env("GIT_COMMITTER_NAME", "Anna Bērziņa")
        .env("GIT_COMMITTER_EMAIL", "anna@example.com")
        .env("GIT_AUTHOR_DATE", "2026-11-23T10:00:00+02:00")
        .env("GIT_COMMITTER_DATE", "2026-11-23T10:00:00+02:00");
    for var in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"] {
        cmd.env_remove(var);
    }
    cmd
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Quotes an argument for display as a shell would need it.
fn shell_quote(arg: &str) -> String {
    let plain = !arg.is_empty()
        && arg
            .chars()
            .all(|c| c.is_alphanumeric() || "-_./=+:@,%".contains(c));
    if plain {
        arg.to_string()
    } else {
        format!("'{}'", arg.replace('\'', "'\\''"))
    }
}

/// The groups of the catalogue, by the fixture name's first word.
const GROUPS: &[(&str, &str)] = &[
    ("book", "Finding and opening the book"),
    ("settings", "rapport.toml"),
    ("customer", "Customer files"),
    ("listing", "Commands that read every customer"),
    ("check", "rapport check"),
    ("id", "Ids on the command line"),
    ("init", "rapport init"),
    ("add", "rapport add"),
    ("set", "rapport set"),
    ("value", "Values on the command line"),
    ("log", "rapport log"),
    ("edit", "rapport edit"),
    ("rm", "rapport rm"),
    ("forget", "rapport forget"),
    ("merge", "rapport merge"),
    ("dupes", "rapport dupes"),
    ("driver", "rapport merge-driver (run by git)"),
    ("git", "git"),
    ("history", "rapport history"),
    ("deal", "rapport deal"),
    ("case", "rapport case"),
    ("timeline", "rapport timeline"),
    ("clv", "rapport report clv"),
    // For the commands still to come: a folder named `query-…` or
    // `import-…` lands in its section as soon as it exists.
    (
        "query",
        "Query expressions (rapport query, --where, segments)",
    ),
    ("segment", "rapport segment"),
    ("report", "Reports"),
    ("import", "rapport import"),
    ("export", "rapport export"),
    ("usage", "The command line itself"),
];

const INTRO: &str = "# The error catalogue

Every error and warning rapport prints, with what causes it, how to fix it,
and an example: the command, exactly what rapport printed on stderr, and the
exit status (0: done, with warnings; 1: a problem in the data or a file;
2: a usage error on the command line). Problems in files are printed as
`FILE:LINE:COLUMN: error: …` with the line and a caret under the place;
`rapport check` lists all of them at once.

This page is generated from the folders of `tests/errors/` (one per error,
each a small book and a command) by `tests/cli/test_errors.rs`, which also
checks that rapport still prints exactly this. `$BOOK` stands for the
book's folder.

A few messages have no example here because they need a terminal or a
broken environment: `nothing deleted` and `nothing erased` (`rapport rm` and
`rapport forget` answered no on a terminal), `could not start the editor`
(no `sh`), `could not get random bytes` (the system's random source
failed), `could not run git …` / `` `git …` failed `` (git missing or
failing), the other reasons the CLV fit can fail (it did not converge, a
parameter it cannot pin down) and `the merged record would not be
readable` (`rapport merge` refusing a result it could not read back). All
exit with status 1. A file that cannot be read or written for a reason of
the system (permissions, a full disk) is named with the system's reason,
as in `FILE: No such file or directory` below.

";

fn fixtures() -> Vec<Fixture> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(DIR)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs.iter().map(|d| Fixture::load(d)).collect()
}

fn group_of(name: &str) -> &'static str {
    let word = name.split('-').next().unwrap_or(name);
    GROUPS
        .iter()
        .find(|(prefix, _)| *prefix == word)
        .map(|(_, title)| *title)
        .unwrap_or_else(|| panic!("tests/errors/{name}: start the name with a group ({GROUPS:?})"))
}

/// The languages each error is shown in besides English (sr-Latn is sr
/// transliterated).
const LANGUAGES: [&str; 3] = ["lv", "cs", "sr"];

/// Runs every fixture in English and in each of [`LANGUAGES`], a few at a
/// time; returns, per fixture, the English (stderr, status) and the stderr
/// of each other language.
type Runs = Vec<((String, i32), Vec<(&'static str, String)>)>;

fn run_all(fixtures: &[Fixture]) -> Runs {
    let langs: Vec<Option<&'static str>> = std::iter::once(None)
        .chain(LANGUAGES.iter().copied().map(Some))
        .collect();
    let jobs: Vec<(usize, Option<&'static str>)> = (0..fixtures.len())
        .flat_map(|i| langs.iter().map(move |l| (i, *l)))
        .collect();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let done = std::sync::Mutex::new(vec![None; jobs.len()]);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get().clamp(2, 4));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let j = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(&(i, lang)) = jobs.get(j) else {
                        break;
                    };
                    let result = fixtures[i].run(lang);
                    done.lock().unwrap()[j] = Some(result);
                }
            });
        }
    });
    let mut results = done.into_inner().unwrap().into_iter().map(Option::unwrap);
    fixtures
        .iter()
        .map(|_| {
            let english = results.next().unwrap();
            let others = LANGUAGES
                .iter()
                .map(|lang| (*lang, results.next().unwrap().0))
                .collect();
            (english, others)
        })
        .collect()
}

#[test]
fn every_error_in_the_catalogue_prints_as_recorded() {
    let bless = std::env::var_os("RAPPORT_BLESS").is_some();
    let fixtures = fixtures();
    assert!(fixtures.len() > 50, "the catalogue is in tests/errors/");
    let mut failures = Vec::new();
    let mut sections: Vec<(usize, String)> = Vec::new();
    let runs = run_all(&fixtures);
    for (f, ((stderr, status), translated)) in fixtures.iter().zip(runs) {
        for (lang, text) in &translated {
            assert!(
                !text.contains("panicked"),
                "{} --lang {lang}: a panic:\n{text}",
                f.name
            );
        }
        // A message the language leaves as it is (a path and the system's
        // reason) is not shown again.
        let translated: Vec<(&str, String)> = translated
            .into_iter()
            .filter(|(_, t)| *t != stderr)
            .collect();
        assert!(
            !stderr.contains("panicked"),
            "{}: a panic:\n{stderr}",
            f.name
        );
        assert!(
            stderr.contains("error") || stderr.contains("warning") || stderr.contains("hint:"),
            "{}: prints no error, warning or hint:\n{stderr}",
            f.name
        );
        let group = group_of(&f.name);
        let rank = GROUPS.iter().position(|(_, t)| *t == group).unwrap();
        sections.push((rank, f.markdown(&stderr, status, &translated)));
        if bless {
            fs::write(f.dir.join("stderr"), &stderr).unwrap();
            fs::write(f.dir.join("status"), format!("{status}\n")).unwrap();
            continue;
        }
        let expected = fs::read_to_string(f.dir.join("stderr")).unwrap_or_default();
        let expected_status = fs::read_to_string(f.dir.join("status")).unwrap_or_default();
        if stderr != expected || expected_status.trim() != status.to_string() {
            failures.push(format!(
                "tests/errors/{}: rapport {:?}\n--- expected (status {})\n{expected}--- got (status {status})\n{stderr}",
                f.name,
                f.args,
                expected_status.trim()
            ));
        }
    }
    sections.sort_by_key(|(rank, _)| *rank);
    let mut page = INTRO.to_string();
    let mut current = usize::MAX;
    for (rank, text) in &sections {
        if *rank != current {
            page.push_str(&format!("## {}\n\n", GROUPS[*rank].1));
            current = *rank;
        }
        page.push_str(text);
    }
    let page = page.trim_end().to_string() + "\n";
    let readme = Path::new(DIR).join("README.md");
    if bless {
        fs::write(&readme, &page).unwrap();
    } else if fs::read_to_string(&readme).unwrap_or_default() != page {
        failures.push("tests/errors/README.md is stale".into());
    }
    assert!(
        failures.is_empty(),
        "{}\n\n{} problem(s); if the change is meant, re-bless with `RAPPORT_BLESS=1 cargo test --test cli errors` and review `git diff tests/errors`",
        failures.join("\n\n"),
        failures.len()
    );
}
