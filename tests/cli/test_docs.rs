//! The documentation runs as written: every `console` block of README.md and
//! of the guide and reference pages in docs/ is run, command by command,
//! and what it shows is checked against what rapport prints.
//!
//! The rules, so a page can be written to them:
//!
//! - Each page runs in its own temporary folder laid out like the source
//!   checkout: `examples/demo-book/` (a fresh copy), `examples/recipes/` and
//!   `tests/fixtures/import/`. Its blocks run in page order and share that
//!   folder, the current folder and the exported variables, as one shell
//!   session would. Today is 2026-11-23 (`RAPPORT_TODAY`) unless a block
//!   exports another day; git is hermetic, its author Anna Bērziņa.
//! - Only blocks fenced as ```` ```console ```` run (```` ```text ````,
//!   ```` ```sh ```` and indented blocks are shown, never run). In them a
//!   line starting `$ ` is a command (a trailing `\` continues it on the
//!   next line), and the lines up to the next command are what it shows.
//!   A command is `rapport …` (words quoted with '…' or "…", a `# comment`,
//!   and a final `> FILE` that receives stdout), `export NAME=VALUE…`,
//!   `cd DIR`, `cp FILE… DEST`, `diff [-r] A B` (the two files, or folders,
//!   must be the same, byte for byte) or `git …`; anything else fails the test, so
//!   a block never holds a line that silently does not run.
//! - A fenced block whose info string names a file, ```` ```csv
//!   file=history.csv ````, is written to that file (relative to the
//!   current folder) when the session reaches it.
//! - A command whose shown lines include `rapport: error: …` (or `error`
//!   in another language: `rapport: kļūda: …`) must exit with
//!   status 1 or 2; every other command must succeed. Every shown line
//!   must be a line rapport printed (stdout or stderr; a line holding `…` is
//!   compared up to it, a line `…` stands for lines left out). A command
//!   that shows nothing must print no warning or error. A listing or report
//!   that shows its output and names no `--format` is run with `--format
//!   table` (what it prints on a terminal).
//! - Every page must run at least one rapport command, and more `$ rapport`
//!   lines must run than are shown outside `console` blocks.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

use crate::git_support::{AUTHOR, hermetic_command};
use crate::support::TODAY;
use crate::test_demo_book;

/// The pages whose console blocks run; every page of docs/ but its index
/// and CONTRIBUTING.md must be listed here.
const PAGES: &[&str] = &[
    "README.md",
    "docs/guide.md",
    "docs/book.md",
    "docs/query.md",
    "docs/reports.md",
    "docs/rfm-clv.md",
    "docs/import-export.md",
    "docs/git.md",
    "docs/output.md",
    "docs/errors.md",
    "docs/safety.md",
    "docs/speed.md",
    "docs/languages.md",
];

/// The subcommands that print a listing or a report: a table on a
/// terminal, tab-separated values in a pipe.
const TABLES: &[&str] = &[
    "query", "segment", "report", "show", "agenda", "dupes", "history",
];

fn source() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// One step of a page, in page order.
#[derive(Debug)]
enum Step {
    /// A command of a console block, with the lines shown after it.
    Command {
        line: usize,
        text: String,
        shown: Vec<String>,
    },
    /// A fenced block to write to a file.
    File { path: String, text: String },
}

/// A parsed page: its steps, and the `$ rapport` lines outside console
/// blocks (shown, not run).
struct Page {
    steps: Vec<Step>,
    not_run: Vec<String>,
}

fn parse(text: &str) -> Page {
    let mut steps = Vec::new();
    let mut not_run = Vec::new();
    let mut lines = text.lines().enumerate().peekable();
    while let Some((n, line)) = lines.next() {
        let Some(info) = line.trim_start().strip_prefix("```") else {
            if is_rapport_line(line) {
                not_run.push(line.trim().to_string());
            }
            continue;
        };
        let mut body = Vec::new();
        for (_, l) in lines.by_ref() {
            if l.trim_start().starts_with("```") {
                break;
            }
            body.push(l);
        }
        let mut words = info.split_whitespace();
        let lang = words.next().unwrap_or("");
        if let Some(path) = words.find_map(|w| w.strip_prefix("file=")) {
            let mut text = body.join("\n");
            text.push('\n');
            steps.push(Step::File {
                path: path.to_string(),
                text,
            });
        } else if lang == "console" {
            let mut i = 0;
            assert!(
                body.first().is_some_and(|l| l.starts_with("$ ")),
                "line {}: a console block starts with a `$ ` command",
                n + 1
            );
            while i < body.len() {
                let start = n + 2 + i;
                let mut command = body[i].strip_prefix("$ ").unwrap().to_string();
                i += 1;
                while command.ends_with('\\') && i < body.len() {
                    command.pop();
                    command.push(' ');
                    command.push_str(body[i].trim());
                    i += 1;
                }
                let mut shown = Vec::new();
                while i < body.len() && !body[i].starts_with("$ ") {
                    shown.push(body[i].trim_end().to_string());
                    i += 1;
                }
                steps.push(Step::Command {
                    line: start,
                    text: command,
                    shown,
                });
            }
        } else {
            not_run.extend(
                body.iter()
                    .filter(|l| is_rapport_line(l))
                    .map(|l| l.trim().to_string()),
            );
        }
    }
    Page { steps, not_run }
}

/// A `$ rapport …` line, wherever it stands.
fn is_rapport_line(line: &str) -> bool {
    line.trim_start().starts_with("$ rapport ")
}

/// Splits a command line into words, as a shell would for the simple lines
/// the documentation shows: '…' and "…" quote, `#` starts a comment, and a
/// final `> FILE` sends stdout into FILE. A pipe or anything else a shell
/// would interpret is refused, so every line shown runs as written.
fn words(line: &str) -> (Vec<String>, Option<String>) {
    let mut words = Vec::new();
    let mut word: Option<String> = None;
    let mut quote: Option<char> = None;
    let mut redirect = false;
    for ch in line.chars() {
        match (quote, ch) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), c) => word.get_or_insert_default().push(c),
            (None, '\'' | '"') => {
                quote = Some(ch);
                word.get_or_insert_default();
            }
            (None, c) if c.is_whitespace() => words.extend(word.take()),
            (None, '#') if word.is_none() => break,
            (None, '>') if word.is_none() && !redirect => {
                redirect = true;
                words.push(">".into());
            }
            (None, '|' | '>' | '<' | ';' | '&' | '$' | '`' | '#' | '\\') => {
                panic!("`{line}` is not a plain command")
            }
            (None, c) => word.get_or_insert_default().push(c),
        }
    }
    assert!(quote.is_none(), "unclosed quote in `{line}`");
    words.extend(word);
    if let Some(at) = words.iter().position(|w| w == ">") {
        assert_eq!(words.len(), at + 2, "`{line}`: one file after `>`");
        let file = words.pop();
        words.pop();
        return (words, file);
    }
    (words, None)
}

/// Copies a folder, leaving out the git-ignored `.rapport/`.
fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name();
        if name == ".rapport" {
            continue;
        }
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to.join(&name));
        } else {
            fs::copy(entry.path(), to.join(&name)).unwrap();
        }
    }
}

/// Returns the files of a folder (relative path → bytes, as
/// [`test_demo_book::tree`] reads them), or a file alone under the name "".
fn tree(path: &Path) -> BTreeMap<String, Vec<u8>> {
    if path.is_file() {
        return BTreeMap::from([(String::new(), fs::read(path).unwrap())]);
    }
    test_demo_book::tree(path)
}

/// The shell session one page runs in.
struct Session {
    _root: tempfile::TempDir,
    cwd: PathBuf,
    env: Vec<(String, String)>,
    page: &'static str,
}

impl Session {
    fn new(page: &'static str) -> Session {
        let root = tempfile::tempdir().unwrap();
        for dir in [
            "examples/demo-book",
            "examples/recipes",
            "tests/fixtures/import",
        ] {
            copy_dir(&source().join(dir), &root.path().join(dir));
        }
        Session {
            cwd: root.path().to_path_buf(),
            _root: root,
            env: vec![("RAPPORT_TODAY".into(), TODAY.into())],
            page,
        }
    }

    fn with_env(&self, cmd: &mut std::process::Command) {
        cmd.current_dir(&self.cwd)
            .env_remove("RAPPORT_BOOK")
            .env_remove("RAPPORT_LANG")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG")
            .env("NO_COLOR", "1")
            .env("GIT_AUTHOR_NAME", AUTHOR)
            .env("GIT_AUTHOR_EMAIL", "anna@example.lv")
            .env("GIT_COMMITTER_NAME", AUTHOR)
            .env("GIT_COMMITTER_EMAIL", "anna@example.lv");
        for (key, value) in &self.env {
            cmd.env(key, value);
        }
    }

    /// Runs one command and checks it against what the page shows; returns
    /// whether it was a rapport command.
    fn run(&mut self, line: usize, text: &str, shown: &[String]) -> bool {
        let at = format!("{}:{line}: `$ {text}`", self.page);
        let (mut args, redirect) = words(text);
        let program = args.remove(0);
        match program.as_str() {
            "export" => {
                for arg in &args {
                    let (key, value) = arg.split_once('=').unwrap_or_else(|| panic!("{at}"));
                    self.env.retain(|(k, _)| k != key);
                    self.env.push((key.into(), value.into()));
                }
                false
            }
            "cd" => {
                assert_eq!(args.len(), 1, "{at}");
                self.cwd = self.cwd.join(&args[0]);
                assert!(self.cwd.is_dir(), "{at}: no such folder");
                false
            }
            "cp" => {
                let (dest, files) = args.split_last().unwrap_or_else(|| panic!("{at}"));
                let dest = self.cwd.join(dest);
                for file in files {
                    let from = self.cwd.join(file);
                    let to = if dest.is_dir() {
                        dest.join(from.file_name().unwrap())
                    } else {
                        dest.clone()
                    };
                    fs::copy(&from, &to).unwrap_or_else(|e| panic!("{at}: {e}"));
                }
                false
            }
            "diff" => {
                let (a, b) = match &args[..] {
                    [flag, a, b] if flag == "-r" => (a, b),
                    [a, b] => (a, b),
                    _ => panic!("{at}: only `diff [-r] A B` runs"),
                };
                let (a, b) = (self.cwd.join(a), self.cwd.join(b));
                let (ta, tb) = (tree(&a), tree(&b));
                assert_eq!(
                    ta.keys().collect::<Vec<_>>(),
                    tb.keys().collect::<Vec<_>>(),
                    "{at}: other files"
                );
                for (name, bytes) in &ta {
                    assert!(
                        &tb[name] == bytes,
                        "{at}: {name} differs:\n{}\n---\n{}",
                        String::from_utf8_lossy(bytes),
                        String::from_utf8_lossy(&tb[name])
                    );
                }
                false
            }
            "git" => {
                let mut cmd = hermetic_command("git");
                self.with_env(&mut cmd);
                let out = cmd.args(&args).output().unwrap();
                self.check(&at, &out, shown);
                false
            }
            "rapport" => {
                let subcommand = subcommand(&args);
                let shows = shown.iter().any(|l| !l.trim().is_empty());
                if shows
                    && redirect.is_none()
                    && !args.iter().any(|a| a == "--format")
                    && TABLES.contains(&subcommand)
                {
                    args.extend(["--format".into(), "table".into()]);
                }
                let bin = assert_cmd::cargo::cargo_bin("rapport");
                let mut cmd = hermetic_command(bin.to_str().unwrap());
                self.with_env(&mut cmd);
                let out = cmd
                    .args(&args)
                    .env_remove("VISUAL")
                    .env_remove("EDITOR")
                    .stdin(std::process::Stdio::null())
                    .output()
                    .unwrap();
                self.check(&at, &out, shown);
                if let Some(file) = redirect {
                    fs::write(self.cwd.join(file), &out.stdout).unwrap();
                }
                true
            }
            other => panic!(
                "{at}: `{other}` does not run in a console block; show it in a ```text block"
            ),
        }
    }

    fn check(&self, at: &str, out: &Output, shown: &[String]) {
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        let printed: Vec<&str> = stdout
            .lines()
            .chain(stderr.lines())
            .map(str::trim_end)
            .collect();
        // `error` in each language rapport speaks (a page may show a
        // message in another language).
        let fails = shown.iter().any(|l| {
            ["error", "kļūda", "chyba", "грешка", "greška"]
                .iter()
                .any(|word| l.starts_with(&format!("rapport: {word}:")))
        });
        let code = out.status.code();
        if fails {
            assert!(
                matches!(code, Some(1 | 2)),
                "{at}: the page shows an error, but it exited with {:?}\n{}",
                code,
                show(out)
            );
        } else {
            assert_eq!(code, Some(0), "{at}: failed\n{}", show(out));
        }
        if shown.iter().all(|l| l.trim().is_empty()) {
            assert!(
                !stderr.contains("warning") && !stderr.contains("error"),
                "{at}: shows nothing but printed\n{stderr}"
            );
        }
        for line in shown {
            let line = line.trim_end();
            let expected = match line.find('…') {
                Some(cut) => &line[..cut],
                None => line,
            };
            if expected.trim().is_empty() {
                continue;
            }
            let found = if line.contains('…') {
                printed.iter().any(|p| p.starts_with(expected))
            } else {
                printed.contains(&expected)
            };
            assert!(
                found,
                "{at}: shows the line\n{line}\nwhich it did not print:\n{}",
                show(out)
            );
        }
    }
}

/// The first word of `args` that is not a global option or its value.
fn subcommand(args: &[String]) -> &str {
    let mut words = args.iter();
    while let Some(word) = words.next() {
        match word.as_str() {
            "--book" | "--today" | "--lang" => {
                words.next();
            }
            w if w.starts_with('-') => {}
            w => return w,
        }
    }
    ""
}

fn show(out: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}--- stderr\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Runs every console block of `page` and returns how many rapport
/// commands ran.
fn run_page(page: &'static str) -> usize {
    let text = fs::read_to_string(source().join(page)).unwrap_or_else(|e| panic!("{page}: {e}"));
    let parsed = parse(&text);
    let mut session = Session::new(page);
    let mut ran = 0;
    for step in &parsed.steps {
        match step {
            Step::Command { line, text, shown } => {
                ran += usize::from(session.run(*line, text, shown));
            }
            Step::File { path, text } => {
                let path = session.cwd.join(path);
                fs::create_dir_all(path.parent().unwrap()).unwrap();
                fs::write(path, text).unwrap();
            }
        }
    }
    assert!(ran > 0, "{page} has no `$ rapport` line in a console block");
    assert!(
        ran > parsed.not_run.len(),
        "{page}: {ran} rapport commands run, but {} `$ rapport` lines are only shown: {:#?}",
        parsed.not_run.len(),
        parsed.not_run
    );
    ran
}

#[test]
fn every_page_of_docs_is_run() {
    let mut pages: Vec<String> = fs::read_dir(source().join("docs"))
        .unwrap()
        .map(|e| format!("docs/{}", e.unwrap().file_name().to_string_lossy()))
        .filter(|p| p.ends_with(".md") && p != "docs/README.md" && p != "docs/CONTRIBUTING.md")
        .collect();
    pages.sort();
    let mut listed: Vec<String> = PAGES[1..].iter().map(|p| p.to_string()).collect();
    listed.sort();
    assert_eq!(pages, listed, "list every page of docs/ in PAGES");
}

/// The README's demo section alone runs at least ten commands.
#[test]
fn the_readme_runs() {
    let text = fs::read_to_string(source().join("README.md")).unwrap();
    let demo: String = text
        .lines()
        .skip_while(|l| !(l.starts_with("## ") && l.contains("Demo book")))
        .take_while(|l| !l.starts_with("## Documentation"))
        .map(|l| format!("{l}\n"))
        .collect();
    let commands = parse(&demo)
        .steps
        .iter()
        .filter(|s| matches!(s, Step::Command { text, .. } if text.starts_with("rapport ")))
        .count();
    assert!(
        commands >= 10,
        "the README's demo section runs {commands} commands"
    );
    run_page("README.md");
}

#[test]
fn the_guide_runs() {
    run_page("docs/guide.md");
}

#[test]
fn the_book_page_runs() {
    run_page("docs/book.md");
}

#[test]
fn the_query_page_runs() {
    run_page("docs/query.md");
}

#[test]
fn the_reports_page_runs() {
    run_page("docs/reports.md");
}

#[test]
fn the_rfm_clv_page_runs() {
    run_page("docs/rfm-clv.md");
}

#[test]
fn the_import_export_page_runs() {
    run_page("docs/import-export.md");
}

#[test]
fn the_git_page_runs() {
    run_page("docs/git.md");
}

#[test]
fn the_output_page_runs() {
    run_page("docs/output.md");
}

#[test]
fn the_errors_page_runs() {
    run_page("docs/errors.md");
}

#[test]
fn the_safety_page_runs() {
    run_page("docs/safety.md");
}

#[test]
fn the_speed_page_runs() {
    run_page("docs/speed.md");
}

#[test]
fn the_languages_page_runs() {
    run_page("docs/languages.md");
}

#[test]
fn words_split_as_a_shell_would() {
    assert_eq!(
        words(r#"rapport add "Ēriks Ozoliņš" --tag vip   # a comment"#),
        (
            vec![
                "rapport".into(),
                "add".into(),
                "Ēriks Ozoliņš".into(),
                "--tag".into(),
                "vip".into()
            ],
            None
        )
    );
    assert_eq!(
        words("rapport export > out.csv"),
        (
            vec!["rapport".into(), "export".into()],
            Some("out.csv".into())
        )
    );
}

/// Returns GitHub's anchor of a heading: lowercase, punctuation dropped,
/// spaces as hyphens.
fn anchor(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' '))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// Returns the headings' anchors and the link targets of a Markdown page,
/// outside fenced blocks.
fn anchors_and_links(text: &str) -> (Vec<String>, Vec<String>) {
    let (mut anchors, mut links) = (Vec::new(), Vec::new());
    let mut fenced = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced || line.starts_with("    ") {
            continue;
        }
        if let Some(heading) = line.strip_prefix('#') {
            anchors.push(anchor(heading.trim_start_matches('#')));
        }
        let mut rest = line;
        while let Some(at) = rest.find("](") {
            rest = &rest[at + 2..];
            let end = rest.find(')').expect("a closed link");
            links.push(rest[..end].to_string());
            rest = &rest[end..];
        }
    }
    (anchors, links)
}

/// Every relative link of the README, of docs/ and of the error catalogue
/// leads to a file that exists and, with `#anchor`, to one of its headings.
#[test]
fn every_link_of_the_docs_leads_somewhere() {
    let mut pages: Vec<PathBuf> = vec![
        source().join("README.md"),
        source().join("tests/errors/README.md"),
    ];
    for entry in fs::read_dir(source().join("docs")).unwrap() {
        pages.push(entry.unwrap().path());
    }
    let mut broken = Vec::new();
    for page in &pages {
        let text = fs::read_to_string(page).unwrap();
        let (own, links) = anchors_and_links(&text);
        for link in links {
            if link.starts_with("http") || link.starts_with("mailto:") {
                continue;
            }
            let (file, fragment) = link.split_once('#').unwrap_or((&link, ""));
            let anchors = if file.is_empty() {
                own.clone()
            } else {
                let target = page.parent().unwrap().join(file);
                if !target.exists() {
                    broken.push(format!("{}: {link}", page.display()));
                    continue;
                }
                if fragment.is_empty() || !file.ends_with(".md") {
                    continue;
                }
                anchors_and_links(&fs::read_to_string(&target).unwrap()).0
            };
            if !fragment.is_empty() && !anchors.iter().any(|a| a == fragment) {
                broken.push(format!("{}: {link}", page.display()));
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}
