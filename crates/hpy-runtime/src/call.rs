//! Calls from C into Python: `HPy_Call`, `HPy_CallMethod`,
//! `HPy_CallTupleDict`. Calls from CPython into HPy functions are in
//! `trampoline.rs`.

use crate::handles::{hpy, py, py_array};
use core::ffi::c_int;
use hpy_sys::*;
use pyo3_ffi as ffi;

pub(crate) const ARGUMENTS_OFFSET: usize = ffi::PY_VECTORCALL_ARGUMENTS_OFFSET;

/// Check `kwnames` and return the CPython pointer to pass on.
unsafe fn kwnames_arg(fname: &core::ffi::CStr, kwnames: HPy) -> Result<*mut ffi::PyObject, ()> {
    let kw = py(kwnames);
    // SAFETY: GIL held; `kw` is an open handle when not NULL.
    if !kw.is_null() && unsafe { ffi::PyTuple_Check(kw) } == 0 {
        // SAFETY: GIL held; format has one `%s`.
        unsafe {
            ffi::PyErr_Format(ffi::PyExc_TypeError, c"%s: kwnames must be a tuple or HPy_NULL".as_ptr(), fname.as_ptr())
        };
        return Err(());
    }
    Ok(kw)
}

unsafe fn nargs_ok(fname: &core::ffi::CStr, nargs: usize, args: *const HPy) -> bool {
    let msg = if nargs & ARGUMENTS_OFFSET != 0 || nargs > isize::MAX as usize {
        c"%s: invalid number of arguments"
    } else if nargs > 0 && args.is_null() {
        c"%s: args must not be NULL when nargs > 0"
    } else {
        return true;
    };
    // SAFETY: GIL held; format has one `%s`.
    unsafe { ffi::PyErr_Format(ffi::PyExc_SystemError, msg.as_ptr(), fname.as_ptr()) };
    false
}

unsafe extern "C" fn call(_: *mut HPyContext, callable: HPy, args: *const HPy, nargs: usize, kwnames: HPy) -> HPy {
    // SAFETY: GIL held; `args` holds `nargs` + len(kwnames) open handles,
    // which are `PyObject *` in universal mode, so the array passes as is.
    unsafe {
        let Ok(kw) = kwnames_arg(c"HPy_Call", kwnames) else { return HPy::NULL };
        if !nargs_ok(c"HPy_Call", nargs, args) {
            return HPy::NULL;
        }
        hpy(ffi::PyObject_Vectorcall(py(callable), py_array(args), nargs, kw))
    }
}

unsafe extern "C" fn call_method(_: *mut HPyContext, name: HPy, args: *const HPy, nargs: usize, kwnames: HPy) -> HPy {
    // SAFETY: as for `call`; the receiver is args[0].
    unsafe {
        let Ok(kw) = kwnames_arg(c"HPy_CallMethod", kwnames) else { return HPy::NULL };
        if !nargs_ok(c"HPy_CallMethod", nargs, args) {
            return HPy::NULL;
        }
        if nargs == 0 {
            crate::err::system_error(c"HPy_CallMethod: nargs must be at least 1 (the receiver)");
            return HPy::NULL;
        }
        hpy(ffi::PyObject_VectorcallMethod(py(name), py_array(args), nargs, kw))
    }
}

unsafe extern "C" fn call_tuple_dict(_: *mut HPyContext, callable: HPy, args: HPy, kw: HPy) -> HPy {
    // SAFETY: GIL held; handles open or NULL.
    unsafe {
        let (a, k) = (py(args), py(kw));
        if !a.is_null() && ffi::PyTuple_Check(a) == 0 {
            ffi::PyErr_SetString(
                ffi::PyExc_TypeError,
                c"HPy_CallTupleDict requires args to be a tuple or null handle".as_ptr(),
            );
            return HPy::NULL;
        }
        if !k.is_null() && ffi::PyDict_Check(k) == 0 {
            ffi::PyErr_SetString(
                ffi::PyExc_TypeError,
                c"HPy_CallTupleDict requires kw to be a dict or null handle".as_ptr(),
            );
            return HPy::NULL;
        }
        if k.is_null() {
            return hpy(ffi::PyObject_CallObject(py(callable), a));
        }
        if !a.is_null() {
            return hpy(ffi::PyObject_Call(py(callable), a, k));
        }
        let empty = ffi::PyTuple_New(0);
        if empty.is_null() {
            return HPy::NULL;
        }
        let r = ffi::PyObject_Call(py(callable), empty, k);
        ffi::Py_DECREF(empty);
        hpy(r)
    }
}

unsafe extern "C" fn callable_check(_: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: GIL held, handle open.
    unsafe { ffi::PyCallable_Check(py(h)) }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Call = call;
    ctx.ctx_CallMethod = call_method;
    ctx.ctx_CallTupleDict = call_tuple_dict;
    ctx.ctx_Callable_Check = callable_check;
}
