//! `HPyDef_GET`/`HPyDef_SET`/`HPyDef_GETSET` → `PyGetSetDef`: CPython calls
//! the extension's getter/setter trampolines directly.

use super::registry::Storage;
use hpy_sys::{cpy_PyCFunction, HPyDef, HPyDef_Kind};
use pyo3_ffi as ffi;

/// A trampoline pointer as the CPython function type it was compiled with.
///
/// # Safety
/// `f` must really have the C signature of `T` (a function pointer type).
unsafe fn trampoline_as<T: Copy>(f: cpy_PyCFunction) -> Option<T> {
    // SAFETY: both are nullable function pointers of the same size; the
    // caller guarantees the signature.
    f.map(|f| unsafe { core::mem::transmute_copy::<unsafe extern "C" fn() -> *mut core::ffi::c_void, T>(&f) })
}

/// The HPy getsets of `defs`, then the legacy ones, into `storage.getsets`
/// (not yet terminated: members may add more).
///
/// # Safety
/// `legacy` is NULL or a NULL-terminated `PyGetSetDef` array.
pub(crate) unsafe fn build(defs: &[&HPyDef], legacy: *const ffi::PyGetSetDef, storage: &mut Storage) {
    // SAFETY: the caller's contract.
    let legacy = unsafe { super::terminated(legacy, |g| g.name.is_null()) };
    // Room for every getset, the HPyField members that become getsets, and
    // the terminator, so that the table is allocated once.
    let getsets = defs.iter().filter(|d| d.kind == HPyDef_Kind::GetSet);
    let members = defs.iter().filter(|d| d.kind == HPyDef_Kind::Member).count();
    let n = getsets.clone().count() + members + legacy.len();
    if n > 0 {
        storage.getsets.reserve_exact(n + 1);
    }
    for d in getsets {
        // SAFETY: `kind` says the union holds a getset; HPyDef_GET/SET
        // emit trampolines with CPython's getter/setter signatures.
        unsafe {
            let g = &d.u.getset;
            storage.getsets.push(ffi::PyGetSetDef {
                name: g.name,
                get: trampoline_as::<ffi::getter>(g.getter_cpy_trampoline),
                set: trampoline_as::<ffi::setter>(g.setter_cpy_trampoline),
                doc: g.doc,
                closure: g.closure,
            });
        }
    }
    storage.getsets.extend_from_slice(legacy);
}
