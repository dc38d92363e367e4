//! Concurrency: writers serialise on the book's lock and readers never see
//! half a file.

use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

use crate::support::{TODAY, TestBook};

#[test]
fn eight_processes_times_25_logs_keep_200_entries() {
    let book = TestBook::new();
    book.run(&["add", "Anna"]);
    let binary = assert_cmd::cargo::cargo_bin("rapport");
    let script = format!(
        "for i in $(seq 1 25); do '{}' log anna call -m \"$0 $i\" || exit 1; done",
        binary.display()
    );
    let children: Vec<_> = (0..8)
        .map(|p| {
            Command::new("sh")
                .current_dir(book.root())
                .env("RAPPORT_TODAY", TODAY)
                .args(["-c", &script, &format!("process-{p}")])
                .stdout(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let text = book.customer("anna");
    assert_eq!(text.matches("[[interactions]]").count(), 200);
    for p in 0..8 {
        for i in 1..=25 {
            assert!(
                text.contains(&format!("summary = \"process-{p} {i}\"\n")),
                "process-{p} {i} lost"
            );
        }
    }
}

#[test]
fn readers_never_see_half_a_file_while_writers_work() {
    let book = TestBook::new();
    let ids: Vec<String> = (0..6)
        .map(|i| {
            book.run(&["add", &format!("Customer {i}")])
                .trim()
                .to_string()
        })
        .collect();
    let binary = assert_cmd::cargo::cargo_bin("rapport");
    let done = Arc::new(AtomicBool::new(false));
    let reader = {
        let (done, root, binary) = (done.clone(), book.root().to_path_buf(), binary.clone());
        thread::spawn(move || {
            let mut reads = 0;
            while !done.load(Ordering::Relaxed) || reads == 0 {
                // `check` reads every file; a half-written one would be an error.
                let out = Command::new(&binary)
                    .current_dir(&root)
                    .arg("check")
                    .output()
                    .unwrap();
                assert!(
                    out.status.success(),
                    "a reader saw a broken file: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
                reads += 1;
            }
            reads
        })
    };
    let writers: Vec<_> = ids
        .iter()
        .map(|id| {
            let script = format!(
                "for i in $(seq 1 15); do '{b}' log {id} call -m \"w$i\" && '{b}' set {id} owner=o$i tags+=t$i || exit 1; done",
                b = binary.display()
            );
            Command::new("sh")
                .current_dir(book.root())
                .env("RAPPORT_TODAY", TODAY)
                .args(["-c", &script])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut w in writers {
        assert!(w.wait().unwrap().success());
    }
    done.store(true, Ordering::Relaxed);
    assert!(reader.join().unwrap() > 0);
    for id in &ids {
        let text = book.customer(id);
        assert_eq!(text.matches("kind = \"call\"").count(), 15, "{id}");
        assert!(text.contains("owner = \"o15\""));
        assert!(text.contains("\"t15\"]"));
    }
}

/// `rapport query` reads every file while `set` and `log` rewrite them:
/// it never warns about a file it cannot read (it would, for half a file),
/// lists every customer each time, and never sees a customer lose an
/// interaction it had already seen. Afterwards nothing is lost.
#[test]
fn queries_never_see_half_a_file_while_set_and_log_run() {
    let book = TestBook::new();
    let ids: Vec<String> = (0..12).map(|i| format!("c{i:02}")).collect();
    for id in &ids {
        book.write(
            &format!("customers/{id}.toml"),
            &format!("name = \"Customer {id}\"\nstage = \"lead\"\ncreated = 2026-01-01\n"),
        );
    }
    let binary = assert_cmd::cargo::cargo_bin("rapport");
    let done = Arc::new(AtomicBool::new(false));
    let reader = {
        let (done, root, binary) = (done.clone(), book.root().to_path_buf(), binary.clone());
        let n = ids.len();
        thread::spawn(move || {
            let mut seen: std::collections::HashMap<String, u64> = Default::default();
            let mut reads = 0;
            while !done.load(Ordering::Relaxed) || reads == 0 {
                let out = Command::new(&binary)
                    .current_dir(&root)
                    .env("RAPPORT_TODAY", TODAY)
                    .args([
                        "query",
                        "stage in [lead, prospect, customer] or exists owner",
                        "--columns",
                        "id,interactions,owner,tags",
                        "--format",
                        "tsv",
                    ])
                    .output()
                    .unwrap();
                let stderr = String::from_utf8_lossy(&out.stderr);
                assert!(out.status.success() && stderr.is_empty(), "query: {stderr}");
                let stdout = String::from_utf8(out.stdout).unwrap();
                let rows: Vec<&str> = stdout.lines().skip(1).collect();
                assert_eq!(rows.len(), n, "every customer listed:\n{stdout}");
                for row in rows {
                    let cells: Vec<&str> = row.split('\t').collect();
                    let count: u64 = cells[1].parse().unwrap();
                    let before = seen.insert(cells[0].to_string(), count).unwrap_or(0);
                    assert!(
                        count >= before,
                        "{}: {before} interactions, then {count}",
                        cells[0]
                    );
                }
                reads += 1;
            }
            reads
        })
    };
    // Four writers, each on three customers in turn.
    let writers: Vec<_> = ids
        .chunks(3)
        .map(|chunk| {
            let script = format!(
                "for i in $(seq 1 10); do for id in {list}; do '{b}' log $id call -m \"w$i\" && '{b}' set $id owner=o$i tags+=t$i stage=prospect || exit 1; done; done",
                list = chunk.join(" "),
                b = binary.display()
            );
            Command::new("sh")
                .current_dir(book.root())
                .env("RAPPORT_TODAY", TODAY)
                .args(["-c", &script])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap()
        })
        .collect();
    for mut w in writers {
        assert!(w.wait().unwrap().success());
    }
    done.store(true, Ordering::Relaxed);
    let reads = reader.join().unwrap();
    eprintln!("{reads} queries ran while the writers worked");
    assert!(reads > 1);
    for id in &ids {
        let text = book.customer(id);
        assert_eq!(text.matches("kind = \"call\"").count(), 10, "{id}");
        assert_eq!(text.matches("kind = \"stage\"").count(), 1, "{id}");
        assert!(text.contains("owner = \"o10\""), "{id}");
        assert!(text.contains("\"t10\"]"), "{id}");
    }
}
