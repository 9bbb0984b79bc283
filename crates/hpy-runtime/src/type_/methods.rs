//! `HPyDef_METH` → `PyMethodDef`, followed by the legacy methods.

use super::registry::Storage;
use hpy_sys::{cpy_PyCFunction, HPyDef, HPyDef_Kind, HPyFunc_Signature};
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

/// Fill `storage.methods` (NULL-terminated), or leave it empty if the type
/// has no methods.
///
/// # Safety
/// `legacy` is NULL or a NULL-terminated `PyMethodDef` array.
pub(crate) unsafe fn build(defs: &[&HPyDef], legacy: *const ffi::PyMethodDef, storage: &mut Storage) -> Result<(), ()> {
    // SAFETY: the caller's contract.
    let legacy = unsafe { super::terminated(legacy, |m| m.ml_name.is_null()) };
    let methods = defs.iter().filter(|d| d.kind == HPyDef_Kind::Meth);
    let n = methods.clone().count() + legacy.len();
    if n == 0 {
        // No table at all: the type gets no Py_tp_methods slot.
        return Ok(());
    }
    storage.methods.reserve_exact(n + 1);
    for d in methods {
        // SAFETY: `kind` says the union holds a method.
        let m = unsafe { &d.u.meth };
        let Some(flags) = meth_flags(m.signature) else {
            // SAFETY: GIL held.
            unsafe { ffi::PyErr_SetString(ffi::PyExc_ValueError, c"Unsupported HPyMeth signature".as_ptr()) };
            return Err(());
        };
        // SAFETY: a method entry is a union of function pointer types; the
        // trampoline has the C signature that `flags` announces.
        let ml_meth = unsafe { core::mem::transmute::<cpy_PyCFunction, ffi::PyMethodDefPointer>(m.cpy_trampoline) };
        storage.methods.push(ffi::PyMethodDef { ml_name: m.name, ml_meth, ml_flags: flags, ml_doc: m.doc });
    }
    storage.methods.extend_from_slice(legacy);
    storage.methods.push(ffi::PyMethodDef::zeroed());
    Ok(())
}
