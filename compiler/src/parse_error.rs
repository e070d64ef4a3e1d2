//! Turns `rustpython-parser` errors into [`CompileError`]s with CPython-like messages.

use crate::error::{CompileError, ErrorKind, SourceMap};
use rustpython_parser::{lexer::LexicalErrorType, ParseError, ParseErrorType, Tok};

pub(crate) fn convert(src: &SourceMap<'_>, e: &ParseError) -> CompileError {
    let offset = e.offset.to_usize();
    let message = match &e.error {
        ParseErrorType::Eof => "unexpected EOF while parsing".to_owned(),
        ParseErrorType::ExtraToken(t) => format!("invalid syntax (unexpected {})", token(t)),
        ParseErrorType::InvalidToken => "invalid token".to_owned(),
        ParseErrorType::UnrecognizedToken(Tok::Indent, _) => "unexpected indent".to_owned(),
        ParseErrorType::UnrecognizedToken(_, Some(exp)) if exp == "Indent" => {
            "expected an indented block".to_owned()
        }
        ParseErrorType::UnrecognizedToken(t, _) => {
            format!("invalid syntax (unexpected {})", token(t))
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            "unindent does not match any outer indentation level".to_owned()
        }
        ParseErrorType::Lexical(l) => l.to_string(),
    };
    src.error(ErrorKind::SyntaxError, message, offset, offset)
}

fn token(t: &Tok) -> String {
    match t {
        Tok::Newline => "end of line".to_owned(),
        Tok::EndOfFile => "end of file".to_owned(),
        Tok::Indent => "indent".to_owned(),
        Tok::Dedent => "dedent".to_owned(),
        other => format!("'{other}'"),
    }
}
