// GENERATED FILE: do not edit. Source: api/hpy.toml. Regenerate with `cargo run -p hpy-codegen`.
#![allow(non_snake_case, unused_variables)]

use core::ffi::{c_char, c_int, c_void};
use hpy_sys::*;

unsafe extern "C" fn ctx_Dup(ctx: *mut HPyContext, h: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Dup");
    HPy::NULL
}

unsafe extern "C" fn ctx_Close(ctx: *mut HPyContext, h: HPy) {
    crate::unimplemented::raise(c"HPy_Close");
}

unsafe extern "C" fn ctx_Long_FromInt32_t(ctx: *mut HPyContext, value: i32) -> HPy {
    crate::unimplemented::raise(c"HPyLong_FromInt32_t");
    HPy::NULL
}

unsafe extern "C" fn ctx_Long_FromUInt32_t(ctx: *mut HPyContext, value: u32) -> HPy {
    crate::unimplemented::raise(c"HPyLong_FromUInt32_t");
    HPy::NULL
}

unsafe extern "C" fn ctx_Long_FromInt64_t(ctx: *mut HPyContext, v: i64) -> HPy {
    crate::unimplemented::raise(c"HPyLong_FromInt64_t");
    HPy::NULL
}

unsafe extern "C" fn ctx_Long_FromUInt64_t(ctx: *mut HPyContext, v: u64) -> HPy {
    crate::unimplemented::raise(c"HPyLong_FromUInt64_t");
    HPy::NULL
}

unsafe extern "C" fn ctx_Long_FromSize_t(ctx: *mut HPyContext, value: usize) -> HPy {
    crate::unimplemented::raise(c"HPyLong_FromSize_t");
    HPy::NULL
}

unsafe extern "C" fn ctx_Long_FromSsize_t(ctx: *mut HPyContext, value: HPy_ssize_t) -> HPy {
    crate::unimplemented::raise(c"HPyLong_FromSsize_t");
    HPy::NULL
}

unsafe extern "C" fn ctx_Long_AsInt32_t(ctx: *mut HPyContext, h: HPy) -> i32 {
    crate::unimplemented::raise(c"HPyLong_AsInt32_t");
    -1
}

unsafe extern "C" fn ctx_Long_AsUInt32_t(ctx: *mut HPyContext, h: HPy) -> u32 {
    crate::unimplemented::raise(c"HPyLong_AsUInt32_t");
    u32::MAX
}

unsafe extern "C" fn ctx_Long_AsUInt32_tMask(ctx: *mut HPyContext, h: HPy) -> u32 {
    crate::unimplemented::raise(c"HPyLong_AsUInt32_tMask");
    u32::MAX
}

unsafe extern "C" fn ctx_Long_AsInt64_t(ctx: *mut HPyContext, h: HPy) -> i64 {
    crate::unimplemented::raise(c"HPyLong_AsInt64_t");
    -1
}

unsafe extern "C" fn ctx_Long_AsUInt64_t(ctx: *mut HPyContext, h: HPy) -> u64 {
    crate::unimplemented::raise(c"HPyLong_AsUInt64_t");
    u64::MAX
}

unsafe extern "C" fn ctx_Long_AsUInt64_tMask(ctx: *mut HPyContext, h: HPy) -> u64 {
    crate::unimplemented::raise(c"HPyLong_AsUInt64_tMask");
    u64::MAX
}

unsafe extern "C" fn ctx_Long_AsSize_t(ctx: *mut HPyContext, h: HPy) -> usize {
    crate::unimplemented::raise(c"HPyLong_AsSize_t");
    usize::MAX
}

unsafe extern "C" fn ctx_Long_AsSsize_t(ctx: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    crate::unimplemented::raise(c"HPyLong_AsSsize_t");
    -1
}

unsafe extern "C" fn ctx_Long_AsVoidPtr(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    crate::unimplemented::raise(c"HPyLong_AsVoidPtr");
    core::ptr::null_mut()
}

unsafe extern "C" fn ctx_Long_AsDouble(ctx: *mut HPyContext, h: HPy) -> f64 {
    crate::unimplemented::raise(c"HPyLong_AsDouble");
    -1.0
}

unsafe extern "C" fn ctx_Float_FromDouble(ctx: *mut HPyContext, v: f64) -> HPy {
    crate::unimplemented::raise(c"HPyFloat_FromDouble");
    HPy::NULL
}

unsafe extern "C" fn ctx_Float_AsDouble(ctx: *mut HPyContext, h: HPy) -> f64 {
    crate::unimplemented::raise(c"HPyFloat_AsDouble");
    -1.0
}

unsafe extern "C" fn ctx_Bool_FromBool(ctx: *mut HPyContext, v: bool) -> HPy {
    crate::unimplemented::raise(c"HPyBool_FromBool");
    HPy::NULL
}

unsafe extern "C" fn ctx_Length(ctx: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    crate::unimplemented::raise(c"HPy_Length");
    -1
}

unsafe extern "C" fn ctx_Number_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    crate::unimplemented::raise(c"HPyNumber_Check");
    -1
}

unsafe extern "C" fn ctx_Add(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Add");
    HPy::NULL
}

unsafe extern "C" fn ctx_Subtract(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Subtract");
    HPy::NULL
}

unsafe extern "C" fn ctx_Multiply(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Multiply");
    HPy::NULL
}

unsafe extern "C" fn ctx_MatrixMultiply(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_MatrixMultiply");
    HPy::NULL
}

unsafe extern "C" fn ctx_FloorDivide(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_FloorDivide");
    HPy::NULL
}

unsafe extern "C" fn ctx_TrueDivide(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_TrueDivide");
    HPy::NULL
}

unsafe extern "C" fn ctx_Remainder(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Remainder");
    HPy::NULL
}

unsafe extern "C" fn ctx_Divmod(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Divmod");
    HPy::NULL
}

unsafe extern "C" fn ctx_Power(ctx: *mut HPyContext, h1: HPy, h2: HPy, h3: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Power");
    HPy::NULL
}

unsafe extern "C" fn ctx_Negative(ctx: *mut HPyContext, h1: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Negative");
    HPy::NULL
}

unsafe extern "C" fn ctx_Positive(ctx: *mut HPyContext, h1: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Positive");
    HPy::NULL
}

unsafe extern "C" fn ctx_Absolute(ctx: *mut HPyContext, h1: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Absolute");
    HPy::NULL
}

unsafe extern "C" fn ctx_Invert(ctx: *mut HPyContext, h1: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Invert");
    HPy::NULL
}

unsafe extern "C" fn ctx_Lshift(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Lshift");
    HPy::NULL
}

unsafe extern "C" fn ctx_Rshift(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Rshift");
    HPy::NULL
}

unsafe extern "C" fn ctx_And(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_And");
    HPy::NULL
}

unsafe extern "C" fn ctx_Xor(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Xor");
    HPy::NULL
}

unsafe extern "C" fn ctx_Or(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Or");
    HPy::NULL
}

unsafe extern "C" fn ctx_Index(ctx: *mut HPyContext, h1: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Index");
    HPy::NULL
}

unsafe extern "C" fn ctx_Long(ctx: *mut HPyContext, h1: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Long");
    HPy::NULL
}

unsafe extern "C" fn ctx_Float(ctx: *mut HPyContext, h1: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Float");
    HPy::NULL
}

unsafe extern "C" fn ctx_InPlaceAdd(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_InPlaceAdd");
    HPy::NULL
}

unsafe extern "C" fn ctx_InPlaceSubtract(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_InPlaceSubtract");
    HPy::NULL
}

unsafe extern "C" fn ctx_InPlaceMultiply(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_InPlaceMultiply");
    HPy::NULL
}

unsafe extern "C" fn ctx_InPlaceMatrixMultiply(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_InPlaceMatrixMultiply");
    HPy::NULL
}

unsafe extern "C" fn ctx_InPlaceFloorDivide(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_InPlaceFloorDivide");
    HPy::NULL
}

unsafe extern "C" fn ctx_InPlaceTrueDivide(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_InPlaceTrueDivide");
    HPy::NULL
}

unsafe extern "C" fn ctx_InPlaceRemainder(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_InPlaceRemainder");
    HPy::NULL
}

unsafe extern "C" fn ctx_InPlacePower(ctx: *mut HPyContext, h1: HPy, h2: HPy, h3: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_InPlacePower");
    HPy::NULL
}

unsafe extern "C" fn ctx_InPlaceLshift(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_InPlaceLshift");
    HPy::NULL
}

unsafe extern "C" fn ctx_InPlaceRshift(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_InPlaceRshift");
    HPy::NULL
}

unsafe extern "C" fn ctx_InPlaceAnd(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_InPlaceAnd");
    HPy::NULL
}

unsafe extern "C" fn ctx_InPlaceXor(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_InPlaceXor");
    HPy::NULL
}

unsafe extern "C" fn ctx_InPlaceOr(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_InPlaceOr");
    HPy::NULL
}

unsafe extern "C" fn ctx_Callable_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    crate::unimplemented::raise(c"HPyCallable_Check");
    -1
}

unsafe extern "C" fn ctx_CallTupleDict(ctx: *mut HPyContext, callable: HPy, args: HPy, kw: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_CallTupleDict");
    HPy::NULL
}

unsafe extern "C" fn ctx_FatalError(ctx: *mut HPyContext, message: *const c_char) {
    crate::unimplemented::raise(c"HPy_FatalError");
}

unsafe extern "C" fn ctx_Err_SetString(ctx: *mut HPyContext, h_type: HPy, utf8_message: *const c_char) {
    crate::unimplemented::raise(c"HPyErr_SetString");
}

unsafe extern "C" fn ctx_Err_SetObject(ctx: *mut HPyContext, h_type: HPy, h_value: HPy) {
    crate::unimplemented::raise(c"HPyErr_SetObject");
}

unsafe extern "C" fn ctx_Err_SetFromErrnoWithFilename(ctx: *mut HPyContext, h_type: HPy, filename_fsencoded: *const c_char) -> HPy {
    crate::unimplemented::raise(c"HPyErr_SetFromErrnoWithFilename");
    HPy::NULL
}

unsafe extern "C" fn ctx_Err_SetFromErrnoWithFilenameObjects(ctx: *mut HPyContext, h_type: HPy, filename1: HPy, filename2: HPy) {
    crate::unimplemented::raise(c"HPyErr_SetFromErrnoWithFilenameObjects");
}

unsafe extern "C" fn ctx_Err_Occurred(ctx: *mut HPyContext) -> c_int {
    crate::unimplemented::raise(c"HPyErr_Occurred");
    -1
}

unsafe extern "C" fn ctx_Err_ExceptionMatches(ctx: *mut HPyContext, exc: HPy) -> c_int {
    crate::unimplemented::raise(c"HPyErr_ExceptionMatches");
    -1
}

unsafe extern "C" fn ctx_Err_NoMemory(ctx: *mut HPyContext) {
    crate::unimplemented::raise(c"HPyErr_NoMemory");
}

unsafe extern "C" fn ctx_Err_Clear(ctx: *mut HPyContext) {
    crate::unimplemented::raise(c"HPyErr_Clear");
}

unsafe extern "C" fn ctx_Err_NewException(ctx: *mut HPyContext, utf8_name: *const c_char, base: HPy, dict: HPy) -> HPy {
    crate::unimplemented::raise(c"HPyErr_NewException");
    HPy::NULL
}

unsafe extern "C" fn ctx_Err_NewExceptionWithDoc(ctx: *mut HPyContext, utf8_name: *const c_char, utf8_doc: *const c_char, base: HPy, dict: HPy) -> HPy {
    crate::unimplemented::raise(c"HPyErr_NewExceptionWithDoc");
    HPy::NULL
}

unsafe extern "C" fn ctx_Err_WarnEx(ctx: *mut HPyContext, category: HPy, utf8_message: *const c_char, stack_level: HPy_ssize_t) -> c_int {
    crate::unimplemented::raise(c"HPyErr_WarnEx");
    -1
}

unsafe extern "C" fn ctx_Err_WriteUnraisable(ctx: *mut HPyContext, obj: HPy) {
    crate::unimplemented::raise(c"HPyErr_WriteUnraisable");
}

unsafe extern "C" fn ctx_IsTrue(ctx: *mut HPyContext, h: HPy) -> c_int {
    crate::unimplemented::raise(c"HPy_IsTrue");
    -1
}

unsafe extern "C" fn ctx_Type_FromSpec(ctx: *mut HPyContext, spec: *mut HPyType_Spec, params: *mut HPyType_SpecParam) -> HPy {
    crate::unimplemented::raise(c"HPyType_FromSpec");
    HPy::NULL
}

unsafe extern "C" fn ctx_Type_GenericNew(ctx: *mut HPyContext, type_: HPy, args: *const HPy, nargs: HPy_ssize_t, kw: HPy) -> HPy {
    crate::unimplemented::raise(c"HPyType_GenericNew");
    HPy::NULL
}

unsafe extern "C" fn ctx_GetAttr(ctx: *mut HPyContext, obj: HPy, name: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_GetAttr");
    HPy::NULL
}

unsafe extern "C" fn ctx_GetAttr_s(ctx: *mut HPyContext, obj: HPy, utf8_name: *const c_char) -> HPy {
    crate::unimplemented::raise(c"HPy_GetAttr_s");
    HPy::NULL
}

unsafe extern "C" fn ctx_HasAttr(ctx: *mut HPyContext, obj: HPy, name: HPy) -> c_int {
    crate::unimplemented::raise(c"HPy_HasAttr");
    -1
}

unsafe extern "C" fn ctx_HasAttr_s(ctx: *mut HPyContext, obj: HPy, utf8_name: *const c_char) -> c_int {
    crate::unimplemented::raise(c"HPy_HasAttr_s");
    -1
}

unsafe extern "C" fn ctx_SetAttr(ctx: *mut HPyContext, obj: HPy, name: HPy, value: HPy) -> c_int {
    crate::unimplemented::raise(c"HPy_SetAttr");
    -1
}

unsafe extern "C" fn ctx_SetAttr_s(ctx: *mut HPyContext, obj: HPy, utf8_name: *const c_char, value: HPy) -> c_int {
    crate::unimplemented::raise(c"HPy_SetAttr_s");
    -1
}

unsafe extern "C" fn ctx_GetItem(ctx: *mut HPyContext, obj: HPy, key: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_GetItem");
    HPy::NULL
}

unsafe extern "C" fn ctx_GetItem_i(ctx: *mut HPyContext, obj: HPy, idx: HPy_ssize_t) -> HPy {
    crate::unimplemented::raise(c"HPy_GetItem_i");
    HPy::NULL
}

unsafe extern "C" fn ctx_GetItem_s(ctx: *mut HPyContext, obj: HPy, utf8_key: *const c_char) -> HPy {
    crate::unimplemented::raise(c"HPy_GetItem_s");
    HPy::NULL
}

unsafe extern "C" fn ctx_Contains(ctx: *mut HPyContext, container: HPy, key: HPy) -> c_int {
    crate::unimplemented::raise(c"HPy_Contains");
    -1
}

unsafe extern "C" fn ctx_SetItem(ctx: *mut HPyContext, obj: HPy, key: HPy, value: HPy) -> c_int {
    crate::unimplemented::raise(c"HPy_SetItem");
    -1
}

unsafe extern "C" fn ctx_SetItem_i(ctx: *mut HPyContext, obj: HPy, idx: HPy_ssize_t, value: HPy) -> c_int {
    crate::unimplemented::raise(c"HPy_SetItem_i");
    -1
}

unsafe extern "C" fn ctx_SetItem_s(ctx: *mut HPyContext, obj: HPy, utf8_key: *const c_char, value: HPy) -> c_int {
    crate::unimplemented::raise(c"HPy_SetItem_s");
    -1
}

unsafe extern "C" fn ctx_Type(ctx: *mut HPyContext, obj: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Type");
    HPy::NULL
}

unsafe extern "C" fn ctx_TypeCheck(ctx: *mut HPyContext, obj: HPy, type_: HPy) -> c_int {
    crate::unimplemented::raise(c"HPy_TypeCheck");
    -1
}

unsafe extern "C" fn ctx_Is(ctx: *mut HPyContext, obj: HPy, other: HPy) -> c_int {
    crate::unimplemented::raise(c"HPy_Is");
    -1
}

unsafe extern "C" fn ctx_AsStruct_Object(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    crate::unimplemented::raise(c"_HPy_AsStruct_Object");
    core::ptr::null_mut()
}

unsafe extern "C" fn ctx_AsStruct_Legacy(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    crate::unimplemented::raise(c"_HPy_AsStruct_Legacy");
    core::ptr::null_mut()
}

unsafe extern "C" fn ctx_New(ctx: *mut HPyContext, h_type: HPy, data: *mut *mut c_void) -> HPy {
    crate::unimplemented::raise(c"_HPy_New");
    HPy::NULL
}

unsafe extern "C" fn ctx_Repr(ctx: *mut HPyContext, obj: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Repr");
    HPy::NULL
}

unsafe extern "C" fn ctx_Str(ctx: *mut HPyContext, obj: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Str");
    HPy::NULL
}

unsafe extern "C" fn ctx_ASCII(ctx: *mut HPyContext, obj: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_ASCII");
    HPy::NULL
}

unsafe extern "C" fn ctx_Bytes(ctx: *mut HPyContext, obj: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Bytes");
    HPy::NULL
}

unsafe extern "C" fn ctx_RichCompare(ctx: *mut HPyContext, v: HPy, w: HPy, op: c_int) -> HPy {
    crate::unimplemented::raise(c"HPy_RichCompare");
    HPy::NULL
}

unsafe extern "C" fn ctx_RichCompareBool(ctx: *mut HPyContext, v: HPy, w: HPy, op: c_int) -> c_int {
    crate::unimplemented::raise(c"HPy_RichCompareBool");
    -1
}

unsafe extern "C" fn ctx_Hash(ctx: *mut HPyContext, obj: HPy) -> HPy_hash_t {
    crate::unimplemented::raise(c"HPy_Hash");
    -1
}

unsafe extern "C" fn ctx_Bytes_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    crate::unimplemented::raise(c"HPyBytes_Check");
    -1
}

unsafe extern "C" fn ctx_Bytes_Size(ctx: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    crate::unimplemented::raise(c"HPyBytes_Size");
    -1
}

unsafe extern "C" fn ctx_Bytes_GET_SIZE(ctx: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    crate::unimplemented::raise(c"HPyBytes_GET_SIZE");
    -1
}

unsafe extern "C" fn ctx_Bytes_AsString(ctx: *mut HPyContext, h: HPy) -> *const c_char {
    crate::unimplemented::raise(c"HPyBytes_AsString");
    core::ptr::null()
}

unsafe extern "C" fn ctx_Bytes_AS_STRING(ctx: *mut HPyContext, h: HPy) -> *const c_char {
    crate::unimplemented::raise(c"HPyBytes_AS_STRING");
    core::ptr::null()
}

unsafe extern "C" fn ctx_Bytes_FromString(ctx: *mut HPyContext, bytes: *const c_char) -> HPy {
    crate::unimplemented::raise(c"HPyBytes_FromString");
    HPy::NULL
}

unsafe extern "C" fn ctx_Bytes_FromStringAndSize(ctx: *mut HPyContext, bytes: *const c_char, len: HPy_ssize_t) -> HPy {
    crate::unimplemented::raise(c"HPyBytes_FromStringAndSize");
    HPy::NULL
}

unsafe extern "C" fn ctx_Unicode_FromString(ctx: *mut HPyContext, utf8: *const c_char) -> HPy {
    crate::unimplemented::raise(c"HPyUnicode_FromString");
    HPy::NULL
}

unsafe extern "C" fn ctx_Unicode_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    crate::unimplemented::raise(c"HPyUnicode_Check");
    -1
}

unsafe extern "C" fn ctx_Unicode_AsASCIIString(ctx: *mut HPyContext, h: HPy) -> HPy {
    crate::unimplemented::raise(c"HPyUnicode_AsASCIIString");
    HPy::NULL
}

unsafe extern "C" fn ctx_Unicode_AsLatin1String(ctx: *mut HPyContext, h: HPy) -> HPy {
    crate::unimplemented::raise(c"HPyUnicode_AsLatin1String");
    HPy::NULL
}

unsafe extern "C" fn ctx_Unicode_AsUTF8String(ctx: *mut HPyContext, h: HPy) -> HPy {
    crate::unimplemented::raise(c"HPyUnicode_AsUTF8String");
    HPy::NULL
}

unsafe extern "C" fn ctx_Unicode_AsUTF8AndSize(ctx: *mut HPyContext, h: HPy, size: *mut HPy_ssize_t) -> *const c_char {
    crate::unimplemented::raise(c"HPyUnicode_AsUTF8AndSize");
    core::ptr::null()
}

unsafe extern "C" fn ctx_Unicode_FromWideChar(ctx: *mut HPyContext, w: *const wchar_t, size: HPy_ssize_t) -> HPy {
    crate::unimplemented::raise(c"HPyUnicode_FromWideChar");
    HPy::NULL
}

unsafe extern "C" fn ctx_Unicode_DecodeFSDefault(ctx: *mut HPyContext, v: *const c_char) -> HPy {
    crate::unimplemented::raise(c"HPyUnicode_DecodeFSDefault");
    HPy::NULL
}

unsafe extern "C" fn ctx_Unicode_DecodeFSDefaultAndSize(ctx: *mut HPyContext, v: *const c_char, size: HPy_ssize_t) -> HPy {
    crate::unimplemented::raise(c"HPyUnicode_DecodeFSDefaultAndSize");
    HPy::NULL
}

unsafe extern "C" fn ctx_Unicode_EncodeFSDefault(ctx: *mut HPyContext, h: HPy) -> HPy {
    crate::unimplemented::raise(c"HPyUnicode_EncodeFSDefault");
    HPy::NULL
}

unsafe extern "C" fn ctx_Unicode_ReadChar(ctx: *mut HPyContext, h: HPy, index: HPy_ssize_t) -> HPy_UCS4 {
    crate::unimplemented::raise(c"HPyUnicode_ReadChar");
    HPy_UCS4::MAX
}

unsafe extern "C" fn ctx_Unicode_DecodeASCII(ctx: *mut HPyContext, ascii: *const c_char, size: HPy_ssize_t, errors: *const c_char) -> HPy {
    crate::unimplemented::raise(c"HPyUnicode_DecodeASCII");
    HPy::NULL
}

unsafe extern "C" fn ctx_Unicode_DecodeLatin1(ctx: *mut HPyContext, latin1: *const c_char, size: HPy_ssize_t, errors: *const c_char) -> HPy {
    crate::unimplemented::raise(c"HPyUnicode_DecodeLatin1");
    HPy::NULL
}

unsafe extern "C" fn ctx_List_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    crate::unimplemented::raise(c"HPyList_Check");
    -1
}

unsafe extern "C" fn ctx_List_New(ctx: *mut HPyContext, len: HPy_ssize_t) -> HPy {
    crate::unimplemented::raise(c"HPyList_New");
    HPy::NULL
}

unsafe extern "C" fn ctx_List_Append(ctx: *mut HPyContext, h_list: HPy, h_item: HPy) -> c_int {
    crate::unimplemented::raise(c"HPyList_Append");
    -1
}

unsafe extern "C" fn ctx_Dict_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    crate::unimplemented::raise(c"HPyDict_Check");
    -1
}

unsafe extern "C" fn ctx_Dict_New(ctx: *mut HPyContext) -> HPy {
    crate::unimplemented::raise(c"HPyDict_New");
    HPy::NULL
}

unsafe extern "C" fn ctx_Tuple_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    crate::unimplemented::raise(c"HPyTuple_Check");
    -1
}

unsafe extern "C" fn ctx_Tuple_FromArray(ctx: *mut HPyContext, items: *mut HPy, n: HPy_ssize_t) -> HPy {
    crate::unimplemented::raise(c"HPyTuple_FromArray");
    HPy::NULL
}

unsafe extern "C" fn ctx_Import_ImportModule(ctx: *mut HPyContext, utf8_name: *const c_char) -> HPy {
    crate::unimplemented::raise(c"HPyImport_ImportModule");
    HPy::NULL
}

unsafe extern "C" fn ctx_FromPyObject(ctx: *mut HPyContext, obj: *mut cpy_PyObject) -> HPy {
    crate::unimplemented::raise(c"HPy_FromPyObject");
    HPy::NULL
}

unsafe extern "C" fn ctx_AsPyObject(ctx: *mut HPyContext, h: HPy) -> *mut cpy_PyObject {
    crate::unimplemented::raise(c"HPy_AsPyObject");
    core::ptr::null_mut()
}

unsafe extern "C" fn ctx_CallRealFunctionFromTrampoline(ctx: *mut HPyContext, sig: HPyFunc_Signature, func: HPyCFunction, args: *mut c_void) {
    crate::unimplemented::raise(c"_HPy_CallRealFunctionFromTrampoline");
}

unsafe extern "C" fn ctx_ListBuilder_New(ctx: *mut HPyContext, size: HPy_ssize_t) -> HPyListBuilder {
    crate::unimplemented::raise(c"HPyListBuilder_New");
    HPyListBuilder::NULL
}

unsafe extern "C" fn ctx_ListBuilder_Set(ctx: *mut HPyContext, builder: HPyListBuilder, index: HPy_ssize_t, h_item: HPy) {
    crate::unimplemented::raise(c"HPyListBuilder_Set");
}

unsafe extern "C" fn ctx_ListBuilder_Build(ctx: *mut HPyContext, builder: HPyListBuilder) -> HPy {
    crate::unimplemented::raise(c"HPyListBuilder_Build");
    HPy::NULL
}

unsafe extern "C" fn ctx_ListBuilder_Cancel(ctx: *mut HPyContext, builder: HPyListBuilder) {
    crate::unimplemented::raise(c"HPyListBuilder_Cancel");
}

unsafe extern "C" fn ctx_TupleBuilder_New(ctx: *mut HPyContext, size: HPy_ssize_t) -> HPyTupleBuilder {
    crate::unimplemented::raise(c"HPyTupleBuilder_New");
    HPyTupleBuilder::NULL
}

unsafe extern "C" fn ctx_TupleBuilder_Set(ctx: *mut HPyContext, builder: HPyTupleBuilder, index: HPy_ssize_t, h_item: HPy) {
    crate::unimplemented::raise(c"HPyTupleBuilder_Set");
}

unsafe extern "C" fn ctx_TupleBuilder_Build(ctx: *mut HPyContext, builder: HPyTupleBuilder) -> HPy {
    crate::unimplemented::raise(c"HPyTupleBuilder_Build");
    HPy::NULL
}

unsafe extern "C" fn ctx_TupleBuilder_Cancel(ctx: *mut HPyContext, builder: HPyTupleBuilder) {
    crate::unimplemented::raise(c"HPyTupleBuilder_Cancel");
}

unsafe extern "C" fn ctx_Tracker_New(ctx: *mut HPyContext, size: HPy_ssize_t) -> HPyTracker {
    crate::unimplemented::raise(c"HPyTracker_New");
    HPyTracker::NULL
}

unsafe extern "C" fn ctx_Tracker_Add(ctx: *mut HPyContext, ht: HPyTracker, h: HPy) -> c_int {
    crate::unimplemented::raise(c"HPyTracker_Add");
    -1
}

unsafe extern "C" fn ctx_Tracker_ForgetAll(ctx: *mut HPyContext, ht: HPyTracker) {
    crate::unimplemented::raise(c"HPyTracker_ForgetAll");
}

unsafe extern "C" fn ctx_Tracker_Close(ctx: *mut HPyContext, ht: HPyTracker) {
    crate::unimplemented::raise(c"HPyTracker_Close");
}

unsafe extern "C" fn ctx_Field_Store(ctx: *mut HPyContext, target_object: HPy, target_field: *mut HPyField, h: HPy) {
    crate::unimplemented::raise(c"HPyField_Store");
}

unsafe extern "C" fn ctx_Field_Load(ctx: *mut HPyContext, source_object: HPy, source_field: HPyField) -> HPy {
    crate::unimplemented::raise(c"HPyField_Load");
    HPy::NULL
}

unsafe extern "C" fn ctx_ReenterPythonExecution(ctx: *mut HPyContext, state: HPyThreadState) {
    crate::unimplemented::raise(c"HPy_ReenterPythonExecution");
}

unsafe extern "C" fn ctx_LeavePythonExecution(ctx: *mut HPyContext) -> HPyThreadState {
    crate::unimplemented::raise(c"HPy_LeavePythonExecution");
    HPyThreadState::NULL
}

unsafe extern "C" fn ctx_Global_Store(ctx: *mut HPyContext, global: *mut HPyGlobal, h: HPy) {
    crate::unimplemented::raise(c"HPyGlobal_Store");
}

unsafe extern "C" fn ctx_Global_Load(ctx: *mut HPyContext, global: HPyGlobal) -> HPy {
    crate::unimplemented::raise(c"HPyGlobal_Load");
    HPy::NULL
}

unsafe extern "C" fn ctx_Dump(ctx: *mut HPyContext, h: HPy) {
    crate::unimplemented::raise(c"_HPy_Dump");
}

unsafe extern "C" fn ctx_AsStruct_Type(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    crate::unimplemented::raise(c"_HPy_AsStruct_Type");
    core::ptr::null_mut()
}

unsafe extern "C" fn ctx_AsStruct_Long(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    crate::unimplemented::raise(c"_HPy_AsStruct_Long");
    core::ptr::null_mut()
}

unsafe extern "C" fn ctx_AsStruct_Float(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    crate::unimplemented::raise(c"_HPy_AsStruct_Float");
    core::ptr::null_mut()
}

unsafe extern "C" fn ctx_AsStruct_Unicode(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    crate::unimplemented::raise(c"_HPy_AsStruct_Unicode");
    core::ptr::null_mut()
}

unsafe extern "C" fn ctx_AsStruct_Tuple(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    crate::unimplemented::raise(c"_HPy_AsStruct_Tuple");
    core::ptr::null_mut()
}

unsafe extern "C" fn ctx_AsStruct_List(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    crate::unimplemented::raise(c"_HPy_AsStruct_List");
    core::ptr::null_mut()
}

unsafe extern "C" fn ctx_Type_GetBuiltinShape(ctx: *mut HPyContext, h_type: HPy) -> HPyType_BuiltinShape {
    crate::unimplemented::raise(c"_HPyType_GetBuiltinShape");
    HPyType_BuiltinShape(-2)
}

unsafe extern "C" fn ctx_DelItem(ctx: *mut HPyContext, obj: HPy, key: HPy) -> c_int {
    crate::unimplemented::raise(c"HPy_DelItem");
    -1
}

unsafe extern "C" fn ctx_DelItem_i(ctx: *mut HPyContext, obj: HPy, idx: HPy_ssize_t) -> c_int {
    crate::unimplemented::raise(c"HPy_DelItem_i");
    -1
}

unsafe extern "C" fn ctx_DelItem_s(ctx: *mut HPyContext, obj: HPy, utf8_key: *const c_char) -> c_int {
    crate::unimplemented::raise(c"HPy_DelItem_s");
    -1
}

unsafe extern "C" fn ctx_Capsule_New(ctx: *mut HPyContext, pointer: *mut c_void, utf8_name: *const c_char, destructor: *mut HPyCapsule_Destructor) -> HPy {
    crate::unimplemented::raise(c"HPyCapsule_New");
    HPy::NULL
}

unsafe extern "C" fn ctx_Capsule_Get(ctx: *mut HPyContext, capsule: HPy, key: _HPyCapsule_key, utf8_name: *const c_char) -> *mut c_void {
    crate::unimplemented::raise(c"HPyCapsule_Get");
    core::ptr::null_mut()
}

unsafe extern "C" fn ctx_Capsule_IsValid(ctx: *mut HPyContext, capsule: HPy, utf8_name: *const c_char) -> c_int {
    crate::unimplemented::raise(c"HPyCapsule_IsValid");
    -1
}

unsafe extern "C" fn ctx_Capsule_Set(ctx: *mut HPyContext, capsule: HPy, key: _HPyCapsule_key, value: *mut c_void) -> c_int {
    crate::unimplemented::raise(c"HPyCapsule_Set");
    -1
}

unsafe extern "C" fn ctx_Compile_s(ctx: *mut HPyContext, utf8_source: *const c_char, utf8_filename: *const c_char, kind: HPy_SourceKind) -> HPy {
    crate::unimplemented::raise(c"HPy_Compile_s");
    HPy::NULL
}

unsafe extern "C" fn ctx_EvalCode(ctx: *mut HPyContext, code: HPy, globals: HPy, locals: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_EvalCode");
    HPy::NULL
}

unsafe extern "C" fn ctx_ContextVar_New(ctx: *mut HPyContext, name: *const c_char, default_value: HPy) -> HPy {
    crate::unimplemented::raise(c"HPyContextVar_New");
    HPy::NULL
}

unsafe extern "C" fn ctx_ContextVar_Get(ctx: *mut HPyContext, context_var: HPy, default_value: HPy, result: *mut HPy) -> i32 {
    crate::unimplemented::raise(c"HPyContextVar_Get");
    -1
}

unsafe extern "C" fn ctx_ContextVar_Set(ctx: *mut HPyContext, context_var: HPy, value: HPy) -> HPy {
    crate::unimplemented::raise(c"HPyContextVar_Set");
    HPy::NULL
}

unsafe extern "C" fn ctx_Type_GetName(ctx: *mut HPyContext, type_: HPy) -> *const c_char {
    crate::unimplemented::raise(c"HPyType_GetName");
    core::ptr::null()
}

unsafe extern "C" fn ctx_Type_IsSubtype(ctx: *mut HPyContext, sub: HPy, type_: HPy) -> c_int {
    crate::unimplemented::raise(c"HPyType_IsSubtype");
    -1
}

unsafe extern "C" fn ctx_Unicode_FromEncodedObject(ctx: *mut HPyContext, obj: HPy, encoding: *const c_char, errors: *const c_char) -> HPy {
    crate::unimplemented::raise(c"HPyUnicode_FromEncodedObject");
    HPy::NULL
}

unsafe extern "C" fn ctx_Unicode_Substring(ctx: *mut HPyContext, str: HPy, start: HPy_ssize_t, end: HPy_ssize_t) -> HPy {
    crate::unimplemented::raise(c"HPyUnicode_Substring");
    HPy::NULL
}

unsafe extern "C" fn ctx_Dict_Keys(ctx: *mut HPyContext, h: HPy) -> HPy {
    crate::unimplemented::raise(c"HPyDict_Keys");
    HPy::NULL
}

unsafe extern "C" fn ctx_Dict_Copy(ctx: *mut HPyContext, h: HPy) -> HPy {
    crate::unimplemented::raise(c"HPyDict_Copy");
    HPy::NULL
}

unsafe extern "C" fn ctx_Slice_Unpack(ctx: *mut HPyContext, slice: HPy, start: *mut HPy_ssize_t, stop: *mut HPy_ssize_t, step: *mut HPy_ssize_t) -> c_int {
    crate::unimplemented::raise(c"HPySlice_Unpack");
    -1
}

unsafe extern "C" fn ctx_SetCallFunction(ctx: *mut HPyContext, h: HPy, func: *mut HPyCallFunction) -> c_int {
    crate::unimplemented::raise(c"HPy_SetCallFunction");
    -1
}

unsafe extern "C" fn ctx_Call(ctx: *mut HPyContext, callable: HPy, args: *const HPy, nargs: usize, kwnames: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_Call");
    HPy::NULL
}

unsafe extern "C" fn ctx_CallMethod(ctx: *mut HPyContext, name: HPy, args: *const HPy, nargs: usize, kwnames: HPy) -> HPy {
    crate::unimplemented::raise(c"HPy_CallMethod");
    HPy::NULL
}

/// A context with null handles and every function raising `SystemError`.
pub fn context(name: *const c_char) -> HPyContext {
    HPyContext {
        name,
        _private: core::ptr::null_mut::<c_void>(),
        abi_version: HPY_ABI_VERSION as c_int,
        h_None: HPy::NULL,
        h_True: HPy::NULL,
        h_False: HPy::NULL,
        h_NotImplemented: HPy::NULL,
        h_Ellipsis: HPy::NULL,
        h_BaseException: HPy::NULL,
        h_Exception: HPy::NULL,
        h_StopAsyncIteration: HPy::NULL,
        h_StopIteration: HPy::NULL,
        h_GeneratorExit: HPy::NULL,
        h_ArithmeticError: HPy::NULL,
        h_LookupError: HPy::NULL,
        h_AssertionError: HPy::NULL,
        h_AttributeError: HPy::NULL,
        h_BufferError: HPy::NULL,
        h_EOFError: HPy::NULL,
        h_FloatingPointError: HPy::NULL,
        h_OSError: HPy::NULL,
        h_ImportError: HPy::NULL,
        h_ModuleNotFoundError: HPy::NULL,
        h_IndexError: HPy::NULL,
        h_KeyError: HPy::NULL,
        h_KeyboardInterrupt: HPy::NULL,
        h_MemoryError: HPy::NULL,
        h_NameError: HPy::NULL,
        h_OverflowError: HPy::NULL,
        h_RuntimeError: HPy::NULL,
        h_RecursionError: HPy::NULL,
        h_NotImplementedError: HPy::NULL,
        h_SyntaxError: HPy::NULL,
        h_IndentationError: HPy::NULL,
        h_TabError: HPy::NULL,
        h_ReferenceError: HPy::NULL,
        h_SystemError: HPy::NULL,
        h_SystemExit: HPy::NULL,
        h_TypeError: HPy::NULL,
        h_UnboundLocalError: HPy::NULL,
        h_UnicodeError: HPy::NULL,
        h_UnicodeEncodeError: HPy::NULL,
        h_UnicodeDecodeError: HPy::NULL,
        h_UnicodeTranslateError: HPy::NULL,
        h_ValueError: HPy::NULL,
        h_ZeroDivisionError: HPy::NULL,
        h_BlockingIOError: HPy::NULL,
        h_BrokenPipeError: HPy::NULL,
        h_ChildProcessError: HPy::NULL,
        h_ConnectionError: HPy::NULL,
        h_ConnectionAbortedError: HPy::NULL,
        h_ConnectionRefusedError: HPy::NULL,
        h_ConnectionResetError: HPy::NULL,
        h_FileExistsError: HPy::NULL,
        h_FileNotFoundError: HPy::NULL,
        h_InterruptedError: HPy::NULL,
        h_IsADirectoryError: HPy::NULL,
        h_NotADirectoryError: HPy::NULL,
        h_PermissionError: HPy::NULL,
        h_ProcessLookupError: HPy::NULL,
        h_TimeoutError: HPy::NULL,
        h_Warning: HPy::NULL,
        h_UserWarning: HPy::NULL,
        h_DeprecationWarning: HPy::NULL,
        h_PendingDeprecationWarning: HPy::NULL,
        h_SyntaxWarning: HPy::NULL,
        h_RuntimeWarning: HPy::NULL,
        h_FutureWarning: HPy::NULL,
        h_ImportWarning: HPy::NULL,
        h_UnicodeWarning: HPy::NULL,
        h_BytesWarning: HPy::NULL,
        h_ResourceWarning: HPy::NULL,
        h_BaseObjectType: HPy::NULL,
        h_TypeType: HPy::NULL,
        h_BoolType: HPy::NULL,
        h_LongType: HPy::NULL,
        h_FloatType: HPy::NULL,
        h_UnicodeType: HPy::NULL,
        h_TupleType: HPy::NULL,
        h_ListType: HPy::NULL,
        ctx_Dup,
        ctx_Close,
        ctx_Long_FromInt32_t,
        ctx_Long_FromUInt32_t,
        ctx_Long_FromInt64_t,
        ctx_Long_FromUInt64_t,
        ctx_Long_FromSize_t,
        ctx_Long_FromSsize_t,
        ctx_Long_AsInt32_t,
        ctx_Long_AsUInt32_t,
        ctx_Long_AsUInt32_tMask,
        ctx_Long_AsInt64_t,
        ctx_Long_AsUInt64_t,
        ctx_Long_AsUInt64_tMask,
        ctx_Long_AsSize_t,
        ctx_Long_AsSsize_t,
        ctx_Long_AsVoidPtr,
        ctx_Long_AsDouble,
        ctx_Float_FromDouble,
        ctx_Float_AsDouble,
        ctx_Bool_FromBool,
        ctx_Length,
        ctx_Number_Check,
        ctx_Add,
        ctx_Subtract,
        ctx_Multiply,
        ctx_MatrixMultiply,
        ctx_FloorDivide,
        ctx_TrueDivide,
        ctx_Remainder,
        ctx_Divmod,
        ctx_Power,
        ctx_Negative,
        ctx_Positive,
        ctx_Absolute,
        ctx_Invert,
        ctx_Lshift,
        ctx_Rshift,
        ctx_And,
        ctx_Xor,
        ctx_Or,
        ctx_Index,
        ctx_Long,
        ctx_Float,
        ctx_InPlaceAdd,
        ctx_InPlaceSubtract,
        ctx_InPlaceMultiply,
        ctx_InPlaceMatrixMultiply,
        ctx_InPlaceFloorDivide,
        ctx_InPlaceTrueDivide,
        ctx_InPlaceRemainder,
        ctx_InPlacePower,
        ctx_InPlaceLshift,
        ctx_InPlaceRshift,
        ctx_InPlaceAnd,
        ctx_InPlaceXor,
        ctx_InPlaceOr,
        ctx_Callable_Check,
        ctx_CallTupleDict,
        ctx_FatalError,
        ctx_Err_SetString,
        ctx_Err_SetObject,
        ctx_Err_SetFromErrnoWithFilename,
        ctx_Err_SetFromErrnoWithFilenameObjects,
        ctx_Err_Occurred,
        ctx_Err_ExceptionMatches,
        ctx_Err_NoMemory,
        ctx_Err_Clear,
        ctx_Err_NewException,
        ctx_Err_NewExceptionWithDoc,
        ctx_Err_WarnEx,
        ctx_Err_WriteUnraisable,
        ctx_IsTrue,
        ctx_Type_FromSpec,
        ctx_Type_GenericNew,
        ctx_GetAttr,
        ctx_GetAttr_s,
        ctx_HasAttr,
        ctx_HasAttr_s,
        ctx_SetAttr,
        ctx_SetAttr_s,
        ctx_GetItem,
        ctx_GetItem_i,
        ctx_GetItem_s,
        ctx_Contains,
        ctx_SetItem,
        ctx_SetItem_i,
        ctx_SetItem_s,
        ctx_Type,
        ctx_TypeCheck,
        ctx_Is,
        ctx_AsStruct_Object,
        ctx_AsStruct_Legacy,
        ctx_New,
        ctx_Repr,
        ctx_Str,
        ctx_ASCII,
        ctx_Bytes,
        ctx_RichCompare,
        ctx_RichCompareBool,
        ctx_Hash,
        ctx_Bytes_Check,
        ctx_Bytes_Size,
        ctx_Bytes_GET_SIZE,
        ctx_Bytes_AsString,
        ctx_Bytes_AS_STRING,
        ctx_Bytes_FromString,
        ctx_Bytes_FromStringAndSize,
        ctx_Unicode_FromString,
        ctx_Unicode_Check,
        ctx_Unicode_AsASCIIString,
        ctx_Unicode_AsLatin1String,
        ctx_Unicode_AsUTF8String,
        ctx_Unicode_AsUTF8AndSize,
        ctx_Unicode_FromWideChar,
        ctx_Unicode_DecodeFSDefault,
        ctx_Unicode_DecodeFSDefaultAndSize,
        ctx_Unicode_EncodeFSDefault,
        ctx_Unicode_ReadChar,
        ctx_Unicode_DecodeASCII,
        ctx_Unicode_DecodeLatin1,
        ctx_List_Check,
        ctx_List_New,
        ctx_List_Append,
        ctx_Dict_Check,
        ctx_Dict_New,
        ctx_Tuple_Check,
        ctx_Tuple_FromArray,
        ctx_Import_ImportModule,
        ctx_FromPyObject,
        ctx_AsPyObject,
        ctx_CallRealFunctionFromTrampoline,
        ctx_ListBuilder_New,
        ctx_ListBuilder_Set,
        ctx_ListBuilder_Build,
        ctx_ListBuilder_Cancel,
        ctx_TupleBuilder_New,
        ctx_TupleBuilder_Set,
        ctx_TupleBuilder_Build,
        ctx_TupleBuilder_Cancel,
        ctx_Tracker_New,
        ctx_Tracker_Add,
        ctx_Tracker_ForgetAll,
        ctx_Tracker_Close,
        ctx_Field_Store,
        ctx_Field_Load,
        ctx_ReenterPythonExecution,
        ctx_LeavePythonExecution,
        ctx_Global_Store,
        ctx_Global_Load,
        ctx_Dump,
        ctx_AsStruct_Type,
        ctx_AsStruct_Long,
        ctx_AsStruct_Float,
        ctx_AsStruct_Unicode,
        ctx_AsStruct_Tuple,
        ctx_AsStruct_List,
        ctx_Type_GetBuiltinShape,
        ctx_DelItem,
        ctx_DelItem_i,
        ctx_DelItem_s,
        h_ComplexType: HPy::NULL,
        h_BytesType: HPy::NULL,
        h_MemoryViewType: HPy::NULL,
        h_CapsuleType: HPy::NULL,
        h_SliceType: HPy::NULL,
        h_Builtins: HPy::NULL,
        ctx_Capsule_New,
        ctx_Capsule_Get,
        ctx_Capsule_IsValid,
        ctx_Capsule_Set,
        ctx_Compile_s,
        ctx_EvalCode,
        ctx_ContextVar_New,
        ctx_ContextVar_Get,
        ctx_ContextVar_Set,
        ctx_Type_GetName,
        ctx_Type_IsSubtype,
        ctx_Unicode_FromEncodedObject,
        ctx_Unicode_Substring,
        ctx_Dict_Keys,
        ctx_Dict_Copy,
        ctx_Slice_Unpack,
        ctx_SetCallFunction,
        ctx_Call,
        ctx_CallMethod,
    }
}

/// The address of every not-implemented function, by slot index (null for handles).
pub fn addresses() -> [usize; 263] {
    [
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        ctx_Dup as *const () as usize,
        ctx_Close as *const () as usize,
        ctx_Long_FromInt32_t as *const () as usize,
        ctx_Long_FromUInt32_t as *const () as usize,
        ctx_Long_FromInt64_t as *const () as usize,
        ctx_Long_FromUInt64_t as *const () as usize,
        ctx_Long_FromSize_t as *const () as usize,
        ctx_Long_FromSsize_t as *const () as usize,
        ctx_Long_AsInt32_t as *const () as usize,
        ctx_Long_AsUInt32_t as *const () as usize,
        ctx_Long_AsUInt32_tMask as *const () as usize,
        ctx_Long_AsInt64_t as *const () as usize,
        ctx_Long_AsUInt64_t as *const () as usize,
        ctx_Long_AsUInt64_tMask as *const () as usize,
        ctx_Long_AsSize_t as *const () as usize,
        ctx_Long_AsSsize_t as *const () as usize,
        ctx_Long_AsVoidPtr as *const () as usize,
        ctx_Long_AsDouble as *const () as usize,
        ctx_Float_FromDouble as *const () as usize,
        ctx_Float_AsDouble as *const () as usize,
        ctx_Bool_FromBool as *const () as usize,
        ctx_Length as *const () as usize,
        ctx_Number_Check as *const () as usize,
        ctx_Add as *const () as usize,
        ctx_Subtract as *const () as usize,
        ctx_Multiply as *const () as usize,
        ctx_MatrixMultiply as *const () as usize,
        ctx_FloorDivide as *const () as usize,
        ctx_TrueDivide as *const () as usize,
        ctx_Remainder as *const () as usize,
        ctx_Divmod as *const () as usize,
        ctx_Power as *const () as usize,
        ctx_Negative as *const () as usize,
        ctx_Positive as *const () as usize,
        ctx_Absolute as *const () as usize,
        ctx_Invert as *const () as usize,
        ctx_Lshift as *const () as usize,
        ctx_Rshift as *const () as usize,
        ctx_And as *const () as usize,
        ctx_Xor as *const () as usize,
        ctx_Or as *const () as usize,
        ctx_Index as *const () as usize,
        ctx_Long as *const () as usize,
        ctx_Float as *const () as usize,
        ctx_InPlaceAdd as *const () as usize,
        ctx_InPlaceSubtract as *const () as usize,
        ctx_InPlaceMultiply as *const () as usize,
        ctx_InPlaceMatrixMultiply as *const () as usize,
        ctx_InPlaceFloorDivide as *const () as usize,
        ctx_InPlaceTrueDivide as *const () as usize,
        ctx_InPlaceRemainder as *const () as usize,
        ctx_InPlacePower as *const () as usize,
        ctx_InPlaceLshift as *const () as usize,
        ctx_InPlaceRshift as *const () as usize,
        ctx_InPlaceAnd as *const () as usize,
        ctx_InPlaceXor as *const () as usize,
        ctx_InPlaceOr as *const () as usize,
        ctx_Callable_Check as *const () as usize,
        ctx_CallTupleDict as *const () as usize,
        ctx_FatalError as *const () as usize,
        ctx_Err_SetString as *const () as usize,
        ctx_Err_SetObject as *const () as usize,
        ctx_Err_SetFromErrnoWithFilename as *const () as usize,
        ctx_Err_SetFromErrnoWithFilenameObjects as *const () as usize,
        ctx_Err_Occurred as *const () as usize,
        ctx_Err_ExceptionMatches as *const () as usize,
        ctx_Err_NoMemory as *const () as usize,
        ctx_Err_Clear as *const () as usize,
        ctx_Err_NewException as *const () as usize,
        ctx_Err_NewExceptionWithDoc as *const () as usize,
        ctx_Err_WarnEx as *const () as usize,
        ctx_Err_WriteUnraisable as *const () as usize,
        ctx_IsTrue as *const () as usize,
        ctx_Type_FromSpec as *const () as usize,
        ctx_Type_GenericNew as *const () as usize,
        ctx_GetAttr as *const () as usize,
        ctx_GetAttr_s as *const () as usize,
        ctx_HasAttr as *const () as usize,
        ctx_HasAttr_s as *const () as usize,
        ctx_SetAttr as *const () as usize,
        ctx_SetAttr_s as *const () as usize,
        ctx_GetItem as *const () as usize,
        ctx_GetItem_i as *const () as usize,
        ctx_GetItem_s as *const () as usize,
        ctx_Contains as *const () as usize,
        ctx_SetItem as *const () as usize,
        ctx_SetItem_i as *const () as usize,
        ctx_SetItem_s as *const () as usize,
        ctx_Type as *const () as usize,
        ctx_TypeCheck as *const () as usize,
        ctx_Is as *const () as usize,
        ctx_AsStruct_Object as *const () as usize,
        ctx_AsStruct_Legacy as *const () as usize,
        ctx_New as *const () as usize,
        ctx_Repr as *const () as usize,
        ctx_Str as *const () as usize,
        ctx_ASCII as *const () as usize,
        ctx_Bytes as *const () as usize,
        ctx_RichCompare as *const () as usize,
        ctx_RichCompareBool as *const () as usize,
        ctx_Hash as *const () as usize,
        ctx_Bytes_Check as *const () as usize,
        ctx_Bytes_Size as *const () as usize,
        ctx_Bytes_GET_SIZE as *const () as usize,
        ctx_Bytes_AsString as *const () as usize,
        ctx_Bytes_AS_STRING as *const () as usize,
        ctx_Bytes_FromString as *const () as usize,
        ctx_Bytes_FromStringAndSize as *const () as usize,
        ctx_Unicode_FromString as *const () as usize,
        ctx_Unicode_Check as *const () as usize,
        ctx_Unicode_AsASCIIString as *const () as usize,
        ctx_Unicode_AsLatin1String as *const () as usize,
        ctx_Unicode_AsUTF8String as *const () as usize,
        ctx_Unicode_AsUTF8AndSize as *const () as usize,
        ctx_Unicode_FromWideChar as *const () as usize,
        ctx_Unicode_DecodeFSDefault as *const () as usize,
        ctx_Unicode_DecodeFSDefaultAndSize as *const () as usize,
        ctx_Unicode_EncodeFSDefault as *const () as usize,
        ctx_Unicode_ReadChar as *const () as usize,
        ctx_Unicode_DecodeASCII as *const () as usize,
        ctx_Unicode_DecodeLatin1 as *const () as usize,
        ctx_List_Check as *const () as usize,
        ctx_List_New as *const () as usize,
        ctx_List_Append as *const () as usize,
        ctx_Dict_Check as *const () as usize,
        ctx_Dict_New as *const () as usize,
        ctx_Tuple_Check as *const () as usize,
        ctx_Tuple_FromArray as *const () as usize,
        ctx_Import_ImportModule as *const () as usize,
        ctx_FromPyObject as *const () as usize,
        ctx_AsPyObject as *const () as usize,
        ctx_CallRealFunctionFromTrampoline as *const () as usize,
        ctx_ListBuilder_New as *const () as usize,
        ctx_ListBuilder_Set as *const () as usize,
        ctx_ListBuilder_Build as *const () as usize,
        ctx_ListBuilder_Cancel as *const () as usize,
        ctx_TupleBuilder_New as *const () as usize,
        ctx_TupleBuilder_Set as *const () as usize,
        ctx_TupleBuilder_Build as *const () as usize,
        ctx_TupleBuilder_Cancel as *const () as usize,
        ctx_Tracker_New as *const () as usize,
        ctx_Tracker_Add as *const () as usize,
        ctx_Tracker_ForgetAll as *const () as usize,
        ctx_Tracker_Close as *const () as usize,
        ctx_Field_Store as *const () as usize,
        ctx_Field_Load as *const () as usize,
        ctx_ReenterPythonExecution as *const () as usize,
        ctx_LeavePythonExecution as *const () as usize,
        ctx_Global_Store as *const () as usize,
        ctx_Global_Load as *const () as usize,
        ctx_Dump as *const () as usize,
        ctx_AsStruct_Type as *const () as usize,
        ctx_AsStruct_Long as *const () as usize,
        ctx_AsStruct_Float as *const () as usize,
        ctx_AsStruct_Unicode as *const () as usize,
        ctx_AsStruct_Tuple as *const () as usize,
        ctx_AsStruct_List as *const () as usize,
        ctx_Type_GetBuiltinShape as *const () as usize,
        ctx_DelItem as *const () as usize,
        ctx_DelItem_i as *const () as usize,
        ctx_DelItem_s as *const () as usize,
        0,
        0,
        0,
        0,
        0,
        0,
        ctx_Capsule_New as *const () as usize,
        ctx_Capsule_Get as *const () as usize,
        ctx_Capsule_IsValid as *const () as usize,
        ctx_Capsule_Set as *const () as usize,
        ctx_Compile_s as *const () as usize,
        ctx_EvalCode as *const () as usize,
        ctx_ContextVar_New as *const () as usize,
        ctx_ContextVar_Get as *const () as usize,
        ctx_ContextVar_Set as *const () as usize,
        ctx_Type_GetName as *const () as usize,
        ctx_Type_IsSubtype as *const () as usize,
        ctx_Unicode_FromEncodedObject as *const () as usize,
        ctx_Unicode_Substring as *const () as usize,
        ctx_Dict_Keys as *const () as usize,
        ctx_Dict_Copy as *const () as usize,
        ctx_Slice_Unpack as *const () as usize,
        ctx_SetCallFunction as *const () as usize,
        ctx_Call as *const () as usize,
        ctx_CallMethod as *const () as usize,
    ]
}
