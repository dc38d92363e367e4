//! `rapport merge-driver BASE OURS THEIRS [PATH]`: the git merge driver
//! (hidden; git runs it for files marked `merge=rapport`).

use crate::cli::MergeDriverArgs;
use crate::error::{Error, Result};
use crate::git::driver;
use crate::output::stderr;

pub fn run(args: MergeDriverArgs) -> Result<()> {
    let name = if args.path.is_empty() {
        args.ours.display().to_string()
    } else {
        args.path.join(" ")
    };
    let outcome = driver::run(&args.base, &args.ours, &args.theirs)?;
    if let Some(why) = &outcome.fell_back {
        stderr::warning(&format!(
            "{name}: {why}; merged line by line with `git merge-file` instead"
        ));
    }
    if outcome.conflicts.is_empty() {
        return Ok(());
    }
    let what = if outcome.fell_back.is_some() {
        format!("{} conflicting hunk(s)", outcome.conflicts.len())
    } else {
        format!("both sides changed {}", outcome.conflicts.join(", "))
    };
    Err(Error::Unsettled {
        message: format!("{name}: {what}; both versions are kept between conflict markers"),
        hint: Some(
            "edit the file between <<<<<<< ours and >>>>>>> theirs, then `git add` it".into(),
        ),
    })
}
