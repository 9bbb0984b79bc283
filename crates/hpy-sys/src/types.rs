//! Hand-written ABI types: handles, definitions, specs, and the argument
//! blocks that universal trampolines pass to the runtime.
//!
//! C enums are `#[repr(transparent)]` newtypes over `c_int` with associated
//! constants, so an out-of-range value coming from C is representable and
//! cannot cause undefined behaviour on the Rust side.

use core::ffi::{c_char, c_int, c_ulong, c_void};

/// `HPy_ssize_t` (`intptr_t` outside the CPython ABI).
pub type HPy_ssize_t = isize;
/// `HPy_hash_t`.
pub type HPy_hash_t = isize;
/// `HPy_UCS4`.
pub type HPy_UCS4 = u32;
/// `wchar_t` on the platforms we build for.
#[cfg(not(windows))]
pub type wchar_t = i32;
#[cfg(windows)]
pub type wchar_t = u16;

/// An opaque CPython object; only ever used behind a pointer.
#[repr(C)]
pub struct cpy_PyObject {
    _opaque: [u8; 0],
}

macro_rules! handle_type {
    ($(#[$doc:meta] $name:ident($field:ident);)*) => {$(
        #[$doc]
        #[repr(C)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct $name { pub $field: isize }
        impl $name {
            /// The null value (`_i == 0`), which means "no object" or "error".
            pub const NULL: Self = Self { $field: 0 };
            /// True for the null value.
            #[inline(always)]
            pub fn is_null(self) -> bool { self.$field == 0 }
        }
    )*};
}

handle_type! {
    /// `HPy`: a handle to a Python object.
    HPy(_i);
    /// `HPyField`: a reference stored inside an object.
    HPyField(_i);
    /// `HPyGlobal`: a reference stored in a C global.
    HPyGlobal(_i);
    /// `HPyListBuilder`.
    HPyListBuilder(_lst);
    /// `HPyTupleBuilder`.
    HPyTupleBuilder(_tup);
    /// `HPyTracker`.
    HPyTracker(_i);
    /// `HPyThreadState`.
    HPyThreadState(_i);
}

macro_rules! c_enum {
    ($(#[$doc:meta])* $name:ident as $prefix:literal { $($variant:ident = $value:expr,)* }) => {
        $(#[$doc])*
        #[repr(transparent)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub struct $name(pub c_int);
        impl $name {
            $(pub const $variant: Self = Self($value);)*
            /// Every named value, in declaration order, with its C enumerator name.
            pub const ALL: &'static [(&'static str, Self)] =
                &[$((concat!($prefix, stringify!($variant)), Self($value)),)*];
        }
    };
}

c_enum! {
    /// `HPy_SourceKind`.
    HPy_SourceKind as "HPy_SourceKind_" { Expr = 0, File = 1, Single = 2, }
}

c_enum! {
    /// `_HPyCapsule_key`.
    _HPyCapsule_key as "HPyCapsule_key_" { Pointer = 0, Name = 1, Context = 2, Destructor = 3, }
}

c_enum! {
    /// `HPyType_BuiltinShape`: which built-in layout an HPy type extends.
    HPyType_BuiltinShape as "HPyType_BuiltinShape_" {
        Legacy = -1, Object = 0, Type = 1, Long = 2, Float = 3, Unicode = 4, Tuple = 5, List = 6,
    }
}

c_enum! {
    /// `HPyType_SpecParam_Kind`.
    HPyType_SpecParam_Kind as "HPyType_SpecParam_" { Base = 1, BasesTuple = 2, Metaclass = 3, }
}

c_enum! {
    /// `HPyDef_Kind`.
    HPyDef_Kind as "HPyDef_Kind_" { Slot = 1, Meth = 2, Member = 3, GetSet = 4, }
}

c_enum! {
    /// `HPyMember_FieldType`.
    HPyMember_FieldType as "HPyMember_" {
        SHORT = 0, INT = 1, LONG = 2, FLOAT = 3, DOUBLE = 4, STRING = 5, OBJECT = 6, CHAR = 7,
        BYTE = 8, UBYTE = 9, USHORT = 10, UINT = 11, ULONG = 12, STRING_INPLACE = 13, BOOL = 14,
        OBJECT_EX = 16, LONGLONG = 17, ULONGLONG = 18, HPYSSIZET = 19, NONE = 20,
    }
}

c_enum! {
    /// `HPyFunc_Signature`: the C signature of an HPy function.
    HPyFunc_Signature as "HPyFunc_" {
        VARARGS = 1, KEYWORDS = 2, NOARGS = 3, O = 4, DESTROYFUNC = 5, GETBUFFERPROC = 6,
        RELEASEBUFFERPROC = 7, UNARYFUNC = 8, BINARYFUNC = 9, TERNARYFUNC = 10, INQUIRY = 11,
        LENFUNC = 12, SSIZEARGFUNC = 13, SSIZESSIZEARGFUNC = 14, SSIZEOBJARGPROC = 15,
        SSIZESSIZEOBJARGPROC = 16, OBJOBJARGPROC = 17, FREEFUNC = 18, GETATTRFUNC = 19,
        GETATTROFUNC = 20, SETATTRFUNC = 21, SETATTROFUNC = 22, REPRFUNC = 23, HASHFUNC = 24,
        RICHCMPFUNC = 25, GETITERFUNC = 26, ITERNEXTFUNC = 27, DESCRGETFUNC = 28,
        DESCRSETFUNC = 29, INITPROC = 30, NEWFUNC = 31, GETTER = 32, SETTER = 33,
        OBJOBJPROC = 34, TRAVERSEPROC = 35, DESTRUCTOR = 36, CAPSULE_DESTRUCTOR = 37,
        VECTORCALLFUNC = 38, MOD_CREATE = 39,
    }
}

c_enum! {
    /// `HPySlot_Slot`: the slots an `HPyDef_SLOT` can fill.
    HPySlot_Slot as "HPy_" {
        bf_getbuffer = 1, bf_releasebuffer = 2, mp_ass_subscript = 3, mp_length = 4,
        mp_subscript = 5, nb_absolute = 6, nb_add = 7, nb_and = 8, nb_bool = 9, nb_divmod = 10,
        nb_float = 11, nb_floor_divide = 12, nb_index = 13, nb_inplace_add = 14,
        nb_inplace_and = 15, nb_inplace_floor_divide = 16, nb_inplace_lshift = 17,
        nb_inplace_multiply = 18, nb_inplace_or = 19, nb_inplace_power = 20,
        nb_inplace_remainder = 21, nb_inplace_rshift = 22, nb_inplace_subtract = 23,
        nb_inplace_true_divide = 24, nb_inplace_xor = 25, nb_int = 26, nb_invert = 27,
        nb_lshift = 28, nb_multiply = 29, nb_negative = 30, nb_or = 31, nb_positive = 32,
        nb_power = 33, nb_remainder = 34, nb_rshift = 35, nb_subtract = 36,
        nb_true_divide = 37, nb_xor = 38, sq_ass_item = 39, sq_concat = 40, sq_contains = 41,
        sq_inplace_concat = 42, sq_inplace_repeat = 43, sq_item = 44, sq_length = 45,
        sq_repeat = 46, tp_call = 50, tp_hash = 59, tp_init = 60, tp_new = 65, tp_repr = 66,
        tp_richcompare = 67, tp_str = 70, tp_traverse = 71, nb_matrix_multiply = 75,
        nb_inplace_matrix_multiply = 76, tp_finalize = 80, tp_destroy = 1000,
        mod_create = 2000, mod_exec = 2001,
    }
}

/// `HPyCFunction`: an HPy implementation function of any signature.
pub type HPyCFunction = Option<unsafe extern "C" fn() -> *mut c_void>;
/// Any CPython-compatible function pointer (a trampoline).
pub type cpy_PyCFunction = Option<unsafe extern "C" fn() -> *mut c_void>;
/// `HPyFunc_Capsule_Destructor`.
pub type HPyFunc_Capsule_Destructor =
    Option<unsafe extern "C" fn(name: *const c_char, pointer: *mut c_void, context: *mut c_void)>;
/// `HPyFunc_keywords`.
pub type HPyFunc_keywords = Option<
    unsafe extern "C" fn(
        ctx: *mut crate::HPyContext,
        self_: HPy,
        args: *const HPy,
        nargs: usize,
        kwnames: HPy,
    ) -> HPy,
>;

/// `HPySlot`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HPySlot {
    pub slot: HPySlot_Slot,
    pub impl_: HPyCFunction,
    pub cpy_trampoline: cpy_PyCFunction,
}

/// `HPyMeth`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HPyMeth {
    pub name: *const c_char,
    pub impl_: HPyCFunction,
    pub cpy_trampoline: cpy_PyCFunction,
    pub signature: HPyFunc_Signature,
    pub doc: *const c_char,
}

/// `HPyMember`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HPyMember {
    pub name: *const c_char,
    pub type_: HPyMember_FieldType,
    pub offset: HPy_ssize_t,
    pub readonly: c_int,
    pub doc: *const c_char,
}

/// `HPyGetSet`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HPyGetSet {
    pub name: *const c_char,
    pub getter_impl: HPyCFunction,
    pub setter_impl: HPyCFunction,
    pub getter_cpy_trampoline: cpy_PyCFunction,
    pub setter_cpy_trampoline: cpy_PyCFunction,
    pub doc: *const c_char,
    pub closure: *mut c_void,
}

/// The anonymous union inside `HPyDef`.
#[repr(C)]
#[derive(Clone, Copy)]
pub union HPyDef_Payload {
    pub slot: HPySlot,
    pub meth: HPyMeth,
    pub member: HPyMember,
    pub getset: HPyGetSet,
}

/// `HPyDef`: one method, slot, member or getset of a type or module.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HPyDef {
    pub kind: HPyDef_Kind,
    pub u: HPyDef_Payload,
}

/// `HPyCapsule_Destructor`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HPyCapsule_Destructor {
    pub cpy_trampoline: cpy_PyCFunction,
    pub impl_: HPyFunc_Capsule_Destructor,
}

/// `HPyCallFunction`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HPyCallFunction {
    pub cpy_trampoline: cpy_PyCFunction,
    pub impl_: HPyFunc_keywords,
}

/// `HPyType_Spec`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HPyType_Spec {
    pub name: *const c_char,
    pub basicsize: c_int,
    pub itemsize: c_int,
    pub flags: c_ulong,
    pub builtin_shape: HPyType_BuiltinShape,
    pub legacy_slots: *mut c_void,
    pub defines: *mut *mut HPyDef,
    pub doc: *const c_char,
}

/// `HPyType_SpecParam`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HPyType_SpecParam {
    pub kind: HPyType_SpecParam_Kind,
    pub object: HPy,
}

/// `HPyModuleDef`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HPyModuleDef {
    pub doc: *const c_char,
    pub size: HPy_ssize_t,
    pub legacy_methods: *mut c_void,
    pub defines: *mut *mut HPyDef,
    pub globals: *mut *mut HPyGlobal,
}

/// `HPy_buffer`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HPy_buffer {
    pub buf: *mut c_void,
    pub obj: HPy,
    pub len: HPy_ssize_t,
    pub itemsize: HPy_ssize_t,
    pub readonly: c_int,
    pub ndim: c_int,
    pub format: *mut c_char,
    pub shape: *mut HPy_ssize_t,
    pub strides: *mut HPy_ssize_t,
    pub suboffsets: *mut HPy_ssize_t,
    pub internal: *mut c_void,
}

/// `HPyType_SpecParam`-free flag values (`HPy_TPFLAGS_*`).
pub const HPy_TPFLAGS_DEFAULT: c_ulong = (1 << 9) | (1 << 18);
pub const HPy_TPFLAGS_BASETYPE: c_ulong = 1 << 10;
pub const HPy_TPFLAGS_HAVE_VECTORCALL: c_ulong = 1 << 11;
pub const HPy_TPFLAGS_HAVE_GC: c_ulong = 1 << 14;

/// Argument block of a `HPyFunc_VARARGS` trampoline.
#[repr(C)]
pub struct _HPyFunc_args_VARARGS {
    pub self_: *mut cpy_PyObject,
    pub args: *const *mut cpy_PyObject,
    pub nargs: HPy_ssize_t,
    pub result: *mut cpy_PyObject,
}

/// Argument block of a `HPyFunc_KEYWORDS` trampoline (vectorcall convention).
#[repr(C)]
pub struct _HPyFunc_args_KEYWORDS {
    pub self_: *mut cpy_PyObject,
    pub args: *const *mut cpy_PyObject,
    pub nargsf: usize,
    pub kwnames: *mut cpy_PyObject,
    pub result: *mut cpy_PyObject,
}

/// Argument block of a `HPyFunc_NOARGS` trampoline.
#[repr(C)]
pub struct _HPyFunc_args_NOARGS {
    pub self_: *mut cpy_PyObject,
    pub result: *mut cpy_PyObject,
}

/// Argument block of a `HPyFunc_O` trampoline.
#[repr(C)]
pub struct _HPyFunc_args_O {
    pub self_: *mut cpy_PyObject,
    pub arg: *mut cpy_PyObject,
    pub result: *mut cpy_PyObject,
}

/// Argument block of `HPyFunc_INITPROC`.
#[repr(C)]
pub struct _HPyFunc_args_INITPROC {
    pub self_: *mut cpy_PyObject,
    pub args: *mut cpy_PyObject,
    pub kw: *mut cpy_PyObject,
    pub result: c_int,
}

/// Argument block of `HPyFunc_NEWFUNC`.
#[repr(C)]
pub struct _HPyFunc_args_NEWFUNC {
    pub self_: *mut cpy_PyObject,
    pub args: *mut cpy_PyObject,
    pub kw: *mut cpy_PyObject,
    pub result: *mut cpy_PyObject,
}

/// Argument block of `HPyFunc_UNARYFUNC` (also used by `HPyFunc_MOD_CREATE`
/// and the other one-object-in, one-object-out signatures).
#[repr(C)]
pub struct _HPyFunc_args_UNARYFUNC {
    pub arg0: *mut cpy_PyObject,
    pub result: *mut cpy_PyObject,
}

/// Argument block of `HPyFunc_BINARYFUNC`.
#[repr(C)]
pub struct _HPyFunc_args_BINARYFUNC {
    pub arg0: *mut cpy_PyObject,
    pub arg1: *mut cpy_PyObject,
    pub result: *mut cpy_PyObject,
}

/// Argument block of `HPyFunc_INQUIRY` (used for `HPy_mod_exec`).
#[repr(C)]
pub struct _HPyFunc_args_INQUIRY {
    pub arg0: *mut cpy_PyObject,
    pub result: c_int,
}

// ---- Added with the ABI layout test (tests/abi): the remaining public types
// ---- of the 0.9 headers, so that every C layout fact has a Rust mirror.

c_enum! {
    /// `HPy_RichCmpOp`: the comparison a `HPy_tp_richcompare` slot performs
    /// (C names `HPy_LT` .. `HPy_GE`; same values as CPython's `Py_LT` ..).
    HPy_RichCmpOp as "HPy_" { LT = 0, LE = 1, EQ = 2, NE = 3, GT = 4, GE = 5, }
}

/// `HPyType_Vectorcall`.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HPyType_Vectorcall {
    pub cpy_trampoline: cpy_PyCFunction,
    pub impl_: HPyCallFunction,
}

/// `HPyStructSequence_Field`: one field of a struct sequence; a null `name`
/// ends the list.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HPyStructSequence_Field {
    pub name: *const c_char,
    pub doc: *const c_char,
}

/// `HPyStructSequence_Desc`: describes a struct sequence type to create.
#[repr(C)]
#[derive(Clone, Copy)]
pub struct HPyStructSequence_Desc {
    pub name: *const c_char,
    pub doc: *const c_char,
    pub fields: *mut HPyStructSequence_Field,
}

/// CPython's `visitproc`, as seen by a `tp_traverse` trampoline.
pub type cpy_visitproc =
    Option<unsafe extern "C" fn(object: *mut cpy_PyObject, arg: *mut c_void) -> c_int>;

macro_rules! args_blocks {
    ($($(#[$doc:meta])* $name:ident { $($field:ident: $ty:ty,)* })*) => {$(
        $(#[$doc])*
        #[repr(C)]
        pub struct $name { $(pub $field: $ty,)* }
    )*};
}

args_blocks! {
    /// Argument block of `HPyFunc_GETBUFFERPROC` (`view` is a `Py_buffer *`).
    _HPyFunc_args_GETBUFFERPROC {
        self_: *mut cpy_PyObject, view: *mut c_void, flags: c_int, result: c_int,
    }
    /// Argument block of `HPyFunc_RELEASEBUFFERPROC` (`view` is a `Py_buffer *`).
    _HPyFunc_args_RELEASEBUFFERPROC { self_: *mut cpy_PyObject, view: *mut c_void, }
    /// Argument block of `HPyFunc_TRAVERSEPROC`.
    _HPyFunc_args_TRAVERSEPROC {
        self_: *mut cpy_PyObject, visit: cpy_visitproc, arg: *mut c_void, result: c_int,
    }
    /// Argument block of `HPyFunc_RICHCMPFUNC`.
    _HPyFunc_args_RICHCMPFUNC {
        arg0: *mut cpy_PyObject, arg1: *mut cpy_PyObject, arg2: HPy_RichCmpOp,
        result: *mut cpy_PyObject,
    }
    /// Argument block declared for `HPyFunc_MOD_CREATE` (upstream's trampoline
    /// actually fills a `_HPyFunc_args_UNARYFUNC`, which has the same layout).
    _HPyFunc_args_MOD_CREATE { spec: *mut cpy_PyObject, result: *mut cpy_PyObject, }
    /// Argument block of `HPyFunc_FREEFUNC`.
    _HPyFunc_args_FREEFUNC { arg0: *mut c_void, }
    /// Argument block of `HPyFunc_DESTRUCTOR`.
    _HPyFunc_args_DESTRUCTOR { arg0: *mut cpy_PyObject, }
    /// Argument block of `HPyFunc_TERNARYFUNC`.
    _HPyFunc_args_TERNARYFUNC {
        arg0: *mut cpy_PyObject, arg1: *mut cpy_PyObject, arg2: *mut cpy_PyObject,
        result: *mut cpy_PyObject,
    }
    /// Argument block of `HPyFunc_LENFUNC`.
    _HPyFunc_args_LENFUNC { arg0: *mut cpy_PyObject, result: HPy_ssize_t, }
    /// Argument block of `HPyFunc_SSIZEARGFUNC`.
    _HPyFunc_args_SSIZEARGFUNC {
        arg0: *mut cpy_PyObject, arg1: HPy_ssize_t, result: *mut cpy_PyObject,
    }
    /// Argument block of `HPyFunc_SSIZESSIZEARGFUNC`.
    _HPyFunc_args_SSIZESSIZEARGFUNC {
        arg0: *mut cpy_PyObject, arg1: HPy_ssize_t, arg2: HPy_ssize_t,
        result: *mut cpy_PyObject,
    }
    /// Argument block of `HPyFunc_SSIZEOBJARGPROC`.
    _HPyFunc_args_SSIZEOBJARGPROC {
        arg0: *mut cpy_PyObject, arg1: HPy_ssize_t, arg2: *mut cpy_PyObject, result: c_int,
    }
    /// Argument block of `HPyFunc_SSIZESSIZEOBJARGPROC`.
    _HPyFunc_args_SSIZESSIZEOBJARGPROC {
        arg0: *mut cpy_PyObject, arg1: HPy_ssize_t, arg2: HPy_ssize_t,
        arg3: *mut cpy_PyObject, result: c_int,
    }
    /// Argument block of `HPyFunc_OBJOBJARGPROC`.
    _HPyFunc_args_OBJOBJARGPROC {
        arg0: *mut cpy_PyObject, arg1: *mut cpy_PyObject, arg2: *mut cpy_PyObject,
        result: c_int,
    }
    /// Argument block of `HPyFunc_GETATTRFUNC`.
    _HPyFunc_args_GETATTRFUNC {
        arg0: *mut cpy_PyObject, arg1: *mut c_char, result: *mut cpy_PyObject,
    }
    /// Argument block of `HPyFunc_GETATTROFUNC`.
    _HPyFunc_args_GETATTROFUNC {
        arg0: *mut cpy_PyObject, arg1: *mut cpy_PyObject, result: *mut cpy_PyObject,
    }
    /// Argument block of `HPyFunc_SETATTRFUNC`.
    _HPyFunc_args_SETATTRFUNC {
        arg0: *mut cpy_PyObject, arg1: *mut c_char, arg2: *mut cpy_PyObject, result: c_int,
    }
    /// Argument block of `HPyFunc_SETATTROFUNC`.
    _HPyFunc_args_SETATTROFUNC {
        arg0: *mut cpy_PyObject, arg1: *mut cpy_PyObject, arg2: *mut cpy_PyObject,
        result: c_int,
    }
    /// Argument block of `HPyFunc_REPRFUNC`.
    _HPyFunc_args_REPRFUNC { arg0: *mut cpy_PyObject, result: *mut cpy_PyObject, }
    /// Argument block of `HPyFunc_HASHFUNC`.
    _HPyFunc_args_HASHFUNC { arg0: *mut cpy_PyObject, result: HPy_hash_t, }
    /// Argument block of `HPyFunc_GETITERFUNC`.
    _HPyFunc_args_GETITERFUNC { arg0: *mut cpy_PyObject, result: *mut cpy_PyObject, }
    /// Argument block of `HPyFunc_ITERNEXTFUNC`.
    _HPyFunc_args_ITERNEXTFUNC { arg0: *mut cpy_PyObject, result: *mut cpy_PyObject, }
    /// Argument block of `HPyFunc_DESCRGETFUNC`.
    _HPyFunc_args_DESCRGETFUNC {
        arg0: *mut cpy_PyObject, arg1: *mut cpy_PyObject, arg2: *mut cpy_PyObject,
        result: *mut cpy_PyObject,
    }
    /// Argument block of `HPyFunc_DESCRSETFUNC`.
    _HPyFunc_args_DESCRSETFUNC {
        arg0: *mut cpy_PyObject, arg1: *mut cpy_PyObject, arg2: *mut cpy_PyObject,
        result: c_int,
    }
    /// Argument block of `HPyFunc_GETTER` (`arg1` is the getset closure).
    _HPyFunc_args_GETTER {
        arg0: *mut cpy_PyObject, arg1: *mut c_void, result: *mut cpy_PyObject,
    }
    /// Argument block of `HPyFunc_SETTER` (`arg2` is the getset closure).
    _HPyFunc_args_SETTER {
        arg0: *mut cpy_PyObject, arg1: *mut cpy_PyObject, arg2: *mut c_void, result: c_int,
    }
    /// Argument block of `HPyFunc_OBJOBJPROC`.
    _HPyFunc_args_OBJOBJPROC {
        arg0: *mut cpy_PyObject, arg1: *mut cpy_PyObject, result: c_int,
    }
}
