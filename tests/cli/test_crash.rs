//! Crash safety: writing commands killed with SIGKILL at random moments leave
//! every customer file whole — its old content or its new one — and no
//! temporary file outside `.rapport/`.

use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::Duration;

use crate::support::{TODAY, TestBook};

/// A small deterministic random number generator (xorshift64*), so a failure
/// can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const CUSTOMERS: [&str; 5] = ["anna", "juris", "petra", "marko", "ieva"];

fn command_for(step: u64, rng: &mut Rng) -> Vec<String> {
    let id = CUSTOMERS[rng.below(CUSTOMERS.len() as u64) as usize].to_string();
    match rng.below(3) {
        0 => vec![
            "log".into(),
            id,
            "call".into(),
            "-m".into(),
            format!("call {step}"),
        ],
        1 => vec![
            "log".into(),
            id,
            "purchase".into(),
            "--amount".into(),
            format!("{step}.50"),
        ],
        _ => vec![
            "set".into(),
            id,
            format!("owner=owner-{step}"),
            format!("tags+=t{}", step % 7),
        ],
    }
}

#[test]
fn killed_writes_leave_the_old_file_or_the_new_one() {
    let book = TestBook::new();
    for name in CUSTOMERS {
        book.run(&["add", name]);
    }
    let scratch = TestBook::new();
    let binary = assert_cmd::cargo::cargo_bin("rapport");
    let mut rng = Rng(0x5EED_1234_ABCD_0001);
    let (mut interrupted, mut finished) = (0, 0);
    // 300 kills at random moments in the first 6 ms; then, on a machine so
    // loaded (or so fast) that they all fell on one side of the rename,
    // kills later and later (or at once) until both sides are seen.
    let mut step = 0;
    while step < 300 || (interrupted == 0 || finished == 0) && step < 320 {
        let args = command_for(step, &mut rng);
        let delay = match step {
            0..300 => rng.below(6000),
            _ if finished == 0 => 6000 << (step - 299).min(8),
            _ => 0,
        };
        step += 1;
        let id = args[1].clone();
        let old = book.customer(&id);
        let mut child = Command::new(&binary)
            .current_dir(book.root())
            .env("RAPPORT_TODAY", TODAY)
            .args(&args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        sleep(Duration::from_micros(delay));
        let _ = child.kill(); // SIGKILL on Unix
        let status = child.wait().unwrap();
        let now = book.customer(&id);
        if now == old {
            interrupted += usize::from(!status.success());
            continue;
        }
        // It changed: it must be exactly what the command writes when it runs
        // to the end.
        finished += 1;
        scratch.write(&format!("customers/{id}.toml"), &old);
        let mut finish = scratch.rapport();
        finish.args(&args).assert().success();
        assert_eq!(
            now,
            scratch.customer(&id),
            "step {step}: {args:?} left a file that is neither old nor new"
        );
    }
    eprintln!("{interrupted} writes interrupted before the rename, {finished} finished");
    assert!(
        interrupted > 0 && finished > 0,
        "the kills must land both before and after the rename"
    );
    // Every file parses, and nothing but customer files is in customers/.
    book.rapport().arg("check").assert().success();
    for entry in std::fs::read_dir(book.path("customers")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        assert!(
            name.ends_with(".toml") || name == ".gitkeep",
            "debris in customers/: {name}"
        );
    }
}

/// Every customer file of a book: name → text.
fn snapshot(book: &TestBook) -> std::collections::BTreeMap<String, String> {
    std::fs::read_dir(book.path("customers"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".toml"))
        .map(|n| {
            let text = book.read(&format!("customers/{n}"));
            (n, text)
        })
        .collect()
}

/// Replaces every customer file of `book` with `files`.
fn restore(book: &TestBook, files: &std::collections::BTreeMap<String, String>) {
    let _ = std::fs::remove_dir_all(book.path("customers"));
    let _ = std::fs::remove_dir_all(book.path(".rapport"));
    std::fs::create_dir_all(book.path("customers")).unwrap();
    for (name, text) in files {
        book.write(&format!("customers/{name}"), text);
    }
}

/// An import of 30 updates and 30 new customers.
fn import_csv() -> String {
    let mut csv = String::from("id,name,owner,tags,phone\n");
    for i in 0..30 {
        csv.push_str(&format!("c{i},,owner-{i},vip,+371 2000 {i:04}\n"));
    }
    for j in 0..30 {
        csv.push_str(&format!(",New customer {j},owner-{j},new,\n"));
    }
    csv
}

/// Imports killed with SIGKILL at random moments change all of their files
/// or none: at every moment each file is whole, old or new; a kill during
/// the renames leaves the journal, and the next writer (here `rapport
/// check`) completes the import; nothing is left in `.rapport/tmp/`.
#[test]
fn killed_imports_change_all_of_their_files_or_none() {
    let book = TestBook::new();
    for i in 0..30 {
        book.write(
            &format!("customers/c{i}.toml"),
            &format!("name = \"Customer {i}\"\nstage = \"lead\"\ncreated = 2026-01-01\n"),
        );
    }
    let csv = import_csv();
    book.write("import.csv", &csv);
    let old = snapshot(&book);
    // What the import writes when it runs to the end, and how long it takes.
    let scratch = TestBook::new();
    scratch.write("import.csv", &csv);
    let mut times = Vec::new();
    let mut new = Default::default();
    for _ in 0..3 {
        restore(&scratch, &old);
        let started = std::time::Instant::now();
        scratch
            .rapport()
            .args(["import", "import.csv", "--on-match", "update"])
            .assert()
            .success();
        times.push(started.elapsed().as_micros() as u64);
        new = snapshot(&scratch);
    }
    times.sort_unstable();
    let full = times[1];
    assert_eq!(new.len(), 60);
    let binary = assert_cmd::cargo::cargo_bin("rapport");
    let mut rng = Rng(0x1A4B_0C7E_D00D_0002);
    let (mut none, mut all, mut completed) = (0, 0, 0);
    // 30 kills at random moments; then, on a machine so loaded that they
    // all fell on one side of the decision, kills at once and late (up to
    // a whole import's time more each try) until both sides are seen.
    let mut step = 0u64;
    while step < 30 || (none == 0 || all + completed == 0) && step < 60 {
        restore(&book, &old);
        let mut child = Command::new(&binary)
            .current_dir(book.root())
            .env("RAPPORT_TODAY", TODAY)
            .args(["import", "import.csv", "--on-match", "update"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // A third of the kills anywhere, the others late, where the renames are.
        let at = if step >= 30 && none == 0 {
            0
        } else if step >= 30 {
            full * (step - 28)
        } else if step.is_multiple_of(3) {
            rng.below(full + 1)
        } else {
            full * 3 / 4 + rng.below(full / 2 + 1)
        };
        step += 1;
        sleep(Duration::from_micros(at));
        let _ = child.kill();
        child.wait().unwrap();

        // Before anyone completes it: every file whole, old or new.
        let now = snapshot(&book);
        for (name, text) in &now {
            assert!(
                old.get(name) == Some(text) || new.get(name) == Some(text),
                "step {step}: {name} is neither old nor new:\n{text}"
            );
        }
        let journal = book.path(".rapport/journal").exists();
        if now != old && now != new {
            assert!(
                journal,
                "step {step}: part of an import applied without a journal"
            );
        }
        // The next writer completes an import the journal lists; check
        // also removes the temporary files of one killed earlier.
        book.rapport().arg("check").assert().success();
        let after = snapshot(&book);
        if journal {
            assert_eq!(after, new, "step {step}: the journal's import is completed");
            completed += 1;
        } else if after == old {
            none += 1;
        } else {
            assert_eq!(after, new, "step {step}: all or nothing");
            all += 1;
        }
        assert!(!book.path(".rapport/journal").exists());
        let tmp = std::fs::read_dir(book.path(".rapport/tmp")).map_or(0, |d| d.count());
        assert_eq!(tmp, 0, "step {step}: check leaves no temporary file");
        for entry in std::fs::read_dir(book.path("customers")).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            assert!(
                name.ends_with(".toml") || name == ".gitkeep",
                "debris in customers/: {name}"
            );
        }
    }
    eprintln!(
        "imports: {none} killed before the journal, {completed} killed during the renames and completed, {all} finished (a whole one takes {full} µs)"
    );
    assert!(
        none > 0 && all + completed > 0,
        "kills before and after the decision"
    );
}
