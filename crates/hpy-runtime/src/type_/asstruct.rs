//! Where an object's C struct starts: `_HPy_AsStruct_<Shape>` and
//! `HPyType_GetBuiltinShape`.
//!
//! A pure HPy type's struct does not include the built-in part of the
//! object (`PyObject_HEAD`, or a whole `PyLongObject` for the `Long` shape).
//! It starts right after it, at the built-in type's instance size rounded
//! up to the strictest C alignment (`MAX_ALIGN`), exactly where HPy 0.9 puts
//! it. So each shape has one constant offset and `_HPy_AsStruct_<Shape>`
//! needs no lookup; only the generic paths (`HPy_New`, deallocation, GC)
//! ask the registry which shape a type has.
//!
//! The sizes come from CPython itself (`tp_basicsize` of `object`, `type`,
//! `int`, ...), never from layouts written down here. For `int` and `tuple`
//! that is the fixed part before the items; like HPy 0.9, a payload after a
//! variable-size base only works while the items fit in the alignment gap.

use crate::handles::py;
use core::ffi::c_void;
use hpy_sys::{HPy, HPyContext, HPyType_BuiltinShape};
use pyo3_ffi as ffi;

/// The alignment of the widest C scalar (`long double`), as HPy 0.9 uses
/// it to align payloads.
const MAX_ALIGN: isize = if cfg!(windows) { 8 } else { 16 };

pub(crate) const fn align_up(size: isize) -> isize {
    (size + MAX_ALIGN - 1) & !(MAX_ALIGN - 1)
}

/// `PyObject_HEAD`, rounded up: the offset of a plain HPy object's struct.
const OBJECT_HEAD: isize = align_up(core::mem::size_of::<ffi::PyObject>() as isize);

fn basicsize_of(tp: *const ffi::PyTypeObject) -> isize {
    // SAFETY: `tp` is one of CPython's static type objects, which live for
    // the whole process; reading a field needs no GIL.
    unsafe { (*tp).tp_basicsize }
}

/// The offset of the HPy struct inside an object of `shape`: 0 for legacy
/// types (their struct includes the head), None for an invalid shape.
pub(crate) fn head_size(shape: HPyType_BuiltinShape) -> Option<isize> {
    use core::ptr::addr_of;
    let base: *const ffi::PyTypeObject = match shape {
        HPyType_BuiltinShape::Legacy => return Some(0),
        HPyType_BuiltinShape::Object => return Some(OBJECT_HEAD),
        HPyType_BuiltinShape::Type => addr_of!(ffi::PyType_Type),
        HPyType_BuiltinShape::Long => addr_of!(ffi::PyLong_Type),
        HPyType_BuiltinShape::Float => addr_of!(ffi::PyFloat_Type),
        HPyType_BuiltinShape::Unicode => addr_of!(ffi::PyUnicode_Type),
        HPyType_BuiltinShape::Tuple => addr_of!(ffi::PyTuple_Type),
        HPyType_BuiltinShape::List => addr_of!(ffi::PyList_Type),
        _ => return None,
    };
    Some(align_up(basicsize_of(base)))
}

/// The HPy struct of `obj`, whose type has `shape` (a valid shape).
pub(crate) fn payload(obj: *mut ffi::PyObject, shape: HPyType_BuiltinShape) -> *mut c_void {
    obj.cast::<u8>().wrapping_offset(head_size(shape).unwrap_or(0)).cast()
}

/// The HPy struct of `obj`, asking the registry for its type's shape.
///
/// # Safety
/// `obj` is a live object; the GIL is held.
pub(crate) unsafe fn payload_of(obj: *mut ffi::PyObject) -> *mut c_void {
    // SAFETY: a live object has a live type.
    obj.cast::<u8>().wrapping_offset(unsafe { super::registry::payload_offset(ffi::Py_TYPE(obj)) }).cast()
}

unsafe extern "C" fn as_struct_legacy(_: *mut HPyContext, h: HPy) -> *mut c_void {
    py(h).cast()
}

unsafe extern "C" fn as_struct_object(_: *mut HPyContext, h: HPy) -> *mut c_void {
    py(h).cast::<u8>().wrapping_offset(OBJECT_HEAD).cast()
}

macro_rules! as_struct_of_builtin {
    ($($name:ident => $shape:ident,)*) => {$(
        unsafe extern "C" fn $name(_: *mut HPyContext, h: HPy) -> *mut c_void {
            payload(py(h), HPyType_BuiltinShape::$shape)
        }
    )*};
}

as_struct_of_builtin! {
    as_struct_type => Type,
    as_struct_long => Long,
    as_struct_float => Float,
    as_struct_unicode => Unicode,
    as_struct_tuple => Tuple,
    as_struct_list => List,
}

unsafe extern "C" fn get_builtin_shape(_: *mut HPyContext, h_type: HPy) -> HPyType_BuiltinShape {
    let tp = py(h_type);
    // SAFETY: GIL held, `h_type` is an open handle.
    unsafe {
        if ffi::PyType_Check(tp) == 0 {
            ffi::PyErr_SetString(ffi::PyExc_TypeError, c"arg must be a type".as_ptr());
            return HPyType_BuiltinShape(-2);
        }
        super::registry::shape_of(tp.cast())
    }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_AsStruct_Legacy = as_struct_legacy;
    ctx.ctx_AsStruct_Object = as_struct_object;
    ctx.ctx_AsStruct_Type = as_struct_type;
    ctx.ctx_AsStruct_Long = as_struct_long;
    ctx.ctx_AsStruct_Float = as_struct_float;
    ctx.ctx_AsStruct_Unicode = as_struct_unicode;
    ctx.ctx_AsStruct_Tuple = as_struct_tuple;
    ctx.ctx_AsStruct_List = as_struct_list;
    ctx.ctx_Type_GetBuiltinShape = get_builtin_shape;
}
