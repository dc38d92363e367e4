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
            "{name}: {}",
            crate::msg!("merge-driver.fell-back", why = why.as_str())
        ));
    }
    if outcome.conflicts.is_empty() {
        return Ok(());
    }
    let message = if outcome.fell_back.is_some() {
        crate::msg!("merge-driver.hunks", count = outcome.conflicts.len())
    } else {
        crate::msg!(
            "merge-driver.both-changed",
            keys = outcome.conflicts.join(", ")
        )
    };
    Err(Error::Unsettled {
        message: format!("{name}: {message}"),
        hint: Some(crate::msg!("merge-driver.hint")),
    })
}
