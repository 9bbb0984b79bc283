//! `HPyList_*` and `HPyListBuilder_*`, plus the builder logic that
//! `tuple.rs` shares.
//!
//! In universal mode a builder is the list or tuple under construction.
//! Like upstream, `New` never leaves an exception behind: a failed
//! allocation gives a NULL builder, the `Set` calls on it do nothing, and
//! `Build` reports `MemoryError`. So callers only need to check `Build`.

use crate::handles::{hpy, py};
use core::ffi::{c_int, CStr};
use hpy_sys::{HPy, HPyContext, HPyListBuilder, HPy_ssize_t};
use pyo3_ffi as ffi;

/// The builder value for "`New` was given a negative size". Objects are
/// aligned, so this is never the address of one.
const NEGATIVE_SIZE: isize = 1;

/// What differs between the list and the tuple builders.
pub(crate) struct SeqKind {
    pub new: unsafe extern "C" fn(ffi::Py_ssize_t) -> *mut ffi::PyObject,
    pub get: unsafe fn(*mut ffi::PyObject, ffi::Py_ssize_t) -> *mut ffi::PyObject,
    pub set: unsafe fn(*mut ffi::PyObject, ffi::Py_ssize_t, *mut ffi::PyObject),
    pub negative_size: &'static CStr,
    pub index_error: &'static CStr,
    pub unset_item: &'static CStr,
}

pub(crate) const LIST: SeqKind = SeqKind {
    new: ffi::PyList_New,
    get: ffi::PyList_GET_ITEM,
    set: ffi::PyList_SET_ITEM,
    negative_size: c"HPyListBuilder_New: negative size",
    index_error: c"HPyListBuilder_Set: index out of range",
    unset_item: c"HPyListBuilder_Build: item %zd was never set",
};

/// # Safety
/// The GIL must be held.
#[inline]
pub(crate) unsafe fn builder_new(kind: &SeqKind, size: HPy_ssize_t) -> isize {
    if size < 0 {
        return NEGATIVE_SIZE;
    }
    // SAFETY: GIL held (context function contract); `size` >= 0.
    let seq = unsafe { (kind.new)(size) };
    if seq.is_null() {
        // SAFETY: GIL held. The error is reported again by `Build`.
        unsafe { ffi::PyErr_Clear() };
    }
    seq as isize
}

/// Store a new reference to `item` at `index`. An index out of range
/// raises `SystemError` at once (`Set` returns nothing, but the error
/// surfaces when the caller returns); a slot set twice drops its old item.
#[inline]
pub(crate) unsafe fn builder_set(kind: &SeqKind, builder: isize, index: HPy_ssize_t, item: *mut ffi::PyObject) {
    if builder == 0 || builder == NEGATIVE_SIZE {
        return;
    }
    let seq = builder as *mut ffi::PyObject;
    // SAFETY: GIL held; `seq` is the list/tuple `builder_new` made, which
    // the builder owns until Build or Cancel; `index` is checked against its
    // size; `item` is an open handle.
    unsafe {
        if index < 0 || index >= ffi::Py_SIZE(seq) {
            crate::err::system_error(kind.index_error);
            return;
        }
        ffi::Py_INCREF(item);
        let old = (kind.get)(seq, index);
        (kind.set)(seq, index, item);
        ffi::Py_XDECREF(old);
    }
}

/// Hand the finished object over as a handle. Every slot must have been
/// set: a list or tuple holding NULL would crash the first code reading it.
/// An exception still pending (from a `Set` out of range) fails the build
/// with that exception.
#[inline]
pub(crate) unsafe fn builder_build(kind: &SeqKind, builder: isize) -> HPy {
    if builder == NEGATIVE_SIZE {
        crate::err::system_error(kind.negative_size);
        return HPy::NULL;
    }
    let seq = builder as *mut ffi::PyObject;
    // SAFETY: GIL held; a non-NULL builder owns `seq` (see `builder_set`),
    // and its slots 0..size are readable.
    unsafe {
        if seq.is_null() {
            ffi::PyErr_NoMemory();
            return HPy::NULL;
        }
        if !ffi::PyErr_Occurred().is_null() {
            ffi::Py_DECREF(seq);
            return HPy::NULL;
        }
        for i in 0..ffi::Py_SIZE(seq) {
            if (kind.get)(seq, i).is_null() {
                ffi::PyErr_Format(ffi::PyExc_SystemError, kind.unset_item.as_ptr(), i);
                ffi::Py_DECREF(seq);
                return HPy::NULL;
            }
        }
    }
    hpy(seq)
}

#[inline]
pub(crate) unsafe fn builder_cancel(builder: isize) {
    if builder == 0 || builder == NEGATIVE_SIZE {
        return;
    }
    // SAFETY: GIL held; the builder owns the object. Lists and tuples
    // release their items with XDECREF, so unset slots are fine.
    unsafe { ffi::Py_DECREF(builder as *mut ffi::PyObject) }
}

unsafe extern "C" fn check(_: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: GIL held, `h` open (context function contract).
    unsafe { ffi::PyList_Check(py(h)) }
}

/// Unlike `PyList_New`, the items are `None`, not NULL: HPy has no call
/// that may store into a NULL slot (`HPy_SetItem` would crash on it), and
/// returning such a list to Python crashes too.
unsafe extern "C" fn new(_: *mut HPyContext, len: HPy_ssize_t) -> HPy {
    // SAFETY: GIL held; CPython rejects a negative `len` with SystemError;
    // the slots 0..len of a new list are ours to fill.
    unsafe {
        let list = ffi::PyList_New(len);
        if !list.is_null() {
            let none = ffi::Py_None();
            for i in 0..len {
                ffi::Py_INCREF(none);
                ffi::PyList_SET_ITEM(list, i, none);
            }
        }
        hpy(list)
    }
}

unsafe extern "C" fn append(_: *mut HPyContext, list: HPy, item: HPy) -> c_int {
    // SAFETY: GIL held, handles open; CPython checks both arguments.
    unsafe { ffi::PyList_Append(py(list), py(item)) }
}

unsafe extern "C" fn builder_new_list(_: *mut HPyContext, size: HPy_ssize_t) -> HPyListBuilder {
    // SAFETY: GIL held (context function contract).
    HPyListBuilder { _lst: unsafe { builder_new(&LIST, size) } }
}

unsafe extern "C" fn builder_set_list(_: *mut HPyContext, b: HPyListBuilder, index: HPy_ssize_t, item: HPy) {
    // SAFETY: `b` came from `builder_new_list`; `item` is open.
    unsafe { builder_set(&LIST, b._lst, index, py(item)) }
}

unsafe extern "C" fn builder_build_list(_: *mut HPyContext, b: HPyListBuilder) -> HPy {
    // SAFETY: `b` came from `builder_new_list` and was not built or cancelled.
    unsafe { builder_build(&LIST, b._lst) }
}

unsafe extern "C" fn builder_cancel_list(_: *mut HPyContext, b: HPyListBuilder) {
    // SAFETY: `b` came from `builder_new_list` and was not built or cancelled.
    unsafe { builder_cancel(b._lst) }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_List_Check = check;
    ctx.ctx_List_New = new;
    ctx.ctx_List_Append = append;
    ctx.ctx_ListBuilder_New = builder_new_list;
    ctx.ctx_ListBuilder_Set = builder_set_list;
    ctx.ctx_ListBuilder_Build = builder_build_list;
    ctx.ctx_ListBuilder_Cancel = builder_cancel_list;
}
