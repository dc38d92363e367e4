//! The committed completion scripts are generated from the clap definitions;
//! this fails when they drift (the man page too). Regenerate with `examples/regenerate.sh`.

use std::fs;

use crate::support::rapport_in;

#[test]
fn committed_completions_are_current() {
    let root = env!("CARGO_MANIFEST_DIR");
    for (shell, file) in [
        ("bash", "rapport.bash"),
        ("zsh", "_rapport"),
        ("fish", "rapport.fish"),
        ("elvish", "rapport.elv"),
        ("powershell", "_rapport.ps1"),
        ("man", "rapport.1"),
    ] {
        let args: &[&str] = if shell == "man" {
            &["man"]
        } else {
            &["completions", shell]
        };
        let out = rapport_in(std::path::Path::new(root))
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success());
        let committed = fs::read(format!("{root}/completions/{file}")).unwrap_or_default();
        assert!(
            committed == out.stdout,
            "completions/{file} is stale: run `bash examples/regenerate.sh` and commit the result"
        );
    }
}
