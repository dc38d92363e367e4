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
    for step in 0..300 {
        let args = command_for(step, &mut rng);
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
        sleep(Duration::from_micros(rng.below(6000)));
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
