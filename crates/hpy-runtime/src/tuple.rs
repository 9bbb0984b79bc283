//! `HPyTuple_*` and `HPyTupleBuilder_*`; the builder logic is shared with
//! lists (see `list.rs`).

use crate::handles::{hpy, py};
use crate::list::{builder_build, builder_cancel, builder_new, builder_set, SeqKind};
use core::ffi::c_int;
use hpy_sys::{HPy, HPyContext, HPyTupleBuilder, HPy_ssize_t};
use pyo3_ffi as ffi;

const TUPLE: SeqKind = SeqKind {
    new: ffi::PyTuple_New,
    get: ffi::PyTuple_GET_ITEM,
    set: ffi::PyTuple_SET_ITEM,
    negative_size: c"HPyTupleBuilder_New: negative size",
    index_error: c"HPyTupleBuilder_Set: index out of range",
    unset_item: c"HPyTupleBuilder_Build: item %zd was never set",
};

unsafe extern "C" fn check(_: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: GIL held, `h` open (context function contract).
    unsafe { ffi::PyTuple_Check(py(h)) }
}

/// A tuple of new references to `items[0..n]`.
unsafe extern "C" fn from_array(_: *mut HPyContext, items: *mut HPy, n: HPy_ssize_t) -> HPy {
    if n > 0 && items.is_null() {
        crate::err::system_error(c"HPyTuple_FromArray: items must not be NULL when n > 0");
        return HPy::NULL;
    }
    // SAFETY: GIL held; CPython rejects a negative `n` with SystemError;
    // `items` holds `n` open handles (C API contract), checked non-NULL.
    unsafe {
        let tuple = ffi::PyTuple_New(n);
        if tuple.is_null() {
            return HPy::NULL;
        }
        for i in 0..n {
            let item = py(*items.offset(i));
            ffi::Py_INCREF(item);
            ffi::PyTuple_SET_ITEM(tuple, i, item);
        }
        hpy(tuple)
    }
}

unsafe extern "C" fn builder_new_tuple(_: *mut HPyContext, size: HPy_ssize_t) -> HPyTupleBuilder {
    // SAFETY: GIL held (context function contract).
    HPyTupleBuilder { _tup: unsafe { builder_new(&TUPLE, size) } }
}

unsafe extern "C" fn builder_set_tuple(_: *mut HPyContext, b: HPyTupleBuilder, index: HPy_ssize_t, item: HPy) {
    // SAFETY: `b` came from `builder_new_tuple`; `item` is open.
    unsafe { builder_set(&TUPLE, b._tup, index, py(item)) }
}

unsafe extern "C" fn builder_build_tuple(_: *mut HPyContext, b: HPyTupleBuilder) -> HPy {
    // SAFETY: `b` came from `builder_new_tuple` and was not built or cancelled.
    unsafe { builder_build(&TUPLE, b._tup) }
}

unsafe extern "C" fn builder_cancel_tuple(_: *mut HPyContext, b: HPyTupleBuilder) {
    // SAFETY: `b` came from `builder_new_tuple` and was not built or cancelled.
    unsafe { builder_cancel(b._tup) }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Tuple_Check = check;
    ctx.ctx_Tuple_FromArray = from_array;
    ctx.ctx_TupleBuilder_New = builder_new_tuple;
    ctx.ctx_TupleBuilder_Set = builder_set_tuple;
    ctx.ctx_TupleBuilder_Build = builder_build_tuple;
    ctx.ctx_TupleBuilder_Cancel = builder_cancel_tuple;
}
