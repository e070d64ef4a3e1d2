//! Rendering compile errors: a grep-friendly first line
//! (`app.py:3:5: SyntaxError: message`), then the source line with a caret,
//! drawn by codespan-reporting.

use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::termcolor::{Buffer, Color, ColorSpec, WriteColor};
use codespan_reporting::term::{self, Config};
use compiler::CompileError;
use std::io::{IsTerminal, Write};
use std::ops::Range;

/// Prints `err` to stderr, in colour only when stderr is a terminal (so
/// logs and test captures never contain escape codes).
pub fn report_compile_error(filename: &str, source: &str, err: &CompileError) {
    let colour = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let text = render_compile_error(filename, source, err, colour);
    // Nothing sensible to do if stderr itself is gone.
    let _ = std::io::stderr().write_all(&text);
}

/// Renders `err` as bytes (ANSI-coloured when `colour`).
pub fn render_compile_error(
    filename: &str,
    source: &str,
    err: &CompileError,
    colour: bool,
) -> Vec<u8> {
    let mut out = if colour {
        Buffer::ansi()
    } else {
        Buffer::no_color()
    };
    write_header(&mut out, filename, err);

    let file = SimpleFile::new(filename, source);
    let diagnostic = Diagnostic::error()
        .with_message(&err.message)
        .with_labels(vec![Label::primary((), span(source, err))]);
    let mut snippet = if colour {
        Buffer::ansi()
    } else {
        Buffer::no_color()
    };
    if term::emit(&mut snippet, &Config::default(), &file, &diagnostic).is_ok() {
        // codespan always starts with its own `error: message` header; ours
        // above replaces it, so keep only the snippet that follows.
        let bytes = snippet.as_slice();
        let body = bytes
            .iter()
            .position(|&b| b == b'\n')
            .map_or(&[][..], |i| &bytes[i + 1..]);
        let _ = out.write_all(body);
    }
    out.into_inner()
}

fn write_header(out: &mut Buffer, filename: &str, err: &CompileError) {
    let _ = out.set_color(ColorSpec::new().set_bold(true));
    let _ = write!(out, "{filename}:{}:{}: ", err.line, err.column);
    let _ = out.set_color(ColorSpec::new().set_bold(true).set_fg(Some(Color::Red)));
    let _ = write!(out, "{}", err.kind.name());
    let _ = out.reset();
    let _ = writeln!(out, ": {}", err.message);
}

/// The byte range of the error in `source`, from its 1-based line and char
/// columns, clamped so that positions past the end of a line or of the file
/// (as parsers report for "unexpected EOF") still point somewhere sensible.
fn span(source: &str, err: &CompileError) -> Range<usize> {
    let mut line_start = 0;
    for _ in 1..err.line.max(1) {
        match source[line_start..].find('\n') {
            Some(i) => line_start += i + 1,
            None => {
                line_start = source.len();
                break;
            }
        }
    }
    let rest = &source[line_start..];
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let line = line.strip_suffix('\r').unwrap_or(line);
    let byte_at = |column: usize| {
        line.char_indices()
            .nth(column.saturating_sub(1))
            .map_or(line.len(), |(i, _)| i)
    };
    let start = byte_at(err.column);
    let end = match err.end_column {
        Some(end) if end > err.column => byte_at(end),
        _ => line[start..]
            .chars()
            .next()
            .map_or(start, |c| start + c.len_utf8()),
    };
    line_start + start..line_start + end
}

#[cfg(test)]
mod tests {
    use super::*;
    use compiler::ErrorKind;

    fn err(line: usize, column: usize, end_column: Option<usize>) -> CompileError {
        CompileError {
            kind: ErrorKind::SyntaxError,
            message: "invalid syntax".into(),
            line,
            column,
            end_column,
        }
    }

    fn plain(source: &str, e: &CompileError) -> String {
        String::from_utf8(render_compile_error("app.py", source, e, false)).unwrap()
    }

    #[test]
    fn first_line_is_file_line_col_kind_message() {
        let out = plain("x = 1\ny = = 2\n", &err(2, 5, None));
        assert_eq!(
            out.lines().next(),
            Some("app.py:2:5: SyntaxError: invalid syntax")
        );
    }

    #[test]
    fn caret_sits_under_the_column() {
        let out = plain("x = 1\ny = = 2\n", &err(2, 5, None));
        let src = out.lines().find(|l| l.contains("y = = 2")).expect(&out);
        let caret = out.lines().find(|l| l.contains('^')).expect(&out);
        let src_col = src.find("y = = 2").unwrap() + 4;
        assert_eq!(caret.find('^'), Some(src_col), "{out}");
    }

    #[test]
    fn columns_count_chars_not_bytes() {
        let e = err(1, 6, Some(7));
        assert_eq!(span("s = 'é' +", &e), 5..7);
        assert_eq!(span("s = 'é' +", &err(1, 7, None)), 7..8);
    }

    #[test]
    fn range_uses_end_column() {
        assert_eq!(span("print(1 2)\n", &err(1, 7, Some(10))), 6..9);
    }

    #[test]
    fn positions_past_the_end_are_clamped() {
        assert_eq!(span("x = (\n", &err(2, 1, None)), 6..6);
        assert_eq!(span("x = (", &err(9, 40, None)), 5..5);
        assert_eq!(span("ab\r\ncd", &err(1, 3, None)), 2..2);
        // And rendering them does not panic.
        let _ = plain("x = (", &err(9, 40, None));
        let _ = plain("", &err(1, 1, None));
    }

    #[test]
    fn not_implemented_uses_its_python_name() {
        let e = CompileError {
            kind: ErrorKind::NotImplemented,
            message: "classes".into(),
            ..err(1, 1, None)
        };
        assert!(
            plain("class A: pass\n", &e).starts_with("app.py:1:1: NotImplementedError: classes")
        );
    }

    #[test]
    fn colour_only_when_asked() {
        let e = err(1, 1, None);
        assert!(!plain("?", &e).contains('\u{1b}'));
        let coloured = render_compile_error("app.py", "?", &e, true);
        assert!(coloured.contains(&0x1b));
    }
}
