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

/// The `PyType_Slot` array being built: on the stack unless it is large.
pub(crate) struct SlotBuf {
    inline: [MaybeUninit<ffi::PyType_Slot>; SlotBuf::INLINE],
    heap: Vec<ffi::PyType_Slot>,
    len: usize,
}

impl SlotBuf {
    const INLINE: usize = 24;

    pub(crate) fn new() -> SlotBuf {
        SlotBuf { inline: [MaybeUninit::uninit(); Self::INLINE], heap: Vec::new(), len: 0 }
    }

    fn push(&mut self, s: ffi::PyType_Slot) {
        if self.len < Self::INLINE {
            self.inline[self.len].write(s);
        } else {
            if self.len == Self::INLINE {
                // SAFETY: the inline slots are all initialized.
                let inline = unsafe { &*(&raw const self.inline).cast::<[ffi::PyType_Slot; Self::INLINE]>() };
                self.heap.extend_from_slice(inline);
            }
            self.heap.push(s);
        }
        self.len += 1;
    }

    /// The slots pushed so far (the last one pushed is the terminator).
    pub(crate) fn as_mut_ptr(&mut self) -> *mut ffi::PyType_Slot {
        if self.len <= Self::INLINE {
            self.inline.as_mut_ptr().cast()
        } else {
            self.heap.as_mut_ptr()
        }
    }
}

/// The first error among the slot defines, raised after the checks that
/// HPy 0.9 makes before it looks at slots.
#[derive(Clone, Copy)]
pub(crate) enum SlotError {
    ModuleSlot,
    Invalid(c_int),
    CallOfVarObject,
    CallOfInheritedStruct,
}

impl SlotError {
    pub(crate) fn raise(self) {
        match self {
            SlotError::ModuleSlot => {
                type_error(c"HPy_mod_create and HPy_mod_exec are module slots and cannot be used in a type")
            }
            // SAFETY: called from HPyType_FromSpec with the GIL held; the
            // format takes an int.
            SlotError::Invalid(id) => unsafe {
                ffi::PyErr_Format(ffi::PyExc_TypeError, c"invalid slot in HPyType_Spec: %d".as_ptr(), id);
            },
            SlotError::CallOfVarObject => type_error(c"Cannot use HPy call protocol with var objects"),
            // A legacy type that inherits its size: we don't know where its
            // struct ends.
            SlotError::CallOfInheritedStruct => type_error(
                c"Cannot use HPy call protocol with legacy types that inherit the struct. \
                  Either set the basicsize to a non-zero value or use legacy slot 'Py_tp_call'.",
            ),
        }
    }
}

/// What one pass over a spec's defines learns: how many of each kind there
/// are, and what the slot defines amount to (their CPython slots are
/// pushed to the [`SlotBuf`] during the pass).
pub(crate) struct Scan<'a> {
    pub defs: &'a [&'a HPyDef],
    pub methods: usize,
    /// Every HPy member, the `HPyField` ones included.
    pub members: usize,
    /// The `HPyField` members, which become getsets.
    pub fields: usize,
    pub getsets: usize,
    pub destroy: bool,
    pub traverse: bool,
    pub has_new: bool,
    pub info: TypeInfo,
    pub basicsize: isize,
    /// The offset of the hidden call function of `HPy_tp_call` (0: none).
    pub implicit_vectorcall: isize,
    pub error: Option<SlotError>,
}

impl Scan<'_> {
    /// HPy types with a destroy or traverse slot get the runtime's tp_dealloc.
    pub(crate) fn needs_dealloc(&self) -> bool {
        self.destroy || self.traverse
    }
}

/// Scan the defines of `spec`, whose HPy struct starts `head` bytes into
/// the object, pushing the CPython slots of its slot defines to `slots`.
///
/// # Safety
/// `spec` comes from the extension and is valid (its defines are NULL or a
/// NULL-terminated array of valid defines).
pub(crate) unsafe fn scan<'a>(spec: &HPyType_Spec, head: isize, slots: &mut SlotBuf) -> Scan<'a> {
    let mut s = Scan {
        defs: &[],
        methods: 0,
        members: 0,
        fields: 0,
        getsets: 0,
        destroy: false,
        traverse: false,
        has_new: false,
        info: TypeInfo { shape: spec.builtin_shape, head, destroy: None, traverse: None, vectorcall: None },
        basicsize: if spec.basicsize != 0 { spec.basicsize as isize + head } else { 0 },
        implicit_vectorcall: 0,
        error: None,
    };
    let defines = spec.defines;
    if defines.is_null() {
        return s;
    }
    let mut n = 0;
    loop {
        // SAFETY: the array is NULL-terminated (caller's contract), so
        // every element up to the terminator is readable.
        let d = unsafe { *defines.add(n) };
        if d.is_null() {
            break;
        }
        n += 1;
        // SAFETY: a non-NULL define is valid (caller's contract).
        let d = unsafe { &*d };
        match d.kind {
            // SAFETY: `kind` says the union holds a slot.
            HPyDef_Kind::Slot => slot_def(spec, unsafe { &d.u.slot }, &mut s, slots),
            HPyDef_Kind::Meth => s.methods += 1,
            HPyDef_Kind::Member => {
                s.members += 1;
                // SAFETY: `kind` says the union holds a member.
                s.fields += usize::from(members::is_field_member(unsafe { &d.u.member }));
            }
            HPyDef_Kind::GetSet => s.getsets += 1,
            _ => {}
        }
    }
    // SAFETY: the `n` defines before the terminator are non-NULL pointers
    // to valid definitions, which have the representation of `&HPyDef`.
    s.defs = unsafe { core::slice::from_raw_parts(defines.cast::<&HPyDef>(), n) };
    s
}

/// One slot define: into `slots`, `s.info`, or `s.error` (the first one).
fn slot_def(spec: &HPyType_Spec, d: &HPySlot, s: &mut Scan<'_>, slots: &mut SlotBuf) {
    let error = match d.slot {
        HPySlot_Slot::tp_destroy => {
            s.destroy = true;
            // SAFETY: HPy_tp_destroy implementations are destroyfuncs.
            s.info.destroy = d.impl_.map(|f| unsafe { core::mem::transmute::<_, DestroyFunc>(f) });
            return;
        }
        HPySlot_Slot::tp_call => match hidden_call_field(spec, s.info.head, &mut s.basicsize) {
            Ok(offset) => {
                s.implicit_vectorcall = offset;
                // SAFETY: HPy_tp_call trampolines are KEYWORDS trampolines,
                // which have the vectorcallfunc signature.
                s.info.vectorcall =
                    d.cpy_trampoline.map(|f| unsafe { core::mem::transmute::<_, ffi::vectorcallfunc>(f) });
                return;
            }
            Err(e) => e,
        },
        HPySlot_Slot::mod_create | HPySlot_Slot::mod_exec => SlotError::ModuleSlot,
        other => match cpython_slot(other) {
            Some(id) => {
                if other == HPySlot_Slot::tp_new {
                    s.has_new = true;
                } else if other == HPySlot_Slot::tp_traverse {
                    s.traverse = true;
                    // SAFETY: HPy_tp_traverse implementations are traverseprocs.
                    s.info.traverse = d.impl_.map(|f| unsafe { core::mem::transmute::<_, TraverseProc>(f) });
                }
                slots.push(slot(id, trampoline(d)));
                return;
            }
            None => SlotError::Invalid(other.0),
        },
    };
    // HPy 0.9 reports the first bad slot.
    s.error.get_or_insert(error);
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

/// The legacy `PyType_Slot`s of a spec (empty when there are none).
///
/// # Safety
/// `spec.legacy_slots` is NULL or a zero-terminated `PyType_Slot` array.
pub(crate) unsafe fn legacy_slots<'a>(spec: &HPyType_Spec) -> &'a [ffi::PyType_Slot] {
    // SAFETY: the caller's contract.
    unsafe { super::terminated(spec.legacy_slots.cast::<ffi::PyType_Slot>(), |s| s.slot == 0) }
}

/// What `HPyType_FromSpec` hands to CPython (with the slots) and to the
/// registry.
pub(crate) struct Plan {
    pub entry: NewEntry,
    pub flags: c_ulong,
}

/// The legacy tables of `legacy` (the first of each kind, like HPy 0.9);
/// its other slots are pushed to `slots`.
///
/// # Safety
/// The legacy tables are terminated CPython arrays.
unsafe fn legacy_tables<'a>(
    legacy: &[ffi::PyType_Slot],
    slots: &mut SlotBuf,
) -> (&'a [ffi::PyMethodDef], &'a [ffi::PyMemberDef], &'a [ffi::PyGetSetDef]) {
    let (mut m, mut mem, mut g) = (core::ptr::null::<c_void>(), core::ptr::null::<c_void>(), core::ptr::null::<c_void>());
    for s in legacy {
        match s.slot {
            ffi::Py_tp_methods if m.is_null() => m = s.pfunc.cast_const(),
            ffi::Py_tp_members if mem.is_null() => mem = s.pfunc.cast_const(),
            ffi::Py_tp_getset if g.is_null() => g = s.pfunc.cast_const(),
            ffi::Py_tp_methods | ffi::Py_tp_members | ffi::Py_tp_getset => {}
            _ => slots.push(*s),
        }
    }
    // SAFETY: the caller's contract.
    unsafe {
        (
            super::terminated(m.cast::<ffi::PyMethodDef>(), |m| m.ml_name.is_null()),
            super::terminated(mem.cast::<ffi::PyMemberDef>(), |m| m.name.is_null()),
            super::terminated(g.cast::<ffi::PyGetSetDef>(), |g| g.name.is_null()),
        )
    }
}

/// Build the tables of a scanned spec into its registry entry, and the
/// rest of its slots.
///
/// # Safety
/// `scan` is the scan of `spec`, `legacy` its legacy slots (terminated
/// CPython tables); GIL held.
pub(crate) unsafe fn plan(
    spec: &HPyType_Spec,
    scan: &Scan<'_>,
    legacy: &[ffi::PyType_Slot],
    slots: &mut SlotBuf,
) -> Result<Plan, ()> {
    if !spec.doc.is_null() {
        slots.push(slot(ffi::Py_tp_doc, spec.doc.cast_mut().cast()));
    }
    let (legacy_methods, legacy_members, legacy_getsets, has_new) = if legacy.is_empty() {
        (&[][..], &[][..], &[][..], scan.has_new)
    } else {
        // SAFETY: the caller's contract.
        let (m, mem, g) = unsafe { legacy_tables(legacy, slots) };
        (m, mem, g, scan.has_new || legacy.iter().any(|s| s.slot == ffi::Py_tp_new))
    };

    // Each table: the HPy entries, then the legacy ones, then (getsets
    // only) the getsets of the HPyField members, and a terminator; no table
    // at all if it would be empty.
    let terminated = |n: usize| if n > 0 { n + 1 } else { 0 };
    let implicit = usize::from(scan.implicit_vectorcall > 0);
    let sizes = Sizes {
        methods: terminated(scan.methods + legacy_methods.len()),
        members: terminated(implicit + scan.members - scan.fields + legacy_members.len()),
        getsets: terminated(scan.getsets + legacy_getsets.len() + scan.fields),
        closures: scan.fields,
    };
    // SAFETY: GIL held.
    let Some((entry, t)) = (unsafe { NewEntry::new(sizes, scan.info) }) else {
        return Err(());
    };

    let mut explicit = None;
    let mut bad_method = false;
    if scan.methods + scan.members + scan.getsets > 0 {
        // The member offsets are relative to the HPy struct, which exists
        // only if the type has a size of its own (possibly just the hidden
        // field).
        let base_offset = if scan.basicsize != 0 { scan.info.head } else { 0 };
        let (mut nm, mut nmem, mut ng, mut nf) = (0, implicit, 0, 0);
        let first_field = scan.getsets + legacy_getsets.len();
        for d in scan.defs {
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
    }
    if implicit > 0 {
        t.members[0] = members::implicit_vectorcall(scan.implicit_vectorcall);
    }
    if !legacy.is_empty() {
        t.methods[scan.methods..scan.methods + legacy_methods.len()].copy_from_slice(legacy_methods);
        t.getsets[scan.getsets..scan.getsets + legacy_getsets.len()].copy_from_slice(legacy_getsets);
        let first = implicit + scan.members - scan.fields;
        for (i, m) in legacy_members.iter().enumerate() {
            if members::is_vectorcall_offset(m.name) {
                explicit = Some(m.offset);
            }
            t.members[first + i] = *m;
        }
    }
    // The checks of the tables, in HPy 0.9's order.
    if bad_method {
        methods::unsupported();
        return Err(());
    }
    if scan.basicsize == 0 && scan.members + legacy_members.len() + implicit > 0 {
        members::basicsize_error();
        return Err(());
    }
    let vectorcall_offset = match explicit {
        Some(_) if implicit > 0 => {
            members::vectorcall_conflict_error();
            return Err(());
        }
        Some(offset) => offset,
        None => scan.implicit_vectorcall,
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
    if scan.needs_dealloc() {
        slots.push(slot(ffi::Py_tp_dealloc, lifecycle::dealloc as *mut c_void));
    }
    if scan.info.traverse.is_some() {
        slots.push(slot(ffi::Py_tp_clear, lifecycle::clear as *mut c_void));
    }
    slots.push(ffi::PyType_Slot::default());
    Ok(Plan { entry, flags })
}

/// Make room for the per-instance call function of `HPy_tp_call` at the
/// end of the object, and return its offset.
fn hidden_call_field(spec: &HPyType_Spec, head: isize, basicsize: &mut isize) -> Result<isize, SlotError> {
    if spec.itemsize != 0 {
        return Err(SlotError::CallOfVarObject);
    }
    let offset = align_up(if *basicsize == 0 { head } else { *basicsize });
    if offset == 0 {
        return Err(SlotError::CallOfInheritedStruct);
    }
    *basicsize = offset + core::mem::size_of::<ffi::vectorcallfunc>() as isize;
    Ok(offset)
}

#[cfg(test)]
mod tests {
    use super::{slot, SlotBuf};

    #[test]
    fn slot_buf_spills_to_the_heap() {
        for n in [0, 1, SlotBuf::INLINE - 1, SlotBuf::INLINE, SlotBuf::INLINE + 1, 3 * SlotBuf::INLINE] {
            let mut buf = SlotBuf::new();
            for i in 0..n {
                buf.push(slot(i as core::ffi::c_int + 1, core::ptr::null_mut()));
            }
            buf.push(slot(0, core::ptr::null_mut()));
            // SAFETY: `n + 1` slots were pushed.
            let slots = unsafe { core::slice::from_raw_parts(buf.as_mut_ptr(), n + 1) };
            let ids: Vec<_> = slots.iter().map(|s| s.slot as usize).collect();
            assert_eq!(ids, (1..=n).chain([0]).collect::<Vec<_>>());
        }
    }
}
