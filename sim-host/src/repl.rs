//! `sim-host repl`: an interactive prompt like MicroPython's, on the
//! simulated board.
//!
//! Each input is compiled with `compiler::compile_interactive` against the
//! program so far and run with `Vm::extend` + `Vm::run_unit` in the same
//! VM, so globals, imported modules, the heap and the board (pins, timers,
//! virtual time) carry over from one input to the next. Expression
//! statements echo the repr of a non-`None` result; an exception prints its
//! traceback and the session goes on; end of input (Ctrl-D) ends it.
//!
//! Everything, prompts and tracebacks included, goes to stdout, as on a
//! board's serial console, so a piped session reads as a transcript. On a
//! terminal, lines are read with `rustyline` (line editing, history for
//! the session); otherwise plainly, so a session can be piped in.

use crate::cli::RunArgs;
use crate::commands::make_board;
use crate::failure::Failure;
use crate::pipeline::FsLoader;
use crate::traceback::{self, Sources};
use hardware_models::ConsoleSink;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::PathBuf;
use vm::bytecode::Program;
use vm::Vm;

/// The file name inputs are compiled under (as CPython's `<stdin>`).
const FILENAME: &str = "<stdin>";

/// Runs the prompt until end of input.
pub fn run(args: &RunArgs) -> Result<(), Failure> {
    let board = make_board(args, ConsoleSink::writer(io::stdout()))?;
    let empty = compiler::compile("", FILENAME).map_err(|e| Failure::error(e.to_string()))?;
    let program = Program::verify(empty).map_err(|e| Failure::error(e.to_string()))?;
    let mut image = program.image().clone();
    let mut vm = Vm::new(program, board, args.config());
    if vm.run().is_err() {
        return Err(Failure::error("the empty program failed to start"));
    }
    let mut out = io::stdout();
    let _ = writeln!(
        out,
        "Ferrite {} on a simulated {} board; Ctrl-D to exit",
        env!("CARGO_PKG_VERSION"),
        args.board
    );
    let mut lines = Lines::new();
    let mut sources = Sources::new();
    loop {
        let mut buf = String::new();
        let mut prompt = ">>> ";
        loop {
            let Some(line) = lines.read(prompt) else {
                let _ = writeln!(out);
                return Ok(());
            };
            buf.push_str(&line);
            buf.push('\n');
            if !needs_more(&buf) {
                break;
            }
            prompt = "... ";
        }
        if buf.trim().is_empty() {
            continue;
        }
        lines.remember(buf.trim_end());
        let mut loader = FsLoader::new(FILENAME, &buf, PathBuf::new());
        let (next, entry) =
            match compiler::compile_interactive(&image, &buf, FILENAME, "", &mut loader) {
                Ok(r) => r,
                Err(compiler::ProgramError::Compile { path, error, .. }) => {
                    let _ = writeln!(out, "  File \"{path}\", line {}", error.line);
                    let _ = writeln!(out, "{}: {}", error.kind.name(), error.message);
                    continue;
                }
                Err(e) => {
                    let _ = writeln!(out, "{e}");
                    continue;
                }
            };
        let program = match Program::verify(next) {
            Ok(p) => p,
            Err(e) => {
                let _ = writeln!(
                    out,
                    "internal error: the compiler produced an invalid image ({e})"
                );
                continue;
            }
        };
        let next_image = program.image().clone();
        if let Err(e) = vm.extend(program) {
            let _ = writeln!(out, "internal error: {e}");
            continue;
        }
        image = next_image;
        // Tracebacks show the input's lines (the last input is `<stdin>`).
        sources.insert(FILENAME, buf.clone());
        for (path, text) in loader.read {
            sources.insert(&path, text);
        }
        if let Err(exc) = vm.run_unit(entry) {
            let _ = out.write_all(traceback::render(&exc, &mut sources).as_bytes());
        }
        let _ = out.flush();
    }
}

/// Where input lines come from: an editor on a terminal, else plain stdin.
enum Lines {
    Editor(Box<rustyline::DefaultEditor>),
    Plain(io::Lines<io::StdinLock<'static>>),
}

impl Lines {
    fn new() -> Lines {
        if io::stdin().is_terminal() {
            if let Ok(editor) = rustyline::DefaultEditor::new() {
                return Lines::Editor(Box::new(editor));
            }
        }
        Lines::Plain(io::stdin().lock().lines())
    }

    /// The next line after showing `prompt`; `None` at end of input (Ctrl-D).
    fn read(&mut self, prompt: &str) -> Option<String> {
        match self {
            Lines::Editor(ed) => loop {
                match ed.readline(prompt) {
                    Ok(line) => return Some(line),
                    // Ctrl-C drops the line being typed, as MicroPython does.
                    Err(rustyline::error::ReadlineError::Interrupted) => {
                        println!("KeyboardInterrupt");
                    }
                    Err(_) => return None,
                }
            },
            Lines::Plain(lines) => {
                let mut out = io::stdout();
                let _ = write!(out, "{prompt}");
                let _ = out.flush();
                lines.next().and_then(Result::ok)
            }
        }
    }

    /// Adds a finished input to the history (on a terminal).
    fn remember(&mut self, input: &str) {
        if let Lines::Editor(ed) = self {
            let _ = ed.add_history_entry(input);
        }
    }
}

/// Whether the input so far is unfinished: open brackets or a triple-quoted
/// string, a trailing backslash, or a compound statement (a line ending in
/// `:` or a decorator) not yet closed by a blank line — MicroPython's rules.
fn needs_more(buf: &str) -> bool {
    let mut depth = 0i32;
    let mut chars = buf.chars().peekable();
    let mut quote: Option<(char, bool)> = None; // (quote char, triple)
    let mut last_significant = ' ';
    while let Some(c) = chars.next() {
        if let Some((q, triple)) = quote {
            if c == '\\' {
                chars.next();
            } else if c == q {
                if !triple {
                    quote = None;
                } else if chars.peek() == Some(&q) {
                    chars.next();
                    if chars.peek() == Some(&q) {
                        chars.next();
                        quote = None;
                    }
                }
            } else if c == '\n' && !triple {
                quote = None; // an unterminated string: let the compiler say so
            }
            continue;
        }
        match c {
            '#' => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
                last_significant = '\n';
                continue;
            }
            '\'' | '"' => {
                let mut triple = false;
                if chars.peek() == Some(&c) {
                    chars.next();
                    if chars.peek() == Some(&c) {
                        chars.next();
                        triple = true;
                    } else {
                        last_significant = c;
                        continue; // an empty string ''
                    }
                }
                quote = Some((c, triple));
            }
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            _ => {}
        }
        if !c.is_whitespace() || c == '\n' {
            last_significant = c;
        }
    }
    if quote.is_some_and(|(_, triple)| triple) || depth > 0 {
        return true;
    }
    let trimmed = buf.trim_end_matches(['\n', ' ', '\t']);
    if trimmed.ends_with('\\') {
        return true;
    }
    let _ = last_significant;
    let first = buf.trim_start();
    let compound = first.starts_with('@')
        || buf
            .lines()
            .any(|l| strip_comment(l).trim_end().ends_with(':'));
    // A compound statement ends at a blank line.
    compound && !buf.ends_with("\n\n") && !buf.lines().last().is_some_and(|l| l.trim().is_empty())
}

/// A line without a trailing `# comment` (quotes are not considered: a `#`
/// in a string only makes a block wait for its blank line).
fn strip_comment(line: &str) -> &str {
    line.split('#').next().unwrap_or(line)
}

#[cfg(test)]
mod tests {
    use super::needs_more;

    #[test]
    fn continuation_rules() {
        assert!(!needs_more("1 + 2\n"));
        assert!(needs_more("if x:\n"));
        assert!(needs_more("if x:\n    y = 1\n"));
        assert!(!needs_more("if x:\n    y = 1\n\n"));
        assert!(needs_more("(1,\n"));
        assert!(!needs_more("(1,\n2)\n"));
        assert!(needs_more("s = \"\"\"abc\n"));
        assert!(!needs_more("s = \"\"\"abc\n\"\"\"\n"));
        assert!(needs_more("@dec\n"));
        assert!(!needs_more("d = {'a': 1}\n"));
        assert!(!needs_more("x = '#'  # comment\n"));
        assert!(needs_more("x = 1 + \\\n"));
    }
}
