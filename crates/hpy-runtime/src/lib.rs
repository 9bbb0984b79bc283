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

/// The builtin shape of `tp`'s instances (`Legacy` for types HPy did not
/// create), from the runtime's type cache: what `HPyType_GetBuiltinShape`
/// answers for a type, without the check that it is one. Debug mode's
/// `_HPy_AsStruct_*` checks use it.
///
/// # Safety
/// `tp` is a live type object; the GIL is held.
#[inline]
pub unsafe fn builtin_shape_of(tp: *mut pyo3_ffi::PyTypeObject) -> hpy_sys::HPyType_BuiltinShape {
    // SAFETY: forwarded.
    unsafe { type_::shape_of(tp) }
}

/// The (major, minor) version of the running Python, read once from
/// `Py_GetVersion()` (the library may be loaded by another interpreter
/// than the one it was built for, within the versions pyo3-ffi supports).
pub(crate) fn python_version() -> (u32, u32) {
    static VERSION: std::sync::OnceLock<(u32, u32)> = std::sync::OnceLock::new();
    *VERSION.get_or_init(|| {
        // SAFETY: Py_GetVersion returns a static NUL-terminated string and
        // may be called at any time.
        let text = unsafe { core::ffi::CStr::from_ptr(pyo3_ffi::Py_GetVersion()) }.to_string_lossy();
        parse_version(&text).unwrap_or((3, 0))
    })
}

/// `"3.11.7 (main, ...)"` -> `(3, 11)`.
fn parse_version(text: &str) -> Option<(u32, u32)> {
    let mut parts = text.split(|c: char| !c.is_ascii_digit());
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}

#[cfg(test)]
mod version_tests {
    #[test]
    fn parses_python_versions() {
        assert_eq!(super::parse_version("3.11.7 (main, Nov 21 2026) [GCC 12.2.0]"), Some((3, 11)));
        assert_eq!(super::parse_version("3.8.0"), Some((3, 8)));
        assert_eq!(super::parse_version("3.13.0rc1"), Some((3, 13)));
        assert_eq!(super::parse_version("garbage"), None);
    }
}
