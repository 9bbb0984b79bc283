//! `_HPy_CallRealFunctionFromTrampoline`: calls from CPython into HPy
//! functions, for every `HPyFunc_Signature`.
//!
//! A universal trampoline (compiled into the extension, see
//! `hpy/universal/trampolines.h`) packs its C arguments into the
//! `_HPyFunc_args_<SIG>` block of its signature and calls us with it; we
//! call the HPy implementation and store its result back into the block.
//!
//! Arguments are borrowed, so in universal mode the `PyObject *` values
//! pass through unchanged: no handle is created or closed on this path,
//! and argument arrays (including a tuple's items) are passed in place.

use crate::call::ARGUMENTS_OFFSET;
use crate::handles::{hpy, py};
use crate::type_::{lifecycle, TraverseProc};
use core::ffi::{c_char, c_int, c_void};
use hpy_sys::*;
use pyo3_ffi as ffi;

type Ctx = *mut HPyContext;
type Obj = *mut cpy_PyObject;

fn h(o: Obj) -> HPy {
    hpy(o.cast())
}

fn o(h: HPy) -> Obj {
    py(h).cast()
}

/// Items of a tuple as an HPy array, in place.
///
/// # Safety
/// `tuple` is a live tuple that outlives the use of the array.
unsafe fn tuple_items(tuple: Obj) -> (*const HPy, HPy_ssize_t) {
    let t = tuple.cast::<ffi::PyObject>();
    // SAFETY: the caller's contract; in universal mode an HPy has the
    // representation of a `PyObject *`.
    unsafe { (ffi::PySequence_Fast_ITEMS(t).cast_const().cast(), ffi::PyTuple_GET_SIZE(t)) }
}

/// Copy an `HPy_buffer` the implementation filled into CPython's view;
/// the handle in `obj` becomes the view's owned reference.
fn buffer_to_view(src: &HPy_buffer, view: &mut ffi::Py_buffer) {
    view.buf = src.buf;
    view.obj = py(src.obj);
    view.len = src.len;
    view.itemsize = src.itemsize;
    view.readonly = src.readonly;
    view.ndim = src.ndim;
    view.format = src.format;
    view.shape = src.shape;
    view.strides = src.strides;
    view.suboffsets = src.suboffsets;
    view.internal = src.internal;
}

fn empty_buffer() -> HPy_buffer {
    HPy_buffer {
        buf: core::ptr::null_mut(),
        obj: HPy::NULL,
        len: 0,
        itemsize: 0,
        readonly: 0,
        ndim: 0,
        format: core::ptr::null_mut(),
        shape: core::ptr::null_mut(),
        strides: core::ptr::null_mut(),
        suboffsets: core::ptr::null_mut(),
        internal: core::ptr::null_mut(),
    }
}

/// An `HPy_buffer` describing CPython's view (its `obj` is borrowed).
fn view_to_buffer(view: &ffi::Py_buffer) -> HPy_buffer {
    HPy_buffer {
        buf: view.buf,
        obj: hpy(view.obj),
        len: view.len,
        itemsize: view.itemsize,
        readonly: view.readonly,
        ndim: view.ndim,
        format: view.format,
        shape: view.shape,
        strides: view.strides,
        suboffsets: view.suboffsets,
        internal: view.internal,
    }
}

/// Reinterpret `func` as the implementation type `$ty` and the argument
/// block as `$args`, then evaluate `$body` with them.
macro_rules! call {
    ($func:ident, $args:ident: $block:ty, $f:ident: $ty:ty; $body:expr) => {{
        let $args = &mut *$args.cast::<$block>();
        let $f = core::mem::transmute::<unsafe extern "C" fn() -> *mut c_void, $ty>($func);
        $body
    }};
}

/// The entry point of every universal trampoline.
unsafe extern "C" fn call_real_function_from_trampoline(
    ctx: Ctx,
    sig: HPyFunc_Signature,
    func: HPyCFunction,
    a: *mut c_void,
) {
    let Some(func) = func else {
        crate::err::system_error(c"HPy trampoline called with a NULL implementation");
        return;
    };
    use HPyFunc_Signature as S;
    // SAFETY: the trampoline macros pass the argument block that matches
    // `sig` and an implementation of the matching C signature (see
    // hpyfunc_signatures.h); the casts below restore those types. The GIL
    // is held: CPython is calling a slot or method.
    unsafe {
        match sig {
            S::NOARGS => call!(func, a: _HPyFunc_args_NOARGS, f: unsafe extern "C" fn(Ctx, HPy) -> HPy;
                a.result = o(f(ctx, h(a.self_)))),
            S::O => call!(func, a: _HPyFunc_args_O, f: unsafe extern "C" fn(Ctx, HPy, HPy) -> HPy;
                a.result = o(f(ctx, h(a.self_), h(a.arg)))),
            S::VARARGS => call!(func, a: _HPyFunc_args_VARARGS,
                f: unsafe extern "C" fn(Ctx, HPy, *const HPy, usize) -> HPy;
                a.result = o(f(ctx, h(a.self_), a.args.cast(), a.nargs as usize))),
            // A call function is a vectorcall function: the same block.
            S::KEYWORDS | S::VECTORCALLFUNC => call!(func, a: _HPyFunc_args_KEYWORDS,
                f: unsafe extern "C" fn(Ctx, HPy, *const HPy, usize, HPy) -> HPy;
                a.result = o(f(ctx, h(a.self_), a.args.cast(), a.nargsf & !ARGUMENTS_OFFSET, h(a.kwnames)))),
            S::INITPROC => call!(func, a: _HPyFunc_args_INITPROC,
                f: unsafe extern "C" fn(Ctx, HPy, *const HPy, HPy_ssize_t, HPy) -> c_int; {
                    let (items, n) = tuple_items(a.args);
                    a.result = f(ctx, h(a.self_), items, n, h(a.kw));
                }),
            S::NEWFUNC => call!(func, a: _HPyFunc_args_NEWFUNC,
                f: unsafe extern "C" fn(Ctx, HPy, *const HPy, HPy_ssize_t, HPy) -> HPy; {
                    let (items, n) = tuple_items(a.args);
                    a.result = o(f(ctx, h(a.self_), items, n, h(a.kw)));
                }),
            S::UNARYFUNC | S::REPRFUNC | S::GETITERFUNC | S::ITERNEXTFUNC => call!(func, a: _HPyFunc_args_UNARYFUNC,
                f: unsafe extern "C" fn(Ctx, HPy) -> HPy; a.result = o(f(ctx, h(a.arg0)))),
            S::BINARYFUNC | S::GETATTROFUNC => call!(func, a: _HPyFunc_args_BINARYFUNC,
                f: unsafe extern "C" fn(Ctx, HPy, HPy) -> HPy; a.result = o(f(ctx, h(a.arg0), h(a.arg1)))),
            S::TERNARYFUNC | S::DESCRGETFUNC => call!(func, a: _HPyFunc_args_TERNARYFUNC,
                f: unsafe extern "C" fn(Ctx, HPy, HPy, HPy) -> HPy;
                a.result = o(f(ctx, h(a.arg0), h(a.arg1), h(a.arg2)))),
            S::INQUIRY => call!(func, a: _HPyFunc_args_INQUIRY, f: unsafe extern "C" fn(Ctx, HPy) -> c_int;
                a.result = f(ctx, h(a.arg0))),
            S::LENFUNC => call!(func, a: _HPyFunc_args_LENFUNC, f: unsafe extern "C" fn(Ctx, HPy) -> HPy_ssize_t;
                a.result = f(ctx, h(a.arg0))),
            S::HASHFUNC => call!(func, a: _HPyFunc_args_HASHFUNC, f: unsafe extern "C" fn(Ctx, HPy) -> HPy_hash_t;
                a.result = f(ctx, h(a.arg0))),
            S::SSIZEARGFUNC => call!(func, a: _HPyFunc_args_SSIZEARGFUNC,
                f: unsafe extern "C" fn(Ctx, HPy, HPy_ssize_t) -> HPy; a.result = o(f(ctx, h(a.arg0), a.arg1))),
            S::SSIZESSIZEARGFUNC => call!(func, a: _HPyFunc_args_SSIZESSIZEARGFUNC,
                f: unsafe extern "C" fn(Ctx, HPy, HPy_ssize_t, HPy_ssize_t) -> HPy;
                a.result = o(f(ctx, h(a.arg0), a.arg1, a.arg2))),
            S::SSIZEOBJARGPROC => call!(func, a: _HPyFunc_args_SSIZEOBJARGPROC,
                f: unsafe extern "C" fn(Ctx, HPy, HPy_ssize_t, HPy) -> c_int;
                a.result = f(ctx, h(a.arg0), a.arg1, h(a.arg2))),
            S::SSIZESSIZEOBJARGPROC => call!(func, a: _HPyFunc_args_SSIZESSIZEOBJARGPROC,
                f: unsafe extern "C" fn(Ctx, HPy, HPy_ssize_t, HPy_ssize_t, HPy) -> c_int;
                a.result = f(ctx, h(a.arg0), a.arg1, a.arg2, h(a.arg3))),
            S::OBJOBJARGPROC | S::SETATTROFUNC | S::DESCRSETFUNC => call!(func, a: _HPyFunc_args_OBJOBJARGPROC,
                f: unsafe extern "C" fn(Ctx, HPy, HPy, HPy) -> c_int;
                a.result = f(ctx, h(a.arg0), h(a.arg1), h(a.arg2))),
            S::OBJOBJPROC => call!(func, a: _HPyFunc_args_OBJOBJPROC, f: unsafe extern "C" fn(Ctx, HPy, HPy) -> c_int;
                a.result = f(ctx, h(a.arg0), h(a.arg1))),
            S::GETATTRFUNC => call!(func, a: _HPyFunc_args_GETATTRFUNC,
                f: unsafe extern "C" fn(Ctx, HPy, *mut c_char) -> HPy; a.result = o(f(ctx, h(a.arg0), a.arg1))),
            S::SETATTRFUNC => call!(func, a: _HPyFunc_args_SETATTRFUNC,
                f: unsafe extern "C" fn(Ctx, HPy, *mut c_char, HPy) -> c_int;
                a.result = f(ctx, h(a.arg0), a.arg1, h(a.arg2))),
            S::RICHCMPFUNC => call!(func, a: _HPyFunc_args_RICHCMPFUNC,
                f: unsafe extern "C" fn(Ctx, HPy, HPy, HPy_RichCmpOp) -> HPy;
                a.result = o(f(ctx, h(a.arg0), h(a.arg1), a.arg2))),
            S::GETTER => call!(func, a: _HPyFunc_args_GETTER, f: unsafe extern "C" fn(Ctx, HPy, *mut c_void) -> HPy;
                a.result = o(f(ctx, h(a.arg0), a.arg1))),
            S::SETTER => call!(func, a: _HPyFunc_args_SETTER,
                f: unsafe extern "C" fn(Ctx, HPy, HPy, *mut c_void) -> c_int;
                a.result = f(ctx, h(a.arg0), h(a.arg1), a.arg2)),
            S::DESTRUCTOR => call!(func, a: _HPyFunc_args_DESTRUCTOR, f: unsafe extern "C" fn(Ctx, HPy);
                f(ctx, h(a.arg0))),
            S::FREEFUNC => call!(func, a: _HPyFunc_args_FREEFUNC, f: unsafe extern "C" fn(Ctx, *mut c_void);
                f(ctx, a.arg0)),
            S::GETBUFFERPROC => call!(func, a: _HPyFunc_args_GETBUFFERPROC,
                f: unsafe extern "C" fn(Ctx, HPy, *mut HPy_buffer, c_int) -> c_int; {
                    // CPython's view is not initialized yet: start from zeros.
                    let view = &mut *a.view.cast::<ffi::Py_buffer>();
                    let mut buffer = empty_buffer();
                    a.result = f(ctx, h(a.self_), &mut buffer, a.flags);
                    if a.result < 0 {
                        view.obj = core::ptr::null_mut();
                    } else {
                        buffer_to_view(&buffer, view);
                    }
                }),
            S::RELEASEBUFFERPROC => call!(func, a: _HPyFunc_args_RELEASEBUFFERPROC,
                f: unsafe extern "C" fn(Ctx, HPy, *mut HPy_buffer); {
                    let mut buffer = view_to_buffer(&*a.view.cast::<ffi::Py_buffer>());
                    f(ctx, h(a.self_), &mut buffer);
                }),
            S::TRAVERSEPROC => {
                let a = &mut *a.cast::<_HPyFunc_args_TRAVERSEPROC>();
                let f = core::mem::transmute::<unsafe extern "C" fn() -> *mut c_void, TraverseProc>(func);
                a.result = lifecycle::traverse(f, a.self_.cast(), a.visit, a.arg);
            }
            S::MOD_CREATE => call!(func, a: _HPyFunc_args_UNARYFUNC, f: unsafe extern "C" fn(Ctx, HPy) -> HPy;
                a.result = o(crate::module::check_create_result(f(ctx, h(a.arg0))))),
            S::CAPSULE_DESTRUCTOR => {
                // The block is the capsule itself (HPyCapsule_DESTRUCTOR_TRAMPOLINE).
                let capsule = a.cast::<ffi::PyObject>();
                let f = core::mem::transmute::<unsafe extern "C" fn() -> *mut c_void, HPyFunc_Capsule_Destructor>(func);
                let name = ffi::PyCapsule_GetName(capsule);
                let pointer = ffi::PyCapsule_GetPointer(capsule, name);
                let context = ffi::PyCapsule_GetContext(capsule);
                if let Some(f) = f {
                    f(name, pointer, context);
                }
            }
            S::DESTROYFUNC => {
                crate::err::system_error(c"HPy_tp_destroy is called by the runtime's tp_dealloc, never through a trampoline");
            }
            other => {
                ffi::PyErr_Format(
                    ffi::PyExc_SystemError,
                    c"unknown HPyFunc_Signature %d in an HPy trampoline".as_ptr(),
                    other.0,
                );
            }
        }
    }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_CallRealFunctionFromTrampoline = call_real_function_from_trampoline;
}
