//! Hostile files and arguments through the real binary: each gets a clear
//! error or warning naming the file, the documented exit status (1 for
//! data, 2 for usage), never a panic, and nothing is written through a link.

use std::fs;
use std::path::Path;
use std::time::Duration;

use assert_cmd::assert::Assert;

use crate::support::TestBook;

/// Runs `rapport ARGS` in `book`, asserts the exit status and that nothing
/// panicked, and returns stderr.
fn run(book: &TestBook, args: &[&str], code: i32) -> String {
    let out = book
        .rapport()
        .args(args)
        .env("EDITOR", "true")
        .timeout(Duration::from_secs(60))
        .assert();
    finished(out, code)
}

fn finished(out: Assert, code: i32) -> String {
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(!err.contains("panicked"), "a panic:\n{err}");
    let status = out.get_output().status.code();
    assert_eq!(status, Some(code), "exit status; stderr:\n{}", cut(&err));
    err
}

/// The start of a long text, for failure messages.
fn cut(text: &str) -> &str {
    let mut end = text.len().min(2000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// A book holding one good customer, `anna`.
fn book_with_anna() -> TestBook {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    book
}

/// Asserts that the commands reading or changing customer `id` refuse it
/// with `code` and a message containing `expected`, and that the book's
/// files are unchanged. `rm` and `edit` take a file that does not parse
/// (deleting or fixing it is what they are for), so they are tried only on
/// what is not a file at all.
fn writes_refused(book: &TestBook, id: &str, code: i32, expected: &str, not_a_file: bool) {
    let before = snapshot(book.root());
    let mut commands = vec![
        vec!["show", id],
        vec!["log", id, "call"],
        vec!["set", id, "owner=x"],
        vec!["forget", "--yes", id],
        vec!["merge", "anna", id],
    ];
    if not_a_file {
        commands.extend([vec!["rm", "--yes", id], vec!["edit", id]]);
    }
    for args in commands {
        let err = run(book, &args, code);
        assert!(err.contains(expected), "{args:?}:\n{}", cut(&err));
    }
    assert_eq!(snapshot(book.root()), before, "nothing changed in the book");
}

/// Every file of the book (not following links) and what it holds.
fn snapshot(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(root).sort_by_file_name() {
        let entry = entry.unwrap();
        let path = entry
            .path()
            .strip_prefix(root)
            .unwrap()
            .display()
            .to_string();
        if path.starts_with(".rapport") {
            continue;
        }
        let content = if entry.file_type().is_file() {
            fs::read(entry.path()).unwrap()
        } else if entry.file_type().is_symlink() {
            fs::read_link(entry.path())
                .unwrap()
                .display()
                .to_string()
                .into_bytes()
        } else {
            Vec::new()
        };
        out.push((path, content));
    }
    out
}

#[test]
fn invalid_utf8_in_a_customer_file_is_located_and_never_rewritten() {
    let book = book_with_anna();
    fs::write(
        book.path("customers/bad.toml"),
        b"name = \"Bad \xff\xfe\"\n",
    )
    .unwrap();
    let err = run(&book, &["check"], 1);
    assert!(
        err.contains("customers/bad.toml:1:13: error: the file is not valid UTF-8"),
        "{err}"
    );
    assert!(err.contains("hint: save the file as UTF-8"), "{err}");
    let err = run(&book, &["log", "bad", "call"], 1);
    assert!(err.contains("customers/bad.toml:1:13"), "{err}");
    assert_eq!(
        fs::read(book.path("customers/bad.toml")).unwrap(),
        b"name = \"Bad \xff\xfe\"\n"
    );
    // A listing skips the file with one warning and goes on.
    let err = run(&book, &["dupes"], 0);
    assert!(
        err.contains("warning: customers/bad.toml:1:13: the file is not valid UTF-8"),
        "{err}"
    );
}

#[test]
fn invalid_utf8_in_rapport_toml_is_located() {
    let book = book_with_anna();
    fs::write(book.path("rapport.toml"), b"name = \"\xff\"\n").unwrap();
    for args in [&["show", "anna"][..], &["check"]] {
        let err = run(&book, args, 1);
        assert!(
            err.contains("rapport.toml:1:9: error: the file is not valid UTF-8"),
            "{err}"
        );
    }
}

#[test]
fn a_five_megabyte_string_is_read_and_kept_whole() {
    let book = book_with_anna();
    let long = "ž".repeat(2_500_000); // 5 MB of UTF-8
    book.write("customers/big.toml", &format!("name = \"{long}\"\n"));
    run(&book, &["check"], 0);
    run(&book, &["log", "big", "call", "-m", "still here"], 0);
    let text = book.customer("big");
    assert!(text.starts_with(&format!("name = \"{long}\"\n")));
    assert!(text.ends_with("summary = \"still here\"\n"));
    // A broken 5 MB line is shown as a window around the problem, not whole.
    book.write("customers/big.toml", &format!("name = \"{long}\n"));
    let err = run(&book, &["check"], 1);
    assert!(
        err.contains("customers/big.toml:1:2500009: error: invalid TOML"),
        "{}",
        cut(&err)
    );
    assert!(err.len() < 4000, "stderr is {} bytes", err.len());
}

#[test]
fn nesting_100k_deep_is_an_error_not_a_stack_overflow() {
    let book = book_with_anna();
    let n = 100_000;
    let files = [
        ("arrays", format!("x = {}{}", "[".repeat(n), "]".repeat(n))),
        (
            "tables",
            format!("x = {}1{}", "{a=".repeat(n), "}".repeat(n)),
        ),
        ("dotted", format!("{} = 1", vec!["a"; n].join("."))),
        ("headers", format!("[{}]\nb = 1", vec!["a"; n].join("."))),
    ];
    for (id, body) in &files {
        book.write(
            &format!("customers/deep-{id}.toml"),
            &format!("name = \"Deep\"\n{body}\n"),
        );
    }
    let err = run(&book, &["check"], 1);
    for (id, _) in &files {
        assert!(
            err.contains(&format!("customers/deep-{id}.toml:")),
            "{id}:\n{}",
            cut(&err)
        );
    }
    assert!(
        err.contains("checked 5 customer files: 4 errors"),
        "{}",
        cut(&err)
    );
    for (id, _) in &files {
        writes_refused(
            &book,
            &format!("deep-{id}"),
            1,
            &format!("deep-{id}.toml"),
            false,
        );
    }
    run(&book, &["dupes"], 0);
    // The same in rapport.toml.
    book.write("rapport.toml", &format!("{}\n", files[0].1));
    let err = run(&book, &["show", "anna"], 1);
    assert!(err.contains("rapport.toml:1:"), "{}", cut(&err));
    assert!(err.contains("recurse"), "{}", cut(&err));
}

#[test]
fn a_wrong_type_in_rapport_toml_is_an_error_naming_the_line() {
    let book = book_with_anna();
    book.write(
        "rapport.toml",
        "name = \"Acme\"\nstages = \"lead\"\nchurn_after = 5\n",
    );
    let err = run(&book, &["show", "anna"], 1);
    assert!(
        err.contains("rapport.toml:2:10: error: `stages` must be a list of strings"),
        "{err}"
    );
    assert!(err.contains("rapport.toml:3:15: error:"), "{err}");
    let err = run(&book, &["check"], 1);
    assert!(err.contains("rapport.toml:2:10:"), "{err}");
    let before = book.customer("anna");
    run(&book, &["log", "anna", "call"], 1);
    assert_eq!(book.customer("anna"), before);
}

#[cfg(unix)]
#[test]
fn a_customer_file_linking_to_etc_passwd_is_never_read_or_written() {
    let book = book_with_anna();
    std::os::unix::fs::symlink("/etc/passwd", book.path("customers/passwd.toml")).unwrap();
    let passwd = fs::read("/etc/passwd").unwrap();
    let err = run(&book, &["check"], 0);
    assert!(
        err.contains("customers/passwd.toml: warning: skipped: a symbolic link"),
        "{err}"
    );
    writes_refused(&book, "passwd", 1, "customers/passwd.toml", true);
    let err = run(&book, &["show", "passwd"], 1);
    assert!(
        !err.contains("root:"),
        "nothing of the file is shown:\n{err}"
    );
    assert_eq!(fs::read("/etc/passwd").unwrap(), passwd);
    assert!(
        fs::symlink_metadata(book.path("customers/passwd.toml")).is_ok(),
        "rm refused the link too"
    );
}

#[test]
fn a_file_named_con_toml_is_skipped_and_con_is_no_id() {
    let book = book_with_anna();
    book.write("customers/con.toml", "name = \"Con\"\n");
    let err = run(&book, &["check"], 0);
    assert!(
        err.contains("customers/con.toml: warning: skipped: the file name is not a valid id: `con` is a name Windows reserves"),
        "{err}"
    );
    let err = run(&book, &["show", "con"], 2);
    assert!(err.contains("`con` is a name Windows reserves"), "{err}");
    let err = run(&book, &["add", "Con", "--id", "con"], 2);
    assert!(err.contains("`con` is a name Windows reserves"), "{err}");
    // A name that folds to a reserved word gets another id.
    assert_eq!(book.run(&["add", "Nul"]), "nul-2\n");
}

#[test]
fn a_customer_file_that_is_a_folder_is_skipped_and_refused() {
    let book = book_with_anna();
    fs::create_dir(book.path("customers/folder.toml")).unwrap();
    fs::write(book.path("customers/folder.toml/inner"), "x").unwrap();
    let err = run(&book, &["check"], 0);
    assert!(
        err.contains("customers/folder.toml: warning: skipped: not a regular file"),
        "{err}"
    );
    writes_refused(
        &book,
        "folder",
        1,
        "customers/folder.toml: not a regular file",
        true,
    );
    let err = run(&book, &["add", "Folder"], 0);
    assert!(err.is_empty(), "{err}");
    assert!(book.path("customers/folder-2.toml").is_file());
}

#[cfg(unix)]
#[test]
fn a_fifo_among_customer_files_never_blocks() {
    let book = book_with_anna();
    let status = std::process::Command::new("mkfifo")
        .arg(book.path("customers/pipe.toml"))
        .status()
        .unwrap();
    assert!(status.success());
    let err = run(&book, &["check"], 0);
    assert!(
        err.contains("customers/pipe.toml: warning: skipped: not a regular file"),
        "{err}"
    );
    let err = run(&book, &["log", "pipe", "call"], 1);
    assert!(
        err.contains("customers/pipe.toml: not a regular file"),
        "{err}"
    );
}

#[test]
fn a_rapport_toml_that_is_a_folder_is_named() {
    let book = book_with_anna();
    fs::remove_file(book.path("rapport.toml")).unwrap();
    fs::create_dir(book.path("rapport.toml")).unwrap();
    for args in [
        &["show", "anna"][..],
        &["--book", ".", "show", "anna"],
        &["check"],
    ] {
        let err = run(&book, args, 1);
        assert!(
            err.contains("rapport.toml: a folder, not a file"),
            "{args:?}: {err}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_rapport_toml_linking_out_of_the_book_is_refused() {
    let book = book_with_anna();
    fs::remove_file(book.path("rapport.toml")).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", book.path("rapport.toml")).unwrap();
    for args in [&["show", "anna"][..], &["check"], &["log", "anna", "call"]] {
        let err = run(&book, args, 1);
        assert!(
            err.contains("rapport.toml: a symbolic link leading out of the book (to /etc/passwd)"),
            "{args:?}: {err}"
        );
        assert!(
            !err.contains("root:"),
            "nothing of the file is shown:\n{err}"
        );
    }
    // A dangling link is named too, and `init` does not write through it.
    fs::remove_file(book.path("rapport.toml")).unwrap();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("settings.toml");
    std::os::unix::fs::symlink(&target, book.path("rapport.toml")).unwrap();
    let err = run(&book, &["show", "anna"], 1);
    assert!(
        err.contains("rapport.toml: a symbolic link to nothing"),
        "{err}"
    );
    let err = run(&book, &["init", "."], 1);
    assert!(
        err.contains("a symbolic link; rapport does not write through links"),
        "{err}"
    );
    assert!(!target.exists(), "nothing written through the link");
}

#[cfg(unix)]
#[test]
fn a_rapport_toml_linking_inside_the_book_is_read() {
    let book = book_with_anna();
    fs::create_dir(book.path("config")).unwrap();
    fs::rename(book.path("rapport.toml"), book.path("config/rapport.toml")).unwrap();
    std::os::unix::fs::symlink("config/rapport.toml", book.path("rapport.toml")).unwrap();
    run(&book, &["log", "anna", "call"], 0);
    run(&book, &["check"], 0);
}

#[test]
fn ids_that_leave_the_book_are_usage_errors() {
    let book = book_with_anna();
    let before = snapshot(book.root());
    for id in [
        "..",
        "../anna",
        "/etc/passwd",
        "a/b",
        "anna.toml",
        "",
        "ANNA",
        "a\u{1b}b",
    ] {
        // `show` takes a name too: `ANNA` finds Anna by name (inside the
        // book); every other of these is no id and no name.
        let show: &[Vec<&str>] = if id == "ANNA" {
            &[]
        } else {
            &[vec!["show", id]]
        };
        for args in show.iter().cloned().chain([
            vec!["log", id, "call"],
            vec!["set", id, "owner=x"],
            vec!["rm", "--yes", id],
            vec!["add", "X", "--id", id],
        ]) {
            let err = run(&book, &args, 2);
            assert!(err.starts_with("rapport: error: "), "{args:?}: {err}");
            assert!(
                err.contains("not a valid id") || err.contains("cannot be empty"),
                "{args:?}: {err}"
            );
        }
    }
    // A NUL cannot be passed in an argument at all (the OS refuses it), but
    // a file can hold one where an id belongs.
    book.write(
        "customers/bob.toml",
        "name = \"Bob\"\ncompany = \"../../etc/passwd\\u0000\"\n",
    );
    let err = run(&book, &["check"], 0);
    assert!(err.contains("`company` names `../../etc/passwd"), "{err}");
    assert!(err.contains("not a customer of this book"), "{err}");
    fs::remove_file(book.path("customers/bob.toml")).unwrap();
    assert_eq!(snapshot(book.root()), before);
}

#[cfg(unix)]
#[test]
fn links_planted_in_dot_rapport_are_never_written_through() {
    // A book cloned from someone's repository can hold a committed
    // .rapport/ whatever .gitignore says.
    let book = book_with_anna();
    let outside = tempfile::tempdir().unwrap();
    let lock_target = outside.path().join("lockfile");
    fs::remove_file(book.path(".rapport/lock")).ok();
    std::os::unix::fs::symlink(&lock_target, book.path(".rapport/lock")).unwrap();
    let err = run(&book, &["log", "anna", "call"], 1);
    assert!(err.contains(".rapport/lock: a symbolic link"), "{err}");
    assert!(!lock_target.exists());
    fs::remove_file(book.path(".rapport/lock")).unwrap();

    fs::remove_dir_all(book.path(".rapport/tmp")).ok();
    std::os::unix::fs::symlink(outside.path(), book.path(".rapport/tmp")).unwrap();
    let err = run(&book, &["log", "anna", "call"], 1);
    assert!(
        err.contains(".rapport/tmp: must be a plain folder"),
        "{err}"
    );
    assert_eq!(fs::read_dir(outside.path()).unwrap().count(), 0);
    fs::remove_file(book.path(".rapport/tmp")).unwrap();

    let edit_target = outside.path().join("edited.toml");
    fs::create_dir_all(book.path(".rapport/edit")).unwrap();
    std::os::unix::fs::symlink(&edit_target, book.path(".rapport/edit/anna.toml")).unwrap();
    let out = book
        .rapport()
        .args(["edit", "anna"])
        .env("EDITOR", "true")
        .assert();
    let err = finished(out, 1);
    assert!(
        err.contains(".rapport/edit/anna.toml: a symbolic link"),
        "{err}"
    );
    assert!(!edit_target.exists());
    fs::remove_file(book.path(".rapport/edit/anna.toml")).unwrap();

    // With the links gone, everything works again.
    run(&book, &["log", "anna", "call"], 0);
}

#[cfg(unix)]
#[test]
fn init_never_appends_through_a_linked_gitattributes() {
    let dir = TestBook::empty();
    let outside = tempfile::tempdir().unwrap();
    let profile = outside.path().join("profile");
    fs::write(&profile, "export A=1\n").unwrap();
    std::os::unix::fs::symlink(&profile, dir.path(".gitattributes")).unwrap();
    let err = finished(dir.rapport().args(["init", "."]).assert(), 1);
    assert!(err.contains(".gitattributes: a symbolic link"), "{err}");
    assert_eq!(fs::read_to_string(&profile).unwrap(), "export A=1\n");
}

#[cfg(unix)]
#[test]
fn a_suppression_list_linking_out_is_refused() {
    let book = book_with_anna();
    book.run(&["set", "anna", "email=anna@example.com"]);
    std::os::unix::fs::symlink("/etc/passwd", book.path("suppressed.toml")).unwrap();
    let err = run(&book, &["forget", "--yes", "anna"], 1);
    assert!(
        err.contains("suppressed.toml: a symbolic link leading out of the book"),
        "{err}"
    );
    assert!(!err.contains("root:"), "{err}");
    assert!(book.path("customers/anna.toml").is_file(), "nothing erased");
}

#[test]
fn escape_sequences_in_a_file_never_reach_the_terminal() {
    let book = book_with_anna();
    book.write(
        "customers/esc.toml",
        "name = \"Esc\"\nstage = \"\u{1b}]0;pwned\u{7}\u{1b}[2J\"\n",
    );
    let err = run(&book, &["check"], 1);
    assert!(!err.contains('\u{1b}'), "{err:?}");
    assert!(err.contains("␛[2J"), "{err}");
}

#[cfg(target_os = "linux")]
#[test]
fn a_file_name_that_is_not_utf8_is_named_in_a_warning() {
    use std::os::unix::ffi::OsStrExt;
    let book = book_with_anna();
    let name = std::ffi::OsStr::from_bytes(b"caf\xe9.toml");
    fs::write(book.path("customers").join(name), "name = \"Café\"\n").unwrap();
    let err = run(&book, &["check"], 0);
    assert!(
        err.contains("warning: skipped: the file name is not valid UTF-8"),
        "{err}"
    );
    assert!(err.contains("customers/caf"), "{err}");
}

/// A stack overflow before the limit (found writing the `query` fuzz
/// target): 10,000 parentheses in a query or a saved segment, or 3,000
/// segments each using the next, are errors naming where, exit 2 on the
/// command line and 1 in rapport.toml.
#[test]
fn regression_deeply_nested_queries_and_segment_chains_are_errors() {
    let book = book_with_anna();
    let deep = format!("{}stage = lead{}", "(".repeat(10_000), ")".repeat(10_000));
    let err = run(&book, &["query", &deep], 2);
    assert!(
        err.contains("the expression nests deeper than 100 levels"),
        "{}",
        cut(&err)
    );
    let nots = format!("{}stage = lead", "not ".repeat(20_000));
    run(&book, &["query", "--where", &nots], 2);
    let mut segments = format!("[segments]\ndeep = \"{deep}\"\n");
    for i in 0..3000 {
        segments.push_str(&format!("s{i} = \"segment = s{}\"\n", i + 1));
    }
    segments.push_str("s3000 = \"stage = lead\"\n");
    book.write("rapport.toml", &segments);
    let err = run(&book, &["segment", "deep"], 1);
    assert!(
        err.contains("rapport.toml:2: in segment `deep`: the expression nests deeper"),
        "{}",
        cut(&err)
    );
    let err = run(&book, &["query", "segment = s0"], 1);
    assert!(
        err.contains("segments use segments more than 100 deep"),
        "{}",
        cut(&err)
    );
    run(&book, &["query", "segment = s2950"], 0);
}
