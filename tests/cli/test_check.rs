use crate::support::{TestBook, stderr_of};

#[test]
fn lists_every_problem_with_file_line_and_column() {
    let book = TestBook::with_settings("stages = [\"lead\", \"customer\"]\ncolour = \"red\"\n");
    book.run(&["add", "Good"]);
    book.write(
        "customers/broken.toml",
        "name = \"Broken\"\ncreated = \"2024-03-01\"\n",
    );
    book.write("customers/syntax.toml", "name = \"Syntax\"\nstage = \n");
    book.write(
        "customers/schema.toml",
        "name = \"Schema\"\nstage = \"prospect\"\nfavourite = 1\n",
    );
    let out = book.rapport().arg("check").assert().code(1);
    let err = stderr_of(&out);
    assert!(
        err.contains("customers/broken.toml:2:11: error: `created` must be a date"),
        "{err}"
    );
    assert!(err.contains("customers/syntax.toml:2:"), "{err}");
    assert!(
        err.contains("customers/schema.toml:2:9: error: `prospect` is not a stage of this book"),
        "{err}"
    );
    assert!(
        err.contains("customers/schema.toml:3:1: warning: unknown key `favourite`"),
        "{err}"
    );
    assert!(
        err.contains("rapport.toml:2:1: warning: unknown setting `colour`"),
        "{err}"
    );
    assert!(
        err.contains("4 customer files: 3 errors, 2 warnings"),
        "{err}"
    );
}

#[test]
fn warnings_alone_pass() {
    let book = TestBook::new();
    book.write("customers/a.toml", "name = \"A\"\nfavourite = 1\n");
    let out = book.rapport().arg("check").assert().success();
    assert!(stderr_of(&out).contains("0 errors, 1 warning"));
}

#[test]
fn reports_a_broken_rapport_toml() {
    let book = TestBook::with_settings("stages = \"lead\"\n");
    let out = book.rapport().arg("check").assert().code(1);
    assert!(
        stderr_of(&out).contains("rapport.toml:1:10: error: `stages` must be a list of strings")
    );
    // Other commands refuse to run on a broken rapport.toml, naming the place.
    let out = book.rapport().args(["add", "A"]).assert().code(1);
    assert!(stderr_of(&out).contains("rapport.toml:1:10"));
}

#[test]
fn a_broken_file_never_stops_the_others() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    book.write(
        "customers/broken.toml",
        "name = \"B\"\n[[interactions]]\ndate = 2024-01-01\nkind = \"purchase\"\namount = 1.005\n",
    );
    book.run(&["log", "anna", "call"]);
    book.run(&["show", "anna"]);
    let out = book.rapport().args(["show", "broken"]).assert().code(1);
    assert!(stderr_of(&out).contains("customers/broken.toml:5:10: error: `interactions.amount`"));
}

#[test]
fn regression_conflict_markers_read_as_key_with_no_value() {
    let book = TestBook::new();
    book.write(
        "customers/anna.toml",
        "name = \"Anna\"\n<<<<<<< HEAD\nstage = \"customer\"\n=======\nstage = \"churned\"\n>>>>>>> origin/main\n",
    );
    let out = book.rapport().arg("check").assert().code(1);
    let err = stderr_of(&out);
    assert!(
        err.contains("customers/anna.toml:2:1: error: unresolved merge conflict"),
        "{err}"
    );
    assert!(!err.contains("key with no value"), "{err}");
    // A listing skips it with the same words.
    let out = book.rapport().args(["query", "stage = customer"]).assert();
    assert!(stderr_of(&out).contains("unresolved merge conflict"));
    // rapport.toml too.
    let settings = book.read("rapport.toml");
    book.write(
        "rapport.toml",
        &format!("<<<<<<< HEAD\n{settings}=======\n>>>>>>> x\n"),
    );
    let out = book.rapport().arg("check").assert().code(1);
    assert!(
        stderr_of(&out).contains("rapport.toml:1:1: error: unresolved merge conflict"),
        "{}",
        stderr_of(&out)
    );
}
