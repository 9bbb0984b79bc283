//! `HPyDef_MEMBER` → `PyMemberDef`, plus the `__vectorcalloffset__` member
//! that makes `HPy_tp_call` work.
//!
//! Members of kind `HPyMember_OBJECT`/`OBJECT_EX` live in an `HPyField`,
//! whose representation only `crate::field` knows, so they become getsets
//! that go through it instead of raw `T_OBJECT` members.

use super::type_error;
use crate::field;
use core::ffi::{c_char, c_int, c_void, CStr};
use hpy_sys::{HPyField, HPyMember, HPyMember_FieldType};
use pyo3_ffi as ffi;

const VECTORCALL_OFFSET_NAME: &CStr = c"__vectorcalloffset__";

/// The closure of the getset behind one `HPyField` member. Lives in the
/// type's registry entry; all zeros is a valid (unused) value.
#[derive(Clone, Copy)]
pub(crate) struct FieldMember {
    offset: isize,
    name: *const c_char,
    /// `HPyMember_OBJECT_EX`: a NULL field raises AttributeError instead of
    /// reading as None.
    ex: bool,
}

/// Members stored in an `HPyField`, which become getsets.
pub(crate) fn is_field_member(m: &HPyMember) -> bool {
    m.type_ == HPyMember_FieldType::OBJECT || m.type_ == HPyMember_FieldType::OBJECT_EX
}

pub(crate) fn is_vectorcall_offset(name: *const c_char) -> bool {
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

/// The `__vectorcalloffset__` member of a type with `HPy_tp_call`, whose
/// hidden call function is at `offset`.
pub(crate) fn implicit_vectorcall(offset: isize) -> ffi::PyMemberDef {
    ffi::PyMemberDef {
        name: VECTORCALL_OFFSET_NAME.as_ptr(),
        type_code: ffi::Py_T_PYSSIZET,
        offset,
        flags: ffi::Py_READONLY,
        doc: core::ptr::null(),
    }
}

/// The `PyMemberDef` of a plain (non-`HPyField`) member at `offset` in the
/// object.
pub(crate) fn member_def(m: &HPyMember, offset: isize) -> ffi::PyMemberDef {
    ffi::PyMemberDef { name: m.name, type_code: m.type_.0, offset, flags: readonly_flag(m.readonly != 0), doc: m.doc }
}

/// The getset of an `HPyField` member at `offset` in the object, whose
/// closure is stored at `closure` (which must stay where it is for as long
/// as the type lives).
pub(crate) fn field_getset(m: &HPyMember, offset: isize, closure: &mut FieldMember) -> ffi::PyGetSetDef {
    *closure = FieldMember { offset, name: m.name, ex: m.type_ == HPyMember_FieldType::OBJECT_EX };
    ffi::PyGetSetDef {
        name: m.name,
        get: Some(field_member_get),
        set: if m.readonly != 0 { None } else { Some(field_member_set) },
        doc: m.doc,
        closure: (closure as *mut FieldMember).cast(),
    }
}

pub(crate) fn basicsize_error() {
    type_error(c"Type claims to have basicsize==0 but defines members");
}

pub(crate) fn vectorcall_conflict_error() {
    type_error(c"Cannot have HPy_tp_call and explicit member '__vectorcalloffset__'. Specify just one of them.");
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
