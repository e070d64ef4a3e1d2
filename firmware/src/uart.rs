//! The console: bytes out on the board's UART0.

use crate::board;
use core::fmt::{self, Write};

/// Writes text to the console.
pub fn write_str(s: &str) {
    for b in s.bytes() {
        board::uart_put(b);
    }
}

/// Writes formatted text to the console.
pub fn write_fmt(args: fmt::Arguments<'_>) {
    struct Out;
    impl Write for Out {
        fn write_str(&mut self, s: &str) -> fmt::Result {
            write_str(s);
            Ok(())
        }
    }
    let _ = Out.write_fmt(args);
}

/// Waits until everything written has left (the UART writes synchronously).
pub fn flush() {}
