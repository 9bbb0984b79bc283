//! The object protocol: attributes, items, comparison, hashing, repr, type
//! checks and identity.

use crate::handles::{hpy, py};
use core::ffi::{c_char, c_int};
use hpy_sys::{HPy, HPyContext, HPy_hash_t, HPy_ssize_t};
use pyo3_ffi as ffi;

unsafe extern "C" fn get_attr(_: *mut HPyContext, obj: HPy, name: HPy) -> HPy {
    // SAFETY: GIL held, handles open (context function contract).
    hpy(unsafe { ffi::PyObject_GetAttr(py(obj), py(name)) })
}
unsafe extern "C" fn get_attr_s(_: *mut HPyContext, obj: HPy, name: *const c_char) -> HPy {
    // SAFETY: GIL held; `name` NUL-terminated.
    hpy(unsafe { ffi::PyObject_GetAttrString(py(obj), name) })
}
unsafe extern "C" fn has_attr(_: *mut HPyContext, obj: HPy, name: HPy) -> c_int {
    // SAFETY: GIL held, handles open.
    unsafe { ffi::PyObject_HasAttr(py(obj), py(name)) }
}
unsafe extern "C" fn has_attr_s(_: *mut HPyContext, obj: HPy, name: *const c_char) -> c_int {
    // SAFETY: GIL held; `name` NUL-terminated.
    unsafe { ffi::PyObject_HasAttrString(py(obj), name) }
}
unsafe extern "C" fn set_attr(_: *mut HPyContext, obj: HPy, name: HPy, value: HPy) -> c_int {
    // SAFETY: GIL held; a NULL value deletes the attribute, as in CPython.
    unsafe { ffi::PyObject_SetAttr(py(obj), py(name), py(value)) }
}
unsafe extern "C" fn set_attr_s(_: *mut HPyContext, obj: HPy, name: *const c_char, value: HPy) -> c_int {
    // SAFETY: GIL held; `name` NUL-terminated; NULL value deletes.
    unsafe { ffi::PyObject_SetAttrString(py(obj), name, py(value)) }
}

/// Run `f` with a new reference to `key`, releasing it afterwards.
/// Returns `err` if `key` is NULL (its creation failed).
unsafe fn with_key<T>(key: *mut ffi::PyObject, err: T, f: impl FnOnce(*mut ffi::PyObject) -> T) -> T {
    if key.is_null() {
        return err;
    }
    let r = f(key);
    // SAFETY: we own `key`; GIL held.
    unsafe { ffi::Py_DECREF(key) };
    r
}

unsafe extern "C" fn get_item(_: *mut HPyContext, obj: HPy, key: HPy) -> HPy {
    // SAFETY: GIL held, handles open.
    hpy(unsafe { ffi::PyObject_GetItem(py(obj), py(key)) })
}
unsafe extern "C" fn get_item_i(_: *mut HPyContext, obj: HPy, idx: HPy_ssize_t) -> HPy {
    // SAFETY: GIL held; the temporary key is released by `with_key`.
    unsafe { with_key(ffi::PyLong_FromSsize_t(idx), HPy::NULL, |k| hpy(ffi::PyObject_GetItem(py(obj), k))) }
}
unsafe extern "C" fn get_item_s(_: *mut HPyContext, obj: HPy, key: *const c_char) -> HPy {
    // SAFETY: GIL held; `key` NUL-terminated.
    unsafe { with_key(ffi::PyUnicode_FromString(key), HPy::NULL, |k| hpy(ffi::PyObject_GetItem(py(obj), k))) }
}
unsafe extern "C" fn set_item(_: *mut HPyContext, obj: HPy, key: HPy, value: HPy) -> c_int {
    // SAFETY: GIL held, handles open.
    unsafe { ffi::PyObject_SetItem(py(obj), py(key), py(value)) }
}
unsafe extern "C" fn set_item_i(_: *mut HPyContext, obj: HPy, idx: HPy_ssize_t, value: HPy) -> c_int {
    // SAFETY: GIL held; temporary key released.
    unsafe { with_key(ffi::PyLong_FromSsize_t(idx), -1, |k| ffi::PyObject_SetItem(py(obj), k, py(value))) }
}
unsafe extern "C" fn set_item_s(_: *mut HPyContext, obj: HPy, key: *const c_char, value: HPy) -> c_int {
    // SAFETY: GIL held; temporary key released.
    unsafe { with_key(ffi::PyUnicode_FromString(key), -1, |k| ffi::PyObject_SetItem(py(obj), k, py(value))) }
}
unsafe extern "C" fn del_item(_: *mut HPyContext, obj: HPy, key: HPy) -> c_int {
    // SAFETY: GIL held, handles open.
    unsafe { ffi::PyObject_DelItem(py(obj), py(key)) }
}
unsafe extern "C" fn del_item_i(_: *mut HPyContext, obj: HPy, idx: HPy_ssize_t) -> c_int {
    // SAFETY: GIL held; temporary key released.
    unsafe { with_key(ffi::PyLong_FromSsize_t(idx), -1, |k| ffi::PyObject_DelItem(py(obj), k)) }
}
unsafe extern "C" fn del_item_s(_: *mut HPyContext, obj: HPy, key: *const c_char) -> c_int {
    // SAFETY: GIL held; temporary key released.
    unsafe { with_key(ffi::PyUnicode_FromString(key), -1, |k| ffi::PyObject_DelItem(py(obj), k)) }
}
unsafe extern "C" fn contains(_: *mut HPyContext, container: HPy, key: HPy) -> c_int {
    // SAFETY: GIL held, handles open.
    unsafe { ffi::PySequence_Contains(py(container), py(key)) }
}
unsafe extern "C" fn length(_: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    // SAFETY: GIL held, handle open.
    unsafe { ffi::PyObject_Size(py(h)) }
}

macro_rules! to_object {
    ($($name:ident => $cpy:ident,)*) => {$(
        unsafe extern "C" fn $name(_: *mut HPyContext, h: HPy) -> HPy {
            // SAFETY: GIL held, handle open.
            hpy(unsafe { ffi::$cpy(py(h)) })
        }
    )*};
}

to_object! {
    repr => PyObject_Repr, str => PyObject_Str, ascii => PyObject_ASCII,
    bytes => PyObject_Bytes, type_of => PyObject_Type,
}

/// CPython only asserts that `op` is one of `HPy_LT`..`HPy_GE`; a bad value
/// would crash a release build, so it is a `SystemError` here.
fn valid_op(op: c_int) -> bool {
    if (ffi::Py_LT..=ffi::Py_GE).contains(&op) {
        return true;
    }
    crate::err::system_error(c"HPy_RichCompare: op must be one of HPy_LT, HPy_LE, HPy_EQ, HPy_NE, HPy_GT, HPy_GE");
    false
}

unsafe extern "C" fn rich_compare(_: *mut HPyContext, v: HPy, w: HPy, op: c_int) -> HPy {
    if !valid_op(op) {
        return HPy::NULL;
    }
    // SAFETY: GIL held, handles open, `op` checked.
    hpy(unsafe { ffi::PyObject_RichCompare(py(v), py(w), op) })
}
unsafe extern "C" fn rich_compare_bool(_: *mut HPyContext, v: HPy, w: HPy, op: c_int) -> c_int {
    if !valid_op(op) {
        return -1;
    }
    // SAFETY: GIL held, handles open, `op` checked.
    unsafe { ffi::PyObject_RichCompareBool(py(v), py(w), op) }
}
unsafe extern "C" fn hash(_: *mut HPyContext, h: HPy) -> HPy_hash_t {
    // SAFETY: GIL held, handle open.
    unsafe { ffi::PyObject_Hash(py(h)) }
}
unsafe extern "C" fn is_true(_: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: GIL held, handle open.
    unsafe { ffi::PyObject_IsTrue(py(h)) }
}
unsafe extern "C" fn type_check(_: *mut HPyContext, obj: HPy, ty: HPy) -> c_int {
    // SAFETY: GIL held; `ty` must be a type (debug mode verifies it).
    unsafe { ffi::PyObject_TypeCheck(py(obj), py(ty).cast()) }
}
unsafe extern "C" fn is(_: *mut HPyContext, a: HPy, b: HPy) -> c_int {
    (a._i == b._i) as c_int
}
unsafe extern "C" fn dump(_: *mut HPyContext, h: HPy) {
    // SAFETY: GIL held; _PyObject_Dump-like output via repr to stderr.
    unsafe {
        let obj = py(h);
        let ty = ffi::Py_TYPE(obj);
        let r = ffi::PyObject_Repr(obj);
        let text = if r.is_null() {
            ffi::PyErr_Clear();
            "<repr failed>".to_string()
        } else {
            let s = ffi::PyUnicode_AsUTF8AndSize(r, core::ptr::null_mut());
            let t = if s.is_null() { "<?>".into() } else { core::ffi::CStr::from_ptr(s).to_string_lossy().into_owned() };
            ffi::Py_DECREF(r);
            t
        };
        let tname = core::ffi::CStr::from_ptr((*ty).tp_name).to_string_lossy();
        eprintln!("object address  : {obj:p}\nobject refcount : {}\nobject type     : {tname}\nobject repr     : {text}", ffi::Py_REFCNT(obj));
    }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_GetAttr = get_attr;
    ctx.ctx_GetAttr_s = get_attr_s;
    ctx.ctx_HasAttr = has_attr;
    ctx.ctx_HasAttr_s = has_attr_s;
    ctx.ctx_SetAttr = set_attr;
    ctx.ctx_SetAttr_s = set_attr_s;
    ctx.ctx_GetItem = get_item;
    ctx.ctx_GetItem_i = get_item_i;
    ctx.ctx_GetItem_s = get_item_s;
    ctx.ctx_SetItem = set_item;
    ctx.ctx_SetItem_i = set_item_i;
    ctx.ctx_SetItem_s = set_item_s;
    ctx.ctx_DelItem = del_item;
    ctx.ctx_DelItem_i = del_item_i;
    ctx.ctx_DelItem_s = del_item_s;
    ctx.ctx_Contains = contains;
    ctx.ctx_Length = length;
    ctx.ctx_Repr = repr;
    ctx.ctx_Str = str;
    ctx.ctx_ASCII = ascii;
    ctx.ctx_Bytes = bytes;
    ctx.ctx_Type = type_of;
    ctx.ctx_RichCompare = rich_compare;
    ctx.ctx_RichCompareBool = rich_compare_bool;
    ctx.ctx_Hash = hash;
    ctx.ctx_IsTrue = is_true;
    ctx.ctx_TypeCheck = type_check;
    ctx.ctx_Is = is;
    ctx.ctx_Dump = dump;
}
