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
use core::cell::UnsafeCell;
use std::sync::{Mutex, MutexGuard, OnceLock};

/// What the runtime needs to know about one HPy type.
#[derive(Clone, Copy)]
pub(crate) struct TypeInfo {
    pub shape: HPyType_BuiltinShape,
    /// Where the HPy struct starts in an instance: the size of the
    /// shape's head (0 for legacy types).
    pub head: isize,
    pub destroy: Option<DestroyFunc>,
    pub traverse: Option<TraverseProc>,
    /// The `HPy_tp_call` trampoline that new instances start with.
    pub vectorcall: Option<ffi::vectorcallfunc>,
}

/// Memory that CPython keeps pointers to for as long as the type lives:
/// the method, member and getset tables and the closures of the HPyField
/// member getsets. Freed with the registry entry. CPython points into the
/// buffers, never at this struct, so it may move (into the table, and
/// within it when the table grows).
#[derive(Default)]
pub(crate) struct Storage {
    pub methods: Vec<ffi::PyMethodDef>,
    pub members: Vec<ffi::PyMemberDef>,
    pub getsets: Vec<ffi::PyGetSetDef>,
    /// Boxed: CPython holds pointers to them, which must not move.
    #[allow(clippy::vec_box)]
    pub closures: Vec<Box<super::members::FieldMember>>,
    /// The type's name, which CPython before 3.11 does not copy.
    pub name: Option<Box<core::ffi::CStr>>,
}

struct Entry {
    info: TypeInfo,
    /// Our strong reference to the weak reference that watches the type.
    weakref: *mut ffi::PyObject,
    _storage: Storage,
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

type AddrMap<V> = HashMap<usize, V, BuildHasherDefault<AddrHasher>>;

#[derive(Default)]
struct Table {
    /// Entries by type address.
    types: AddrMap<Entry>,
    /// Type address by the address of the weak reference watching it, for
    /// the shared weakref callback.
    watchers: AddrMap<usize>,
}

impl Table {
    fn insert(&mut self, tp: usize, entry: Entry) -> Option<Entry> {
        self.watchers.insert(entry.weakref as usize, tp);
        let old = self.types.insert(tp, entry);
        if let Some(old) = &old {
            self.watchers.remove(&(old.weakref as usize));
        }
        old
    }

    fn remove(&mut self, tp: usize) -> Option<Entry> {
        let old = self.types.remove(&tp)?;
        self.watchers.remove(&(old.weakref as usize));
        Some(old)
    }
}

static TABLE: Mutex<Option<Table>> = Mutex::new(None);

fn table() -> MutexGuard<'static, Option<Table>> {
    // A panic cannot happen while the lock is held (no code in this module
    // panics), but recover from poisoning rather than propagate it.
    TABLE.lock().unwrap_or_else(|e| e.into_inner())
}

/// A direct-mapped cache in front of the table, for the lookups on hot
/// paths (`HPy_New`, deallocation, traversal): a hit takes no lock and a
/// few instructions. It remembers absence too (for `object` and other
/// bases that HPy did not create): a type's address changes state only in
/// [`register`] and when its entry is removed, and both update the cache.
const CACHE_SLOTS: usize = 64;

#[derive(Clone, Copy)]
struct Cached {
    tp: usize,
    info: Option<TypeInfo>,
}

struct Cache(UnsafeCell<[Cached; CACHE_SLOTS]>);

// SAFETY: the cache is only read and written with the GIL held, which
// serializes every access; no reference into it outlives one access.
unsafe impl Sync for Cache {}

static CACHE: Cache = Cache(UnsafeCell::new([Cached { tp: 0, info: None }; CACHE_SLOTS]));

/// The cache slot of `tp`. Heap types are at least 16-byte aligned and
/// several hundred bytes apart, so the low bits above the alignment spread
/// them well.
fn cache_slot(tp: usize) -> *mut Cached {
    let i = ((tp >> 4) ^ (tp >> 10)) & (CACHE_SLOTS - 1);
    // `i < CACHE_SLOTS`: in bounds of the array.
    CACHE.0.get().cast::<Cached>().wrapping_add(i)
}

/// Record the current state of `tp` in the cache.
///
/// # Safety
/// The GIL is held.
unsafe fn set_cached(tp: usize, info: Option<TypeInfo>) {
    // SAFETY: GIL held (caller), so no other access is in progress.
    unsafe { *cache_slot(tp) = Cached { tp, info } };
}

/// The data registered for exactly `tp` (no walking).
///
/// # Safety
/// The GIL is held.
#[inline]
pub(crate) unsafe fn get(tp: *mut ffi::PyTypeObject) -> Option<TypeInfo> {
    let key = tp as usize;
    // SAFETY: GIL held (caller): no other access to the cache is in progress.
    let cached = unsafe { &*cache_slot(key) };
    if cached.tp == key {
        return cached.info;
    }
    // SAFETY: forwarded.
    unsafe { get_uncached(key) }
}

/// A cache miss: look in the table and remember the answer.
///
/// # Safety
/// The GIL is held.
#[cold]
#[inline(never)]
unsafe fn get_uncached(key: usize) -> Option<TypeInfo> {
    let info = table().as_ref().and_then(|t| t.types.get(&key)).map(|e| e.info);
    // SAFETY: GIL held (caller).
    unsafe { set_cached(key, info) };
    info
}

/// Where the HPy struct of `tp`'s instances starts (0 for types HPy did not
/// create, whose instances are legacy-shaped).
///
/// # Safety
/// As for [`find_map`].
#[inline]
pub(crate) unsafe fn payload_offset(tp: *mut ffi::PyTypeObject) -> isize {
    // SAFETY: forwarded.
    unsafe { find_map(tp, |info| info.head) }.unwrap_or(0)
}

/// `f` applied to the data of `tp` or of its nearest registered `tp_base`,
/// read in place in the cache (this is on the path of every `HPy_New`).
///
/// # Safety
/// `tp` is a live type object; the GIL is held; `f` does not call back
/// into the registry.
#[inline]
pub(crate) unsafe fn find_map<R>(mut tp: *mut ffi::PyTypeObject, f: impl Fn(&TypeInfo) -> R) -> Option<R> {
    while !tp.is_null() {
        let key = tp as usize;
        // SAFETY: GIL held (caller); the reference ends before any other
        // access to the cache.
        let cached = unsafe { &*cache_slot(key) };
        if cached.tp != key {
            // SAFETY: GIL held. Fills the slot; the loop reads it again.
            unsafe { get_uncached(key) };
            continue;
        }
        if let Some(info) = &cached.info {
            return Some(f(info));
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
    unsafe { find_map(tp, |info| info.shape) }.unwrap_or(HPyType_BuiltinShape::Legacy)
}

/// Register `tp`, created by `HPyType_FromSpec`. On failure an exception is
/// set and `storage` is leaked, because `tp` may still point into it.
///
/// # Safety
/// `tp` is a live type object; the GIL is held.
pub(crate) unsafe fn register(tp: *mut ffi::PyTypeObject, info: TypeInfo, storage: Storage) -> Result<(), ()> {
    // SAFETY: GIL held, `tp` live.
    let weakref = unsafe { watch(tp) };
    if weakref.is_null() {
        core::mem::forget(storage);
        return Err(());
    }
    let old = table()
        .get_or_insert_with(Table::default)
        .insert(tp as usize, Entry { info, weakref, _storage: storage });
    // SAFETY: GIL held.
    unsafe { set_cached(tp as usize, Some(info)) };
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

/// The one callback object shared by the weak references to every HPy type
/// (the weak reference tells it which type died). Created on first use
/// and kept for the life of the process.
struct Callback(*mut ffi::PyObject);
// SAFETY: the object is created once and only used by CPython under the GIL.
unsafe impl Send for Callback {}
// SAFETY: as above.
unsafe impl Sync for Callback {}

static CALLBACK: OnceLock<Callback> = OnceLock::new();

/// The shared callback, or NULL with an exception set.
///
/// # Safety
/// The GIL is held.
unsafe fn callback() -> *mut ffi::PyObject {
    if let Some(cb) = CALLBACK.get() {
        return cb.0;
    }
    let def = Box::leak(Box::new(ffi::PyMethodDef {
        ml_name: c"_hpy_type_freed".as_ptr(),
        ml_meth: ffi::PyMethodDefPointer { PyCFunction: on_type_weakref },
        ml_flags: ffi::METH_O,
        ml_doc: core::ptr::null(),
    }));
    // SAFETY: GIL held; the definition lives forever.
    let cb = unsafe { ffi::PyCFunction_NewEx(def, core::ptr::null_mut(), core::ptr::null_mut()) };
    if cb.is_null() {
        return cb;
    }
    // The GIL serializes callers, so the cell is still empty.
    CALLBACK.get_or_init(|| Callback(cb)).0
}

/// A new weak reference to `tp` whose callback is the shared one.
///
/// # Safety
/// GIL held; `tp` is alive (its refcount may be 0 only if it is not).
unsafe fn watch(tp: *mut ffi::PyTypeObject) -> *mut ffi::PyObject {
    // SAFETY: GIL held; the callback is checked for NULL.
    unsafe {
        let callback = callback();
        if callback.is_null() {
            return core::ptr::null_mut();
        }
        ffi::PyWeakref_NewRef(tp.cast(), callback)
    }
}

/// The weakref callback described in the module documentation; the weak
/// reference tells which type it watched.
unsafe extern "C" fn on_type_weakref(_: *mut ffi::PyObject, weakref: *mut ffi::PyObject) -> *mut ffi::PyObject {
    // One lock: find the type and, if it is being deallocated, take its
    // entry out. Reading a refcount runs no Python code.
    let (tp, old) = {
        let mut guard = table();
        let Some(t) = guard.as_mut() else {
            // SAFETY: GIL held (CPython calls weakref callbacks with it).
            return unsafe { ffi::Py_NewRef(ffi::Py_None()) };
        };
        match t.watchers.get(&(weakref as usize)).copied() {
            // SAFETY: the callback of a weakref to `tp` runs while `tp`'s
            // memory is still allocated, whether from its dealloc or from GC.
            Some(tp) if unsafe { ffi::Py_REFCNT(tp as *mut ffi::PyObject) } == 0 => (tp, t.remove(tp)),
            Some(tp) => (tp, None),
            None => (0, None),
        }
    };
    if old.is_some() {
        // SAFETY: GIL held, lock released.
        unsafe {
            set_cached(tp, None);
            release(old);
        }
    } else if tp != 0 {
        // SAFETY: `tp` is alive (refcount > 0).
        unsafe { rearm(tp as *mut ffi::PyTypeObject, weakref) };
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
    if let Some(t) = table().as_mut() {
        if let Some(entry) = t.types.get_mut(&(tp as usize)) {
            entry.weakref = fresh;
            t.watchers.remove(&(old as usize));
            t.watchers.insert(fresh as usize, tp as usize);
        }
    }
    // SAFETY: the entry's reference to `old` moved to `fresh`; the caller
    // of the callback holds its own reference to `old`.
    unsafe { ffi::Py_DECREF(old) };
}
