//! Object layouts and their primitive operations, one file per type.
//! Every layout is a header word plus payload words (see `heap::Kind`).

pub(crate) mod bytes;
pub(crate) mod class;
pub(crate) mod dict;
pub(crate) mod exception;
pub(crate) mod function;
pub(crate) mod generator;
pub(crate) mod hash;
pub(crate) mod int;
pub(crate) mod iter;
pub(crate) mod list;
pub(crate) mod native;
pub(crate) mod range;
pub(crate) mod repr;
pub(crate) mod seq;
pub(crate) mod set;
pub(crate) mod str;
pub(crate) mod tuple;
pub(crate) mod typeof_;
