//! Fingerprints the code that reads customer files and the cache's format,
//! so that a cache written by a build that read files differently is never
//! trusted (`src/book/cache/mod.rs`, `build_id`).

use std::path::{Path, PathBuf};

/// What decides how a customer file becomes the model and how the cache
/// stores it.
const READERS: &[&str] = &["src/model", "src/book/cache", "src/book/load.rs"];

fn main() {
    let mut files = Vec::new();
    for path in READERS {
        println!("cargo:rerun-if-changed={path}");
        collect(Path::new(path), &mut files);
    }
    // The crates that parse (toml, chrono) decide too: an upgrade may read
    // a file differently.
    println!("cargo:rerun-if-changed=Cargo.lock");
    files.push(PathBuf::from("Cargo.lock"));
    files.sort();
    // FNV-1a over the paths and contents.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in files {
        let name = file.to_string_lossy().into_owned();
        let content = std::fs::read(&file).unwrap_or_default();
        for &b in name.as_bytes().iter().chain(&[0]).chain(&content) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    println!("cargo:rustc-env=RAPPORT_READERS_HASH={hash:016x}");
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        if let Ok(entries) = std::fs::read_dir(path) {
            for entry in entries.flatten() {
                collect(&entry.path(), out);
            }
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_path_buf());
    }
}
