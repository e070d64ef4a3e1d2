//! Ferrite's compiler: Python source to a bytecode image.
#![forbid(unsafe_code)]
