//! `HPy_SetCallFunction`: replace one instance's call function.

use crate::handles::py;
use core::ffi::c_int;
use hpy_sys::{HPy, HPyCallFunction, HPyContext};
use pyo3_ffi as ffi;

/// Whether instances of `tp` carry a call function: `tp` or a base has
/// vectorcall. (Before 3.12 a Python subclass does not inherit the flag,
/// but it inherits the offset and `tp_call`.)
///
/// # Safety
/// `tp` is live; GIL held.
unsafe fn has_call_protocol(mut tp: *mut ffi::PyTypeObject) -> bool {
    // SAFETY: the caller's contract.
    unsafe {
        if (*tp).tp_vectorcall_offset <= 0 {
            return false;
        }
        while !tp.is_null() {
            if ffi::PyType_HasFeature(tp, ffi::Py_TPFLAGS_HAVE_VECTORCALL) != 0 {
                return true;
            }
            tp = (*tp).tp_base;
        }
    }
    false
}

unsafe extern "C" fn set_call_function(_: *mut HPyContext, h: HPy, func: *mut HPyCallFunction) -> c_int {
    // SAFETY: GIL held; `h` open; `func` points to an HPyDef_CALL_FUNCTION
    // whose trampoline has the vectorcallfunc signature. The offset lies
    // inside every instance of a type with vectorcall.
    unsafe {
        let obj = py(h);
        let tp = ffi::Py_TYPE(obj);
        if !has_call_protocol(tp) {
            ffi::PyErr_Format(
                ffi::PyExc_TypeError,
                c"type '%.50s' does not implement the HPy call protocol".as_ptr(),
                (*tp).tp_name,
            );
            return -1;
        }
        if func.is_null() {
            crate::err::system_error(c"HPy_SetCallFunction: NULL call function");
            return -1;
        }
        let f = core::mem::transmute::<hpy_sys::cpy_PyCFunction, Option<ffi::vectorcallfunc>>((*func).cpy_trampoline);
        obj.cast::<u8>().offset((*tp).tp_vectorcall_offset).cast::<Option<ffi::vectorcallfunc>>().write_unaligned(f);
    }
    0
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_SetCallFunction = set_call_function;
}
