//! Reading a native call's arguments from the value stack.

use crate::interp::{Interp, PyResult};
use crate::types::TypeId;
use crate::value::Value;

pub(crate) use crate::interp::Args;

impl Args {
    /// Number of positional arguments.
    pub(crate) fn npos(&self, it: &Interp) -> usize {
        self.n - self.nkw(it)
    }

    /// Number of keyword arguments.
    pub(crate) fn nkw(&self, it: &Interp) -> usize {
        it.items(self.kwnames(it)).map_or(0, |i| i.len)
    }

    /// Positional argument `i` (caller checked `i < npos`).
    pub(crate) fn pos(&self, it: &Interp, i: usize) -> Value {
        it.stack[self.start + i]
    }

    /// Positional argument `i`, if given.
    pub(crate) fn opt(&self, it: &Interp, i: usize) -> Option<Value> {
        (i < self.npos(it)).then(|| it.stack[self.start + i])
    }

    /// Keyword argument `name`, if given.
    pub(crate) fn kw(&self, it: &Interp, name: &str) -> Option<Value> {
        let kw = it.items(self.kwnames(it))?;
        let npos = self.npos(it);
        (0..kw.len)
            .find(|&k| it.as_str(it.item(kw, k)) == Some(name))
            .map(|k| it.stack[self.start + npos + k])
    }

    /// Checks the positional count and that only `allowed` keywords were passed.
    pub(crate) fn check(
        &self,
        it: &mut Interp,
        fname: &str,
        min: usize,
        max: usize,
        allowed: &[&str],
    ) -> PyResult<()> {
        let npos = self.npos(it);
        if let Some(kw) = it.items(self.kwnames(it)) {
            for k in 0..kw.len {
                let key = it.item(kw, k);
                let key = alloc::string::String::from(it.as_str(key).unwrap_or(""));
                // `["**"]` accepts any keyword (`dict.update(a=1)`).
                if !allowed.contains(&key.as_str()) && allowed != ["**"] {
                    return Err(it.raise_string(
                        TypeId::TypeError,
                        alloc::format!("{fname}() got an unexpected keyword argument '{key}'"),
                    ));
                }
            }
        }
        if npos < min || npos > max {
            let msg = if min == max {
                match min {
                    0 => alloc::format!("{fname}() takes no arguments ({npos} given)"),
                    1 => alloc::format!("{fname}() takes exactly one argument ({npos} given)"),
                    _ => alloc::format!("{fname}() takes exactly {min} arguments ({npos} given)"),
                }
            } else if npos < min {
                alloc::format!(
                    "{fname} expected at least {min} argument{}, got {npos}",
                    if min == 1 { "" } else { "s" }
                )
            } else {
                alloc::format!(
                    "{fname} expected at most {max} argument{}, got {npos}",
                    if max == 1 { "" } else { "s" }
                )
            };
            return Err(it.raise_string(TypeId::TypeError, msg));
        }
        Ok(())
    }
}
