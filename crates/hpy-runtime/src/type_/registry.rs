//! Per-type HPy metadata, kept in the runtime's own table.
//!
//! HPy 0.9 marks its types with a private `tp_flags` bit and hides this data
//! behind `tp_name`. We touch neither: the table is keyed by the address of
//! the `PyTypeObject`, and a subclass made in Python finds its data by
//! walking `tp_base` up to the nearest registered type.
//!
//! # When an entry goes away
//! An entry must outlive every instance of its type (deallocation and GC
//! traversal read it), and must be gone before the type's memory can be
//! reused, or another type at the same address would be misidentified.
//! Each registered type carries a weak reference whose callback decides:
//! - called from the type's own deallocation (the type's refcount is 0):
//!   no instance is left and the memory is about to be freed, so the entry
//!   is removed;
//! - called by the cyclic GC while the type is still alive (refcount > 0),
//!   which happens before the garbage, instances included, is torn down:
//!   the entry stays and a fresh weak reference is armed, whose callback
//!   runs from the type's deallocation later (or never, if a finalizer
//!   resurrected the type).
//!
//! The table is behind a mutex that is never held while Python code or
//! extension code runs, so a callback that re-enters the runtime cannot
//! deadlock.

use super::{DestroyFunc, TraverseProc};
use core::hash::{BuildHasherDefault, Hasher};
use hpy_sys::HPyType_BuiltinShape;
use pyo3_ffi as ffi;
use std::collections::HashMap;
use std::sync::{Mutex, MutexGuard, OnceLock};

/// What the runtime needs to know about one HPy type.
#[derive(Clone, Copy)]
pub(crate) struct TypeInfo {
    pub shape: HPyType_BuiltinShape,
    pub destroy: Option<DestroyFunc>,
    pub traverse: Option<TraverseProc>,
    /// The `HPy_tp_call` trampoline that new instances start with.
    pub vectorcall: Option<ffi::vectorcallfunc>,
}

/// Memory that CPython keeps pointers to for as long as the type lives:
/// the method, member and getset tables and the closures of the HPyField
/// member getsets. Freed with the registry entry.
#[derive(Default)]
pub(crate) struct Storage {
    pub methods: Vec<ffi::PyMethodDef>,
    pub members: Vec<ffi::PyMemberDef>,
    pub getsets: Vec<ffi::PyGetSetDef>,
    /// Boxed: CPython holds pointers to them, which must not move.
    #[allow(clippy::vec_box)]
    pub closures: Vec<Box<super::members::FieldMember>>,
}

struct Entry {
    info: TypeInfo,
    /// Our strong reference to the weak reference that watches the type.
    weakref: *mut ffi::PyObject,
    _storage: Box<Storage>,
}

// SAFETY: entries are created, read and dropped with the GIL held; the raw
// pointers they contain are only dereferenced by CPython under the GIL.
unsafe impl Send for Entry {}

/// Hashes a type's address: addresses are distinct, so one multiply mixes
/// enough.
#[derive(Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64 >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

type Table = HashMap<usize, Entry, BuildHasherDefault<AddrHasher>>;

static TABLE: Mutex<Option<Table>> = Mutex::new(None);

fn table() -> MutexGuard<'static, Option<Table>> {
    // A panic cannot happen while the lock is held (no code in this module
    // panics), but recover from poisoning rather than propagate it.
    TABLE.lock().unwrap_or_else(|e| e.into_inner())
}

/// The data registered for exactly `tp` (no walking).
pub(crate) fn get(tp: *mut ffi::PyTypeObject) -> Option<TypeInfo> {
    table().as_ref()?.get(&(tp as usize)).map(|e| e.info)
}

/// The data of `tp` or of its nearest registered `tp_base`.
///
/// # Safety
/// `tp` is a live type object; the GIL is held.
pub(crate) unsafe fn find(mut tp: *mut ffi::PyTypeObject) -> Option<TypeInfo> {
    while !tp.is_null() {
        if let Some(info) = get(tp) {
            return Some(info);
        }
        // SAFETY: a live type's tp_base is NULL or a live type.
        tp = unsafe { (*tp).tp_base };
    }
    None
}

/// The shape of `tp`'s instances: `Legacy` for types HPy did not create.
///
/// # Safety
/// As for [`find`].
pub(crate) unsafe fn shape_of(tp: *mut ffi::PyTypeObject) -> HPyType_BuiltinShape {
    // SAFETY: forwarded.
    unsafe { find(tp) }.map_or(HPyType_BuiltinShape::Legacy, |i| i.shape)
}

/// Register `tp`, created by `HPyType_FromSpec`. On failure an exception is
/// set and `storage` is leaked, because `tp` may still point into it.
///
/// # Safety
/// `tp` is a live type object; the GIL is held.
pub(crate) unsafe fn register(tp: *mut ffi::PyTypeObject, info: TypeInfo, storage: Box<Storage>) -> Result<(), ()> {
    // SAFETY: GIL held, `tp` live.
    let weakref = unsafe { watch(tp) };
    if weakref.is_null() {
        Box::leak(storage);
        return Err(());
    }
    let old = table()
        .get_or_insert_with(Table::default)
        .insert(tp as usize, Entry { info, weakref, _storage: storage });
    // A leftover entry at this address can only come from a type whose
    // weakref could not be re-armed (out of memory): it is dead for sure now.
    // SAFETY: GIL held; dropped outside the lock.
    unsafe { release(old) };
    Ok(())
}

/// Drop an entry that left the table: its weakref, then its storage.
///
/// # Safety
/// GIL held; the table lock is not.
unsafe fn release(entry: Option<Entry>) {
    if let Some(entry) = entry {
        // SAFETY: the entry owned one reference to its weakref.
        unsafe { ffi::Py_DECREF(entry.weakref) };
    }
}

struct MethodDefPtr(*mut ffi::PyMethodDef);
// SAFETY: the definition is immutable after creation and only read by
// CPython under the GIL.
unsafe impl Send for MethodDefPtr {}
// SAFETY: as above.
unsafe impl Sync for MethodDefPtr {}

static CALLBACK_DEF: OnceLock<MethodDefPtr> = OnceLock::new();

fn callback_def() -> *mut ffi::PyMethodDef {
    CALLBACK_DEF
        .get_or_init(|| {
            MethodDefPtr(Box::into_raw(Box::new(ffi::PyMethodDef {
                ml_name: c"_hpy_type_freed".as_ptr(),
                ml_meth: ffi::PyMethodDefPointer { PyCFunction: on_type_weakref },
                ml_flags: ffi::METH_O,
                ml_doc: core::ptr::null(),
            })))
        })
        .0
}

/// A new weak reference to `tp` whose callback knows `tp`'s address.
///
/// # Safety
/// GIL held; `tp` is alive (its refcount may be 0 only if it is not).
unsafe fn watch(tp: *mut ffi::PyTypeObject) -> *mut ffi::PyObject {
    // SAFETY: GIL held; every object created here is checked for NULL.
    unsafe {
        let key = ffi::PyLong_FromVoidPtr(tp.cast());
        if key.is_null() {
            return core::ptr::null_mut();
        }
        let callback = ffi::PyCFunction_NewEx(callback_def(), key, core::ptr::null_mut());
        ffi::Py_DECREF(key);
        if callback.is_null() {
            return core::ptr::null_mut();
        }
        let weakref = ffi::PyWeakref_NewRef(tp.cast(), callback);
        ffi::Py_DECREF(callback);
        weakref
    }
}

/// The weakref callback described in the module documentation.
unsafe extern "C" fn on_type_weakref(key: *mut ffi::PyObject, weakref: *mut ffi::PyObject) -> *mut ffi::PyObject {
    // SAFETY: CPython calls this with the GIL held; `key` is the int made
    // by `watch`.
    let tp = unsafe { ffi::PyLong_AsVoidPtr(key) }.cast::<ffi::PyTypeObject>();
    let current = table().as_ref().and_then(|t| t.get(&(tp as usize))).map(|e| e.weakref);
    if current == Some(weakref) && !tp.is_null() {
        // SAFETY: the callback of a weakref to `tp` runs while `tp`'s
        // memory is still allocated, whether from its dealloc or from GC.
        if unsafe { ffi::Py_REFCNT(tp.cast()) } == 0 {
            let old = table().as_mut().and_then(|t| t.remove(&(tp as usize)));
            // SAFETY: GIL held, lock released.
            unsafe { release(old) };
        } else {
            // SAFETY: `tp` is alive (refcount > 0).
            unsafe { rearm(tp, weakref) };
        }
    }
    // SAFETY: GIL held.
    unsafe { ffi::Py_NewRef(ffi::Py_None()) }
}

/// Replace the entry's cleared weakref with a new one.
///
/// # Safety
/// GIL held; `tp` alive and registered with `old` as its weakref.
unsafe fn rearm(tp: *mut ffi::PyTypeObject, old: *mut ffi::PyObject) {
    // SAFETY: forwarded contract.
    let fresh = unsafe { watch(tp) };
    if fresh.is_null() {
        // Keep the entry: losing it would break the live instances.
        // SAFETY: GIL held; an exception is set.
        unsafe { ffi::PyErr_WriteUnraisable(core::ptr::null_mut()) };
        return;
    }
    if let Some(entry) = table().as_mut().and_then(|t| t.get_mut(&(tp as usize))) {
        entry.weakref = fresh;
    }
    // SAFETY: the entry's reference to `old` moved to `fresh`; the caller
    // of the callback holds its own reference to `old`.
    unsafe { ffi::Py_DECREF(old) };
}
