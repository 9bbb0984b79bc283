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
use std::sync::OnceLock;

#[allow(clippy::undocumented_unsafe_blocks, clippy::missing_safety_doc)]
mod generated {
    pub mod exports;
}

/// The name upstream's tests expect for the CPython ABI.
pub const CPYTHON_NAME: &CStr = c"HPy CPython ABI";

struct ContextPtr(*mut HPyContext);
// SAFETY: contexts are only used with the GIL held, which serializes access.
unsafe impl Send for ContextPtr {}
// SAFETY: as above.
unsafe impl Sync for ContextPtr {}

static CONTEXT: OnceLock<ContextPtr> = OnceLock::new();

/// The extension's context: the runtime's implementations, named
/// "HPy CPython ABI". Created on first use (with the GIL held).
fn context() -> *mut HPyContext {
    CONTEXT
        .get_or_init(|| ContextPtr(Box::into_raw(Box::new(hpy_runtime::context::new_universal_context(CPYTHON_NAME)))))
        .0
}

/// `_HPyGetContext()` of the CPython-ABI headers.
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
