//! `HPyCapsule_*`: a C pointer wrapped in a Python object.
//!
//! The universal ABI has one getter and one setter, selected by
//! `_HPyCapsule_key`. A destructor is an `HPyCapsule_Destructor`, whose
//! `cpy_trampoline` (compiled into the extension) is a CPython capsule
//! destructor that calls the HPy implementation through the context.

use crate::handles::{hpy, py};
use core::ffi::{c_char, c_int, c_void};
use hpy_sys::{_HPyCapsule_key, HPy, HPyCapsule_Destructor, HPyContext};
use pyo3_ffi as ffi;

/// The CPython destructor of `d`: `Ok(None)` for no destructor, `Err` (with
/// `ValueError` set) if `d` leaves out one of its functions.
///
/// # Safety
/// `d` is NULL or points to a valid `HPyCapsule_Destructor`.
unsafe fn cpy_destructor(d: *const HPyCapsule_Destructor) -> Result<Option<ffi::PyCapsule_Destructor>, ()> {
    if d.is_null() {
        return Ok(None);
    }
    // SAFETY: non-NULL, and valid by the caller's guarantee.
    let d = unsafe { &*d };
    match (d.cpy_trampoline, d.impl_) {
        (Some(trampoline), Some(_)) => {
            // SAFETY: HPyCapsule_DESTRUCTOR defines `cpy_trampoline` as a
            // `void (*)(PyObject *)`; the header types it as a generic
            // function pointer, so we restore its real type.
            Ok(Some(unsafe {
                core::mem::transmute::<unsafe extern "C" fn() -> *mut c_void, ffi::PyCapsule_Destructor>(trampoline)
            }))
        }
        _ => {
            // SAFETY: GIL held (context function contract).
            unsafe { ffi::PyErr_SetString(ffi::PyExc_ValueError, c"Invalid HPyCapsule destructor".as_ptr()) };
            Err(())
        }
    }
}

/// CPython rejects a NULL pointer with `ValueError`.
unsafe extern "C" fn new(
    _: *mut HPyContext,
    pointer: *mut c_void,
    utf8_name: *const c_char,
    destructor: *mut HPyCapsule_Destructor,
) -> HPy {
    // SAFETY: `destructor` is NULL or valid (C API contract); GIL held;
    // `utf8_name` is NULL or a string that outlives the capsule.
    unsafe {
        let Ok(d) = cpy_destructor(destructor) else { return HPy::NULL };
        hpy(ffi::PyCapsule_New(pointer, utf8_name, d))
    }
}

fn invalid_key(fname: &core::ffi::CStr, key: _HPyCapsule_key) {
    // SAFETY: called from context functions, with the GIL held; the format
    // has `%s` and `%d`.
    unsafe {
        ffi::PyErr_Format(ffi::PyExc_SystemError, c"%s: invalid _HPyCapsule_key %d".as_ptr(), fname.as_ptr(), key.0)
    };
}

/// CPython validates the capsule (and the name, for the pointer) and
/// raises `ValueError` if it is not one.
unsafe extern "C" fn get(
    _: *mut HPyContext,
    capsule: HPy,
    key: _HPyCapsule_key,
    utf8_name: *const c_char,
) -> *mut c_void {
    let obj = py(capsule);
    // SAFETY: GIL held, `capsule` open; `utf8_name` NULL or NUL-terminated.
    unsafe {
        match key {
            _HPyCapsule_key::Pointer => ffi::PyCapsule_GetPointer(obj, utf8_name),
            _HPyCapsule_key::Name => ffi::PyCapsule_GetName(obj) as *mut c_void,
            _HPyCapsule_key::Context => ffi::PyCapsule_GetContext(obj),
            _HPyCapsule_key::Destructor => {
                ffi::PyErr_SetString(
                    ffi::PyExc_ValueError,
                    c"Invalid operation: get HPyCapsule_key_Destructor".as_ptr(),
                );
                core::ptr::null_mut()
            }
            other => {
                invalid_key(c"HPyCapsule_Get", other);
                core::ptr::null_mut()
            }
        }
    }
}

unsafe extern "C" fn set(_: *mut HPyContext, capsule: HPy, key: _HPyCapsule_key, value: *mut c_void) -> c_int {
    let obj = py(capsule);
    // SAFETY: GIL held, `capsule` open; `value` has the type the key
    // implies (C API contract): a name string, a context, a pointer, or an
    // `HPyCapsule_Destructor *`.
    unsafe {
        match key {
            _HPyCapsule_key::Pointer => ffi::PyCapsule_SetPointer(obj, value),
            _HPyCapsule_key::Name => ffi::PyCapsule_SetName(obj, value as *const c_char),
            _HPyCapsule_key::Context => ffi::PyCapsule_SetContext(obj, value),
            _HPyCapsule_key::Destructor => match cpy_destructor(value as *const HPyCapsule_Destructor) {
                Ok(d) => ffi::PyCapsule_SetDestructor(obj, d),
                Err(()) => -1,
            },
            other => {
                invalid_key(c"HPyCapsule_Set", other);
                -1
            }
        }
    }
}

unsafe extern "C" fn is_valid(_: *mut HPyContext, capsule: HPy, utf8_name: *const c_char) -> c_int {
    // SAFETY: GIL held; CPython accepts any object (and NULL) here.
    unsafe { ffi::PyCapsule_IsValid(py(capsule), utf8_name) }
}

/// The `HPyFunc_CAPSULE_DESTRUCTOR` case of
/// `ctx_CallRealFunctionFromTrampoline`: the trampoline passes the capsule
/// being destroyed as its argument block, and `func` is the extension's
/// `HPyFunc_Capsule_Destructor`, which gets the capsule's name, pointer and
/// context.
///
/// # Safety
/// GIL held; `capsule` is a live capsule; `func` has the
/// `HPyFunc_Capsule_Destructor` signature.
#[allow(dead_code)] // until call.rs dispatches HPyFunc_CAPSULE_DESTRUCTOR here
pub(crate) unsafe fn call_destructor(func: unsafe extern "C" fn() -> *mut c_void, capsule: *mut c_void) {
    let obj = capsule.cast::<ffi::PyObject>();
    // SAFETY: the caller's guarantees; a capsule's own name always matches,
    // so these calls cannot fail on a live capsule.
    unsafe {
        let f: unsafe extern "C" fn(*const c_char, *mut c_void, *mut c_void) = core::mem::transmute(func);
        let name = ffi::PyCapsule_GetName(obj);
        f(name, ffi::PyCapsule_GetPointer(obj, name), ffi::PyCapsule_GetContext(obj));
    }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Capsule_New = new;
    ctx.ctx_Capsule_Get = get;
    ctx.ctx_Capsule_IsValid = is_valid;
    ctx.ctx_Capsule_Set = set;
}
