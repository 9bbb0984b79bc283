//! `HPyImport_ImportModule`.

use crate::handles::hpy;
use core::ffi::c_char;
use hpy_sys::{HPy, HPyContext};
use pyo3_ffi as ffi;

unsafe extern "C" fn import_module(_: *mut HPyContext, utf8_name: *const c_char) -> HPy {
    if utf8_name.is_null() {
        crate::err::system_error(c"HPyImport_ImportModule: the name must not be NULL");
        return HPy::NULL;
    }
    // SAFETY: GIL held; `utf8_name` is NUL-terminated (C API contract).
    hpy(unsafe { ffi::PyImport_ImportModule(utf8_name) })
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Import_ImportModule = import_module;
}
