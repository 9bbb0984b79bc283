//! The HPy context functions, implemented once, in Rust, on top of CPython.
//!
//! Each API family lives in its own file, named after the `family` key of
//! `api/hpy.toml`, and exposes `install(&mut HPyContext)` which puts its
//! functions into a context. [`context::universal`] builds the universal
//! context: it starts from the generated table where every function raises
//! `SystemError` ("not implemented"), then lets each family install itself.
//!
//! Handles in universal mode are the `PyObject *` itself: see [`handles`],
//! the only module that converts between the two.
//!
//! # Safety
//! Every context function is `unsafe extern "C"` and assumes what the HPy C
//! API promises: the GIL is held, handles are open, and pointers are valid
//! for the sizes given. Cheap checks that C code commonly gets wrong (NULL
//! where none is allowed, negative sizes) raise `SystemError` instead.

pub mod context;
pub mod handles;
pub mod module;
mod unimplemented;

mod bool_;
mod bytes;
mod call;
mod capsule;
mod contextvar;
mod dict;
mod err;
mod eval;
mod field;
mod float;
mod import;
mod legacy;
mod list;
mod long;
mod number;
mod object;
mod slice;
mod thread;
mod tracker;
mod trampoline;
mod tuple;
mod type_;
mod unicode;

#[allow(clippy::undocumented_unsafe_blocks)]
mod generated;

pub use context::universal;
