//! `HPyDef_MEMBER` → `PyMemberDef`, plus the `__vectorcalloffset__` member
//! that makes `HPy_tp_call` work.
//!
//! Members of kind `HPyMember_OBJECT`/`OBJECT_EX` live in an `HPyField`,
//! whose representation only `crate::field` knows, so they become getsets
//! that go through it instead of raw `T_OBJECT` members.

use super::registry::Storage;
use super::type_error;
use crate::field;
use core::ffi::{c_char, c_int, c_void, CStr};
use hpy_sys::{HPyDef, HPyDef_Kind, HPyField, HPyMember, HPyMember_FieldType};
use pyo3_ffi as ffi;

const VECTORCALL_OFFSET_NAME: &CStr = c"__vectorcalloffset__";

/// The closure of the getset behind one `HPyField` member.
pub(crate) struct FieldMember {
    offset: isize,
    name: *const c_char,
    /// `HPyMember_OBJECT_EX`: a NULL field raises AttributeError instead of
    /// reading as None.
    ex: bool,
}

fn is_field_member(m: &HPyMember) -> bool {
    m.type_ == HPyMember_FieldType::OBJECT || m.type_ == HPyMember_FieldType::OBJECT_EX
}

fn is_vectorcall_offset(name: *const c_char) -> bool {
    // SAFETY: member names are NUL-terminated (or NULL, checked).
    !name.is_null() && unsafe { CStr::from_ptr(name) } == VECTORCALL_OFFSET_NAME
}

fn readonly_flag(readonly: bool) -> c_int {
    if readonly {
        ffi::Py_READONLY
    } else {
        0
    }
}

/// The HPy members of `defs`, then the legacy ones, into `storage.members`
/// (NULL-terminated, or empty if there are none); `HPyField` members become getsets appended to
/// `storage.getsets` (not yet terminated).
///
/// `implicit_vectorcall` is the hidden slot `HPy_tp_call` added, if any.
/// Returns the type's vectorcall offset, implicit or from an explicit
/// `__vectorcalloffset__` member, or 0.
///
/// # Safety
/// `legacy` is NULL or a NULL-terminated `PyMemberDef` array.
pub(crate) unsafe fn build(
    defs: &[&HPyDef],
    legacy: *const ffi::PyMemberDef,
    base_offset: isize,
    basicsize: isize,
    implicit_vectorcall: isize,
    storage: &mut Storage,
) -> Result<isize, ()> {
    // SAFETY: the caller's contract.
    let legacy = unsafe { super::terminated(legacy, |m| m.name.is_null()) };
    let hpy_members = defs.iter().filter(|d| d.kind == HPyDef_Kind::Member).count();
    if basicsize == 0 && hpy_members + legacy.len() + usize::from(implicit_vectorcall > 0) > 0 {
        type_error(c"Type claims to have basicsize==0 but defines members");
        return Err(());
    }
    let mut explicit = None;
    let out = &mut storage.members;
    let n = usize::from(implicit_vectorcall > 0) + hpy_members + legacy.len();
    if n > 0 {
        out.reserve_exact(n + 1);
    }
    if implicit_vectorcall > 0 {
        out.push(ffi::PyMemberDef {
            name: VECTORCALL_OFFSET_NAME.as_ptr(),
            type_code: ffi::Py_T_PYSSIZET,
            offset: implicit_vectorcall,
            flags: ffi::Py_READONLY,
            doc: core::ptr::null(),
        });
    }
    for d in defs.iter().filter(|d| d.kind == HPyDef_Kind::Member) {
        // SAFETY: `kind` says the union holds a member.
        let m = unsafe { &d.u.member };
        let offset = m.offset + base_offset;
        if is_field_member(m) {
            let closure = Box::new(FieldMember { offset, name: m.name, ex: m.type_ == HPyMember_FieldType::OBJECT_EX });
            storage.getsets.push(ffi::PyGetSetDef {
                name: m.name,
                get: Some(field_member_get),
                set: if m.readonly != 0 { None } else { Some(field_member_set) },
                doc: m.doc,
                closure: (&*closure as *const FieldMember).cast_mut().cast(),
            });
            storage.closures.push(closure);
            continue;
        }
        if is_vectorcall_offset(m.name) {
            explicit = Some(offset);
        }
        out.push(ffi::PyMemberDef {
            name: m.name,
            type_code: m.type_.0,
            offset,
            flags: readonly_flag(m.readonly != 0),
            doc: m.doc,
        });
    }
    for m in legacy {
        if is_vectorcall_offset(m.name) {
            explicit = Some(m.offset);
        }
        out.push(*m);
    }
    if !out.is_empty() {
        out.push(ffi::PyMemberDef::default());
    }
    match explicit {
        Some(_) if implicit_vectorcall > 0 => {
            type_error(c"Cannot have HPy_tp_call and explicit member '__vectorcalloffset__'. Specify just one of them.");
            Err(())
        }
        Some(offset) => Ok(offset),
        None => Ok(implicit_vectorcall),
    }
}

/// The field a getset closure designates inside `obj`.
///
/// # Safety
/// `closure` is a `FieldMember` of `obj`'s type.
unsafe fn field_of(obj: *mut ffi::PyObject, closure: *mut c_void) -> (&'static FieldMember, *mut HPyField) {
    // SAFETY: the closure is owned by the type's registry storage, which
    // outlives every instance; the offset lies inside the instance.
    unsafe {
        let m = &*closure.cast::<FieldMember>();
        (m, obj.cast::<u8>().offset(m.offset).cast())
    }
}

unsafe extern "C" fn field_member_get(obj: *mut ffi::PyObject, closure: *mut c_void) -> *mut ffi::PyObject {
    // SAFETY: CPython passes an instance of the type and its closure; GIL held.
    unsafe {
        let (m, f) = field_of(obj, closure);
        let value = field::object(*f);
        if !value.is_null() {
            return ffi::Py_NewRef(value);
        }
        if m.ex {
            no_attribute(obj, m.name);
            return core::ptr::null_mut();
        }
        ffi::Py_NewRef(ffi::Py_None())
    }
}

unsafe extern "C" fn field_member_set(obj: *mut ffi::PyObject, value: *mut ffi::PyObject, closure: *mut c_void) -> c_int {
    // SAFETY: as in `field_member_get`; `value` is NULL for `del`.
    unsafe {
        let (m, f) = field_of(obj, closure);
        if value.is_null() && m.ex && field::object(*f).is_null() {
            no_attribute(obj, m.name);
            return -1;
        }
        field::store(f, value);
    }
    0
}

/// The AttributeError CPython raises for an unset `T_OBJECT_EX` member.
///
/// # Safety
/// GIL held; `obj` live; `name` NUL-terminated.
unsafe fn no_attribute(obj: *mut ffi::PyObject, name: *const c_char) {
    // SAFETY: the format takes two C strings.
    unsafe {
        ffi::PyErr_Format(
            ffi::PyExc_AttributeError,
            c"'%.50s' object has no attribute '%s'".as_ptr(),
            (*ffi::Py_TYPE(obj)).tp_name,
            name,
        );
    }
}
