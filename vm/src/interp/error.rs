//! How errors travel through Rust: `Err(Thrown)` means "the exception is in
//! `Interp::exc`", where the collector can see (and move) it.

use super::Interp;
use crate::types::TypeId;
use crate::value::Value;
use alloc::format;
use alloc::string::String;

/// Marker error: the raised exception object is stored in `Interp::exc`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Thrown;

/// Result of anything that can raise a Python exception.
pub(crate) type PyResult<T> = Result<T, Thrown>;

impl Interp {
    /// Raises `ty(msg)`.
    #[cold]
    pub(crate) fn raise(&mut self, ty: TypeId, msg: &str) -> Thrown {
        let exc = self.new_str(msg).and_then(|s| self.new_exception(ty, s));
        if let Ok(e) = exc {
            self.exc = e;
        }
        Thrown
    }

    /// Raises `ty(msg)` with a formatted message.
    #[cold]
    pub(crate) fn raise_string(&mut self, ty: TypeId, msg: String) -> Thrown {
        self.raise(ty, &msg)
    }

    /// Raises `ty(arg)` with an arbitrary argument (e.g. `KeyError(key)`).
    #[cold]
    pub(crate) fn raise_with(&mut self, ty: TypeId, arg: Value) -> Thrown {
        if let Ok(e) = self.new_exception(ty, arg) {
            self.exc = e;
        }
        Thrown
    }

    /// Raises an existing exception instance.
    pub(crate) fn raise_value(&mut self, exc: Value) -> Thrown {
        self.exc = exc;
        Thrown
    }

    /// `TypeError: unsupported operand type(s) for OP: 'a' and 'b'`.
    #[cold]
    pub(crate) fn raise_operands(&mut self, op: &str, a: Value, b: Value) -> Thrown {
        let msg = format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op,
            self.type_name(a),
            self.type_name(b)
        );
        self.raise(TypeId::TypeError, &msg)
    }

    /// `TypeError: 'float' object cannot be interpreted as an integer`,
    /// CPython's words for a non-int where an index or count belongs.
    #[cold]
    pub(crate) fn not_an_integer(&mut self, v: Value) -> Thrown {
        let tn = alloc::string::String::from(self.type_name(v));
        self.raise_string(
            TypeId::TypeError,
            alloc::format!("'{tn}' object cannot be interpreted as an integer"),
        )
    }

    /// `NotImplementedError` for a part of the language that this build of
    /// the VM leaves out to fit a small MCU (built without vm feature
    /// `feature`; see vm/Cargo.toml).
    #[cold]
    pub(crate) fn left_out(&mut self, feature: &str) -> Thrown {
        self.left_out_at(feature, "")
    }

    /// [`Interp::left_out`] with `detail` after the message (where the
    /// program uses the feature, when no traceback can say it).
    #[cold]
    pub(crate) fn left_out_at(&mut self, feature: &str, detail: &str) -> Thrown {
        const WHAT: &[(&str, &str)] = &[
            ("float", "floats are"),
            ("set", "sets are"),
            ("async", "coroutines and async generators are"),
            ("format", "format specifications and %-formatting are"),
            ("str-extra", "the rarer str and bytes methods are"),
            (
                "subclass",
                "subclasses of list, dict, str, int, float and tuple are",
            ),
        ];
        let what = WHAT
            .iter()
            .find(|(f, _)| *f == feature)
            .map_or("this is", |(_, w)| w);
        let msg = format!("{what} not in this build of the VM (vm feature '{feature}'){detail}");
        self.raise(TypeId::NotImplementedError, &msg)
    }

    /// `NotImplementedError` naming a feature this VM does not have yet.
    #[cold]
    pub(crate) fn not_implemented(&mut self, what: &str) -> Thrown {
        let msg = format!("{what} is not supported yet");
        self.raise(TypeId::NotImplementedError, &msg)
    }
}
