//! Per-type HPy metadata, kept in the runtime's own table.
//!
//! HPy 0.9 marks its types with a private `tp_flags` bit and hides this data
//! behind `tp_name`. We touch neither: the table is keyed by the address of
//! the `PyTypeObject`, and a subclass made in Python finds its data by
//! walking `tp_base` up to the nearest registered type.
//!
//! # Entries
//! A type's entry is one allocation: a small Python object (of the private
//! type [`entry_type`]) holding the type's [`TypeInfo`], followed by the
//! method, member and getset tables that CPython points into and the
//! closures of the `HPyField` member getsets. The table maps a type's
//! address to its entry.
//!
//! # When an entry goes away
//! An entry must outlive every instance of its type (deallocation and GC
//! traversal read it), and must be gone before the type's memory can be
//! reused, or another type at the same address would be misidentified.
//! Each registered type carries a weak reference whose callback is the
//! entry itself (the entry knows its type, so no second index is needed).
//! The callback decides:
//! - called from the type's own deallocation (the type's refcount is 0):
//!   no instance is left and the memory is about to be freed, so the entry
//!   leaves the table and is freed once CPython drops the callback;
//! - called by the cyclic GC while the type is still alive (refcount > 0),
//!   which happens before the garbage, instances included, is torn down:
//!   the entry stays and a fresh weak reference with the same callback is
//!   armed, whose callback runs from the type's deallocation later (or
//!   never, if a finalizer resurrected the type).
//!
//! A heap type is always part of a reference cycle (it is in its own
//! `__mro__`), so it always dies through the cyclic GC and both calls
//! happen.
//!
//! Ownership: the weak reference owns a reference to the entry (as its
//! callback) and the entry owns a reference to the weak reference; the
//! cycle is broken by the deallocation callback. The table only borrows
//! the entry, which stays alive as long as the cycle does.
//!
//! The table and the cache are only touched with the GIL held, and no
//! reference into them is kept while Python code or extension code runs.

use super::members::FieldMember;
use super::{DestroyFunc, GilCell, TraverseProc};
use core::ffi::{c_int, c_void, CStr};
use core::ptr::NonNull;
use hpy_sys::HPyType_BuiltinShape;
use pyo3_ffi as ffi;

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


/// How many elements each table of a type has, terminators included
/// (0: no table).
#[derive(Clone, Copy, Default)]
pub(crate) struct Sizes {
    pub methods: usize,
    pub members: usize,
    pub getsets: usize,
    pub closures: usize,
}

/// The head of an entry; the tables follow it in the same allocation, in
/// the order of [`Sizes`].
#[repr(C)]
struct Entry {
    ob_base: ffi::PyObject,
    /// The vectorcall function of the entry object (at
    /// `__vectorcalloffset__`): the weak reference callback.
    call: ffi::vectorcallfunc,
    /// The registered type (NULL until registration).
    tp: *mut ffi::PyTypeObject,
    /// Our strong reference to the weak reference that watches the type
    /// (NULL until registration and after the type's deallocation).
    weakref: *mut ffi::PyObject,
    info: TypeInfo,
    /// The type's name, which CPython before 3.11 does not copy.
    name: Option<Box<CStr>>,
}

/// Whether a `T` can follow a multiple of 8 bytes, and be followed by one
/// (then the tables follow the head without padding).
const fn packs<T>() -> bool {
    core::mem::align_of::<T>() <= 8 && core::mem::size_of::<T>().is_multiple_of(8)
}

const _: () = assert!(
    packs::<Entry>() && packs::<ffi::PyMethodDef>() && packs::<ffi::PyMemberDef>() && packs::<ffi::PyGetSetDef>()
        && packs::<FieldMember>()
);

/// Byte offsets of the tables after the head, and the total size.
struct Layout {
    methods: usize,
    members: usize,
    getsets: usize,
    closures: usize,
    total: usize,
}

impl Sizes {
    fn layout(&self) -> Layout {
        use core::mem::size_of;
        let methods = size_of::<Entry>();
        let members = methods + self.methods * size_of::<ffi::PyMethodDef>();
        let getsets = members + self.members * size_of::<ffi::PyMemberDef>();
        let closures = getsets + self.getsets * size_of::<ffi::PyGetSetDef>();
        let total = closures + self.closures * size_of::<FieldMember>();
        Layout { methods, members, getsets, closures, total }
    }
}

/// A type's tables, as handed out to the code that fills them: zeroed, so
/// each table is already terminated.
pub(crate) struct Tables<'a> {
    pub methods: &'a mut [ffi::PyMethodDef],
    pub members: &'a mut [ffi::PyMemberDef],
    pub getsets: &'a mut [ffi::PyGetSetDef],
    pub closures: &'a mut [FieldMember],
}

/// An entry that is not registered yet. Dropping it frees it (only do so
/// before CPython was given pointers into its tables).
pub(crate) struct NewEntry(NonNull<Entry>);

impl NewEntry {
    /// A zeroed entry with tables of the given sizes, and its tables; or
    /// None with an exception set.
    ///
    /// # Safety
    /// The GIL is held. The tables must not be used once the entry is
    /// freed (dropped, or released after its type died).
    pub(crate) unsafe fn new<'a>(sizes: Sizes, info: TypeInfo) -> Option<(NewEntry, Tables<'a>)> {
        // SAFETY: GIL held (caller).
        let tp = unsafe { entry_type() };
        if tp.is_null() {
            return None;
        }
        let layout = sizes.layout();
        // SAFETY: GIL held; a fresh block of `total` bytes, which covers
        // the head and the tables, is zeroed, then its head initialized.
        // Each table has its element count at its offset (aligned, see the
        // assertions above), and zero bytes are a valid value of each
        // element type (NULL pointers and `None` functions); the slices are
        // disjoint.
        unsafe {
            let p = ffi::PyObject_Malloc(layout.total).cast::<Entry>();
            if p.is_null() {
                ffi::PyErr_NoMemory();
                return None;
            }
            let at = |offset: usize| p.cast::<u8>().add(offset);
            core::ptr::write_bytes(at(layout.methods), 0, layout.total - layout.methods);
            p.write(Entry {
                ob_base: ffi::PyObject_HEAD_INIT,
                call: on_type_weakref,
                tp: core::ptr::null_mut(),
                weakref: core::ptr::null_mut(),
                info,
                name: None,
            });
            ffi::PyObject_Init(p.cast(), tp);
            let tables = Tables {
                methods: core::slice::from_raw_parts_mut(at(layout.methods).cast(), sizes.methods),
                members: core::slice::from_raw_parts_mut(at(layout.members).cast(), sizes.members),
                getsets: core::slice::from_raw_parts_mut(at(layout.getsets).cast(), sizes.getsets),
                closures: core::slice::from_raw_parts_mut(at(layout.closures).cast(), sizes.closures),
            };
            Some((NewEntry(NonNull::new_unchecked(p)), tables))
        }
    }

    /// Keep `name` for as long as the entry lives; returns it.
    pub(crate) fn keep_name(&mut self, name: Box<CStr>) -> *const core::ffi::c_char {
        // SAFETY: we own the entry, which is alive.
        unsafe { (*self.0.as_ptr()).name.insert(name).as_ptr() }
    }

    /// Give up the entry without freeing it: CPython may still point into
    /// its tables (a type creation that failed half-way).
    pub(crate) fn leak(self) {
        core::mem::forget(self);
    }
}

impl Drop for NewEntry {
    fn drop(&mut self) {
        // SAFETY: entries are only handled with the GIL held; we own the
        // only reference.
        unsafe { ffi::Py_DECREF(self.0.as_ptr().cast()) };
    }
}

/// `tp_dealloc` of entries.
unsafe extern "C" fn entry_dealloc(obj: *mut ffi::PyObject) {
    // SAFETY: CPython calls this once, on an unreferenced entry, with the
    // GIL held. The entry's weak reference is gone (it owned a reference
    // to us), and the name is the only field that owns memory.
    unsafe {
        let e = obj.cast::<Entry>();
        core::ptr::drop_in_place(&mut (*e).name);
        let tp = ffi::Py_TYPE(obj);
        ffi::PyObject_Free(obj.cast());
        ffi::Py_DECREF(tp.cast());
    }
}

/// The Python type of entries, created on first use and kept for the life
/// of the process; NULL with an exception set if it cannot be created.
///
/// # Safety
/// The GIL is held.
unsafe fn entry_type() -> *mut ffi::PyTypeObject {
    static TYPE: GilCell<*mut ffi::PyTypeObject> = GilCell::new(core::ptr::null_mut());
    // SAFETY: GIL held (caller).
    let cached = unsafe { *TYPE.get() };
    if !cached.is_null() {
        return cached;
    }
    let members = Box::leak(Box::new([
        ffi::PyMemberDef {
            name: c"__vectorcalloffset__".as_ptr(),
            type_code: ffi::Py_T_PYSSIZET,
            offset: core::mem::offset_of!(Entry, call) as ffi::Py_ssize_t,
            flags: ffi::Py_READONLY,
            doc: core::ptr::null(),
        },
        ffi::PyMemberDef::default(),
    ]));
    let slots = Box::leak(Box::new([
        ffi::PyType_Slot { slot: ffi::Py_tp_dealloc, pfunc: entry_dealloc as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_call, pfunc: ffi::PyVectorcall_Call as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_members, pfunc: members.as_mut_ptr().cast() },
        ffi::PyType_Slot::default(),
    ]));
    let spec = Box::leak(Box::new(ffi::PyType_Spec {
        name: c"hpy._TypeEntry".as_ptr(),
        basicsize: core::mem::size_of::<Entry>() as c_int,
        itemsize: 0,
        flags: (ffi::Py_TPFLAGS_DEFAULT | ffi::Py_TPFLAGS_HAVE_VECTORCALL | ffi::Py_TPFLAGS_DISALLOW_INSTANTIATION)
            as core::ffi::c_uint,
        slots: slots.as_mut_ptr(),
    }));
    // SAFETY: GIL held; the spec and its tables live forever.
    let tp = unsafe { ffi::PyType_FromSpec(spec) }.cast::<ffi::PyTypeObject>();
    // SAFETY: GIL held; kept for the life of the process (owns the
    // reference PyType_FromSpec returned).
    unsafe { *TYPE.get() = tp };
    tp
}

/// Entries by type address (borrowed: see the module documentation): an
/// open-addressing table with linear probing, at most half full. Keys are
/// type addresses, never 0 (the empty mark).
struct Table {
    slots: Vec<(usize, *mut Entry)>,
    len: usize,
    /// `64 - log2(slots.len())`, for the multiplicative hash.
    shift: u32,
}

impl Table {
    const fn new() -> Table {
        Table { slots: Vec::new(), len: 0, shift: 64 }
    }

    fn mask(&self) -> usize {
        self.slots.len().wrapping_sub(1)
    }

    /// The home slot of `key`: addresses are 16-byte aligned and distinct,
    /// so a Fibonacci multiply of the rest spreads them.
    fn home(&self, key: usize) -> usize {
        ((key as u64 >> 4).wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// The slot that holds `key`, or the empty slot where it would go.
    fn find(&self, key: usize) -> usize {
        let mask = self.mask();
        let mut i = self.home(key);
        loop {
            let k = self.slots[i].0;
            if k == key || k == 0 {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    fn get(&self, key: usize) -> Option<*mut Entry> {
        if self.len == 0 {
            return None;
        }
        let (k, e) = self.slots[self.find(key)];
        (k == key).then_some(e)
    }

    /// Insert or replace; returns the entry replaced.
    fn insert(&mut self, key: usize, entry: *mut Entry) -> Option<*mut Entry> {
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow();
        }
        let i = self.find(key);
        let (k, old) = core::mem::replace(&mut self.slots[i], (key, entry));
        if k == key {
            return Some(old);
        }
        self.len += 1;
        None
    }

    fn grow(&mut self) {
        let cap = (self.slots.len() * 2).max(64);
        let old = core::mem::replace(&mut self.slots, vec![(0, core::ptr::null_mut()); cap]);
        self.shift = 64 - cap.trailing_zeros();
        for (k, e) in old {
            if k != 0 {
                let i = self.find(k);
                self.slots[i] = (k, e);
            }
        }
    }

    /// Remove `key` if its entry is `entry`; returns whether it was.
    fn remove(&mut self, key: usize, entry: *mut Entry) -> bool {
        if self.len == 0 {
            return false;
        }
        let mask = self.mask();
        let mut hole = self.find(key);
        if self.slots[hole] != (key, entry) {
            return false;
        }
        self.len -= 1;
        // Backward-shift deletion: move up every later key of the probe run
        // whose home is not between the hole and it.
        let mut i = hole;
        loop {
            i = (i + 1) & mask;
            let k = self.slots[i].0;
            if k == 0 {
                break;
            }
            let home = self.home(k);
            if (i.wrapping_sub(home) & mask) >= (i.wrapping_sub(hole) & mask) {
                self.slots[hole] = self.slots[i];
                hole = i;
            }
        }
        self.slots[hole] = (0, core::ptr::null_mut());
        true
    }
}

static TABLE: GilCell<Table> = GilCell::new(Table::new());

/// The table.
///
/// # Safety
/// The GIL is held, and the reference is dropped before any Python code
/// runs or the table is asked for again.
unsafe fn table<'a>() -> &'a mut Table {
    // SAFETY: the caller's contract.
    unsafe { &mut *TABLE.get() }
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

static CACHE: GilCell<[Cached; CACHE_SLOTS]> = GilCell::new([Cached { tp: 0, info: None }; CACHE_SLOTS]);

/// The cache slot of `tp`. Heap types are at least 16-byte aligned and
/// several hundred bytes apart, so the low bits above the alignment spread
/// them well.
fn cache_slot(tp: usize) -> *mut Cached {
    let i = ((tp >> 4) ^ (tp >> 10)) & (CACHE_SLOTS - 1);
    // `i < CACHE_SLOTS`: in bounds of the array.
    CACHE.get().cast::<Cached>().wrapping_add(i)
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
    // SAFETY: GIL held; a registered entry is alive (module docs).
    let info = unsafe { table().get(key).map(|e| (*e).info) };
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

/// `f` applied to the data of `tp` or of its nearest registered `tp_base`.
/// This is on the path of every `HPy_New`: a registered `tp` found in the
/// cache is read in place, anything else takes the out-of-line walk.
///
/// # Safety
/// `tp` is a live type object; the GIL is held; `f` does not call back
/// into the registry.
#[inline]
pub(crate) unsafe fn find_map<R>(tp: *mut ffi::PyTypeObject, f: impl Fn(&TypeInfo) -> R) -> Option<R> {
    let key = tp as usize;
    // SAFETY: GIL held (caller); the reference ends before any other
    // access to the cache.
    let cached = unsafe { &*cache_slot(key) };
    if cached.tp == key {
        if let Some(info) = &cached.info {
            return Some(f(info));
        }
    }
    // SAFETY: forwarded.
    unsafe { find_walk(tp) }.map(|info| f(&info))
}

/// The data of `tp` or of its nearest registered `tp_base`.
///
/// # Safety
/// As for [`find_map`].
#[cold]
#[inline(never)]
unsafe fn find_walk(mut tp: *mut ffi::PyTypeObject) -> Option<TypeInfo> {
    while !tp.is_null() {
        // SAFETY: GIL held (caller).
        if let Some(info) = unsafe { get(tp) } {
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
/// As for [`find_map`].
pub(crate) unsafe fn shape_of(tp: *mut ffi::PyTypeObject) -> HPyType_BuiltinShape {
    // SAFETY: forwarded.
    unsafe { find_map(tp, |info| info.shape) }.unwrap_or(HPyType_BuiltinShape::Legacy)
}

/// Register `tp`, created by `HPyType_FromSpec` with the tables of `entry`.
/// On failure an exception is set and the entry is leaked, because `tp`
/// points into it.
///
/// # Safety
/// `tp` is a live type object; the GIL is held.
pub(crate) unsafe fn register(tp: *mut ffi::PyTypeObject, entry: NewEntry) -> Result<(), ()> {
    let e = entry.0;
    // SAFETY: GIL held, `tp` live; the entry is a live entry object.
    let weakref = unsafe { ffi::PyWeakref_NewRef(tp.cast(), e.as_ptr().cast()) };
    if weakref.is_null() {
        entry.leak();
        return Err(());
    }
    // The weak reference took its own reference to the entry (its
    // callback): from here the two own each other, and ours goes.
    drop(entry);
    // SAFETY: GIL held; no Python code runs while the table is borrowed.
    let old = unsafe {
        (*e.as_ptr()).tp = tp;
        (*e.as_ptr()).weakref = weakref;
        set_cached(tp as usize, Some((*e.as_ptr()).info));
        table().insert(tp as usize, e.as_ptr())
    };
    // A leftover entry at this address can only come from a type whose
    // weakref could not be re-armed (out of memory): it is dead for sure now.
    if let Some(old) = old {
        // SAFETY: GIL held; the table no longer refers to `old`, a live
        // entry.
        unsafe { release(NonNull::new_unchecked(old)) };
    }
    Ok(())
}

/// Break the cycle between an entry that left the table and its weak
/// reference; the entry is freed when the last reference to it goes.
///
/// # Safety
/// GIL held; no reference into the table is held.
unsafe fn release(e: NonNull<Entry>) {
    // SAFETY: the entry is alive (its weak reference owns it), and owns
    // one reference to its weak reference, given up here.
    unsafe {
        let weakref = core::mem::replace(&mut (*e.as_ptr()).weakref, core::ptr::null_mut());
        ffi::Py_XDECREF(weakref);
    }
}

/// The entry's vectorcall function: the weakref callback described in the
/// module documentation. Its one argument is the weak reference.
unsafe extern "C" fn on_type_weakref(
    callable: *mut ffi::PyObject,
    args: *const *mut ffi::PyObject,
    nargsf: usize,
    kwnames: *mut ffi::PyObject,
) -> *mut ffi::PyObject {
    // SAFETY: CPython calls this with the GIL held, `callable` an entry
    // (only entries have this vectorcall function) and `args` holding
    // `nargs` objects.
    unsafe {
        let e = callable.cast::<Entry>();
        let nargs = ffi::PyVectorcall_NARGS(nargsf);
        // Only our weak reference, which is registered, is acted upon
        // (anything else, such as a call from Python, is ignored).
        if nargs == 1 && kwnames.is_null() && !(*e).weakref.is_null() && *args == (*e).weakref {
            let tp = (*e).tp;
            // The callback of a weakref to `tp` runs while `tp`'s memory is
            // still allocated, whether from its dealloc or from GC; reading
            // a refcount runs no Python code.
            if ffi::Py_REFCNT(tp.cast()) == 0 {
                let key = tp as usize;
                if table().remove(key, e) {
                    set_cached(key, None);
                }
                release(NonNull::new_unchecked(e));
            } else {
                rearm(e, tp);
            }
        }
        ffi::Py_NewRef(ffi::Py_None())
    }
}

/// Replace the entry's cleared weakref with a new one.
///
/// # Safety
/// GIL held; `tp` is alive and registered with `e`, whose weak reference
/// was just cleared.
unsafe fn rearm(e: *mut Entry, tp: *mut ffi::PyTypeObject) {
    // SAFETY: the caller's contract; the entry is the callback.
    unsafe {
        let fresh = ffi::PyWeakref_NewRef(tp.cast(), e.cast());
        if fresh.is_null() {
            // Keep the entry (and its cleared weakref, which keeps it
            // alive): losing it would break the live instances.
            ffi::PyErr_WriteUnraisable(core::ptr::null_mut());
            return;
        }
        // The caller of the callback holds its own reference to the old
        // weakref.
        let old = core::mem::replace(&mut (*e).weakref, fresh);
        ffi::Py_DECREF(old);
    }
}

#[cfg(test)]
mod tests {
    use super::{Entry, Table};
    use std::collections::HashMap;

    #[test]
    fn table_agrees_with_a_hash_map() {
        let mut table = Table::new();
        let mut model = HashMap::new();
        let mut seed = 12345u64;
        for round in 0..20_000 {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            // Few distinct keys, clustered like heap addresses, so that
            // probe runs collide and wrap.
            let key = 0x7f00_0000_0000 + ((seed >> 33) as usize % 300) * 16 * 7;
            let value = (round + 1) as *mut Entry;
            if seed & 3 == 0 {
                let expected = model.get(&key).copied();
                let removed = match expected {
                    Some(v) => !table.remove(key, value) && table.remove(key, v),
                    None => table.remove(key, value),
                };
                assert_eq!(removed, expected.is_some());
                model.remove(&key);
            } else {
                assert_eq!(table.insert(key, value), model.insert(key, value));
            }
            assert_eq!(table.len, model.len());
            assert_eq!(table.get(key), model.get(&key).copied());
        }
        for (k, v) in &model {
            assert_eq!(table.get(*k), Some(*v));
        }
        assert_eq!(table.get(8), None);
    }
}
