//! Rendering an uncaught exception like CPython 3.11, including the source
//! line under each frame when the file can be found.

use std::collections::HashMap;
use std::fmt::Write;
use vm::Uncaught;

/// Source texts by file name. The program's own source is added up front;
/// other names (e.g. the source behind a `.fbc`) are read from disk on first
/// use, as CPython's `linecache` does.
#[derive(Default)]
pub struct Sources {
    files: HashMap<String, Option<String>>,
}

impl Sources {
    /// An empty cache.
    pub fn new() -> Sources {
        Sources::default()
    }

    /// Registers already-loaded text for `filename`.
    pub fn insert(&mut self, filename: &str, text: String) {
        self.files.insert(filename.to_string(), Some(text));
    }

    /// Line `line` (1-based) of `filename`, without surrounding whitespace;
    /// `None` if the file is unreadable or the line is blank or missing.
    pub fn line(&mut self, filename: &str, line: u32) -> Option<String> {
        let text = self
            .files
            .entry(filename.to_string())
            .or_insert_with(|| read_text(filename))
            .as_deref()?;
        let wanted = text.lines().nth((line as usize).checked_sub(1)?)?.trim();
        (!wanted.is_empty()).then(|| wanted.to_string())
    }
}

fn read_text(filename: &str) -> Option<String> {
    // Names like `<stdin>` are not files.
    if filename.starts_with('<') {
        return None;
    }
    let bytes = std::fs::read(filename).ok()?;
    String::from_utf8(bytes).ok()
}

/// Formats `exc` as CPython prints an uncaught exception.
pub fn render(exc: &Uncaught, sources: &mut Sources) -> String {
    let mut out = String::new();
    if !exc.traceback.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        for e in &exc.traceback {
            let _ = writeln!(
                out,
                "  File \"{}\", line {}, in {}",
                e.filename, e.line, e.function
            );
            if let Some(src) = sources.line(&e.filename, e.line) {
                let _ = writeln!(out, "    {src}");
            }
        }
    }
    if exc.message.is_empty() {
        let _ = writeln!(out, "{}", exc.type_name);
    } else {
        let _ = writeln!(out, "{}: {}", exc.type_name, exc.message);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use vm::TraceEntry;

    fn exc(entries: &[(&str, u32, &str)], type_name: &str, message: &str) -> Uncaught {
        Uncaught {
            traceback: entries
                .iter()
                .map(|&(filename, line, function)| TraceEntry {
                    filename: filename.into(),
                    line,
                    function: function.into(),
                })
                .collect(),
            type_name: type_name.into(),
            message: message.into(),
        }
    }

    #[test]
    fn source_lines_are_indented_and_stripped() {
        let mut sources = Sources::new();
        sources.insert(
            "app.py",
            "def f():\n    return 1 / 0   \n\nf()\n".to_string(),
        );
        let e = exc(
            &[("app.py", 4, "<module>"), ("app.py", 2, "f")],
            "ZeroDivisionError",
            "division by zero",
        );
        assert_eq!(
            render(&e, &mut sources),
            "Traceback (most recent call last):\n\
             \x20 File \"app.py\", line 4, in <module>\n\
             \x20   f()\n\
             \x20 File \"app.py\", line 2, in f\n\
             \x20   return 1 / 0\n\
             ZeroDivisionError: division by zero\n"
        );
    }

    #[test]
    fn without_sources_it_matches_the_vm_display() {
        let e = exc(
            &[("<nowhere>", 3, "<module>"), ("<nowhere>", 9, "g")],
            "KeyError",
            "'k'",
        );
        assert_eq!(render(&e, &mut Sources::new()), e.to_string());
        let bare = exc(&[], "StopIteration", "");
        assert_eq!(render(&bare, &mut Sources::new()), "StopIteration\n");
    }

    #[test]
    fn out_of_range_and_blank_lines_are_skipped() {
        let mut sources = Sources::new();
        sources.insert("a.py", "x = 1\n\n".to_string());
        assert_eq!(sources.line("a.py", 0), None);
        assert_eq!(sources.line("a.py", 2), None);
        assert_eq!(sources.line("a.py", 99), None);
        assert_eq!(sources.line("a.py", 1).as_deref(), Some("x = 1"));
    }

    #[test]
    fn other_files_are_read_from_disk() {
        let path = std::env::temp_dir().join(format!("ferrite-tb-{}.py", std::process::id()));
        std::fs::write(&path, "a = 1\n  raise ValueError()\n").unwrap();
        let name = path.to_string_lossy().into_owned();
        let mut sources = Sources::new();
        assert_eq!(
            sources.line(&name, 2).as_deref(),
            Some("raise ValueError()")
        );
        std::fs::remove_file(&path).unwrap();
        assert_eq!(sources.line("/no/such/file.py", 1), None);
    }
}
