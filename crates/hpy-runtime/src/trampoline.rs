//! `_HPy_CallRealFunctionFromTrampoline`: calls from CPython into HPy
//! functions, for every `HPyFunc_Signature`.

use crate::call::ARGUMENTS_OFFSET;
use core::ffi::{c_int, c_void};
use hpy_sys::*;
use pyo3_ffi as ffi;

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
    ctx.ctx_CallRealFunctionFromTrampoline = call_real_function_from_trampoline;
}
