//! Where a simulated board's console output goes.

use std::fmt;
use std::io::{self, Write};

/// The destination of `print` output.
///
/// Console writes cannot fail from the VM's point of view (a UART does not
/// report errors), so a failing writer records its first error here and the
/// host reads it back with [`ConsoleSink::flush`] at exit.
pub struct ConsoleSink {
    kind: Kind,
}

enum Kind {
    Capture(String),
    Writer {
        out: Box<dyn Write>,
        error: Option<io::Error>,
    },
    Callback(Box<dyn FnMut(&str)>),
    Discard,
}

impl ConsoleSink {
    /// Collects output in memory; read it with [`ConsoleSink::captured`].
    pub fn capture() -> ConsoleSink {
        ConsoleSink {
            kind: Kind::Capture(String::new()),
        }
    }

    /// Streams output to `out`. Pass a buffered writer for speed; the host
    /// must call [`ConsoleSink::flush`] before printing anything else (e.g. a
    /// traceback) so the two streams come out in order.
    pub fn writer(out: impl Write + 'static) -> ConsoleSink {
        ConsoleSink {
            kind: Kind::Writer {
                out: Box::new(out),
                error: None,
            },
        }
    }

    /// Hands every fragment to `f` (e.g. a GUI text view).
    pub fn callback(f: impl FnMut(&str) + 'static) -> ConsoleSink {
        ConsoleSink {
            kind: Kind::Callback(Box::new(f)),
        }
    }

    /// Drops all output (benchmarks measure the VM, not the terminal).
    pub fn discard() -> ConsoleSink {
        ConsoleSink {
            kind: Kind::Discard,
        }
    }

    /// Writes one fragment.
    pub fn write_str(&mut self, text: &str) {
        match &mut self.kind {
            Kind::Capture(buf) => buf.push_str(text),
            Kind::Writer { out, error } => {
                // After the first error (say, a closed pipe) stop writing:
                // later writes would fail the same way.
                if error.is_none() {
                    if let Err(e) = out.write_all(text.as_bytes()) {
                        *error = Some(e);
                    }
                }
            }
            Kind::Callback(f) => f(text),
            Kind::Discard => {}
        }
    }

    /// What a capturing sink has collected; empty for the other kinds.
    pub fn captured(&self) -> &str {
        match &self.kind {
            Kind::Capture(buf) => buf,
            _ => "",
        }
    }

    /// Takes the captured text, leaving the buffer empty.
    pub fn take_captured(&mut self) -> String {
        match &mut self.kind {
            Kind::Capture(buf) => std::mem::take(buf),
            _ => String::new(),
        }
    }

    /// Pushes buffered output out now (before something written elsewhere,
    /// such as stderr, so the two keep their order); errors are kept for
    /// [`ConsoleSink::flush`] to report.
    pub fn sync(&mut self) {
        if let Kind::Writer { out, error } = &mut self.kind {
            if error.is_none() {
                if let Err(e) = out.flush() {
                    *error = Some(e);
                }
            }
        }
    }

    /// Flushes a writer sink and reports the first write error, if any.
    pub fn flush(&mut self) -> io::Result<()> {
        match &mut self.kind {
            Kind::Writer { out, error } => match error.take() {
                Some(e) => Err(e),
                None => out.flush(),
            },
            _ => Ok(()),
        }
    }
}

impl fmt::Debug for ConsoleSink {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match &self.kind {
            Kind::Capture(_) => "capture",
            Kind::Writer { .. } => "writer",
            Kind::Callback(_) => "callback",
            Kind::Discard => "discard",
        };
        f.debug_struct("ConsoleSink").field("kind", &kind).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;
    use std::rc::Rc;

    #[test]
    fn capture_collects_in_order() {
        let mut c = ConsoleSink::capture();
        c.write_str("hello");
        c.write_str(" world\n");
        assert_eq!(c.captured(), "hello world\n");
        assert_eq!(c.take_captured(), "hello world\n");
        assert_eq!(c.captured(), "");
    }

    #[test]
    fn callback_sees_each_fragment() {
        let seen = Rc::new(RefCell::new(Vec::new()));
        let sink = Rc::clone(&seen);
        let mut c = ConsoleSink::callback(move |s| sink.borrow_mut().push(s.to_string()));
        c.write_str("a");
        c.write_str("b");
        assert_eq!(*seen.borrow(), ["a", "b"]);
    }

    #[test]
    fn discard_keeps_nothing() {
        let mut c = ConsoleSink::discard();
        c.write_str("x");
        assert_eq!(c.captured(), "");
        assert!(c.flush().is_ok());
    }

    /// A writer that shares its bytes with the test and can be told to fail.
    #[derive(Clone, Default)]
    struct Shared {
        bytes: Rc<RefCell<Vec<u8>>>,
        fail: bool,
    }
    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.fail {
                return Err(io::Error::new(io::ErrorKind::BrokenPipe, "closed"));
            }
            self.bytes.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn writer_streams_bytes() {
        let out = Shared::default();
        let mut c = ConsoleSink::writer(out.clone());
        c.write_str("héllo\n");
        c.flush().unwrap();
        assert_eq!(&*out.bytes.borrow(), "héllo\n".as_bytes());
    }

    #[test]
    fn writer_error_is_reported_once_at_flush() {
        let out = Shared {
            fail: true,
            ..Shared::default()
        };
        let mut c = ConsoleSink::writer(out);
        c.write_str("a");
        c.write_str("b");
        let err = c.flush().unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::BrokenPipe);
    }
}
