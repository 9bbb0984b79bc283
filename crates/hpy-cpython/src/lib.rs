//! The runtime for CPython-ABI builds, linked statically into each
//! extension (`python/hpy/devel/lib/cpython/libhpy_cpython.a`).
//!
//! In the CPython ABI simple API calls are inline CPython calls (see
//! `hpy/generated/cpython_api.h`). Everything else calls a hidden
//! `ctx_*` symbol that this library provides (`generated/exports.rs`), plus
//! the few module entry points `HPy_MODINIT` and the trampolines use. They
//! all reuse the universal implementations from `hpy-runtime`: in both ABIs a
//! handle is the `PyObject *`. The extension needs no installed `hpy` at
//! run time.

use core::ffi::CStr;
use hpy_sys::{HPyContext, HPyModuleDef};
use pyo3_ffi as ffi;
use core::mem::MaybeUninit;
use core::ptr::{addr_of, addr_of_mut};

#[allow(clippy::undocumented_unsafe_blocks, clippy::missing_safety_doc)]
mod generated {
    pub mod exports;
}

/// The name upstream's tests expect for the CPython ABI.
pub const CPYTHON_NAME: &CStr = c"HPy CPython ABI";

/// The extension's context: the runtime's implementations, named
/// "HPy CPython ABI". It is a link-time object, so the headers'
/// `_HPyGetContext()` is just its address (no load, no check on the hot
/// path); it is filled when the module is initialized (`PyInit_NAME`), before
/// any HPy code of the extension can run.
#[no_mangle]
pub static mut _HPy_CPython_Ctx: MaybeUninit<HPyContext> = MaybeUninit::zeroed();

/// Fill the context once (GIL held).
fn context() -> *mut HPyContext {
    // SAFETY: the context is only touched with the GIL held, which
    // serializes this check-and-fill; a filled context has a non-NULL name.
    unsafe {
        let ctx = addr_of_mut!(_HPy_CPython_Ctx).cast::<HPyContext>();
        if (*addr_of!((*ctx).name)).is_null() {
            ctx.write(hpy_runtime::context::new_universal_context(CPYTHON_NAME));
        }
        ctx
    }
}

/// The context, which the extension's `PyInit_NAME` has filled before any
/// of its HPy code runs: the exported `ctx_*` functions call through it
/// without checking.
#[inline(always)]
fn filled_context() -> *const HPyContext {
    addr_of!(_HPy_CPython_Ctx).cast::<HPyContext>()
}

/// The context, filled if needed (for code that cannot rely on module
/// initialization having run first).
#[no_mangle]
pub extern "C" fn _HPy_CPython_GetContext() -> *mut HPyContext {
    context()
}

/// `PyModuleDef` for an `HPyModuleDef` (legacy methods allowed), or NULL
/// with an exception set.
///
/// # Safety
/// `def` is the extension's `HPyModuleDef`; the GIL is held.
#[no_mangle]
pub unsafe extern "C" fn _HPyModuleDef_CreatePyModuleDef(def: *mut HPyModuleDef) -> *mut ffi::PyModuleDef {
    if def.is_null() {
        // SAFETY: GIL held (module init runs under it).
        unsafe { ffi::PyErr_SetString(ffi::PyExc_SystemError, c"HPy_MODINIT: NULL HPyModuleDef".as_ptr()) };
        return core::ptr::null_mut();
    }
    // SAFETY: `def` is valid (caller's contract). The name is only a
    // placeholder: multi-phase init takes the real one from the spec.
    unsafe { hpy_runtime::module::create_py_module_def(&*def, c"hpy module", true) }.unwrap_or(core::ptr::null_mut())
}

/// What `PyInit_NAME` returns for an HPy module in the CPython ABI.
///
/// # Safety
/// As for [`_HPyModuleDef_CreatePyModuleDef`].
#[no_mangle]
pub unsafe extern "C" fn _HPyModuleDef_AsPyInit(def: *mut HPyModuleDef) -> *mut ffi::PyObject {
    // The extension's HPy code may run from here on: fill its context.
    context();
    // SAFETY: forwarded contract.
    let pydef = unsafe { _HPyModuleDef_CreatePyModuleDef(def) };
    if pydef.is_null() {
        return core::ptr::null_mut();
    }
    // SAFETY: `pydef` is complete and lives forever.
    unsafe { ffi::PyModuleDef_Init(pydef) }
}

/// Reject a module object returned by an `HPy_mod_create` slot.
///
/// # Safety
/// `result` points to a new reference or NULL; the GIL is held.
#[no_mangle]
pub unsafe extern "C" fn _HPyModule_CheckCreateSlotResult(result: *mut *mut ffi::PyObject) {
    // SAFETY: caller's contract.
    unsafe {
        let h = hpy_runtime::module::check_create_result(hpy_runtime::handles::hpy(*result));
        *result = hpy_runtime::handles::py(h);
    }
}

/// Run an HPy `tp_traverse` for CPython's GC (the CPython-ABI traverse
/// trampoline calls this): the runtime's trampoline dispatch forwards each
/// visited `HPyField` to `visit`.
///
/// # Safety
/// `tp_traverse` is the extension's HPy traverse function, `self_` a live
/// instance, and `visit`/`arg` what CPython passed to `tp_traverse`.
#[no_mangle]
pub unsafe extern "C" fn call_traverseproc_from_trampoline(
    tp_traverse: hpy_sys::HPyCFunction,
    self_: *mut ffi::PyObject,
    visit: hpy_sys::cpy_visitproc,
    arg: *mut core::ffi::c_void,
) -> core::ffi::c_int {
    let mut args = hpy_sys::_HPyFunc_args_TRAVERSEPROC { self_: self_.cast(), visit, arg, result: 0 };
    let ctx = context();
    // SAFETY: the context is the runtime's; the block matches the signature.
    unsafe {
        ((*ctx).ctx_CallRealFunctionFromTrampoline)(
            ctx,
            hpy_sys::HPyFunc_Signature::TRAVERSEPROC,
            tp_traverse,
            (&mut args as *mut hpy_sys::_HPyFunc_args_TRAVERSEPROC).cast(),
        );
    }
    args.result
}
