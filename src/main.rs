//! The `rapport` binary: parse, run, map the outcome to an exit code.

use clap::{CommandFactory, Parser};
use clap_complete::CompleteEnv;

use rapport::cli::Cli;
use rapport::error::Error;
use rapport::output::stderr;

fn main() {
    // `COMPLETE=bash rapport …`, as the scripts of `rapport completions`
    // call it: print the candidates and exit.
    CompleteEnv::with_factory(Cli::command).complete();
    let cli = Cli::parse();
    let code = match rapport::commands::run(cli) {
        Ok(()) => 0,
        Err(err) => {
            report(&err);
            err.exit_code()
        }
    };
    std::process::exit(code);
}

/// Prints an error on stderr; a closed stdout pipe prints nothing.
fn report(err: &Error) {
    match err {
        Error::Output(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
        Error::Diagnostics(problems) => {
            for d in problems {
                stderr::diagnostic(d);
            }
        }
        Error::Unsettled { message, hint } => {
            stderr::note(message);
            if let Some(hint) = hint {
                stderr::hint(hint);
            }
        }
        other => stderr::error(&other.to_string(), other.hint()),
    }
}
