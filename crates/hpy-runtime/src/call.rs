//! Calls in both directions: from C into Python (`HPy_Call`,
//! `HPy_CallMethod`, `HPy_CallTupleDict`), and from CPython into HPy
//! functions (`_HPy_CallRealFunctionFromTrampoline`).

use crate::handles::{hpy, py, py_array};
use core::ffi::{c_int, c_void};
use hpy_sys::*;
use pyo3_ffi as ffi;

const ARGUMENTS_OFFSET: usize = ffi::PY_VECTORCALL_ARGUMENTS_OFFSET;

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

type NoArgs = unsafe extern "C" fn(*mut HPyContext, HPy) -> HPy;
type O = unsafe extern "C" fn(*mut HPyContext, HPy, HPy) -> HPy;
type VarArgs = unsafe extern "C" fn(*mut HPyContext, HPy, *const HPy, usize) -> HPy;
type Keywords = unsafe extern "C" fn(*mut HPyContext, HPy, *const HPy, usize, HPy) -> HPy;
type Inquiry = unsafe extern "C" fn(*mut HPyContext, HPy) -> c_int;

fn handle(o: *mut cpy_PyObject) -> HPy {
    HPy { _i: o as isize }
}

fn object(h: HPy) -> *mut cpy_PyObject {
    h._i as *mut cpy_PyObject
}

/// The entry point of every universal trampoline: CPython called a
/// trampoline compiled into the extension, which packed its arguments into
/// `args` (a `_HPyFunc_args_<SIG>`); we call the HPy implementation `func`
/// and store its result back into `args`.
///
/// Arguments are borrowed, so in universal mode the `PyObject *` values pass
/// through unchanged: no handle is created or closed on this path.
unsafe extern "C" fn call_real_function_from_trampoline(
    ctx: *mut HPyContext,
    sig: HPyFunc_Signature,
    func: HPyCFunction,
    args: *mut c_void,
) {
    let Some(f) = func else {
        crate::err::system_error(c"HPy trampoline called with a NULL implementation");
        return;
    };
    // SAFETY: the trampoline macros pass the argument block that matches
    // `sig` and an implementation of the matching C signature; the casts
    // below restore those types.
    unsafe {
        match sig {
            HPyFunc_Signature::NOARGS => {
                let a = &mut *args.cast::<_HPyFunc_args_NOARGS>();
                let f: NoArgs = core::mem::transmute(f);
                a.result = object(f(ctx, handle(a.self_)));
            }
            HPyFunc_Signature::O => {
                let a = &mut *args.cast::<_HPyFunc_args_O>();
                let f: O = core::mem::transmute(f);
                a.result = object(f(ctx, handle(a.self_), handle(a.arg)));
            }
            HPyFunc_Signature::VARARGS => {
                let a = &mut *args.cast::<_HPyFunc_args_VARARGS>();
                let f: VarArgs = core::mem::transmute(f);
                a.result = object(f(ctx, handle(a.self_), a.args.cast(), a.nargs as usize));
            }
            HPyFunc_Signature::KEYWORDS => {
                let a = &mut *args.cast::<_HPyFunc_args_KEYWORDS>();
                let f: Keywords = core::mem::transmute(f);
                let nargs = a.nargsf & !ARGUMENTS_OFFSET;
                a.result = object(f(ctx, handle(a.self_), a.args.cast(), nargs, handle(a.kwnames)));
            }
            HPyFunc_Signature::MOD_CREATE => {
                let a = &mut *args.cast::<_HPyFunc_args_UNARYFUNC>();
                let f: NoArgs = core::mem::transmute(f);
                a.result = object(crate::module::check_create_result(f(ctx, handle(a.arg0))));
            }
            HPyFunc_Signature::INQUIRY => {
                let a = &mut *args.cast::<_HPyFunc_args_INQUIRY>();
                let f: Inquiry = core::mem::transmute(f);
                a.result = f(ctx, handle(a.arg0));
            }
            other => {
                ffi::PyErr_Format(
                    ffi::PyExc_SystemError,
                    c"HPy function signature %d is not supported by hpy-rs yet".as_ptr(),
                    other.0,
                );
            }
        }
    }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Call = call;
    ctx.ctx_CallMethod = call_method;
    ctx.ctx_CallTupleDict = call_tuple_dict;
    ctx.ctx_Callable_Check = callable_check;
    ctx.ctx_CallRealFunctionFromTrampoline = call_real_function_from_trampoline;
}
