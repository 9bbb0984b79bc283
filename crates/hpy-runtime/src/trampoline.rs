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
use core::ffi::c_void;
use hpy_sys::*;
use pyo3_ffi as ffi;

type Ctx = *mut HPyContext;
type Obj = *mut cpy_PyObject;
type Func = unsafe extern "C" fn() -> *mut c_void;

// The C types of the implementations (hpyfunc_signatures.h), by the shape
// of their parameters: several signatures share one.
use hpy_sys::hpyfunc::{
    binaryfunc as ObjFn2, destructor as VoidFn1, freefunc as FreeFn, getattrfunc as GetAttrFn,
    getbufferproc as GetBufferFn, getter as GetterFn, hashfunc as HashFn, initproc as InitFn,
    inquiry as IntFn1, keywords as KeywordsFn, lenfunc as LenFn, newfunc as NewFn,
    objobjargproc as IntFn3, objobjproc as IntFn2, releasebufferproc as ReleaseBufferFn,
    richcmpfunc as RichCmpFn, setattrfunc as SetAttrFn, setter as SetterFn, ssizeargfunc as SsizeArgFn,
    ssizeobjargproc as SsizeObjArgFn, ssizessizeargfunc as SsizeSsizeArgFn,
    ssizessizeobjargproc as SsizeSsizeObjArgFn, ternaryfunc as ObjFn3, unaryfunc as ObjFn1,
    varargs as VarArgsFn,
};

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

/// The implementation as the function type `F` its signature says it has.
///
/// # Safety
/// `f` really has the C type `F` (a function pointer type).
unsafe fn imp<F: Copy>(f: Func) -> F {
    const { assert!(core::mem::size_of::<F>() == core::mem::size_of::<Func>()) };
    // SAFETY: same size (checked above); the caller vouches for the type.
    unsafe { core::mem::transmute_copy::<Func, F>(&f) }
}

/// The argument block as the `_HPyFunc_args_*` struct `T`.
///
/// # Safety
/// `a` points to a live, exclusively borrowed `T`.
unsafe fn block<'a, T>(a: *mut c_void) -> &'a mut T {
    // SAFETY: the caller's contract.
    unsafe { &mut *a.cast::<T>() }
}

/// The entry point of every universal trampoline.
unsafe extern "C" fn call_real_function_from_trampoline(ctx: Ctx, sig: HPyFunc_Signature, func: HPyCFunction, a: *mut c_void) {
    let Some(f) = func else {
        null_implementation();
        return;
    };
    use HPyFunc_Signature as S;
    // Methods without arguments and with one argument are the hot path:
    // two compares, then the call (LLVM keeps two cases as compares, where
    // more would become a jump table). Every other signature goes to the
    // out-of-line `call`.
    // SAFETY: the trampoline macros pass the argument block that matches
    // `sig` and an implementation of the matching C type; the casts restore
    // those types. The GIL is held: CPython is calling a slot or method.
    unsafe {
        if sig == S::NOARGS {
            let a = block::<_HPyFunc_args_NOARGS>(a);
            a.result = o(imp::<ObjFn1>(f)(ctx, h(a.self_)));
        } else if sig == S::O {
            let a = block::<_HPyFunc_args_O>(a);
            a.result = o(imp::<ObjFn2>(f)(ctx, h(a.self_), h(a.arg)));
        } else {
            call(ctx, sig, f, a);
        }
    }
}

#[cold]
#[inline(never)]
fn null_implementation() {
    crate::err::system_error(c"HPy trampoline called with a NULL implementation");
}

/// Every signature other than the hot two above.
///
/// # Safety
/// As for `call_real_function_from_trampoline`.
#[inline(never)]
unsafe fn call(ctx: Ctx, sig: HPyFunc_Signature, f: Func, a: *mut c_void) {
    use HPyFunc_Signature as S;
    // SAFETY: the caller's contract (block and implementation match `sig`).
    unsafe {
        match sig {
            S::NOARGS => {
                let a = block::<_HPyFunc_args_NOARGS>(a);
                a.result = o(imp::<ObjFn1>(f)(ctx, h(a.self_)));
            }
            S::O => {
                let a = block::<_HPyFunc_args_O>(a);
                a.result = o(imp::<ObjFn2>(f)(ctx, h(a.self_), h(a.arg)));
            }
            S::VARARGS => {
                let a = block::<_HPyFunc_args_VARARGS>(a);
                a.result = o(imp::<VarArgsFn>(f)(ctx, h(a.self_), a.args.cast(), a.nargs as usize));
            }
            // A call function is a vectorcall function: the same block.
            S::KEYWORDS | S::VECTORCALLFUNC => {
                let a = block::<_HPyFunc_args_KEYWORDS>(a);
                let nargs = a.nargsf & !ARGUMENTS_OFFSET;
                a.result = o(imp::<KeywordsFn>(f)(ctx, h(a.self_), a.args.cast(), nargs, h(a.kwnames)));
            }
            S::UNARYFUNC | S::REPRFUNC | S::GETITERFUNC | S::ITERNEXTFUNC => {
                let a = block::<_HPyFunc_args_UNARYFUNC>(a);
                a.result = o(imp::<ObjFn1>(f)(ctx, h(a.arg0)));
            }
            S::BINARYFUNC | S::GETATTROFUNC => {
                let a = block::<_HPyFunc_args_BINARYFUNC>(a);
                a.result = o(imp::<ObjFn2>(f)(ctx, h(a.arg0), h(a.arg1)));
            }
            S::TERNARYFUNC | S::DESCRGETFUNC => {
                let a = block::<_HPyFunc_args_TERNARYFUNC>(a);
                a.result = o(imp::<ObjFn3>(f)(ctx, h(a.arg0), h(a.arg1), h(a.arg2)));
            }
            S::INQUIRY => {
                let a = block::<_HPyFunc_args_INQUIRY>(a);
                a.result = imp::<IntFn1>(f)(ctx, h(a.arg0));
            }
            S::LENFUNC => {
                let a = block::<_HPyFunc_args_LENFUNC>(a);
                a.result = imp::<LenFn>(f)(ctx, h(a.arg0));
            }
            S::HASHFUNC => {
                let a = block::<_HPyFunc_args_HASHFUNC>(a);
                a.result = imp::<HashFn>(f)(ctx, h(a.arg0));
            }
            S::SSIZEARGFUNC => {
                let a = block::<_HPyFunc_args_SSIZEARGFUNC>(a);
                a.result = o(imp::<SsizeArgFn>(f)(ctx, h(a.arg0), a.arg1));
            }
            S::SSIZESSIZEARGFUNC => {
                let a = block::<_HPyFunc_args_SSIZESSIZEARGFUNC>(a);
                a.result = o(imp::<SsizeSsizeArgFn>(f)(ctx, h(a.arg0), a.arg1, a.arg2));
            }
            S::SSIZEOBJARGPROC => {
                let a = block::<_HPyFunc_args_SSIZEOBJARGPROC>(a);
                a.result = imp::<SsizeObjArgFn>(f)(ctx, h(a.arg0), a.arg1, h(a.arg2));
            }
            S::SSIZESSIZEOBJARGPROC => {
                let a = block::<_HPyFunc_args_SSIZESSIZEOBJARGPROC>(a);
                a.result = imp::<SsizeSsizeObjArgFn>(f)(ctx, h(a.arg0), a.arg1, a.arg2, h(a.arg3));
            }
            S::OBJOBJARGPROC | S::SETATTROFUNC | S::DESCRSETFUNC => {
                let a = block::<_HPyFunc_args_OBJOBJARGPROC>(a);
                a.result = imp::<IntFn3>(f)(ctx, h(a.arg0), h(a.arg1), h(a.arg2));
            }
            S::OBJOBJPROC => {
                let a = block::<_HPyFunc_args_OBJOBJPROC>(a);
                a.result = imp::<IntFn2>(f)(ctx, h(a.arg0), h(a.arg1));
            }
            S::GETATTRFUNC => {
                let a = block::<_HPyFunc_args_GETATTRFUNC>(a);
                a.result = o(imp::<GetAttrFn>(f)(ctx, h(a.arg0), a.arg1));
            }
            S::SETATTRFUNC => {
                let a = block::<_HPyFunc_args_SETATTRFUNC>(a);
                a.result = imp::<SetAttrFn>(f)(ctx, h(a.arg0), a.arg1, h(a.arg2));
            }
            S::RICHCMPFUNC => {
                let a = block::<_HPyFunc_args_RICHCMPFUNC>(a);
                a.result = o(imp::<RichCmpFn>(f)(ctx, h(a.arg0), h(a.arg1), a.arg2));
            }
            S::GETTER => {
                let a = block::<_HPyFunc_args_GETTER>(a);
                a.result = o(imp::<GetterFn>(f)(ctx, h(a.arg0), a.arg1));
            }
            S::SETTER => {
                let a = block::<_HPyFunc_args_SETTER>(a);
                a.result = imp::<SetterFn>(f)(ctx, h(a.arg0), h(a.arg1), a.arg2);
            }
            S::DESTRUCTOR => {
                let a = block::<_HPyFunc_args_DESTRUCTOR>(a);
                imp::<VoidFn1>(f)(ctx, h(a.arg0));
            }
            S::FREEFUNC => {
                let a = block::<_HPyFunc_args_FREEFUNC>(a);
                imp::<FreeFn>(f)(ctx, a.arg0);
            }
            _ => call_rare(ctx, sig, f, a),
        }
    }
}

/// The signatures that need more than a call and a store (argument
/// conversion, buffers, traversal, module creation, capsules): kept out of
/// `call` so that it saves no more registers than a plain call needs.
///
/// # Safety
/// As for `call_real_function_from_trampoline`.
#[cold]
#[inline(never)]
unsafe fn call_rare(ctx: Ctx, sig: HPyFunc_Signature, f: Func, a: *mut c_void) {
    use HPyFunc_Signature as S;
    // SAFETY: the caller's contract (block and implementation match `sig`).
    unsafe {
        match sig {
            S::INITPROC => {
                let a = block::<_HPyFunc_args_INITPROC>(a);
                let (items, n) = tuple_items(a.args);
                a.result = imp::<InitFn>(f)(ctx, h(a.self_), items, n, h(a.kw));
            }
            S::NEWFUNC => {
                let a = block::<_HPyFunc_args_NEWFUNC>(a);
                let (items, n) = tuple_items(a.args);
                a.result = o(imp::<NewFn>(f)(ctx, h(a.self_), items, n, h(a.kw)));
            }
            S::GETBUFFERPROC => {
                let a = block::<_HPyFunc_args_GETBUFFERPROC>(a);
                // CPython's view is not initialized yet: start from zeros.
                let view = &mut *a.view.cast::<ffi::Py_buffer>();
                let mut buffer = empty_buffer();
                a.result = imp::<GetBufferFn>(f)(ctx, h(a.self_), &mut buffer, a.flags);
                if a.result < 0 {
                    view.obj = core::ptr::null_mut();
                } else {
                    buffer_to_view(&buffer, view);
                }
            }
            S::RELEASEBUFFERPROC => {
                let a = block::<_HPyFunc_args_RELEASEBUFFERPROC>(a);
                let mut buffer = view_to_buffer(&*a.view.cast::<ffi::Py_buffer>());
                imp::<ReleaseBufferFn>(f)(ctx, h(a.self_), &mut buffer);
            }
            S::TRAVERSEPROC => {
                let a = block::<_HPyFunc_args_TRAVERSEPROC>(a);
                a.result = lifecycle::traverse(imp::<TraverseProc>(f), a.self_.cast(), a.visit, a.arg);
            }
            S::MOD_CREATE => {
                let a = block::<_HPyFunc_args_MOD_CREATE>(a);
                let module = imp::<ObjFn1>(f)(ctx, h(a.spec));
                a.result = o(crate::module::check_create_result(module));
            }
            S::CAPSULE_DESTRUCTOR => {
                // The block is the capsule itself (HPyCapsule_DESTRUCTOR_TRAMPOLINE).
                let capsule = a.cast::<ffi::PyObject>();
                let name = ffi::PyCapsule_GetName(capsule);
                let pointer = ffi::PyCapsule_GetPointer(capsule, name);
                let context = ffi::PyCapsule_GetContext(capsule);
                if let Some(destructor) = imp::<HPyFunc_Capsule_Destructor>(f) {
                    destructor(name, pointer, context);
                }
            }
            S::DESTROYFUNC => {
                crate::err::system_error(c"HPy_tp_destroy is called by the runtime's tp_dealloc, never through a trampoline");
            }
            other => {
                ffi::PyErr_Format(ffi::PyExc_SystemError, c"unknown HPyFunc_Signature %d in an HPy trampoline".as_ptr(), other.0);
            }
        }
    }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_CallRealFunctionFromTrampoline = call_real_function_from_trampoline;
}
