//! The interactive prompt's VM side: echoing expression results
//! (`PrintExpr`) and running further code units, compiled against the
//! running program's name table, in the same `__main__` globals.

use super::{Interp, PyResult};
use crate::hal::Board;
use crate::value::Value;
use alloc::string::String;

impl Interp {
    /// `PrintExpr`: what the prompt shows for an expression statement.
    pub(crate) fn print_expr(&mut self, io: &mut dyn Board, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let mut out = String::new();
        self.text_io(io, v, true, &mut out)?;
        out.push('\n');
        io.write_str(&out);
        Ok(())
    }
}
