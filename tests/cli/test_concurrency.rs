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
