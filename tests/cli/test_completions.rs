//! The committed completion scripts and man pages are generated from the clap
//! definitions; these fail when they drift. Regenerate with
//! `examples/regenerate.sh`. The completions' candidates from the book
//! (`COMPLETE=SHELL rapport -- WORDS…`) are tested through the binary.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::{Duration, SystemTime};

use crate::support::{TestBook, rapport_in, stdout_of};

const STALE: &str = "run `bash examples/regenerate.sh` and commit the result";

#[test]
fn committed_completions_are_current() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for (shell, file) in [
        ("bash", "rapport.bash"),
        ("zsh", "_rapport"),
        ("fish", "rapport.fish"),
        ("elvish", "rapport.elv"),
        ("powershell", "_rapport.ps1"),
    ] {
        let out = rapport_in(root)
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(out.status.success());
        let committed = fs::read(root.join("completions").join(file)).unwrap_or_default();
        assert!(
            committed == out.stdout,
            "completions/{file} is stale: {STALE}"
        );
    }
}

/// Every file of `dir` by name, with its contents.
fn files_of(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let entry = entry.unwrap();
            let name = entry.file_name().into_string().unwrap();
            (name, fs::read(entry.path()).unwrap())
        })
        .collect()
}

#[test]
fn committed_man_pages_are_current_and_complete() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let fresh = tempfile::tempdir().unwrap();
    let out_dir = fresh.path().join("man1");
    rapport_in(root)
        .args(["man", out_dir.to_str().unwrap()])
        .assert()
        .success()
        .stdout("");
    let generated = files_of(&out_dir);
    let committed = files_of(&root.join("completions/man"));
    let names = |m: &BTreeMap<String, Vec<u8>>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        names(&committed),
        names(&generated),
        "completions/man/ has missing or extra pages: {STALE}"
    );
    for (name, page) in &generated {
        assert!(
            committed[name] == *page,
            "completions/man/{name} is stale: {STALE}"
        );
    }
    // A page for rapport, every subcommand and the nested ones.
    for name in [
        "rapport.1",
        "rapport-init.1",
        "rapport-man.1",
        "rapport-merge-driver.1",
        "rapport-report.1",
        "rapport-report-clv.1",
        "rapport-segment-list.1",
        "rapport-segment-rfm.1",
    ] {
        assert!(generated.contains_key(name), "no {name}");
    }
    assert!(!generated.contains_key("rapport-help.1"));
    // Without DIR, rapport.1 on stdout.
    let top = rapport_in(root).arg("man").output().unwrap();
    assert!(top.status.success());
    assert!(top.stdout == generated["rapport.1"]);
}

#[test]
fn a_subcommand_page_names_itself_and_its_parents() {
    let dir = tempfile::tempdir().unwrap();
    rapport_in(dir.path())
        .args(["man", "pages"])
        .assert()
        .success();
    let clv = fs::read_to_string(dir.path().join("pages/rapport-report-clv.1")).unwrap();
    assert!(clv.starts_with(".ie"), "{clv}");
    assert!(clv.contains(".TH rapport-report-clv 1"), "{clv}");
    assert!(clv.contains("\\fBrapport report clv\\fR"), "{clv}");
    assert!(clv.contains("\\-\\-horizon"), "{clv}");
    assert!(
        clv.ends_with(".SH \"SEE ALSO\"\n\\fBrapport\\-report\\fR(1), \\fBrapport\\fR(1)\n"),
        "{clv}"
    );
    let init = fs::read_to_string(dir.path().join("pages/rapport-init.1")).unwrap();
    assert!(
        init.ends_with(".SH \"SEE ALSO\"\n\\fBrapport\\fR(1)\n"),
        "{init}"
    );
    let top = fs::read_to_string(dir.path().join("pages/rapport.1")).unwrap();
    assert!(!top.contains("SEE ALSO"));
    assert!(
        top.contains("rapport\\-report(1)"),
        "lists the subcommands' pages"
    );
}

#[test]
fn man_rewrites_only_the_pages_that_changed() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("man1");
    rapport_in(dir.path())
        .args(["man", "man1"])
        .assert()
        .success();
    let long_ago = SystemTime::now() - Duration::from_secs(3 * 86_400);
    let kept = pages.join("rapport-show.1");
    fs::File::options()
        .write(true)
        .open(&kept)
        .unwrap()
        .set_modified(long_ago)
        .unwrap();
    let stale = pages.join("rapport-log.1");
    fs::write(&stale, "old").unwrap();
    rapport_in(dir.path())
        .args(["man", "man1"])
        .assert()
        .success();
    assert_eq!(fs::metadata(&kept).unwrap().modified().unwrap(), long_ago);
    assert!(
        fs::read_to_string(&stale)
            .unwrap()
            .contains("rapport\\-log")
    );
    let names: Vec<String> = files_of(&pages).into_keys().collect();
    assert!(
        names.iter().all(|n| n.ends_with(".1")),
        "no temporary file left: {names:?}"
    );
}

#[test]
fn help_lists_man_and_completions() {
    let out = rapport_in(Path::new(".")).arg("--help").assert().success();
    let help = stdout_of(&out);
    assert!(help.contains("\n  man "), "{help}");
    assert!(help.contains("\n  completions "), "{help}");
}

#[test]
fn the_scripts_call_back_into_rapport() {
    for (shell, call) in [
        ("bash", "COMPLETE=\"bash\""),
        ("zsh", "COMPLETE=\"zsh\""),
        ("fish", "COMPLETE=fish rapport --"),
        ("elvish", "COMPLETE=\"elvish\" rapport --"),
        ("powershell", "$env:COMPLETE = \"powershell\""),
    ] {
        let out = rapport_in(Path::new("."))
            .args(["completions", shell])
            .assert()
            .success();
        let script = stdout_of(&out);
        assert!(script.contains(call), "{shell}: {script}");
    }
    // zsh: in $fpath as _rapport, the first Tab completes too.
    let out = rapport_in(Path::new("."))
        .args(["completions", "zsh"])
        .assert()
        .success();
    let zsh = stdout_of(&out);
    assert!(zsh.starts_with("#compdef rapport\n"), "{zsh}");
    assert!(
        zsh.contains("if [[ \"${funcstack[1]}\" = \"_rapport\" ]]; then\n    _clap_dynamic_completer_rapport \"$@\"\nelse\n    compdef _clap_dynamic_completer_rapport rapport\nfi"),
        "{zsh}"
    );
}

/// A book with three customers, its own stages, kinds and segments.
fn book() -> TestBook {
    let book = TestBook::with_settings(
        "stages = [\"lead\", \"trial\", \"paying\", \"gone\"]\n\
         interaction_kinds = [\"call\", \"demo\", \"purchase\", \"survey\"]\n\
         [fields.industry]\ntype = \"string\"\n\
         [segments]\nvip = \"revenue >= 10000\"\nvisitors = \"stage = lead\"\n",
    );
    for (name, id) in [
        ("Jovan Jovanović", "jovan-jovanovic"),
        ("Jovana Petrović", "jovana-petrovic"),
        ("Ana Kalniņa", "ana-kalnina"),
    ] {
        book.run(&["add", name, "--id", id]);
    }
    book
}

/// A file's contents and modification time; None for a folder.
type Entry = Option<(Vec<u8>, SystemTime)>;

/// Everything under `dir` by path, to see that a completion wrote nothing.
fn snapshot(dir: &Path) -> Vec<(String, Entry)> {
    let mut all = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(path) = stack.pop() {
        let meta = fs::symlink_metadata(&path).unwrap();
        let name = path.strip_prefix(dir).unwrap().display().to_string();
        if meta.is_dir() {
            all.push((name, None));
            for entry in fs::read_dir(&path).unwrap() {
                stack.push(entry.unwrap().path());
            }
        } else {
            all.push((
                name,
                Some((fs::read(&path).unwrap(), meta.modified().unwrap())),
            ));
        }
    }
    all.sort();
    all
}

/// The candidates `COMPLETE=fish rapport -- WORDS…` prints in `dir` (the
/// last word is the one being completed), asserting that stderr is empty.
fn complete_in(dir: &Path, env: &[(&str, &str)], words: &[&str]) -> Vec<String> {
    let mut cmd = rapport_in(dir);
    cmd.env("COMPLETE", "fish").arg("--").args(words);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{words:?}: {out:?}");
    assert!(out.stderr.is_empty(), "{words:?}: {out:?}");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|line| line.split('\t').next().unwrap().to_string())
        .collect()
}

/// The candidates that are not options.
fn values(candidates: Vec<String>) -> Vec<String> {
    candidates
        .into_iter()
        .filter(|c| !c.starts_with('-'))
        .collect()
}

#[test]
fn completes_customer_ids_where_an_argument_takes_one() {
    let book = book();
    let before = snapshot(book.root());
    let c = |words: &[&str]| values(complete_in(book.root(), &[], words));
    let jov = ["jovan-jovanovic", "jovana-petrovic"];
    for command in ["show", "edit", "history", "forget", "log", "done"] {
        assert_eq!(c(&["rapport", command, "jov"]), jov, "{command}");
    }
    assert_eq!(c(&["rapport", "rm", "ana-kalnina", "j"]), jov);
    // An id already on the line is not offered again.
    assert_eq!(
        c(&["rapport", "rm", "jovan-jovanovic", "j"]),
        ["jovana-petrovic"]
    );
    assert_eq!(c(&["rapport", "show", "ana-kalnina"]), ["ana-kalnina"]);
    assert_eq!(c(&["rapport", "merge", "a"]), ["ana-kalnina"]);
    assert_eq!(
        c(&["rapport", "merge", "ana-kalnina", "jovana"]),
        ["jovana-petrovic"]
    );
    assert_eq!(
        c(&["rapport", "add", "X", "--company", "an"]),
        ["ana-kalnina"]
    );
    assert_eq!(
        c(&["rapport", "show", ""]),
        ["ana-kalnina", "jovan-jovanovic", "jovana-petrovic"]
    );
    assert!(c(&["rapport", "show", "zz"]).is_empty());
    // Completing wrote nothing: no cache, no lock, no file touched.
    assert_eq!(snapshot(book.root()), before);
}

#[test]
fn completes_segments_kinds_and_stages_from_the_book() {
    let book = book();
    let before = snapshot(book.root());
    let c = |words: &[&str]| values(complete_in(book.root(), &[], words));
    assert_eq!(c(&["rapport", "segment", "v"]), ["vip", "visitors"]);
    let all = c(&["rapport", "segment", ""]);
    for word in ["list", "rfm", "vip", "visitors"] {
        assert!(all.iter().any(|c| c == word), "{word} in {all:?}");
    }
    assert_eq!(
        c(&["rapport", "log", "ana-kalnina", ""]),
        ["call", "demo", "purchase", "survey"]
    );
    assert_eq!(c(&["rapport", "log", "ana-kalnina", "d"]), ["demo"]);
    assert_eq!(
        c(&["rapport", "done", "ana-kalnina", "--kind", "s"]),
        ["survey"]
    );
    assert_eq!(
        c(&["rapport", "add", "X", "--stage", ""]),
        ["lead", "trial", "paying", "gone"]
    );
    assert_eq!(c(&["rapport", "add", "X", "--kind", "p"]), ["person"]);
    assert_eq!(snapshot(book.root()), before);
}

#[test]
fn completes_the_assignments_of_set() {
    let book = book();
    let before = snapshot(book.root());
    let c = |words: &[&str]| values(complete_in(book.root(), &[], words));
    assert_eq!(c(&["rapport", "set", "ana-kalnina", "st"]), ["stage="]);
    assert_eq!(
        c(&["rapport", "set", "ana-kalnina", "fields.i"]),
        ["fields.industry="]
    );
    assert_eq!(
        c(&["rapport", "set", "jovan-jovanovic", "a"]),
        [
            "ana-kalnina",
            "acquisition_cost=",
            "address.street=",
            "address.city=",
            "address.postcode=",
            "address.country="
        ]
    );
    assert_eq!(
        c(&["rapport", "set", "ana-kalnina", "stage=p"]),
        ["stage=paying"]
    );
    assert_eq!(
        c(&["rapport", "set", "ana-kalnina", "company=jovan"]),
        ["company=jovan-jovanovic", "company=jovana-petrovic"]
    );
    assert_eq!(
        c(&["rapport", "set", "ana-kalnina", "kind=c"]),
        ["kind=company"]
    );
    // bash splits `stage=t` at the `=`: the value is completed alone.
    let out = rapport_in(book.root())
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", "5")
        .env("_CLAP_IFS", "\n")
        .args(["--", "rapport", "set", "ana-kalnina", "stage", "=", "t"])
        .output()
        .unwrap();
    assert!(out.status.success() && out.stderr.is_empty(), "{out:?}");
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "trial");
    // Right after the `=`, bash passes `stage` and an empty word.
    let out = rapport_in(book.root())
        .env("COMPLETE", "bash")
        .env("_CLAP_COMPLETE_INDEX", "4")
        .env("_CLAP_COMPLETE_COMP_TYPE", "9")
        .env("_CLAP_IFS", " ")
        .args(["--", "rapport", "set", "ana-kalnina", "stage", ""])
        .output()
        .unwrap();
    assert!(out.status.success() && out.stderr.is_empty(), "{out:?}");
    let bare = String::from_utf8(out.stdout).unwrap();
    assert!(bare.starts_with("lead trial paying gone"), "{bare}");
    assert_eq!(snapshot(book.root()), before);
}

#[test]
fn finds_the_book_as_the_commands_do() {
    let book = book();
    let before = snapshot(book.root());
    let elsewhere = tempfile::tempdir().unwrap();
    let root = book.root().to_str().unwrap();
    let inside = book.path("customers");
    let c = |dir: &Path, env: &[(&str, &str)], words: &[&str]| values(complete_in(dir, env, words));
    // Outside any book: no candidates, no error.
    assert!(c(elsewhere.path(), &[], &["rapport", "show", "a"]).is_empty());
    // --book DIR, --book=DIR, $RAPPORT_BOOK, and a parent folder.
    assert_eq!(
        c(
            elsewhere.path(),
            &[],
            &["rapport", "--book", root, "show", "a"]
        ),
        ["ana-kalnina"]
    );
    let flag = format!("--book={root}");
    assert_eq!(
        c(elsewhere.path(), &[], &["rapport", "show", &flag, "a"]),
        ["ana-kalnina"]
    );
    assert_eq!(
        c(
            elsewhere.path(),
            &[("RAPPORT_BOOK", root)],
            &["rapport", "segment", "vi"]
        ),
        ["vip", "visitors"]
    );
    assert_eq!(c(&inside, &[], &["rapport", "show", "a"]), ["ana-kalnina"]);
    // A --book that is no book offers nothing, and says nothing.
    assert!(
        c(
            book.root(),
            &[],
            &["rapport", "--book", "/nonexistent", "show", "a"]
        )
        .is_empty()
    );
    assert_eq!(snapshot(book.root()), before);
}

#[test]
fn a_broken_rapport_toml_still_completes_and_prints_nothing() {
    let book = book();
    book.write("rapport.toml", "stages = [\"lead\"\n");
    let before = snapshot(book.root());
    assert_eq!(
        values(complete_in(book.root(), &[], &["rapport", "show", "ana"])),
        ["ana-kalnina"]
    );
    // The defaults stand in for what cannot be read, as in `rapport check`.
    assert_eq!(
        values(complete_in(
            book.root(),
            &[],
            &["rapport", "log", "ana-kalnina", ""]
        )),
        [
            "call", "email", "meeting", "purchase", "support", "note", "survey"
        ]
    );
    assert_eq!(snapshot(book.root()), before);
}
