//! `HPyType_FromSpec`: checks, bases and metaclass from the spec params,
//! the CPython type itself, and its registration.

use super::registry;
use super::{asstruct, slots, type_error, value_error, GilCell};
use crate::handles::{hpy, py};
use core::ffi::{c_char, c_int, c_uint, c_ulong, CStr};
use hpy_sys::*;
use core::sync::atomic::{AtomicBool, Ordering};
use pyo3_ffi as ffi;

/// The params up to their zero-kind terminator.
///
/// # Safety
/// `params` is NULL or terminated by an entry of kind 0.
unsafe fn params<'a>(params: *const HPyType_SpecParam) -> &'a [HPyType_SpecParam] {
    // SAFETY: the caller's contract.
    unsafe { super::terminated(params, |p| p.kind.0 == 0) }
}

fn check_params(params: &[HPyType_SpecParam], name: *const c_char) -> Result<(), ()> {
    let (mut bases, mut tuples) = (0, 0);
    for p in params {
        if p.object.is_null() {
            crate::err::system_error(c"HPyType_SpecParam with a NULL object");
            return Err(());
        }
        match p.kind {
            HPyType_SpecParam_Kind::Base => bases += 1,
            HPyType_SpecParam_Kind::BasesTuple => tuples += 1,
            HPyType_SpecParam_Kind::Metaclass => {}
            _ => {
                // SAFETY: GIL held; the format takes one C string.
                unsafe {
                    ffi::PyErr_Format(
                        ffi::PyExc_TypeError,
                        c"unknown HPyType_SpecParam specification for '%s'".as_ptr(),
                        name,
                    )
                };
                return Err(());
            }
        }
    }
    if tuples > 1 {
        type_error(c"multiple specifications of HPyType_SpecParam_BasesTuple");
        return Err(());
    }
    if bases > 0 && tuples > 0 {
        type_error(c"cannot specify both HPyType_SpecParam_Base and HPytype_SpecParam_BasesTuple");
        return Err(());
    }
    Ok(())
}

fn check_spec(spec: &HPyType_Spec, census: &slots::Scan<'_>, legacy: &[ffi::PyType_Slot]) -> Result<(), ()> {
    if !spec.legacy_slots.is_null() && spec.builtin_shape != HPyType_BuiltinShape::Legacy {
        type_error(c"cannot specify .legacy_slots without setting .builtin_shape=HPyType_BuiltinShape_Legacy");
        return Err(());
    }
    if census.needs_dealloc() && legacy.iter().any(|s| s.slot == ffi::Py_tp_dealloc) {
        type_error(c"legacy tp_dealloc is incompatible with HPy_tp_traverse or HPy_tp_destroy.");
        return Err(());
    }
    if spec.flags & HPy_TPFLAGS_HAVE_GC != 0 && !census.traverse {
        value_error(c"You must provide an HPy_tp_traverse slot if you specify HPy_TPFLAGS_HAVE_GC");
        return Err(());
    }
    Ok(())
}

/// The bases argument of `PyType_FromSpecWithBases` (a new reference, or
/// NULL for "object").
///
/// # Safety
/// GIL held; the params' handles are open.
unsafe fn bases(params: &[HPyType_SpecParam]) -> Result<*mut ffi::PyObject, ()> {
    if let Some(p) = params.iter().find(|p| p.kind == HPyType_SpecParam_Kind::BasesTuple) {
        // SAFETY: an open handle is a live object.
        return Ok(unsafe { ffi::Py_NewRef(py(p.object)) });
    }
    let singles: Vec<_> = params.iter().filter(|p| p.kind == HPyType_SpecParam_Kind::Base).collect();
    if singles.is_empty() {
        return Ok(core::ptr::null_mut());
    }
    // SAFETY: GIL held; the tuple is filled completely before it is used.
    unsafe {
        let tuple = ffi::PyTuple_New(singles.len() as ffi::Py_ssize_t);
        if tuple.is_null() {
            return Err(());
        }
        for (i, p) in singles.iter().enumerate() {
            ffi::PyTuple_SetItem(tuple, i as ffi::Py_ssize_t, ffi::Py_NewRef(py(p.object)));
        }
        Ok(tuple)
    }
}

/// The metaclass param, if any (borrowed).
///
/// # Safety
/// GIL held; the params' handles are open.
unsafe fn metaclass(params: &[HPyType_SpecParam]) -> Result<Option<*mut ffi::PyTypeObject>, ()> {
    let mut found = None;
    for p in params.iter().filter(|p| p.kind == HPyType_SpecParam_Kind::Metaclass) {
        if found.is_some() {
            value_error(c"metaclass was specified multiple times");
            return Err(());
        }
        let meta = py(p.object);
        // SAFETY: GIL held; `meta` is live; %R takes an object.
        unsafe {
            if ffi::PyType_Check(meta) == 0 || ffi::PyType_IsSubtype(meta.cast(), &raw mut ffi::PyType_Type) == 0 {
                ffi::PyErr_Format(ffi::PyExc_TypeError, c"Metaclass '%R' is not a subclass of 'type'.".as_ptr(), meta);
                return Err(());
            }
        }
        found = Some(meta.cast());
    }
    Ok(found)
}

/// `HPyType_FromSpec`.
unsafe extern "C" fn type_from_spec(
    _: *mut HPyContext,
    spec: *mut HPyType_Spec,
    params: *mut HPyType_SpecParam,
) -> HPy {
    // SAFETY: the extension passes a valid spec and params (API contract);
    // GIL held.
    match unsafe { from_spec(spec, params) } {
        Ok(tp) => hpy(tp),
        Err(()) => HPy::NULL,
    }
}

/// # Safety
/// As for `type_from_spec`.
unsafe fn from_spec(spec: *mut HPyType_Spec, params_ptr: *mut HPyType_SpecParam) -> Result<*mut ffi::PyObject, ()> {
    // SAFETY: NULL is checked; otherwise the pointers are valid (contract).
    let spec = unsafe { spec.as_ref() }.filter(|s| !s.name.is_null()).ok_or_else(|| {
        crate::err::system_error(c"HPyType_FromSpec: the spec or its name is NULL");
    })?;
    // SAFETY: the extension's arrays are terminated (contract).
    let params = unsafe { params(params_ptr) };
    check_params(params, spec.name)?;
    // One pass over the defines; its errors are raised below, after the
    // checks that HPy 0.9 makes first.
    let head = asstruct::head_size(spec.builtin_shape);
    let mut slots = slots::SlotBuf::new();
    // SAFETY: as above.
    let scan = unsafe { slots::scan(spec, head.unwrap_or(0), &mut slots) };
    // SAFETY: as above.
    let legacy = unsafe { slots::legacy_slots(spec) };
    check_spec(spec, &scan, legacy)?;
    if head.is_none() {
        // SAFETY: GIL held; the format takes an int.
        unsafe { ffi::PyErr_Format(ffi::PyExc_ValueError, c"invalid shape: %d".as_ptr(), spec.builtin_shape.0 as c_int) };
        return Err(());
    }
    if let Some(e) = scan.error {
        e.raise();
        return Err(());
    }
    // SAFETY: as above.
    let mut plan = unsafe { slots::plan(spec, &scan, legacy, &mut slots)? };
    // Before 3.11 CPython keeps a pointer to the name instead of copying it,
    // and the extension's string may not be static: keep our own copy, for
    // as long as the type lives.
    let name = if COPY_NAME.load(Ordering::Relaxed) {
        // SAFETY: checked non-NULL above; NUL-terminated by contract.
        plan.entry.keep_name(unsafe { CStr::from_ptr(spec.name) }.into())
    } else {
        spec.name
    };
    let mut pyspec = ffi::PyType_Spec {
        name,
        basicsize: scan.basicsize as c_int,
        itemsize: spec.itemsize,
        flags: plan.flags as c_uint,
        slots: slots.as_mut_ptr(),
    };
    let created = if params.is_empty() {
        // Legacy slots may name the base, which CPython only looks at when
        // given no bases.
        let legacy_base = legacy.iter().any(|s| s.slot == ffi::Py_tp_base || s.slot == ffi::Py_tp_bases);
        // SAFETY: GIL held.
        let bases = if legacy_base { core::ptr::null_mut() } else { unsafe { object_bases() } };
        if bases.is_null() && !legacy_base {
            // Nothing points into the tables yet: dropping `plan` frees them.
            return Err(());
        }
        // SAFETY: GIL held; `pyspec` points into `plan` and `slots`, alive
        // until registration.
        unsafe { create(&mut pyspec, bases, None, spec) }
    } else {
        // SAFETY: GIL held; handles open.
        let (bases, meta) = unsafe { (bases(params)?, metaclass(params)) };
        let created = match meta {
            // SAFETY: as above.
            Ok(meta) => unsafe { create(&mut pyspec, bases, meta, spec) },
            Err(()) => Err(()),
        };
        // SAFETY: we own `bases` (or it is NULL).
        unsafe { ffi::Py_XDECREF(bases) };
        created
    };
    let Ok((visible, layout)) = created else {
        // A half-built type may still point into the tables: keep them.
        plan.entry.leak();
        return Err(());
    };
    // SAFETY: `layout` is the live type just created; GIL held.
    let registered = unsafe { registry::register(layout, plan.entry) };
    // SAFETY: as above.
    if registered.is_err() || unsafe { check_inheritance(layout, spec.builtin_shape) }.is_err() {
        // SAFETY: we own the new reference.
        unsafe { ffi::Py_DECREF(visible) };
        return Err(());
    }
    Ok(visible)
}

/// The tuple `(object,)`, shared by the types that have no base in their
/// spec params (borrowed; NULL with an exception set if it cannot be
/// made). Given no bases, `PyType_FromSpecWithBases` would build this same
/// tuple for each type, and free it with the type; tuples are immutable,
/// so one serves them all (assigning `__bases__` replaces the tuple).
///
/// # Safety
/// The GIL is held.
unsafe fn object_bases() -> *mut ffi::PyObject {
    static BASES: GilCell<*mut ffi::PyObject> = GilCell::new(core::ptr::null_mut());
    // SAFETY: GIL held (caller), which serializes every access to BASES.
    unsafe {
        let cached = *BASES.get();
        if !cached.is_null() {
            return cached;
        }
        let bases = ffi::PyTuple_Pack(1, (&raw mut ffi::PyBaseObject_Type).cast::<ffi::PyObject>());
        // Kept for the life of the process (owns the new reference).
        *BASES.get() = bases;
        bases
    }
}

/// A legacy type's instances start with `PyObject_HEAD`: they cannot reuse
/// the layout of a pure HPy type, which does not.
///
/// # Safety
/// `tp` is live; GIL held.
#[inline]
unsafe fn check_inheritance(tp: *mut ffi::PyTypeObject, shape: HPyType_BuiltinShape) -> Result<(), ()> {
    // SAFETY: the caller's contract.
    if shape == HPyType_BuiltinShape::Legacy && unsafe { registry::shape_of((*tp).tp_base) } != HPyType_BuiltinShape::Legacy {
        type_error(c"A legacy type should not inherit its memory layout from a pure type");
        return Err(());
    }
    Ok(())
}

/// Create the type. Returns the type the extension gets and the type whose
/// instances have the spec's layout (the same one, except with a metaclass).
///
/// # Safety
/// GIL held; `pyspec` is complete and its tables outlive the type.
unsafe fn create(
    pyspec: &mut ffi::PyType_Spec,
    bases: *mut ffi::PyObject,
    meta: Option<*mut ffi::PyTypeObject>,
    spec: &HPyType_Spec,
) -> Result<(*mut ffi::PyObject, *mut ffi::PyTypeObject), ()> {
    match meta {
        Some(meta) if meta != &raw mut ffi::PyType_Type => {
            // SAFETY: forwarded contract.
            unsafe { with_metaclass(pyspec, bases, meta, spec) }
        }
        _ => {
            // SAFETY: forwarded contract.
            let tp = unsafe { ffi::PyType_FromSpecWithBases(pyspec, bases) };
            if tp.is_null() {
                Err(())
            } else {
                Ok((tp, tp.cast()))
            }
        }
    }
}

/// `PyType_FromSpec` cannot take a metaclass before Python 3.12. Without
/// copying type objects around (HPy 0.9 memcpy's a `PyHeapTypeObject`), we
/// build the spec's type as usual and let the metaclass create, the normal
/// Python way, an empty subclass of it (`__slots__ = ()`, so the same
/// instance layout). The subclass is what the extension gets; the
/// registry knows the spec's type, which is its `tp_base`.
///
/// # Safety
/// As for [`create`]; `meta` is a live subclass of `type`.
unsafe fn with_metaclass(
    pyspec: &mut ffi::PyType_Spec,
    bases: *mut ffi::PyObject,
    meta: *mut ffi::PyTypeObject,
    spec: &HPyType_Spec,
) -> Result<(*mut ffi::PyObject, *mut ffi::PyTypeObject), ()> {
    // SAFETY: GIL held; every object created is checked and released.
    unsafe {
        if (*meta).tp_new.map(|f| f as usize) != ffi::PyType_Type.tp_new.map(|f| f as usize) {
            type_error(c"Metaclasses with custom tp_new are not supported.");
            return Err(());
        }
        let subclassable = c_ulong::from(pyspec.flags) & ffi::Py_TPFLAGS_BASETYPE != 0;
        pyspec.flags |= ffi::Py_TPFLAGS_BASETYPE as c_uint;
        let layout = ffi::PyType_FromSpecWithBases(pyspec, bases);
        if layout.is_null() {
            return Err(());
        }
        let result = instantiate_meta(meta, layout, spec);
        if result.is_null() {
            ffi::Py_DECREF(layout);
            return Err(());
        }
        if !subclassable {
            // The Python-level class statement always allows subclassing;
            // the spec did not ask for it.
            (*result.cast::<ffi::PyTypeObject>()).tp_flags &= !ffi::Py_TPFLAGS_BASETYPE;
        }
        // `result` owns a reference to `layout` through its bases.
        ffi::Py_DECREF(layout);
        Ok((result, layout.cast()))
    }
}

/// `meta(qualname, (layout,), {"__module__": ..., "__qualname__": ...,
/// "__slots__": (), "__doc__": ...})`.
///
/// # Safety
/// GIL held; all arguments live.
unsafe fn instantiate_meta(
    meta: *mut ffi::PyTypeObject,
    layout: *mut ffi::PyObject,
    spec: &HPyType_Spec,
) -> *mut ffi::PyObject {
    // SAFETY: the caller's contract; `spec.name` is NUL-terminated.
    unsafe {
        let full = CStr::from_ptr(spec.name).to_bytes();
        let (module, qualname) = match full.iter().rposition(|&b| b == b'.') {
            Some(dot) => (Some(&full[..dot]), &full[dot + 1..]),
            None => (None, full),
        };
        let dict = ffi::PyDict_New();
        let name = str_from(qualname);
        let bases = ffi::PyTuple_Pack(1, layout);
        let slots = ffi::PyTuple_New(0);
        let mut ok = !dict.is_null() && !name.is_null() && !bases.is_null() && !slots.is_null();
        ok = ok && ffi::PyDict_SetItemString(dict, c"__qualname__".as_ptr(), name) == 0;
        ok = ok && ffi::PyDict_SetItemString(dict, c"__slots__".as_ptr(), slots) == 0;
        if let (true, Some(module)) = (ok, module) {
            let m = str_from(module);
            ok = !m.is_null() && ffi::PyDict_SetItemString(dict, c"__module__".as_ptr(), m) == 0;
            ffi::Py_XDECREF(m);
        }
        if ok && !spec.doc.is_null() {
            let d = ffi::PyUnicode_FromString(spec.doc);
            ok = !d.is_null() && ffi::PyDict_SetItemString(dict, c"__doc__".as_ptr(), d) == 0;
            ffi::Py_XDECREF(d);
        }
        let result = if ok {
            ffi::PyObject_CallFunctionObjArgs(meta.cast(), name, bases, dict, core::ptr::null_mut::<ffi::PyObject>())
        } else {
            core::ptr::null_mut()
        };
        for o in [dict, name, bases, slots] {
            ffi::Py_XDECREF(o);
        }
        result
    }
}

/// A str from UTF-8 bytes (new reference, or NULL with an exception).
///
/// # Safety
/// GIL held.
unsafe fn str_from(bytes: &[u8]) -> *mut ffi::PyObject {
    // SAFETY: the pointer and length describe `bytes`.
    unsafe { ffi::PyUnicode_FromStringAndSize(bytes.as_ptr().cast(), bytes.len() as ffi::Py_ssize_t) }
}

/// Whether CPython keeps a pointer to the type's name instead of copying
/// it (before 3.11); set by [`install`].
static COPY_NAME: AtomicBool = AtomicBool::new(true);

pub(crate) fn install(ctx: &mut HPyContext) {
    COPY_NAME.store(crate::python_version() < (3, 11), Ordering::Relaxed);
    ctx.ctx_Type_FromSpec = type_from_spec;
}
