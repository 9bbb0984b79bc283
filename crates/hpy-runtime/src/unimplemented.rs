//! What a context slot does before its family is implemented.

use core::ffi::CStr;
use pyo3_ffi as ffi;

/// Raise `SystemError` naming the HPy function that is not available yet.
pub(crate) fn raise(name: &CStr) {
    // SAFETY: context functions run with the GIL held; both strings are
    // NUL-terminated and the format has exactly one `%s`.
    unsafe {
        ffi::PyErr_Format(
            ffi::PyExc_SystemError,
            c"HPy context function %s is not implemented by hpy-rs yet".as_ptr(),
            name.as_ptr(),
        );
    }
}
