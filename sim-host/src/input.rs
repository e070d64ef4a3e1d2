//! Reading a program file and deciding whether it is source or an image.

use crate::failure::Failure;
use std::fs;
use std::path::Path;
use vm::bytecode::MAGIC;

/// A program file's contents.
pub enum Input {
    /// Python source text (a UTF-8 BOM, which editors on Windows add, removed).
    Source(String),
    /// Bytes to hand to the image loader.
    Image(Vec<u8>),
}

/// Reads `path`. Anything with the `.fbc` extension or starting with the
/// image magic is an image (so the loader, not the parser, explains what is
/// wrong with a damaged one); everything else is source.
pub fn read(path: &Path) -> Result<Input, Failure> {
    let bytes = read_bytes(path)?;
    let is_fbc = path.extension().is_some_and(|e| e == "fbc");
    if is_fbc || bytes.starts_with(&MAGIC) {
        return Ok(Input::Image(bytes));
    }
    let text = decode_source(path, bytes)?;
    Ok(Input::Source(text))
}

/// Reads a whole file with messages that name it (std's errors do not).
pub fn read_bytes(path: &Path) -> Result<Vec<u8>, Failure> {
    let shown = path.display();
    // fs::read on a directory fails with a platform-specific message (or,
    // on some systems, succeeds); say what is wrong plainly instead.
    if path.is_dir() {
        return Err(Failure::error(format!(
            "{shown}: is a directory, not a file"
        )));
    }
    fs::read(path).map_err(|e| Failure::error(format!("{shown}: {}", io_reason(&e))))
}

/// Decodes source bytes as UTF-8, as Python 3 does by default.
pub fn decode_source(path: &Path, bytes: Vec<u8>) -> Result<String, Failure> {
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.remove(0);
            }
            Ok(text)
        }
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            Err(Failure::error(format!(
                "{}: not valid UTF-8 (first bad byte at offset {offset}); Python source must be UTF-8",
                path.display()
            )))
        }
    }
}

/// `io::Error`'s message without the "(os error 2)" noise users don't need.
fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_dropped() {
        let text = decode_source(Path::new("a.py"), b"\xef\xbb\xbfx = 1\n".to_vec()).unwrap();
        assert_eq!(text, "x = 1\n");
    }

    #[test]
    fn bad_utf8_names_the_offset() {
        let err = decode_source(Path::new("a.py"), b"x = '\xff'".to_vec()).unwrap_err();
        let msg = err.message.unwrap();
        assert!(msg.starts_with("a.py: not valid UTF-8"), "{msg}");
        assert!(msg.contains("offset 5"), "{msg}");
    }

    #[test]
    fn missing_file_names_the_path() {
        let err = read_bytes(Path::new("/definitely/not/here.py"))
            .err()
            .unwrap();
        assert_eq!(
            err.message.unwrap(),
            "/definitely/not/here.py: no such file"
        );
    }

    #[test]
    fn directory_is_refused() {
        let dir = std::env::temp_dir();
        let err = read_bytes(&dir).err().unwrap();
        assert!(err.message.unwrap().ends_with("is a directory, not a file"));
    }
}
