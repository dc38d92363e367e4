//! `rapport completions SHELL` and `rapport man [DIR]`: generated documents
//! of the command line.

use std::io::Write;
use std::path::Path;

use clap::CommandFactory;
use clap_complete::env::Shells;

use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::error::{Error, IoContext, Result};

/// The program's name, as the scripts call it and the pages name it.
const NAME: &str = "rapport";

/// Writes every man page into DIR, or prints rapport's own page.
pub fn man(args: ManArgs) -> Result<()> {
    let pages = man_pages().map_err(Error::Output)?;
    let Some(dir) = args.dir else {
        let top = &pages[0].1;
        return print(top);
    };
    std::fs::create_dir_all(&dir).at(&dir)?;
    for (file, page) in &pages {
        let path = dir.join(file);
        // A page that did not change is not rewritten.
        if std::fs::read(&path).is_ok_and(|old| old == *page) {
            continue;
        }
        write_atomically(&dir, &path, page)?;
    }
    Ok(())
}

/// Every man page as (file name, roff): rapport.1 first, then each
/// subcommand's (`rapport-report-clv.1`) depth first, in the order of
/// `--help`.
pub fn man_pages() -> std::io::Result<Vec<(String, Vec<u8>)>> {
    let mut cmd = Cli::command().disable_help_subcommand(true);
    cmd.build();
    let source = format!("{NAME} {}", env!("CARGO_PKG_VERSION"));
    let mut pages = Vec::new();
    render(&cmd, None, &source, &mut pages)?;
    Ok(pages)
}

/// Renders `cmd`'s page (naming `parent` under SEE ALSO) and its
/// subcommands' pages.
fn render(
    cmd: &clap::Command,
    parent: Option<&str>,
    source: &str,
    pages: &mut Vec<(String, Vec<u8>)>,
) -> std::io::Result<()> {
    let man = clap_mangen::Man::new(cmd.clone()).source(source);
    let name = cmd.get_display_name().unwrap_or(cmd.get_name()).to_string();
    let mut page = Vec::new();
    man.render(&mut page)?;
    let mut see_also: Vec<String> = parent.into_iter().map(|p| format!("{p}(1)")).collect();
    if parent.is_some_and(|p| p != NAME) {
        see_also.push(format!("{NAME}(1)"));
    }
    if !see_also.is_empty() {
        let names: Vec<String> = see_also
            .iter()
            .map(|n| {
                let (page, section) = n.split_once('(').unwrap_or((n, ""));
                format!("\\fB{}\\fR({section}", page.replace('-', "\\-"))
            })
            .collect();
        writeln!(page, ".SH \"SEE ALSO\"\n{}", names.join(", "))?;
    }
    pages.push((man.get_filename(), page));
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        render(sub, Some(&name), source, pages)?;
    }
    Ok(())
}

/// Writes `page` to `path` through a temporary file in `dir` and a rename.
fn write_atomically(dir: &Path, path: &Path, page: &[u8]) -> Result<()> {
    let mut temp = tempfile::NamedTempFile::new_in(dir).at(dir)?;
    temp.write_all(page).at(path)?;
    temp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Prints the completion script for a shell: it calls back into `rapport`
/// (`COMPLETE=SHELL rapport -- WORDS…`) for the candidates, so they come
/// from the book.
pub fn run(args: CompletionsArgs) -> Result<()> {
    let shell = args.shell.to_string();
    let shells = Shells::builtins();
    let Some(completer) = shells.completer(&shell) else {
        return Err(Error::usage(crate::msg!(
            "completions.none",
            shell = shell.to_string()
        )));
    };
    let mut script = Vec::new();
    completer
        .write_registration("COMPLETE", NAME, NAME, NAME, &mut script)
        .map_err(Error::Output)?;
    if args.shell == clap_complete::Shell::Zsh {
        script = zsh_autoload(script);
    }
    print(&script)
}

/// Makes the zsh script work both sourced and as `_rapport` in `$fpath`:
/// autoloaded, its body runs on the first Tab, which it must complete too.
fn zsh_autoload(script: Vec<u8>) -> Vec<u8> {
    let text = String::from_utf8_lossy(&script);
    let register = format!("compdef _clap_dynamic_completer_{NAME} {NAME}");
    let both = format!(
        "if [[ \"${{funcstack[1]}}\" = \"_{NAME}\" ]]; then\n    \
         _clap_dynamic_completer_{NAME} \"$@\"\nelse\n    {register}\nfi"
    );
    text.replacen(&register, &both, 1).into_bytes()
}

/// Writes `bytes` to standard output.
fn print(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(Error::Output)
}
