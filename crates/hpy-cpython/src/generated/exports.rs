// GENERATED FILE: do not edit. Source: api/hpy.toml. Regenerate with `cargo run -p hpy-codegen`.
#![allow(non_snake_case, clippy::too_many_arguments)]

use core::ffi::{c_char, c_int, c_void};
use hpy_sys::*;

/// `HPy_Dup` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Dup(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Dup)(ctx, h) }
}

/// `HPy_Close` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Close(ctx: *mut HPyContext, h: HPy) {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Close)(ctx, h) }
}

/// `HPyLong_AsInt32_t` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Long_AsInt32_t(ctx: *mut HPyContext, h: HPy) -> i32 {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Long_AsInt32_t)(ctx, h) }
}

/// `HPyLong_AsUInt32_t` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Long_AsUInt32_t(ctx: *mut HPyContext, h: HPy) -> u32 {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Long_AsUInt32_t)(ctx, h) }
}

/// `HPyLong_AsUInt32_tMask` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Long_AsUInt32_tMask(ctx: *mut HPyContext, h: HPy) -> u32 {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Long_AsUInt32_tMask)(ctx, h) }
}

/// `HPyLong_AsInt64_t` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Long_AsInt64_t(ctx: *mut HPyContext, h: HPy) -> i64 {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Long_AsInt64_t)(ctx, h) }
}

/// `HPyLong_AsUInt64_t` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Long_AsUInt64_t(ctx: *mut HPyContext, h: HPy) -> u64 {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Long_AsUInt64_t)(ctx, h) }
}

/// `HPyLong_AsUInt64_tMask` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Long_AsUInt64_tMask(ctx: *mut HPyContext, h: HPy) -> u64 {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Long_AsUInt64_tMask)(ctx, h) }
}

/// `HPy_CallTupleDict` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_CallTupleDict(ctx: *mut HPyContext, callable: HPy, args: HPy, kw: HPy) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_CallTupleDict)(ctx, callable, args, kw) }
}

/// `HPy_FatalError` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_FatalError(ctx: *mut HPyContext, message: *const c_char) {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_FatalError)(ctx, message) }
}

/// `HPyErr_Occurred` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Err_Occurred(ctx: *mut HPyContext) -> c_int {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Err_Occurred)(ctx) }
}

/// `HPyType_FromSpec` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Type_FromSpec(ctx: *mut HPyContext, spec: *mut HPyType_Spec, params: *mut HPyType_SpecParam) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Type_FromSpec)(ctx, spec, params) }
}

/// `HPyType_GenericNew` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Type_GenericNew(ctx: *mut HPyContext, type_: HPy, args: *const HPy, nargs: HPy_ssize_t, kw: HPy) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Type_GenericNew)(ctx, type_, args, nargs, kw) }
}

/// `HPy_GetItem_i` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_GetItem_i(ctx: *mut HPyContext, obj: HPy, idx: HPy_ssize_t) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_GetItem_i)(ctx, obj, idx) }
}

/// `HPy_GetItem_s` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_GetItem_s(ctx: *mut HPyContext, obj: HPy, utf8_key: *const c_char) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_GetItem_s)(ctx, obj, utf8_key) }
}

/// `HPy_SetItem_i` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_SetItem_i(ctx: *mut HPyContext, obj: HPy, idx: HPy_ssize_t, value: HPy) -> c_int {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_SetItem_i)(ctx, obj, idx, value) }
}

/// `HPy_SetItem_s` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_SetItem_s(ctx: *mut HPyContext, obj: HPy, utf8_key: *const c_char, value: HPy) -> c_int {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_SetItem_s)(ctx, obj, utf8_key, value) }
}

/// `HPy_TypeCheck` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_TypeCheck(ctx: *mut HPyContext, obj: HPy, type_: HPy) -> c_int {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_TypeCheck)(ctx, obj, type_) }
}

/// `HPy_Is` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Is(ctx: *mut HPyContext, obj: HPy, other: HPy) -> c_int {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Is)(ctx, obj, other) }
}

/// `_HPy_AsStruct_Object` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_AsStruct_Object(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_AsStruct_Object)(ctx, h) }
}

/// `_HPy_AsStruct_Legacy` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_AsStruct_Legacy(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_AsStruct_Legacy)(ctx, h) }
}

/// `_HPy_New` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_New(ctx: *mut HPyContext, h_type: HPy, data: *mut *mut c_void) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_New)(ctx, h_type, data) }
}

/// `HPyBytes_FromStringAndSize` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Bytes_FromStringAndSize(ctx: *mut HPyContext, bytes: *const c_char, len: HPy_ssize_t) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Bytes_FromStringAndSize)(ctx, bytes, len) }
}

/// `HPyTuple_FromArray` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Tuple_FromArray(ctx: *mut HPyContext, items: *mut HPy, n: HPy_ssize_t) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Tuple_FromArray)(ctx, items, n) }
}

/// `HPy_FromPyObject` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_FromPyObject(ctx: *mut HPyContext, obj: *mut cpy_PyObject) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_FromPyObject)(ctx, obj) }
}

/// `HPy_AsPyObject` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_AsPyObject(ctx: *mut HPyContext, h: HPy) -> *mut cpy_PyObject {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_AsPyObject)(ctx, h) }
}

/// `_HPy_CallRealFunctionFromTrampoline` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_CallRealFunctionFromTrampoline(ctx: *mut HPyContext, sig: HPyFunc_Signature, func: HPyCFunction, args: *mut c_void) {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_CallRealFunctionFromTrampoline)(ctx, sig, func, args) }
}

/// `HPyListBuilder_New` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_ListBuilder_New(ctx: *mut HPyContext, size: HPy_ssize_t) -> HPyListBuilder {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_ListBuilder_New)(ctx, size) }
}

/// `HPyListBuilder_Set` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_ListBuilder_Set(ctx: *mut HPyContext, builder: HPyListBuilder, index: HPy_ssize_t, h_item: HPy) {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_ListBuilder_Set)(ctx, builder, index, h_item) }
}

/// `HPyListBuilder_Build` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_ListBuilder_Build(ctx: *mut HPyContext, builder: HPyListBuilder) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_ListBuilder_Build)(ctx, builder) }
}

/// `HPyListBuilder_Cancel` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_ListBuilder_Cancel(ctx: *mut HPyContext, builder: HPyListBuilder) {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_ListBuilder_Cancel)(ctx, builder) }
}

/// `HPyTupleBuilder_New` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_TupleBuilder_New(ctx: *mut HPyContext, size: HPy_ssize_t) -> HPyTupleBuilder {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_TupleBuilder_New)(ctx, size) }
}

/// `HPyTupleBuilder_Set` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_TupleBuilder_Set(ctx: *mut HPyContext, builder: HPyTupleBuilder, index: HPy_ssize_t, h_item: HPy) {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_TupleBuilder_Set)(ctx, builder, index, h_item) }
}

/// `HPyTupleBuilder_Build` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_TupleBuilder_Build(ctx: *mut HPyContext, builder: HPyTupleBuilder) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_TupleBuilder_Build)(ctx, builder) }
}

/// `HPyTupleBuilder_Cancel` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_TupleBuilder_Cancel(ctx: *mut HPyContext, builder: HPyTupleBuilder) {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_TupleBuilder_Cancel)(ctx, builder) }
}

/// `HPyTracker_New` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Tracker_New(ctx: *mut HPyContext, size: HPy_ssize_t) -> HPyTracker {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Tracker_New)(ctx, size) }
}

/// `HPyTracker_Add` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Tracker_Add(ctx: *mut HPyContext, ht: HPyTracker, h: HPy) -> c_int {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Tracker_Add)(ctx, ht, h) }
}

/// `HPyTracker_ForgetAll` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Tracker_ForgetAll(ctx: *mut HPyContext, ht: HPyTracker) {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Tracker_ForgetAll)(ctx, ht) }
}

/// `HPyTracker_Close` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Tracker_Close(ctx: *mut HPyContext, ht: HPyTracker) {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Tracker_Close)(ctx, ht) }
}

/// `HPyField_Store` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Field_Store(ctx: *mut HPyContext, target_object: HPy, target_field: *mut HPyField, h: HPy) {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Field_Store)(ctx, target_object, target_field, h) }
}

/// `HPyField_Load` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Field_Load(ctx: *mut HPyContext, source_object: HPy, source_field: HPyField) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Field_Load)(ctx, source_object, source_field) }
}

/// `HPyGlobal_Store` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Global_Store(ctx: *mut HPyContext, global: *mut HPyGlobal, h: HPy) {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Global_Store)(ctx, global, h) }
}

/// `HPyGlobal_Load` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Global_Load(ctx: *mut HPyContext, global: HPyGlobal) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Global_Load)(ctx, global) }
}

/// `_HPy_Dump` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Dump(ctx: *mut HPyContext, h: HPy) {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Dump)(ctx, h) }
}

/// `_HPy_AsStruct_Type` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_AsStruct_Type(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_AsStruct_Type)(ctx, h) }
}

/// `_HPy_AsStruct_Long` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_AsStruct_Long(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_AsStruct_Long)(ctx, h) }
}

/// `_HPy_AsStruct_Float` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_AsStruct_Float(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_AsStruct_Float)(ctx, h) }
}

/// `_HPy_AsStruct_Unicode` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_AsStruct_Unicode(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_AsStruct_Unicode)(ctx, h) }
}

/// `_HPy_AsStruct_Tuple` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_AsStruct_Tuple(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_AsStruct_Tuple)(ctx, h) }
}

/// `_HPy_AsStruct_List` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_AsStruct_List(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_AsStruct_List)(ctx, h) }
}

/// `_HPyType_GetBuiltinShape` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Type_GetBuiltinShape(ctx: *mut HPyContext, h_type: HPy) -> HPyType_BuiltinShape {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Type_GetBuiltinShape)(ctx, h_type) }
}

/// `HPy_DelItem_i` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_DelItem_i(ctx: *mut HPyContext, obj: HPy, idx: HPy_ssize_t) -> c_int {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_DelItem_i)(ctx, obj, idx) }
}

/// `HPy_DelItem_s` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_DelItem_s(ctx: *mut HPyContext, obj: HPy, utf8_key: *const c_char) -> c_int {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_DelItem_s)(ctx, obj, utf8_key) }
}

/// `HPyCapsule_New` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Capsule_New(ctx: *mut HPyContext, pointer: *mut c_void, utf8_name: *const c_char, destructor: *mut HPyCapsule_Destructor) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Capsule_New)(ctx, pointer, utf8_name, destructor) }
}

/// `HPyCapsule_Get` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Capsule_Get(ctx: *mut HPyContext, capsule: HPy, key: _HPyCapsule_key, utf8_name: *const c_char) -> *mut c_void {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Capsule_Get)(ctx, capsule, key, utf8_name) }
}

/// `HPyCapsule_Set` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Capsule_Set(ctx: *mut HPyContext, capsule: HPy, key: _HPyCapsule_key, value: *mut c_void) -> c_int {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Capsule_Set)(ctx, capsule, key, value) }
}

/// `HPy_Compile_s` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Compile_s(ctx: *mut HPyContext, utf8_source: *const c_char, utf8_filename: *const c_char, kind: HPy_SourceKind) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Compile_s)(ctx, utf8_source, utf8_filename, kind) }
}

/// `HPyContextVar_Get` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_ContextVar_Get(ctx: *mut HPyContext, context_var: HPy, default_value: HPy, result: *mut HPy) -> i32 {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_ContextVar_Get)(ctx, context_var, default_value, result) }
}

/// `HPyType_GetName` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Type_GetName(ctx: *mut HPyContext, type_: HPy) -> *const c_char {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Type_GetName)(ctx, type_) }
}

/// `HPyType_IsSubtype` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Type_IsSubtype(ctx: *mut HPyContext, sub: HPy, type_: HPy) -> c_int {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Type_IsSubtype)(ctx, sub, type_) }
}

/// `HPy_SetCallFunction` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_SetCallFunction(ctx: *mut HPyContext, h: HPy, func: *mut HPyCallFunction) -> c_int {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_SetCallFunction)(ctx, h, func) }
}

/// `HPy_Call` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_Call(ctx: *mut HPyContext, callable: HPy, args: *const HPy, nargs: usize, kwnames: HPy) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_Call)(ctx, callable, args, nargs, kwnames) }
}

/// `HPy_CallMethod` for CPython-ABI builds.
#[no_mangle]
pub unsafe extern "C" fn ctx_CallMethod(ctx: *mut HPyContext, name: HPy, args: *const HPy, nargs: usize, kwnames: HPy) -> HPy {
    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; HPy code runs only after PyInit_NAME filled the context.
    unsafe { ((*crate::filled_context()).ctx_CallMethod)(ctx, name, args, nargs, kwnames) }
}

/// Keep the imports used whatever the signatures are.
#[allow(dead_code)]
type _Unused = (c_char, c_int, *mut c_void);
