//! `HPyErr_*` and `HPy_FatalError`: setting, testing and clearing the
//! current exception.

use crate::handles::{hpy, py};
use core::ffi::{c_char, c_int, CStr};
use hpy_sys::{HPy, HPyContext, HPy_ssize_t};
use pyo3_ffi as ffi;

unsafe extern "C" fn set_string(_: *mut HPyContext, h_type: HPy, msg: *const c_char) {
    // SAFETY: GIL held, `h_type` open, `msg` NUL-terminated (C API contract).
    unsafe { ffi::PyErr_SetString(py(h_type), msg) }
}

unsafe extern "C" fn set_object(_: *mut HPyContext, h_type: HPy, value: HPy) {
    // SAFETY: GIL held, handles open.
    unsafe { ffi::PyErr_SetObject(py(h_type), py(value)) }
}

unsafe extern "C" fn set_from_errno_with_filename(_: *mut HPyContext, h_type: HPy, filename: *const c_char) -> HPy {
    // SAFETY: GIL held; `filename` is NULL or NUL-terminated.
    hpy(unsafe { ffi::PyErr_SetFromErrnoWithFilename(py(h_type), filename) })
}

unsafe extern "C" fn set_from_errno_with_filename_objects(_: *mut HPyContext, h_type: HPy, f1: HPy, f2: HPy) {
    // SAFETY: GIL held; the filenames may be NULL, which CPython accepts.
    unsafe { ffi::PyErr_SetFromErrnoWithFilenameObjects(py(h_type), py(f1), py(f2)) };
}

unsafe extern "C" fn occurred(_: *mut HPyContext) -> c_int {
    // SAFETY: GIL held.
    unsafe { !ffi::PyErr_Occurred().is_null() as c_int }
}

unsafe extern "C" fn exception_matches(_: *mut HPyContext, exc: HPy) -> c_int {
    // SAFETY: GIL held, `exc` open.
    unsafe { ffi::PyErr_ExceptionMatches(py(exc)) }
}

unsafe extern "C" fn no_memory(_: *mut HPyContext) {
    // SAFETY: GIL held.
    unsafe { ffi::PyErr_NoMemory() };
}

unsafe extern "C" fn clear(_: *mut HPyContext) {
    // SAFETY: GIL held.
    unsafe { ffi::PyErr_Clear() }
}

/// `HPyErr_NewException[WithDoc]`: CPython requires a dotted name; we check
/// it first so a bad name is a clear `SystemError`, not a crash.
unsafe extern "C" fn new_exception_with_doc(
    _: *mut HPyContext,
    name: *const c_char,
    doc: *const c_char,
    base: HPy,
    dict: HPy,
) -> HPy {
    if name.is_null() {
        // SAFETY: GIL held.
        unsafe { ffi::PyErr_SetString(ffi::PyExc_SystemError, c"exception name must not be NULL".as_ptr()) };
        return HPy::NULL;
    }
    // SAFETY: GIL held; strings NUL-terminated; base/dict may be NULL.
    hpy(unsafe { ffi::PyErr_NewExceptionWithDoc(name, doc, py(base), py(dict)) })
}

unsafe extern "C" fn new_exception(ctx: *mut HPyContext, name: *const c_char, base: HPy, dict: HPy) -> HPy {
    // SAFETY: same contract; a NULL doc is allowed.
    unsafe { new_exception_with_doc(ctx, name, core::ptr::null(), base, dict) }
}

unsafe extern "C" fn warn_ex(_: *mut HPyContext, category: HPy, msg: *const c_char, stack_level: HPy_ssize_t) -> c_int {
    // SAFETY: GIL held; a NULL category means RuntimeWarning in CPython.
    unsafe { ffi::PyErr_WarnEx(py(category), msg, stack_level) }
}

unsafe extern "C" fn write_unraisable(_: *mut HPyContext, obj: HPy) {
    // SAFETY: GIL held; `obj` may be NULL.
    unsafe { ffi::PyErr_WriteUnraisable(py(obj)) }
}

unsafe extern "C" fn fatal_error(_: *mut HPyContext, message: *const c_char) {
    let message = if message.is_null() { c"(no message)".as_ptr() } else { message };
    // SAFETY: Py_FatalError never returns; `message` is NUL-terminated.
    unsafe { ffi::Py_FatalError(message) }
}

/// Set `SystemError` with a fixed message; for argument checks.
pub(crate) fn system_error(msg: &CStr) {
    // SAFETY: called from context functions, with the GIL held.
    unsafe { ffi::PyErr_SetString(ffi::PyExc_SystemError, msg.as_ptr()) }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Err_SetString = set_string;
    ctx.ctx_Err_SetObject = set_object;
    ctx.ctx_Err_SetFromErrnoWithFilename = set_from_errno_with_filename;
    ctx.ctx_Err_SetFromErrnoWithFilenameObjects = set_from_errno_with_filename_objects;
    ctx.ctx_Err_Occurred = occurred;
    ctx.ctx_Err_ExceptionMatches = exception_matches;
    ctx.ctx_Err_NoMemory = no_memory;
    ctx.ctx_Err_Clear = clear;
    ctx.ctx_Err_NewException = new_exception;
    ctx.ctx_Err_NewExceptionWithDoc = new_exception_with_doc;
    ctx.ctx_Err_WarnEx = warn_ex;
    ctx.ctx_Err_WriteUnraisable = write_unraisable;
    ctx.ctx_FatalError = fatal_error;
}
