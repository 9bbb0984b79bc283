//! Turning an `HPyType_Spec` into the `PyType_Slot` array of a CPython
//! `PyType_Spec`, together with the type's registry data.
//!
//! Most `HPySlot_Slot` values become the matching `Py_*` slot holding the
//! extension's trampoline. The exceptions have no CPython counterpart:
//! - `HPy_tp_destroy` is called by the runtime's own `tp_dealloc`;
//! - `HPy_tp_call` is implemented with vectorcall: a hidden function
//!   pointer per instance, at `__vectorcalloffset__`;
//! - `HPy_tp_traverse` also gets the runtime's `tp_dealloc` and `tp_clear`,
//!   which release the instance's `HPyField`s.

use super::registry::{NewEntry, Sizes, TypeInfo};
use super::{asstruct::align_up, getset, lifecycle, members, methods, type_error, DestroyFunc, TraverseProc};
use core::ffi::{c_int, c_ulong, c_void};
use core::mem::MaybeUninit;
use hpy_sys::{HPyDef, HPyDef_Kind, HPySlot, HPySlot_Slot, HPyType_Spec};
use pyo3_ffi as ffi;

/// What a spec's defines contain, counted in one pass.
#[derive(Default)]
pub(crate) struct Census {
    pub slots: usize,
    pub methods: usize,
    /// Every HPy member, the `HPyField` ones included.
    pub members: usize,
    /// The `HPyField` members, which become getsets.
    pub fields: usize,
    pub getsets: usize,
    pub destroy: bool,
    pub traverse: bool,
}

impl Census {
    pub(crate) fn of(defs: &[&HPyDef]) -> Census {
        let mut c = Census::default();
        for d in defs {
            match d.kind {
                HPyDef_Kind::Slot => {
                    c.slots += 1;
                    // SAFETY: `kind` says the union holds a slot.
                    match unsafe { d.u.slot.slot } {
                        HPySlot_Slot::tp_destroy => c.destroy = true,
                        HPySlot_Slot::tp_traverse => c.traverse = true,
                        _ => {}
                    }
                }
                HPyDef_Kind::Meth => c.methods += 1,
                HPyDef_Kind::Member => {
                    c.members += 1;
                    // SAFETY: `kind` says the union holds a member.
                    c.fields += usize::from(members::is_field_member(unsafe { &d.u.member }));
                }
                HPyDef_Kind::GetSet => c.getsets += 1,
                _ => {}
            }
        }
        c
    }

    /// HPy types with a destroy or traverse slot get the runtime's tp_dealloc.
    pub(crate) fn needs_dealloc(&self) -> bool {
        self.destroy || self.traverse
    }
}

/// The `PyType_Slot` array being built: on the stack unless it is large.
pub(crate) struct SlotBuf {
    inline: [MaybeUninit<ffi::PyType_Slot>; SlotBuf::INLINE],
    heap: Vec<ffi::PyType_Slot>,
    len: usize,
}

impl SlotBuf {
    const INLINE: usize = 24;

    /// Room for `cap` slots.
    pub(crate) fn new(cap: usize) -> SlotBuf {
        let heap = if cap > Self::INLINE { Vec::with_capacity(cap) } else { Vec::new() };
        SlotBuf { inline: [MaybeUninit::uninit(); Self::INLINE], heap, len: 0 }
    }

    fn push(&mut self, s: ffi::PyType_Slot) {
        if self.heap.capacity() == 0 {
            self.inline[self.len].write(s);
        } else {
            self.heap.push(s);
        }
        self.len += 1;
    }

    /// The slots pushed so far (the caller pushes the terminator).
    pub(crate) fn as_mut_ptr(&mut self) -> *mut ffi::PyType_Slot {
        if self.heap.capacity() == 0 {
            self.inline.as_mut_ptr().cast()
        } else {
            self.heap.as_mut_ptr()
        }
    }
}

/// What `HPyType_FromSpec` hands to CPython (with the slots) and to the
/// registry.
pub(crate) struct Plan {
    pub entry: NewEntry,
    pub basicsize: isize,
    pub flags: c_ulong,
}

macro_rules! slot_map {
    ($slot:expr; $($hpy:ident => $py:ident,)*) => {
        match $slot {
            $(HPySlot_Slot::$hpy => Some(ffi::$py),)*
            _ => None,
        }
    };
}

/// The CPython slot id of an HPy slot that maps one to one. The ids come
/// from pyo3-ffi, so they follow the Python version being built for.
fn cpython_slot(slot: HPySlot_Slot) -> Option<c_int> {
    slot_map! { slot;
        bf_getbuffer => Py_bf_getbuffer, bf_releasebuffer => Py_bf_releasebuffer,
        mp_ass_subscript => Py_mp_ass_subscript, mp_length => Py_mp_length,
        mp_subscript => Py_mp_subscript,
        nb_absolute => Py_nb_absolute, nb_add => Py_nb_add, nb_and => Py_nb_and,
        nb_bool => Py_nb_bool, nb_divmod => Py_nb_divmod, nb_float => Py_nb_float,
        nb_floor_divide => Py_nb_floor_divide, nb_index => Py_nb_index,
        nb_inplace_add => Py_nb_inplace_add, nb_inplace_and => Py_nb_inplace_and,
        nb_inplace_floor_divide => Py_nb_inplace_floor_divide,
        nb_inplace_lshift => Py_nb_inplace_lshift, nb_inplace_multiply => Py_nb_inplace_multiply,
        nb_inplace_or => Py_nb_inplace_or, nb_inplace_power => Py_nb_inplace_power,
        nb_inplace_remainder => Py_nb_inplace_remainder, nb_inplace_rshift => Py_nb_inplace_rshift,
        nb_inplace_subtract => Py_nb_inplace_subtract,
        nb_inplace_true_divide => Py_nb_inplace_true_divide, nb_inplace_xor => Py_nb_inplace_xor,
        nb_int => Py_nb_int, nb_invert => Py_nb_invert, nb_lshift => Py_nb_lshift,
        nb_multiply => Py_nb_multiply, nb_negative => Py_nb_negative, nb_or => Py_nb_or,
        nb_positive => Py_nb_positive, nb_power => Py_nb_power, nb_remainder => Py_nb_remainder,
        nb_rshift => Py_nb_rshift, nb_subtract => Py_nb_subtract,
        nb_true_divide => Py_nb_true_divide, nb_xor => Py_nb_xor,
        nb_matrix_multiply => Py_nb_matrix_multiply,
        nb_inplace_matrix_multiply => Py_nb_inplace_matrix_multiply,
        sq_ass_item => Py_sq_ass_item, sq_concat => Py_sq_concat, sq_contains => Py_sq_contains,
        sq_inplace_concat => Py_sq_inplace_concat, sq_inplace_repeat => Py_sq_inplace_repeat,
        sq_item => Py_sq_item, sq_length => Py_sq_length, sq_repeat => Py_sq_repeat,
        tp_hash => Py_tp_hash, tp_init => Py_tp_init, tp_new => Py_tp_new,
        tp_repr => Py_tp_repr, tp_richcompare => Py_tp_richcompare, tp_str => Py_tp_str,
        tp_traverse => Py_tp_traverse, tp_finalize => Py_tp_finalize,
    }
}

fn slot(slot: c_int, pfunc: *mut c_void) -> ffi::PyType_Slot {
    ffi::PyType_Slot { slot, pfunc }
}

fn trampoline(s: &HPySlot) -> *mut c_void {
    s.cpy_trampoline.map_or(core::ptr::null_mut(), |f| f as *mut c_void)
}

fn hpy_slots<'a>(defs: &'a [&'a HPyDef]) -> impl Iterator<Item = &'a HPySlot> + 'a {
    defs.iter().filter(|d| d.kind == HPyDef_Kind::Slot).map(|d| {
        // SAFETY: `kind` says the union holds a slot.
        unsafe { &d.u.slot }
    })
}

/// The legacy `PyType_Slot`s of a spec (empty when there are none).
///
/// # Safety
/// `spec.legacy_slots` is NULL or a zero-terminated `PyType_Slot` array.
pub(crate) unsafe fn legacy_slots<'a>(spec: &HPyType_Spec) -> &'a [ffi::PyType_Slot] {
    // SAFETY: the caller's contract.
    unsafe { super::terminated(spec.legacy_slots.cast::<ffi::PyType_Slot>(), |s| s.slot == 0) }
}

/// Build the slots of `spec` into `slots` and its registry entry with the
/// tables, for an HPy struct that starts `head` bytes into the object.
///
/// # Safety
/// `spec` and `defs` come from the extension and are valid, `census` is
/// theirs and `legacy` is `spec`'s legacy slots; GIL held.
pub(crate) unsafe fn plan(
    spec: &HPyType_Spec,
    defs: &[&HPyDef],
    census: &Census,
    legacy: &[ffi::PyType_Slot],
    head: isize,
    slots: &mut SlotBuf,
) -> Result<Plan, ()> {
    let mut basicsize = if spec.basicsize != 0 { spec.basicsize as isize + head } else { 0 };
    let mut info = TypeInfo { shape: spec.builtin_shape, head, destroy: None, traverse: None, vectorcall: None };
    let mut implicit_vectorcall = 0;
    let mut has_new = legacy.iter().any(|s| s.slot == ffi::Py_tp_new);

    for s in hpy_slots(defs) {
        match s.slot {
            HPySlot_Slot::tp_destroy => {
                // SAFETY: HPy_tp_destroy implementations are destroyfuncs.
                info.destroy = s.impl_.map(|f| unsafe { core::mem::transmute::<_, DestroyFunc>(f) });
            }
            HPySlot_Slot::tp_call => {
                implicit_vectorcall = hidden_call_field(spec, head, &mut basicsize)?;
                // SAFETY: HPy_tp_call trampolines are KEYWORDS trampolines,
                // which have the vectorcallfunc signature.
                info.vectorcall = s.cpy_trampoline.map(|f| unsafe { core::mem::transmute::<_, ffi::vectorcallfunc>(f) });
            }
            HPySlot_Slot::mod_create | HPySlot_Slot::mod_exec => {
                type_error(c"HPy_mod_create and HPy_mod_exec are module slots and cannot be used in a type");
                return Err(());
            }
            other => {
                let Some(id) = cpython_slot(other) else {
                    // SAFETY: GIL held.
                    unsafe {
                        ffi::PyErr_Format(ffi::PyExc_TypeError, c"invalid slot in HPyType_Spec: %d".as_ptr(), other.0)
                    };
                    return Err(());
                };
                if other == HPySlot_Slot::tp_new {
                    has_new = true;
                } else if other == HPySlot_Slot::tp_traverse {
                    // SAFETY: HPy_tp_traverse implementations are traverseprocs.
                    info.traverse = s.impl_.map(|f| unsafe { core::mem::transmute::<_, TraverseProc>(f) });
                }
                slots.push(slot(id, trampoline(s)));
            }
        }
    }

    if !spec.doc.is_null() {
        slots.push(slot(ffi::Py_tp_doc, spec.doc.cast_mut().cast()));
    }
    let (mut legacy_methods, mut legacy_members, mut legacy_getsets) = (core::ptr::null::<c_void>(), core::ptr::null::<c_void>(), core::ptr::null::<c_void>());
    for s in legacy {
        match s.slot {
            // The first of each table counts, as in HPy 0.9.
            ffi::Py_tp_methods if legacy_methods.is_null() => legacy_methods = s.pfunc.cast_const(),
            ffi::Py_tp_members if legacy_members.is_null() => legacy_members = s.pfunc.cast_const(),
            ffi::Py_tp_getset if legacy_getsets.is_null() => legacy_getsets = s.pfunc.cast_const(),
            ffi::Py_tp_methods | ffi::Py_tp_members | ffi::Py_tp_getset => {}
            _ => slots.push(*s),
        }
    }
    // SAFETY: legacy tables are terminated CPython arrays.
    let (legacy_methods, legacy_members, legacy_getsets) = unsafe {
        (
            super::terminated(legacy_methods.cast::<ffi::PyMethodDef>(), |m| m.ml_name.is_null()),
            super::terminated(legacy_members.cast::<ffi::PyMemberDef>(), |m| m.name.is_null()),
            super::terminated(legacy_getsets.cast::<ffi::PyGetSetDef>(), |g| g.name.is_null()),
        )
    };

    // Each table: the HPy entries, then the legacy ones, then (members
    // only) the getsets of the HPyField members, and a terminator; no
    // table at all if it would be empty.
    let terminated = |n: usize| if n > 0 { n + 1 } else { 0 };
    let implicit = usize::from(implicit_vectorcall > 0);
    let plain_members = census.members - census.fields;
    let sizes = Sizes {
        methods: terminated(census.methods + legacy_methods.len()),
        members: terminated(implicit + plain_members + legacy_members.len()),
        getsets: terminated(census.getsets + legacy_getsets.len() + census.fields),
        closures: census.fields,
    };
    // SAFETY: GIL held.
    let Some(mut entry) = (unsafe { NewEntry::new(sizes, info) }) else {
        return Err(());
    };
    let t = entry.tables();

    // The member offsets are relative to the HPy struct, which exists only
    // if the type has a size of its own (possibly just the hidden field).
    let base_offset = if basicsize != 0 { head } else { 0 };
    let (mut nm, mut nmem, mut ng, mut nf) = (0, implicit, 0, 0);
    let first_field = census.getsets + legacy_getsets.len();
    let mut bad_method = false;
    let mut explicit = None;
    if implicit > 0 {
        t.members[0] = members::implicit_vectorcall(implicit_vectorcall);
    }
    for d in defs {
        match d.kind {
            HPyDef_Kind::Meth => {
                // SAFETY: `kind` says the union holds a method.
                match methods::method_def(unsafe { &d.u.meth }) {
                    Some(m) => t.methods[nm] = m,
                    None => bad_method = true,
                }
                nm += 1;
            }
            HPyDef_Kind::Member => {
                // SAFETY: `kind` says the union holds a member.
                let m = unsafe { &d.u.member };
                let offset = m.offset + base_offset;
                if members::is_field_member(m) {
                    t.getsets[first_field + nf] = members::field_getset(m, offset, &mut t.closures[nf]);
                    nf += 1;
                } else {
                    if members::is_vectorcall_offset(m.name) {
                        explicit = Some(offset);
                    }
                    t.members[nmem] = members::member_def(m, offset);
                    nmem += 1;
                }
            }
            HPyDef_Kind::GetSet => {
                // SAFETY: `kind` says the union holds a getset.
                t.getsets[ng] = getset::getset_def(unsafe { &d.u.getset });
                ng += 1;
            }
            _ => {}
        }
    }
    t.methods[nm..nm + legacy_methods.len()].copy_from_slice(legacy_methods);
    t.getsets[ng..ng + legacy_getsets.len()].copy_from_slice(legacy_getsets);
    for m in legacy_members {
        if members::is_vectorcall_offset(m.name) {
            explicit = Some(m.offset);
        }
        t.members[nmem] = *m;
        nmem += 1;
    }
    // The checks of the tables, in HPy 0.9's order.
    if bad_method {
        methods::unsupported();
        return Err(());
    }
    if basicsize == 0 && census.members + legacy_members.len() + implicit > 0 {
        members::basicsize_error();
        return Err(());
    }
    let vectorcall_offset = match explicit {
        Some(_) if implicit > 0 => {
            members::vectorcall_conflict_error();
            return Err(());
        }
        Some(offset) => offset,
        None => implicit_vectorcall,
    };

    let mut flags = spec.flags;
    if vectorcall_offset > 0 {
        slots.push(slot(ffi::Py_tp_call, ffi::PyVectorcall_Call as *mut c_void));
        if !has_new {
            slots.push(slot(ffi::Py_tp_new, lifecycle::new_with_vectorcall as *mut c_void));
        }
        flags |= ffi::Py_TPFLAGS_HAVE_VECTORCALL;
    }
    if !t.methods.is_empty() {
        slots.push(slot(ffi::Py_tp_methods, t.methods.as_mut_ptr().cast()));
    }
    if !t.members.is_empty() {
        slots.push(slot(ffi::Py_tp_members, t.members.as_mut_ptr().cast()));
    }
    if !t.getsets.is_empty() {
        slots.push(slot(ffi::Py_tp_getset, t.getsets.as_mut_ptr().cast()));
    }
    if census.needs_dealloc() {
        slots.push(slot(ffi::Py_tp_dealloc, lifecycle::dealloc as *mut c_void));
    }
    if info.traverse.is_some() {
        slots.push(slot(ffi::Py_tp_clear, lifecycle::clear as *mut c_void));
    }
    slots.push(ffi::PyType_Slot::default());
    Ok(Plan { entry, basicsize, flags })
}

/// Make room for the per-instance call function of `HPy_tp_call` at the
/// end of the object, and return its offset.
fn hidden_call_field(spec: &HPyType_Spec, head: isize, basicsize: &mut isize) -> Result<isize, ()> {
    if spec.itemsize != 0 {
        type_error(c"Cannot use HPy call protocol with var objects");
        return Err(());
    }
    let offset = align_up(if *basicsize == 0 { head } else { *basicsize });
    if offset == 0 {
        // A legacy type that inherits its size: we don't know where its
        // struct ends.
        type_error(
            c"Cannot use HPy call protocol with legacy types that inherit the struct. \
              Either set the basicsize to a non-zero value or use legacy slot 'Py_tp_call'.",
        );
        return Err(());
    }
    *basicsize = offset + core::mem::size_of::<ffi::vectorcallfunc>() as isize;
    Ok(offset)
}
