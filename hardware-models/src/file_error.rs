//! Errors in board and stimulus files, located by file, line, column and key.

use std::fmt;
use std::ops::Range;

/// Something wrong in a TOML file we were given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    /// The file as the user named it (or `<builtin pico>`).
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<u32>,
    /// 1-based column (in characters), when known.
    pub column: Option<u32>,
    /// The key whose value is wrong, when we can tell.
    pub key: Option<String>,
    /// What is wrong.
    pub message: String,
    /// The offending line of the file, for a caret display.
    pub source_line: Option<String>,
}

impl FileError {
    /// An error about the whole file (unreadable, say).
    pub fn whole(file: &str, message: impl Into<String>) -> FileError {
        FileError {
            file: file.to_string(),
            line: None,
            column: None,
            key: None,
            message: message.into(),
            source_line: None,
        }
    }

    /// An error at byte range `span` of `text`.
    pub fn at(file: &str, text: &str, span: Option<Range<usize>>, message: &str) -> FileError {
        let mut e = FileError::whole(file, message);
        let Some(span) = span else { return e };
        let start = span.start.min(text.len());
        let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let line_text = text[line_start..line_end].trim_end_matches('\r');
        e.line = Some(count_u32(text[..start].matches('\n').count() + 1));
        e.column = Some(count_u32(text[line_start..start].chars().count() + 1));
        e.source_line = Some(line_text.to_string());
        e.key = key_before(&text[line_start..start])
            .or_else(|| key_named_in(message))
            .or_else(|| key_at(line_text));
        e
    }
}

fn count_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// `foo = ` just before a value: the key is `foo`.
fn key_before(prefix: &str) -> Option<String> {
    let before_eq = prefix.trim_end().strip_suffix('=')?;
    let key: String = before_eq
        .trim_end()
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (!key.is_empty()).then_some(key)
}

/// serde names unknown and missing fields in backquotes.
fn key_named_in(message: &str) -> Option<String> {
    let rest = message
        .strip_prefix("unknown field `")
        .or_else(|| message.strip_prefix("missing field `"))?;
    rest.split('`').next().map(str::to_string)
}

/// The span starts at a key (`colr = 1`): take it.
fn key_at(line: &str) -> Option<String> {
    let (k, _) = line.split_once('=')?;
    let k = k.trim();
    (!k.is_empty()
        && k.chars()
            .all(|c| c.is_alphanumeric() || c == '_' || c == '-'))
    .then(|| k.to_string())
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.column {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": ")?;
        match &self.key {
            Some(key) if !self.message.contains(&format!("`{key}`")) => {
                write!(f, "`{key}`: {}", self.message)?
            }
            _ => write!(f, "{}", self.message)?,
        }
        if let (Some(src), Some(col), Some(line)) = (&self.source_line, self.column, self.line) {
            let gutter = line.to_string().len();
            let col = col as usize;
            write!(
                f,
                "\n {:gutter$} |\n {line} | {src}\n {:gutter$} | {:>col$}",
                "", "", "^"
            )?;
        }
        Ok(())
    }
}

impl std::error::Error for FileError {}

/// Parses TOML into `T`, turning toml's error into a [`FileError`].
pub fn parse_toml<T: serde::de::DeserializeOwned>(file: &str, text: &str) -> Result<T, FileError> {
    toml::from_str(text).map_err(|e| FileError::at(file, text, e.span(), e.message().trim_end()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_line_column_and_key() {
        let text = "a = 1\nperiod = \"1x\"\n";
        let e = FileError::at("s.toml", text, Some(15..19), "bad duration");
        assert_eq!((e.line, e.column), (Some(2), Some(10)));
        assert_eq!(e.key.as_deref(), Some("period"));
        assert_eq!(
            e.to_string(),
            "s.toml:2:10: `period`: bad duration\n   |\n 2 | period = \"1x\"\n   |          ^"
        );
    }

    #[test]
    fn unknown_field_names_the_key() {
        let e = FileError::at("b.toml", "colr = 1\n", Some(0..4), "unknown field `colr`");
        assert_eq!(e.key.as_deref(), Some("colr"));
        assert!(e
            .to_string()
            .starts_with("b.toml:1:1: unknown field `colr`"));
    }
}
