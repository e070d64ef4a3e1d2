//! Star-unpacking: `*x`/`**m` in displays and calls (`ListExtend`,
//! `DictUpdate`, `CallEx`) and starred assignment targets (`UnpackEx`).

use super::call::Called;
use super::{Interp, PyResult};
use crate::hal::Board;
use crate::heap::Kind;
use crate::types::TypeId;
use crate::value::Value;
use alloc::format;
use alloc::string::String;

impl Interp {
    /// How a callee is named in call errors: `__main__.f` for Python
    /// functions (CPython's qualified name), `print` for built-ins.
    pub(crate) fn callable_name(&self, f: Value) -> String {
        if let Some(off) = f.as_obj() {
            if self.heap.kind(off) == Kind::Function {
                let code = self.small(self.heap.get(off, crate::obj::function::CODE));
                return format!("__main__.{}", self.code_qualname(code));
            }
        }
        if let Some(id) = f.as_builtin() {
            return String::from(crate::builtins::name(id));
        }
        String::from(self.type_name(f))
    }

    /// `ListExtend`: `stack[-2].extend(stack[-1])`, popping the iterable.
    /// `in_call` words the error for `f(*x)` (the callee is at `stack[-3]`).
    #[cold]
    pub(crate) fn list_extend_op(&mut self, io: &mut dyn Board, in_call: bool) -> PyResult<()> {
        let n = self.stack.len();
        let (l, src) = (self.stack[n - 2], self.stack[n - 1]);
        if !self.is_list(l) {
            return Err(self.raise(TypeId::SystemError, "ListExtend on a non-list"));
        }
        if !self.is_iterable(src) && !self.is_user_iterable(src) {
            let what = if in_call && n >= 3 {
                format!("{}() argument", self.callable_name(self.stack[n - 3]))
            } else {
                String::from("Value")
            };
            let msg = format!(
                "{what} after * must be an iterable, not {}",
                self.type_name(src)
            );
            return Err(self.raise_string(TypeId::TypeError, msg));
        }
        self.list_extend(io, l, src)?;
        self.stack.pop();
        Ok(())
    }

    /// `DictUpdate`: merges the mapping on top into the dict below it, then
    /// pops the mapping. For a call (`for_call`, the callee at `stack[-4]`)
    /// keys must be str and may not repeat.
    #[cold]
    pub(crate) fn dict_update_op(&mut self, for_call: bool) -> PyResult<()> {
        let n = self.stack.len();
        if let Some(x) = self
            .base_value(self.stack[n - 1])
            .filter(|x| self.is_dict(*x))
        {
            // `{**my_dict_subclass}` merges the wrapped dict.
            self.stack[n - 1] = x;
        }
        let (d, m) = (self.stack[n - 2], self.stack[n - 1]);
        if !self.is_dict(d) {
            return Err(self.raise(TypeId::SystemError, "DictUpdate on a non-dict"));
        }
        let Some(moff) = m.as_obj().filter(|_| self.is_dict(m)) else {
            let msg = if for_call && n >= 4 {
                format!(
                    "{}() argument after ** must be a mapping, not {}",
                    self.callable_name(self.stack[n - 4]),
                    self.type_name(m)
                )
            } else {
                format!("'{}' object is not a mapping", self.type_name(m))
            };
            return Err(self.raise_string(TypeId::TypeError, msg));
        };
        let used = self.dict_used(moff);
        for e in 0..used {
            // Re-read everything each round: `dict_set` may collect.
            let m = self.stack[n - 1];
            let moff = m.as_obj().unwrap_or(0);
            if e >= self.dict_used(moff) {
                break;
            }
            let (k, v) = self.dict_entry(moff, e);
            if k == Value::DELETED {
                continue;
            }
            let d = self.stack[n - 2];
            if for_call {
                if !self.is_str(k) {
                    return Err(self.raise(TypeId::TypeError, "keywords must be strings"));
                }
                if self.dict_get(d, k)?.is_some() {
                    let f = if n >= 4 {
                        self.callable_name(self.stack[n - 4])
                    } else {
                        String::from("function")
                    };
                    let key = String::from(self.as_str(k).unwrap_or(""));
                    let msg = format!("{f}() got multiple values for keyword argument '{key}'");
                    return Err(self.raise_string(TypeId::TypeError, msg));
                }
            }
            let d = self.stack[n - 2];
            let m = self.stack[n - 1];
            let (k, v) = match m.as_obj() {
                Some(moff) => self.dict_entry(moff, e),
                None => (k, v),
            };
            self.dict_set(d, k, v)?;
        }
        self.stack.pop();
        Ok(())
    }

    /// `CallEx`: `stack[pos]` is the callee, then a list or tuple of
    /// positional arguments and, with `has_kw`, a dict of keyword arguments.
    /// Spreads them onto the stack as a normal call and makes it.
    #[cold]
    pub(crate) fn call_ex(
        &mut self,
        io: &mut dyn Board,
        pos: usize,
        has_kw: bool,
    ) -> PyResult<Called> {
        let nk = if has_kw {
            let d = self.stack[pos + 2];
            match d.as_obj().filter(|_| self.is_dict(d)) {
                Some(off) => self.dict_len(off),
                None => return Err(self.raise(TypeId::SystemError, "CallEx without a dict")),
            }
        } else {
            0
        };
        if self.items(self.stack[pos + 1]).is_none() {
            return Err(self.raise(TypeId::SystemError, "CallEx without an argument list"));
        }
        // The keyword-names tuple is allocated first, while the argument
        // containers are rooted on the stack.
        let names = if nk > 0 {
            let t = self.new_tuple(nk)?;
            self.stack.push(t);
            true
        } else {
            false
        };
        let args = self.stack[pos + 1];
        let items = self.items(args).unwrap_or(crate::obj::seq::Items {
            store: 0,
            from: 0,
            len: 0,
        });
        for i in 0..items.len {
            self.stack.push(self.item(items, i));
        }
        let npos = items.len;
        if nk > 0 {
            let t = self.stack[pos + 3].as_obj().unwrap_or(0);
            let d = self.stack[pos + 2].as_obj().unwrap_or(0);
            let mut k = 0;
            for e in 0..self.dict_used(d) {
                let (key, v) = self.dict_entry(d, e);
                if key == Value::DELETED || k >= nk {
                    continue;
                }
                self.heap.set(t, 1 + k, key);
                self.stack.push(v);
                k += 1;
            }
            self.stack.push(Value::obj(t));
        }
        // Drop the containers (and the names tuple's temporary slot).
        let containers = 1 + has_kw as usize + names as usize;
        self.stack.drain(pos + 1..pos + 1 + containers);
        self.call(io, pos, npos + nk, nk > 0, pos)
    }

    /// `UnpackEx`: replaces the sequence on top with `before` items, a list
    /// of the middle ones and `after` items, the first item on top.
    #[cold]
    pub(crate) fn unpack_ex(
        &mut self,
        io: &mut dyn Board,
        before: usize,
        after: usize,
    ) -> PyResult<()> {
        let n = self.stack.len();
        let seq = self.stack[n - 1];
        if !self.is_iterable(seq) && !self.is_user_iterable(seq) {
            let name = self.type_name(seq);
            return Err(self.raise_string(
                TypeId::TypeError,
                format!("cannot unpack non-iterable {name} object"),
            ));
        }
        let got = match self.push_iterable(io, seq) {
            Ok(g) => g,
            Err(e) => {
                self.stack.truncate(n);
                return Err(e);
            }
        };
        if got < before + after {
            self.stack.truncate(n);
            let msg = format!(
                "not enough values to unpack (expected at least {}, got {got})",
                before + after
            );
            return Err(self.raise_string(TypeId::ValueError, msg));
        }
        // Items are at n..n+got. Gather the middle into a list.
        let mid = got - before - after;
        let list = self.new_list(mid)?;
        let items = self.items(list).unwrap_or(crate::obj::seq::Items {
            store: 0,
            from: 0,
            len: 0,
        });
        for k in 0..mid {
            self.heap.set(items.store, k, self.stack[n + before + k]);
        }
        self.list_set_len(list, mid);
        self.stack.drain(n + before..n + before + mid);
        self.stack.insert(n + before, list);
        // CPython leaves the first item on top.
        self.stack[n..].reverse();
        self.stack.remove(n - 1);
        Ok(())
    }
}
