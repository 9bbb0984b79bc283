//! `HPyDef_METH` → `PyMethodDef`.

use hpy_sys::{cpy_PyCFunction, HPyFunc_Signature, HPyMeth};
use pyo3_ffi as ffi;

/// The CPython calling convention of a method signature.
fn meth_flags(sig: HPyFunc_Signature) -> Option<core::ffi::c_int> {
    Some(match sig {
        HPyFunc_Signature::VARARGS => ffi::METH_FASTCALL,
        HPyFunc_Signature::KEYWORDS => ffi::METH_FASTCALL | ffi::METH_KEYWORDS,
        HPyFunc_Signature::NOARGS => ffi::METH_NOARGS,
        HPyFunc_Signature::O => ffi::METH_O,
        _ => return None,
    })
}

/// The `PyMethodDef` of one HPy method, or None if its signature is not a
/// method signature (see [`unsupported`]).
pub(crate) fn method_def(m: &HPyMeth) -> Option<ffi::PyMethodDef> {
    let flags = meth_flags(m.signature)?;
    // SAFETY: a method entry is a union of function pointer types; the
    // trampoline has the C signature that `flags` announces.
    let ml_meth = unsafe { core::mem::transmute::<cpy_PyCFunction, ffi::PyMethodDefPointer>(m.cpy_trampoline) };
    Some(ffi::PyMethodDef { ml_name: m.name, ml_meth, ml_flags: flags, ml_doc: m.doc })
}

/// The error for a method whose signature [`method_def`] refused.
pub(crate) fn unsupported() {
    // SAFETY: called from HPyType_FromSpec, with the GIL held.
    unsafe { ffi::PyErr_SetString(ffi::PyExc_ValueError, c"Unsupported HPyMeth signature".as_ptr()) };
}
