//! The cache of parsed customers (.rapport/cache) is never stale: after
//! every kind of change to the files, every bulk command answers exactly as
//! `--no-cache` does (same stdout, same stderr, same status).

use std::fs;
use std::path::Path;
use std::process::Command;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;
use std::time::{Duration, SystemTime};

use crate::fixture;
use crate::support::{TODAY, TestBook};

/// Bulk commands whose answers cover every part of a customer.
const COMMANDS: &[&[&str]] = &[
    &[
        "query",
        "--columns",
        "id,name,kind,stage,email,phone,company,owner,tags,source,acquisition_cost,created,address.city,address.country,fields.industry,next.date,next.action,consent.email,revenue,orders,last_contact,interactions,nps,open_deals,pipeline,won",
        "--format",
        "tsv",
    ],
    &[
        "query",
        "stage = customer and revenue > 1000",
        "--format",
        "ids",
    ],
    &["report", "summary", "--format", "json"],
    &["segment", "rfm", "--format", "tsv"],
    &["agenda", "--format", "json"],
];

/// Runs `args` through the cache and with `--no-cache` and asserts the same
/// answer; returns stdout.
fn same(book: &TestBook, args: &[&str]) -> String {
    let cached = book.rapport().args(args).output().unwrap();
    let mut plain_args = vec!["--no-cache"];
    plain_args.extend(args);
    let plain = book.rapport().args(&plain_args).output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    assert_eq!(
        text(&cached.stdout),
        text(&plain.stdout),
        "stdout of {args:?}"
    );
    assert_eq!(
        text(&cached.stderr),
        text(&plain.stderr),
        "stderr of {args:?}"
    );
    assert_eq!(
        cached.status.code(),
        plain.status.code(),
        "status of {args:?}"
    );
    text(&cached.stdout)
}

/// Every command answers as without the cache.
fn all_same(book: &TestBook) {
    for args in COMMANDS {
        same(book, args);
    }
}

/// The cache file's identity: a rewrite replaces it (a new inode).
fn cache_identity(book: &TestBook) -> Option<(u64, SystemTime)> {
    use std::os::unix::fs::MetadataExt;
    let meta = fs::metadata(book.path(".rapport/cache")).ok()?;
    Some((meta.ino(), meta.modified().unwrap()))
}

fn mtime(path: &Path) -> SystemTime {
    fs::metadata(path).unwrap().modified().unwrap()
}

/// Sets the modification time back, as a file system with coarse
/// timestamps would leave it after a quick second edit.
fn set_mtime(path: &Path, time: SystemTime) {
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(time)
        .unwrap();
}

/// A book warmed up: its cache written by a first read.
fn warm_fixture() -> TestBook {
    let book = fixture::book();
    all_same(&book);
    assert!(
        book.path(".rapport/cache").exists(),
        "a read writes the cache"
    );
    book
}

#[test]
fn an_unchanged_book_reads_the_cache_without_rewriting_it() {
    let book = warm_fixture();
    // Files written by the fixture a moment before the first read may be
    // racily clean; a read after they settle rewrites the cache once.
    thread::sleep(Duration::from_millis(20));
    touch_and_settle(&book);
    let before = cache_identity(&book);
    all_same(&book);
    assert_eq!(
        cache_identity(&book),
        before,
        "nothing changed, nothing written"
    );
}

/// Changes one file and reads until the cache holds it settled.
fn touch_and_settle(book: &TestBook) {
    let path = book.path("customers/tamm-ou.toml");
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, text).unwrap();
    same(book, COMMANDS[1]);
    thread::sleep(Duration::from_millis(20));
    same(book, COMMANDS[1]);
}

#[test]
fn a_file_edited_in_place_with_the_same_size_and_time_is_read_again() {
    let book = warm_fixture();
    let path = book.path("customers/eriks-ozolins.toml");
    let before = fs::read_to_string(&path).unwrap();
    let time = mtime(&path);
    assert!(before.contains("stage = \"customer\""));
    // Same length, same inode, the modification time put back.
    let after = before.replace("stage = \"customer\"", "stage = \"churned\" ");
    assert_eq!(after.len(), before.len());
    fs::write(&path, &after).unwrap();
    set_mtime(&path, time);
    let ids = same(&book, COMMANDS[1]);
    assert!(!ids.contains("eriks-ozolins"), "{ids}");
    all_same(&book);
}

#[test]
fn a_file_replaced_by_an_editor_style_rename_is_read_again() {
    let book = warm_fixture();
    let path = book.path("customers/oliver-obrien.toml");
    let before = fs::read_to_string(&path).unwrap();
    let time = mtime(&path);
    let after = before.replace("amount = 2000.00", "amount = 20.0000");
    assert_eq!(after.len(), before.len());
    // Written beside, then renamed over the file, as editors save.
    let temp = book.path(".oliver-obrien.toml.swp");
    fs::write(&temp, &after).unwrap();
    set_mtime(&temp, time);
    fs::rename(&temp, &path).unwrap();
    let ids = same(&book, COMMANDS[1]);
    assert!(!ids.contains("oliver-obrien"), "{ids}");
    all_same(&book);
}

#[test]
fn a_deleted_file_and_an_added_one_are_seen() {
    let book = warm_fixture();
    fs::remove_file(book.path("customers/jiri-dvorak.toml")).unwrap();
    let ids = same(&book, COMMANDS[1]);
    assert!(!ids.contains("jiri-dvorak"), "{ids}");
    all_same(&book);

    book.write(
        "customers/zane.toml",
        "name = \"Zane\"\nstage = \"customer\"\n\n[[interactions]]\ndate = 2026-01-02\nkind = \"purchase\"\namount = 5000.00\n",
    );
    let ids = same(&book, COMMANDS[1]);
    assert!(ids.contains("zane"), "{ids}");
    all_same(&book);
}

#[test]
fn a_file_that_breaks_and_is_mended_is_warned_about_then_read() {
    let book = warm_fixture();
    let path = book.path("customers/tamm-ou.toml");
    let good = fs::read_to_string(&path).unwrap();
    fs::write(&path, "name = \"Tamm OÜ\"\ncreated = \"2024-01-01\"\n").unwrap();
    let out = book.rapport().args(COMMANDS[0]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stderr).contains("tamm-ou.toml"));
    all_same(&book);
    fs::write(&path, good).unwrap();
    all_same(&book);
}

#[test]
fn a_damaged_cache_is_rebuilt_silently() {
    let book = warm_fixture();
    let cache = book.path(".rapport/cache");
    let good = fs::read(&cache).unwrap();
    let damages: Vec<(&str, Vec<u8>)> = vec![
        ("empty", Vec::new()),
        ("cut in half", good[..good.len() / 2].to_vec()),
        ("one byte short", good[..good.len() - 1].to_vec()),
        ("one byte more", [good.as_slice(), b"\0"].concat()),
        ("a byte of the data changed", {
            let mut b = good.clone();
            let at = b.len() - 5;
            b[at] ^= 0x01;
            b
        }),
        ("another format", {
            let mut b = good.clone();
            b[8] = b[8].wrapping_add(1);
            b
        }),
        ("not a cache", b"name = \"Anna\"\n".repeat(100)),
    ];
    for (what, bytes) in damages {
        fs::write(&cache, &bytes).unwrap();
        for args in COMMANDS {
            let out = book.rapport().args(*args).output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(!stderr.contains("cache"), "{what}: {stderr}");
        }
        all_same(&book);
        assert!(
            fs::read(&cache).unwrap().starts_with(b"RAPPORTC"),
            "{what}: the cache is rebuilt"
        );
    }
}

#[test]
fn a_schema_change_answers_as_without_the_cache() {
    let book = warm_fixture();
    let settings = book.read("rapport.toml");
    book.write(
        "rapport.toml",
        &settings
            .replace("[fields.industry]", "[fields.industry_old]")
            .replace("stages = [", "stages = [\"new\", "),
    );
    all_same(&book);
    same(&book, &["query", "fields.industry_old = retail"]);
    book.write("rapport.toml", &settings);
    all_same(&book);
}

#[test]
fn no_cache_neither_reads_nor_writes_the_cache() {
    let book = fixture::book();
    book.run(&["--no-cache", "query"]);
    assert!(!book.path(".rapport/cache").exists());
    // A cache that lies would show if it were read.
    all_same(&book);
    let identity = cache_identity(&book);
    fs::write(book.path("customers/anna-liepa.toml"), "name = \"Anna\"\n").unwrap();
    book.run(&["--no-cache", "query"]);
    assert_eq!(cache_identity(&book), identity, "--no-cache left it alone");
}

#[test]
fn a_cache_that_is_a_link_is_never_read_through() {
    let book = fixture::book();
    let outside = tempfile::NamedTempFile::new().unwrap();
    fs::write(outside.path(), b"outside").unwrap();
    fs::create_dir_all(book.path(".rapport")).unwrap();
    std::os::unix::fs::symlink(outside.path(), book.path(".rapport/cache")).unwrap();
    all_same(&book);
    assert_eq!(fs::read(outside.path()).unwrap(), b"outside");
}

#[test]
fn readers_through_the_cache_see_every_write_of_a_writer_running_beside_them() {
    let book = TestBook::new();
    for i in 0..20 {
        book.run(&["add", &format!("Customer {i}")]);
    }
    book.run(&["query"]);
    let binary = assert_cmd::cargo::cargo_bin("rapport");
    let done = Arc::new(AtomicBool::new(false));
    let reader = {
        let (done, root, binary) = (done.clone(), book.root().to_path_buf(), binary.clone());
        thread::spawn(move || {
            let mut seen = 0;
            let mut reads = 0;
            while !done.load(Ordering::Relaxed) || reads < 3 {
                let out = Command::new(&binary)
                    .current_dir(&root)
                    .env("RAPPORT_TODAY", TODAY)
                    .args(["query", "id = customer-7", "--columns", "interactions"])
                    .args(["--format", "tsv"])
                    .output()
                    .unwrap();
                assert!(out.status.success());
                // The file edited in place may be caught half written.
                let stderr = String::from_utf8_lossy(&out.stderr);
                assert!(
                    stderr
                        .lines()
                        .all(|l| l.contains("customers/customer-3.toml")),
                    "{stderr}"
                );
                let text = String::from_utf8(out.stdout).unwrap();
                let count: usize = text.lines().nth(1).unwrap().trim().parse().unwrap();
                assert!(count >= seen, "a reader went back from {seen} to {count}");
                seen = count;
                reads += 1;
            }
            seen
        })
    };
    for i in 0..30 {
        book.run(&["log", "customer-7", "call", "-m", &format!("call {i}")]);
        // Edits in place too, as a hand edit does (same size each time).
        let path = book.path("customers/customer-3.toml");
        let text = fs::read_to_string(&path).unwrap();
        let flipped = if text.contains("stage = \"lead\"") {
            text.replace("stage = \"lead\"", "stage = \"lost\"")
        } else {
            text.replace("stage = \"lost\"", "stage = \"lead\"")
        };
        fs::write(&path, flipped).unwrap();
    }
    done.store(true, Ordering::Relaxed);
    let last_seen = reader.join().unwrap();
    assert!(last_seen <= 30);
    let out = same(
        &book,
        &[
            "query",
            "id = customer-7",
            "--columns",
            "interactions",
            "--format",
            "tsv",
        ],
    );
    assert_eq!(out.lines().nth(1), Some("30"));
    same(
        &book,
        &["query", "--columns", "id,stage", "--format", "tsv"],
    );
}

/// Returns true when the cache holds the listing of customers/ (its header
/// flag, see src/book/cache/mod.rs).
fn listing_cached(book: &TestBook) -> bool {
    fs::read(book.path(".rapport/cache")).is_ok_and(|b| b.len() > 104 && b[104] & 1 == 1)
}

#[test]
fn the_listing_is_cached_and_every_change_to_the_folder_is_seen() {
    let book = warm_fixture();
    assert!(listing_cached(&book), "a clean listing is cached");
    // A rename inside the folder.
    fs::rename(
        book.path("customers/anna-liepa.toml"),
        book.path("customers/anna.toml"),
    )
    .unwrap();
    let all = same(&book, &["query", "--format", "ids"]);
    assert!(
        all.contains("anna\n") && !all.contains("anna-liepa"),
        "{all}"
    );
    all_same(&book);
    // A file that is not a customer's changes nothing.
    book.write("customers/README.md", "notes\n");
    all_same(&book);
    assert_eq!(same(&book, &["query", "--format", "ids"]), all);
}

#[test]
fn entries_skipped_with_a_warning_are_warned_about_on_every_read() {
    let book = warm_fixture();
    std::os::unix::fs::symlink("/etc/hostname", book.path("customers/link.toml")).unwrap();
    book.write("customers/Not An Id.toml", "name = \"X\"\n");
    for _ in 0..3 {
        let out = book
            .rapport()
            .args(["query", "--format", "ids"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("link.toml") && stderr.contains("Not An Id.toml"),
            "{stderr}"
        );
        all_same(&book);
    }
}

#[test]
fn a_file_changing_while_it_is_read_from_the_cached_listing_is_not_lost() {
    let book = warm_fixture();
    // A big file, so that a read of it takes long enough to be caught by a
    // change.
    let mut big = String::from("name = \"Big Buyer\"\nstage = \"customer\"\n");
    for _ in 0..20_000 {
        big.push_str("\n[[interactions]]\ndate = 2026-01-02\nkind = \"purchase\"\namount = 10.00\nsummary = \"a long enough summary of the purchase\"\n");
    }
    book.write("customers/big-buyer.toml", &big);
    thread::sleep(Duration::from_millis(20));
    same(&book, COMMANDS[1]);
    thread::sleep(Duration::from_millis(20));
    same(&book, COMMANDS[1]);
    assert!(listing_cached(&book), "the listing is cached");
    // Its times are changed again and again while a read from the cached
    // listing reads it: the file's status before and after reading differ.
    let path = book.path("customers/big-buyer.toml");
    let done = Arc::new(AtomicBool::new(false));
    let toucher = {
        let (done, path) = (done.clone(), path.clone());
        thread::spawn(move || {
            let old = SystemTime::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
            while !done.load(Ordering::Relaxed) {
                set_mtime(&path, old);
            }
        })
    };
    for _ in 0..3 {
        book.run(&["query", "--format", "ids"]);
    }
    done.store(true, Ordering::Relaxed);
    toucher.join().unwrap();
    thread::sleep(Duration::from_millis(20));
    let ids = same(&book, &["query", "--format", "ids"]);
    assert!(ids.contains("big-buyer"), "{ids}");
    all_same(&book);
}

#[test]
fn a_cache_that_is_a_fifo_is_ignored_without_waiting_for_a_writer() {
    let book = fixture::book();
    fs::create_dir_all(book.path(".rapport")).unwrap();
    let status = Command::new("mkfifo")
        .arg(book.path(".rapport/cache"))
        .status()
        .unwrap();
    assert!(status.success());
    // Opening a FIFO to read waits for a writer: a read through the cache
    // would hang for ever.
    book.rapport()
        .args(["query", "--format", "ids"])
        .timeout(Duration::from_secs(20))
        .assert()
        .success();
    all_same(&book);
}

/// A file system mounted for a test, unmounted when dropped.
struct Mounted(std::path::PathBuf);

impl Drop for Mounted {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

/// Runs `program ARGS`, asserting success.
fn run_ok(program: &str, args: &[&std::ffi::OsStr]) {
    let status = Command::new(program).args(args).status();
    assert!(
        status.is_ok_and(|s| s.success()),
        "{program} {args:?} (this test needs root, mkfs.ext4 and loop devices)"
    );
}

#[test]
#[ignore = "needs root to mount a file system with whole-second times: cargo test --test cli -- --ignored customers_on_another_file_system"]
fn customers_on_another_file_system_with_coarser_times_are_never_stale() {
    // customers/ on ext4 with 128-byte inodes (times in whole seconds),
    // .rapport/ on the book's own file system (nanoseconds): a reference
    // time taken in .rapport/tmp says nothing of the files' times.
    let book = fixture::book();
    let image = book.path("customers.img");
    fs::write(&image, vec![0u8; 16 << 20]).unwrap();
    run_ok(
        "mkfs.ext4",
        &[
            "-q".as_ref(),
            "-I".as_ref(),
            "128".as_ref(),
            image.as_os_str(),
        ],
    );
    let staged = book.path("staged");
    fs::rename(book.path("customers"), &staged).unwrap();
    fs::create_dir(book.path("customers")).unwrap();
    run_ok(
        "mount",
        &[
            "-o".as_ref(),
            "loop".as_ref(),
            image.as_os_str(),
            book.path("customers").as_os_str(),
        ],
    );
    let _mounted = Mounted(book.path("customers"));
    for entry in fs::read_dir(&staged).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), book.path("customers").join(entry.file_name())).unwrap();
    }
    let path = book.path("customers/zed.toml");
    let query = [
        "query",
        "id = zed",
        "--columns",
        "id,stage",
        "--format",
        "tsv",
    ];
    // Written, read, and written again within one second, at the same size.
    let mut caught = false;
    for _ in 0..5 {
        fs::write(&path, "name = \"Zed\"\nstage = \"lead\"\n").unwrap();
        let first = mtime(&path);
        book.run(&query);
        fs::write(&path, "name = \"Zed\"\nstage = \"lost\"\n").unwrap();
        if mtime(&path) == first {
            caught = true;
            break;
        }
    }
    assert!(caught, "two writes within one second");
    thread::sleep(Duration::from_millis(1100));
    let out = same(&book, &query);
    assert!(out.contains("lost"), "{out}");
    all_same(&book);
}

#[test]
fn check_leaves_a_cache_being_written_alone_and_removes_a_stopped_one_quietly() {
    // Readers write their new cache in .rapport/tmp without the book's
    // lock, holding a lock on the file: a `check` beside a long read must
    // not take it for an interrupted write.
    let book = warm_fixture();
    let tmp = book.path(".rapport/tmp");
    fs::create_dir_all(&tmp).unwrap();
    let live = tmp.join(".cache-live.tmp");
    let stopped = tmp.join(".cache-stopped.tmp");
    fs::write(&live, b"being written").unwrap();
    fs::write(&stopped, b"left by a reader that was stopped").unwrap();
    let writer = fs::File::open(&live).unwrap();
    writer.lock().unwrap();
    let out = book.rapport().arg("check").output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("checked 8 customer files"), "{stderr}");
    assert!(!stderr.contains("interrupted write"), "{stderr}");
    assert!(live.exists(), "a cache being written is left alone");
    assert!(!stopped.exists(), "one nobody writes is removed");
    drop(writer);
    book.rapport().arg("check").output().unwrap();
    assert!(!live.exists(), "removed once its writer is gone");
}
