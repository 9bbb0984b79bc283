// GENERATED FILE: do not edit. Source: api/hpy.toml. Regenerate with `cargo run -p hpy-codegen`.
#![allow(non_snake_case, clippy::too_many_arguments, clippy::let_unit_value, clippy::unit_arg)]

use crate::state::{count, enter, exit, exit_hook, inner, sampled, timed_sampled};
use core::ffi::{c_char, c_int, c_void};
use hpy_sys::*;

unsafe extern "C" fn ctx_Dup(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 77);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 77, n, || ((*inner(ctx)).ctx_Dup)(ctx, h))
        } else {
            ((*inner(ctx)).ctx_Dup)(ctx, h)
        };
        exit_hook(ctx, 77);
        r
    }
}

unsafe extern "C" fn ctx_Long_FromInt32_t(ctx: *mut HPyContext, value: i32) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 79);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 79, n, || ((*inner(ctx)).ctx_Long_FromInt32_t)(ctx, value))
        } else {
            ((*inner(ctx)).ctx_Long_FromInt32_t)(ctx, value)
        };
        exit_hook(ctx, 79);
        r
    }
}

unsafe extern "C" fn ctx_Long_FromUInt32_t(ctx: *mut HPyContext, value: u32) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 80);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 80, n, || ((*inner(ctx)).ctx_Long_FromUInt32_t)(ctx, value))
        } else {
            ((*inner(ctx)).ctx_Long_FromUInt32_t)(ctx, value)
        };
        exit_hook(ctx, 80);
        r
    }
}

unsafe extern "C" fn ctx_Long_FromInt64_t(ctx: *mut HPyContext, v: i64) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 81);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 81, n, || ((*inner(ctx)).ctx_Long_FromInt64_t)(ctx, v))
        } else {
            ((*inner(ctx)).ctx_Long_FromInt64_t)(ctx, v)
        };
        exit_hook(ctx, 81);
        r
    }
}

unsafe extern "C" fn ctx_Long_FromUInt64_t(ctx: *mut HPyContext, v: u64) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 82);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 82, n, || ((*inner(ctx)).ctx_Long_FromUInt64_t)(ctx, v))
        } else {
            ((*inner(ctx)).ctx_Long_FromUInt64_t)(ctx, v)
        };
        exit_hook(ctx, 82);
        r
    }
}

unsafe extern "C" fn ctx_Long_FromSize_t(ctx: *mut HPyContext, value: usize) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 83);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 83, n, || ((*inner(ctx)).ctx_Long_FromSize_t)(ctx, value))
        } else {
            ((*inner(ctx)).ctx_Long_FromSize_t)(ctx, value)
        };
        exit_hook(ctx, 83);
        r
    }
}

unsafe extern "C" fn ctx_Long_FromSsize_t(ctx: *mut HPyContext, value: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 84);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 84, n, || ((*inner(ctx)).ctx_Long_FromSsize_t)(ctx, value))
        } else {
            ((*inner(ctx)).ctx_Long_FromSsize_t)(ctx, value)
        };
        exit_hook(ctx, 84);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsInt32_t(ctx: *mut HPyContext, h: HPy) -> i32 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 85);
        let r = ((*inner(ctx)).ctx_Long_AsInt32_t)(ctx, h);
        exit(ctx, 85, t);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsUInt32_t(ctx: *mut HPyContext, h: HPy) -> u32 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 86);
        let r = ((*inner(ctx)).ctx_Long_AsUInt32_t)(ctx, h);
        exit(ctx, 86, t);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsUInt32_tMask(ctx: *mut HPyContext, h: HPy) -> u32 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 87);
        let r = ((*inner(ctx)).ctx_Long_AsUInt32_tMask)(ctx, h);
        exit(ctx, 87, t);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsInt64_t(ctx: *mut HPyContext, h: HPy) -> i64 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 88);
        let r = ((*inner(ctx)).ctx_Long_AsInt64_t)(ctx, h);
        exit(ctx, 88, t);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsUInt64_t(ctx: *mut HPyContext, h: HPy) -> u64 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 89);
        let r = ((*inner(ctx)).ctx_Long_AsUInt64_t)(ctx, h);
        exit(ctx, 89, t);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsUInt64_tMask(ctx: *mut HPyContext, h: HPy) -> u64 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 90);
        let r = ((*inner(ctx)).ctx_Long_AsUInt64_tMask)(ctx, h);
        exit(ctx, 90, t);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsSize_t(ctx: *mut HPyContext, h: HPy) -> usize {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 91);
        let r = ((*inner(ctx)).ctx_Long_AsSize_t)(ctx, h);
        exit(ctx, 91, t);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsSsize_t(ctx: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 92);
        let r = ((*inner(ctx)).ctx_Long_AsSsize_t)(ctx, h);
        exit(ctx, 92, t);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsVoidPtr(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 93);
        let r = ((*inner(ctx)).ctx_Long_AsVoidPtr)(ctx, h);
        exit(ctx, 93, t);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsDouble(ctx: *mut HPyContext, h: HPy) -> f64 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 94);
        let r = ((*inner(ctx)).ctx_Long_AsDouble)(ctx, h);
        exit(ctx, 94, t);
        r
    }
}

unsafe extern "C" fn ctx_Float_FromDouble(ctx: *mut HPyContext, v: f64) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 95);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 95, n, || ((*inner(ctx)).ctx_Float_FromDouble)(ctx, v))
        } else {
            ((*inner(ctx)).ctx_Float_FromDouble)(ctx, v)
        };
        exit_hook(ctx, 95);
        r
    }
}

unsafe extern "C" fn ctx_Float_AsDouble(ctx: *mut HPyContext, h: HPy) -> f64 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 96);
        let r = ((*inner(ctx)).ctx_Float_AsDouble)(ctx, h);
        exit(ctx, 96, t);
        r
    }
}

unsafe extern "C" fn ctx_Bool_FromBool(ctx: *mut HPyContext, v: bool) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 97);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 97, n, || ((*inner(ctx)).ctx_Bool_FromBool)(ctx, v))
        } else {
            ((*inner(ctx)).ctx_Bool_FromBool)(ctx, v)
        };
        exit_hook(ctx, 97);
        r
    }
}

unsafe extern "C" fn ctx_Length(ctx: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 98);
        let r = ((*inner(ctx)).ctx_Length)(ctx, h);
        exit(ctx, 98, t);
        r
    }
}

unsafe extern "C" fn ctx_Number_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 99);
        let r = ((*inner(ctx)).ctx_Number_Check)(ctx, h);
        exit(ctx, 99, t);
        r
    }
}

unsafe extern "C" fn ctx_Add(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 100);
        let r = ((*inner(ctx)).ctx_Add)(ctx, h1, h2);
        exit(ctx, 100, t);
        r
    }
}

unsafe extern "C" fn ctx_Subtract(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 101);
        let r = ((*inner(ctx)).ctx_Subtract)(ctx, h1, h2);
        exit(ctx, 101, t);
        r
    }
}

unsafe extern "C" fn ctx_Multiply(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 102);
        let r = ((*inner(ctx)).ctx_Multiply)(ctx, h1, h2);
        exit(ctx, 102, t);
        r
    }
}

unsafe extern "C" fn ctx_MatrixMultiply(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 103);
        let r = ((*inner(ctx)).ctx_MatrixMultiply)(ctx, h1, h2);
        exit(ctx, 103, t);
        r
    }
}

unsafe extern "C" fn ctx_FloorDivide(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 104);
        let r = ((*inner(ctx)).ctx_FloorDivide)(ctx, h1, h2);
        exit(ctx, 104, t);
        r
    }
}

unsafe extern "C" fn ctx_TrueDivide(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 105);
        let r = ((*inner(ctx)).ctx_TrueDivide)(ctx, h1, h2);
        exit(ctx, 105, t);
        r
    }
}

unsafe extern "C" fn ctx_Remainder(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 106);
        let r = ((*inner(ctx)).ctx_Remainder)(ctx, h1, h2);
        exit(ctx, 106, t);
        r
    }
}

unsafe extern "C" fn ctx_Divmod(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 107);
        let r = ((*inner(ctx)).ctx_Divmod)(ctx, h1, h2);
        exit(ctx, 107, t);
        r
    }
}

unsafe extern "C" fn ctx_Power(ctx: *mut HPyContext, h1: HPy, h2: HPy, h3: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 108);
        let r = ((*inner(ctx)).ctx_Power)(ctx, h1, h2, h3);
        exit(ctx, 108, t);
        r
    }
}

unsafe extern "C" fn ctx_Negative(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 109);
        let r = ((*inner(ctx)).ctx_Negative)(ctx, h1);
        exit(ctx, 109, t);
        r
    }
}

unsafe extern "C" fn ctx_Positive(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 110);
        let r = ((*inner(ctx)).ctx_Positive)(ctx, h1);
        exit(ctx, 110, t);
        r
    }
}

unsafe extern "C" fn ctx_Absolute(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 111);
        let r = ((*inner(ctx)).ctx_Absolute)(ctx, h1);
        exit(ctx, 111, t);
        r
    }
}

unsafe extern "C" fn ctx_Invert(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 112);
        let r = ((*inner(ctx)).ctx_Invert)(ctx, h1);
        exit(ctx, 112, t);
        r
    }
}

unsafe extern "C" fn ctx_Lshift(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 113);
        let r = ((*inner(ctx)).ctx_Lshift)(ctx, h1, h2);
        exit(ctx, 113, t);
        r
    }
}

unsafe extern "C" fn ctx_Rshift(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 114);
        let r = ((*inner(ctx)).ctx_Rshift)(ctx, h1, h2);
        exit(ctx, 114, t);
        r
    }
}

unsafe extern "C" fn ctx_And(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 115);
        let r = ((*inner(ctx)).ctx_And)(ctx, h1, h2);
        exit(ctx, 115, t);
        r
    }
}

unsafe extern "C" fn ctx_Xor(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 116);
        let r = ((*inner(ctx)).ctx_Xor)(ctx, h1, h2);
        exit(ctx, 116, t);
        r
    }
}

unsafe extern "C" fn ctx_Or(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 117);
        let r = ((*inner(ctx)).ctx_Or)(ctx, h1, h2);
        exit(ctx, 117, t);
        r
    }
}

unsafe extern "C" fn ctx_Index(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 118);
        let r = ((*inner(ctx)).ctx_Index)(ctx, h1);
        exit(ctx, 118, t);
        r
    }
}

unsafe extern "C" fn ctx_Long(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 119);
        let r = ((*inner(ctx)).ctx_Long)(ctx, h1);
        exit(ctx, 119, t);
        r
    }
}

unsafe extern "C" fn ctx_Float(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 120);
        let r = ((*inner(ctx)).ctx_Float)(ctx, h1);
        exit(ctx, 120, t);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceAdd(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 121);
        let r = ((*inner(ctx)).ctx_InPlaceAdd)(ctx, h1, h2);
        exit(ctx, 121, t);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceSubtract(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 122);
        let r = ((*inner(ctx)).ctx_InPlaceSubtract)(ctx, h1, h2);
        exit(ctx, 122, t);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceMultiply(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 123);
        let r = ((*inner(ctx)).ctx_InPlaceMultiply)(ctx, h1, h2);
        exit(ctx, 123, t);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceMatrixMultiply(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 124);
        let r = ((*inner(ctx)).ctx_InPlaceMatrixMultiply)(ctx, h1, h2);
        exit(ctx, 124, t);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceFloorDivide(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 125);
        let r = ((*inner(ctx)).ctx_InPlaceFloorDivide)(ctx, h1, h2);
        exit(ctx, 125, t);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceTrueDivide(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 126);
        let r = ((*inner(ctx)).ctx_InPlaceTrueDivide)(ctx, h1, h2);
        exit(ctx, 126, t);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceRemainder(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 127);
        let r = ((*inner(ctx)).ctx_InPlaceRemainder)(ctx, h1, h2);
        exit(ctx, 127, t);
        r
    }
}

unsafe extern "C" fn ctx_InPlacePower(ctx: *mut HPyContext, h1: HPy, h2: HPy, h3: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 128);
        let r = ((*inner(ctx)).ctx_InPlacePower)(ctx, h1, h2, h3);
        exit(ctx, 128, t);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceLshift(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 129);
        let r = ((*inner(ctx)).ctx_InPlaceLshift)(ctx, h1, h2);
        exit(ctx, 129, t);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceRshift(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 130);
        let r = ((*inner(ctx)).ctx_InPlaceRshift)(ctx, h1, h2);
        exit(ctx, 130, t);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceAnd(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 131);
        let r = ((*inner(ctx)).ctx_InPlaceAnd)(ctx, h1, h2);
        exit(ctx, 131, t);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceXor(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 132);
        let r = ((*inner(ctx)).ctx_InPlaceXor)(ctx, h1, h2);
        exit(ctx, 132, t);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceOr(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 133);
        let r = ((*inner(ctx)).ctx_InPlaceOr)(ctx, h1, h2);
        exit(ctx, 133, t);
        r
    }
}

unsafe extern "C" fn ctx_Callable_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 134);
        let r = ((*inner(ctx)).ctx_Callable_Check)(ctx, h);
        exit(ctx, 134, t);
        r
    }
}

unsafe extern "C" fn ctx_CallTupleDict(ctx: *mut HPyContext, callable: HPy, args: HPy, kw: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 135);
        let r = ((*inner(ctx)).ctx_CallTupleDict)(ctx, callable, args, kw);
        exit(ctx, 135, t);
        r
    }
}

unsafe extern "C" fn ctx_FatalError(ctx: *mut HPyContext, message: *const c_char) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 136);
        let r = ((*inner(ctx)).ctx_FatalError)(ctx, message);
        exit(ctx, 136, t);
        r
    }
}

unsafe extern "C" fn ctx_Err_SetString(ctx: *mut HPyContext, h_type: HPy, utf8_message: *const c_char) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 137);
        let r = ((*inner(ctx)).ctx_Err_SetString)(ctx, h_type, utf8_message);
        exit(ctx, 137, t);
        r
    }
}

unsafe extern "C" fn ctx_Err_SetObject(ctx: *mut HPyContext, h_type: HPy, h_value: HPy) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 138);
        let r = ((*inner(ctx)).ctx_Err_SetObject)(ctx, h_type, h_value);
        exit(ctx, 138, t);
        r
    }
}

unsafe extern "C" fn ctx_Err_SetFromErrnoWithFilename(ctx: *mut HPyContext, h_type: HPy, filename_fsencoded: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 139);
        let r = ((*inner(ctx)).ctx_Err_SetFromErrnoWithFilename)(ctx, h_type, filename_fsencoded);
        exit(ctx, 139, t);
        r
    }
}

unsafe extern "C" fn ctx_Err_SetFromErrnoWithFilenameObjects(ctx: *mut HPyContext, h_type: HPy, filename1: HPy, filename2: HPy) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 140);
        let r = ((*inner(ctx)).ctx_Err_SetFromErrnoWithFilenameObjects)(ctx, h_type, filename1, filename2);
        exit(ctx, 140, t);
        r
    }
}

unsafe extern "C" fn ctx_Err_Occurred(ctx: *mut HPyContext) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 141);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 141, n, || ((*inner(ctx)).ctx_Err_Occurred)(ctx))
        } else {
            ((*inner(ctx)).ctx_Err_Occurred)(ctx)
        };
        exit_hook(ctx, 141);
        r
    }
}

unsafe extern "C" fn ctx_Err_ExceptionMatches(ctx: *mut HPyContext, exc: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 142);
        let r = ((*inner(ctx)).ctx_Err_ExceptionMatches)(ctx, exc);
        exit(ctx, 142, t);
        r
    }
}

unsafe extern "C" fn ctx_Err_NoMemory(ctx: *mut HPyContext) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 143);
        let r = ((*inner(ctx)).ctx_Err_NoMemory)(ctx);
        exit(ctx, 143, t);
        r
    }
}

unsafe extern "C" fn ctx_Err_Clear(ctx: *mut HPyContext) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 144);
        let r = ((*inner(ctx)).ctx_Err_Clear)(ctx);
        exit(ctx, 144, t);
        r
    }
}

unsafe extern "C" fn ctx_Err_NewException(ctx: *mut HPyContext, utf8_name: *const c_char, base: HPy, dict: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 145);
        let r = ((*inner(ctx)).ctx_Err_NewException)(ctx, utf8_name, base, dict);
        exit(ctx, 145, t);
        r
    }
}

unsafe extern "C" fn ctx_Err_NewExceptionWithDoc(ctx: *mut HPyContext, utf8_name: *const c_char, utf8_doc: *const c_char, base: HPy, dict: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 146);
        let r = ((*inner(ctx)).ctx_Err_NewExceptionWithDoc)(ctx, utf8_name, utf8_doc, base, dict);
        exit(ctx, 146, t);
        r
    }
}

unsafe extern "C" fn ctx_Err_WarnEx(ctx: *mut HPyContext, category: HPy, utf8_message: *const c_char, stack_level: HPy_ssize_t) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 147);
        let r = ((*inner(ctx)).ctx_Err_WarnEx)(ctx, category, utf8_message, stack_level);
        exit(ctx, 147, t);
        r
    }
}

unsafe extern "C" fn ctx_Err_WriteUnraisable(ctx: *mut HPyContext, obj: HPy) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 148);
        let r = ((*inner(ctx)).ctx_Err_WriteUnraisable)(ctx, obj);
        exit(ctx, 148, t);
        r
    }
}

unsafe extern "C" fn ctx_IsTrue(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 149);
        let r = ((*inner(ctx)).ctx_IsTrue)(ctx, h);
        exit(ctx, 149, t);
        r
    }
}

unsafe extern "C" fn ctx_Type_FromSpec(ctx: *mut HPyContext, spec: *mut HPyType_Spec, params: *mut HPyType_SpecParam) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 150);
        let r = ((*inner(ctx)).ctx_Type_FromSpec)(ctx, spec, params);
        exit(ctx, 150, t);
        r
    }
}

unsafe extern "C" fn ctx_Type_GenericNew(ctx: *mut HPyContext, type_: HPy, args: *const HPy, nargs: HPy_ssize_t, kw: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 151);
        let r = ((*inner(ctx)).ctx_Type_GenericNew)(ctx, type_, args, nargs, kw);
        exit(ctx, 151, t);
        r
    }
}

unsafe extern "C" fn ctx_GetAttr(ctx: *mut HPyContext, obj: HPy, name: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 152);
        let r = ((*inner(ctx)).ctx_GetAttr)(ctx, obj, name);
        exit(ctx, 152, t);
        r
    }
}

unsafe extern "C" fn ctx_GetAttr_s(ctx: *mut HPyContext, obj: HPy, utf8_name: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 153);
        let r = ((*inner(ctx)).ctx_GetAttr_s)(ctx, obj, utf8_name);
        exit(ctx, 153, t);
        r
    }
}

unsafe extern "C" fn ctx_HasAttr(ctx: *mut HPyContext, obj: HPy, name: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 154);
        let r = ((*inner(ctx)).ctx_HasAttr)(ctx, obj, name);
        exit(ctx, 154, t);
        r
    }
}

unsafe extern "C" fn ctx_HasAttr_s(ctx: *mut HPyContext, obj: HPy, utf8_name: *const c_char) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 155);
        let r = ((*inner(ctx)).ctx_HasAttr_s)(ctx, obj, utf8_name);
        exit(ctx, 155, t);
        r
    }
}

unsafe extern "C" fn ctx_SetAttr(ctx: *mut HPyContext, obj: HPy, name: HPy, value: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 156);
        let r = ((*inner(ctx)).ctx_SetAttr)(ctx, obj, name, value);
        exit(ctx, 156, t);
        r
    }
}

unsafe extern "C" fn ctx_SetAttr_s(ctx: *mut HPyContext, obj: HPy, utf8_name: *const c_char, value: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 157);
        let r = ((*inner(ctx)).ctx_SetAttr_s)(ctx, obj, utf8_name, value);
        exit(ctx, 157, t);
        r
    }
}

unsafe extern "C" fn ctx_GetItem(ctx: *mut HPyContext, obj: HPy, key: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 158);
        let r = ((*inner(ctx)).ctx_GetItem)(ctx, obj, key);
        exit(ctx, 158, t);
        r
    }
}

unsafe extern "C" fn ctx_GetItem_i(ctx: *mut HPyContext, obj: HPy, idx: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 159);
        let r = ((*inner(ctx)).ctx_GetItem_i)(ctx, obj, idx);
        exit(ctx, 159, t);
        r
    }
}

unsafe extern "C" fn ctx_GetItem_s(ctx: *mut HPyContext, obj: HPy, utf8_key: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 160);
        let r = ((*inner(ctx)).ctx_GetItem_s)(ctx, obj, utf8_key);
        exit(ctx, 160, t);
        r
    }
}

unsafe extern "C" fn ctx_Contains(ctx: *mut HPyContext, container: HPy, key: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 161);
        let r = ((*inner(ctx)).ctx_Contains)(ctx, container, key);
        exit(ctx, 161, t);
        r
    }
}

unsafe extern "C" fn ctx_SetItem(ctx: *mut HPyContext, obj: HPy, key: HPy, value: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 162);
        let r = ((*inner(ctx)).ctx_SetItem)(ctx, obj, key, value);
        exit(ctx, 162, t);
        r
    }
}

unsafe extern "C" fn ctx_SetItem_i(ctx: *mut HPyContext, obj: HPy, idx: HPy_ssize_t, value: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 163);
        let r = ((*inner(ctx)).ctx_SetItem_i)(ctx, obj, idx, value);
        exit(ctx, 163, t);
        r
    }
}

unsafe extern "C" fn ctx_SetItem_s(ctx: *mut HPyContext, obj: HPy, utf8_key: *const c_char, value: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 164);
        let r = ((*inner(ctx)).ctx_SetItem_s)(ctx, obj, utf8_key, value);
        exit(ctx, 164, t);
        r
    }
}

unsafe extern "C" fn ctx_Type(ctx: *mut HPyContext, obj: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 165);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 165, n, || ((*inner(ctx)).ctx_Type)(ctx, obj))
        } else {
            ((*inner(ctx)).ctx_Type)(ctx, obj)
        };
        exit_hook(ctx, 165);
        r
    }
}

unsafe extern "C" fn ctx_TypeCheck(ctx: *mut HPyContext, obj: HPy, type_: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 166);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 166, n, || ((*inner(ctx)).ctx_TypeCheck)(ctx, obj, type_))
        } else {
            ((*inner(ctx)).ctx_TypeCheck)(ctx, obj, type_)
        };
        exit_hook(ctx, 166);
        r
    }
}

unsafe extern "C" fn ctx_Is(ctx: *mut HPyContext, obj: HPy, other: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 167);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 167, n, || ((*inner(ctx)).ctx_Is)(ctx, obj, other))
        } else {
            ((*inner(ctx)).ctx_Is)(ctx, obj, other)
        };
        exit_hook(ctx, 167);
        r
    }
}

unsafe extern "C" fn ctx_AsStruct_Object(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 168);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 168, n, || ((*inner(ctx)).ctx_AsStruct_Object)(ctx, h))
        } else {
            ((*inner(ctx)).ctx_AsStruct_Object)(ctx, h)
        };
        exit_hook(ctx, 168);
        r
    }
}

unsafe extern "C" fn ctx_AsStruct_Legacy(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 169);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 169, n, || ((*inner(ctx)).ctx_AsStruct_Legacy)(ctx, h))
        } else {
            ((*inner(ctx)).ctx_AsStruct_Legacy)(ctx, h)
        };
        exit_hook(ctx, 169);
        r
    }
}

unsafe extern "C" fn ctx_New(ctx: *mut HPyContext, h_type: HPy, data: *mut *mut c_void) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 170);
        let r = ((*inner(ctx)).ctx_New)(ctx, h_type, data);
        exit(ctx, 170, t);
        r
    }
}

unsafe extern "C" fn ctx_Repr(ctx: *mut HPyContext, obj: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 171);
        let r = ((*inner(ctx)).ctx_Repr)(ctx, obj);
        exit(ctx, 171, t);
        r
    }
}

unsafe extern "C" fn ctx_Str(ctx: *mut HPyContext, obj: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 172);
        let r = ((*inner(ctx)).ctx_Str)(ctx, obj);
        exit(ctx, 172, t);
        r
    }
}

unsafe extern "C" fn ctx_ASCII(ctx: *mut HPyContext, obj: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 173);
        let r = ((*inner(ctx)).ctx_ASCII)(ctx, obj);
        exit(ctx, 173, t);
        r
    }
}

unsafe extern "C" fn ctx_Bytes(ctx: *mut HPyContext, obj: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 174);
        let r = ((*inner(ctx)).ctx_Bytes)(ctx, obj);
        exit(ctx, 174, t);
        r
    }
}

unsafe extern "C" fn ctx_RichCompare(ctx: *mut HPyContext, v: HPy, w: HPy, op: c_int) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 175);
        let r = ((*inner(ctx)).ctx_RichCompare)(ctx, v, w, op);
        exit(ctx, 175, t);
        r
    }
}

unsafe extern "C" fn ctx_RichCompareBool(ctx: *mut HPyContext, v: HPy, w: HPy, op: c_int) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 176);
        let r = ((*inner(ctx)).ctx_RichCompareBool)(ctx, v, w, op);
        exit(ctx, 176, t);
        r
    }
}

unsafe extern "C" fn ctx_Hash(ctx: *mut HPyContext, obj: HPy) -> HPy_hash_t {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 177);
        let r = ((*inner(ctx)).ctx_Hash)(ctx, obj);
        exit(ctx, 177, t);
        r
    }
}

unsafe extern "C" fn ctx_Bytes_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 178);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 178, n, || ((*inner(ctx)).ctx_Bytes_Check)(ctx, h))
        } else {
            ((*inner(ctx)).ctx_Bytes_Check)(ctx, h)
        };
        exit_hook(ctx, 178);
        r
    }
}

unsafe extern "C" fn ctx_Bytes_Size(ctx: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 179);
        let r = ((*inner(ctx)).ctx_Bytes_Size)(ctx, h);
        exit(ctx, 179, t);
        r
    }
}

unsafe extern "C" fn ctx_Bytes_GET_SIZE(ctx: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 180);
        let r = ((*inner(ctx)).ctx_Bytes_GET_SIZE)(ctx, h);
        exit(ctx, 180, t);
        r
    }
}

unsafe extern "C" fn ctx_Bytes_AsString(ctx: *mut HPyContext, h: HPy) -> *const c_char {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 181);
        let r = ((*inner(ctx)).ctx_Bytes_AsString)(ctx, h);
        exit(ctx, 181, t);
        r
    }
}

unsafe extern "C" fn ctx_Bytes_AS_STRING(ctx: *mut HPyContext, h: HPy) -> *const c_char {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 182);
        let r = ((*inner(ctx)).ctx_Bytes_AS_STRING)(ctx, h);
        exit(ctx, 182, t);
        r
    }
}

unsafe extern "C" fn ctx_Bytes_FromString(ctx: *mut HPyContext, bytes: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 183);
        let r = ((*inner(ctx)).ctx_Bytes_FromString)(ctx, bytes);
        exit(ctx, 183, t);
        r
    }
}

unsafe extern "C" fn ctx_Bytes_FromStringAndSize(ctx: *mut HPyContext, bytes: *const c_char, len: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 184);
        let r = ((*inner(ctx)).ctx_Bytes_FromStringAndSize)(ctx, bytes, len);
        exit(ctx, 184, t);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_FromString(ctx: *mut HPyContext, utf8: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 185);
        let r = ((*inner(ctx)).ctx_Unicode_FromString)(ctx, utf8);
        exit(ctx, 185, t);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 186);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 186, n, || ((*inner(ctx)).ctx_Unicode_Check)(ctx, h))
        } else {
            ((*inner(ctx)).ctx_Unicode_Check)(ctx, h)
        };
        exit_hook(ctx, 186);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_AsASCIIString(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 187);
        let r = ((*inner(ctx)).ctx_Unicode_AsASCIIString)(ctx, h);
        exit(ctx, 187, t);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_AsLatin1String(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 188);
        let r = ((*inner(ctx)).ctx_Unicode_AsLatin1String)(ctx, h);
        exit(ctx, 188, t);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_AsUTF8String(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 189);
        let r = ((*inner(ctx)).ctx_Unicode_AsUTF8String)(ctx, h);
        exit(ctx, 189, t);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_AsUTF8AndSize(ctx: *mut HPyContext, h: HPy, size: *mut HPy_ssize_t) -> *const c_char {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 190);
        let r = ((*inner(ctx)).ctx_Unicode_AsUTF8AndSize)(ctx, h, size);
        exit(ctx, 190, t);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_FromWideChar(ctx: *mut HPyContext, w: *const wchar_t, size: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 191);
        let r = ((*inner(ctx)).ctx_Unicode_FromWideChar)(ctx, w, size);
        exit(ctx, 191, t);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_DecodeFSDefault(ctx: *mut HPyContext, v: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 192);
        let r = ((*inner(ctx)).ctx_Unicode_DecodeFSDefault)(ctx, v);
        exit(ctx, 192, t);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_DecodeFSDefaultAndSize(ctx: *mut HPyContext, v: *const c_char, size: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 193);
        let r = ((*inner(ctx)).ctx_Unicode_DecodeFSDefaultAndSize)(ctx, v, size);
        exit(ctx, 193, t);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_EncodeFSDefault(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 194);
        let r = ((*inner(ctx)).ctx_Unicode_EncodeFSDefault)(ctx, h);
        exit(ctx, 194, t);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_ReadChar(ctx: *mut HPyContext, h: HPy, index: HPy_ssize_t) -> HPy_UCS4 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 195);
        let r = ((*inner(ctx)).ctx_Unicode_ReadChar)(ctx, h, index);
        exit(ctx, 195, t);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_DecodeASCII(ctx: *mut HPyContext, ascii: *const c_char, size: HPy_ssize_t, errors: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 196);
        let r = ((*inner(ctx)).ctx_Unicode_DecodeASCII)(ctx, ascii, size, errors);
        exit(ctx, 196, t);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_DecodeLatin1(ctx: *mut HPyContext, latin1: *const c_char, size: HPy_ssize_t, errors: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 197);
        let r = ((*inner(ctx)).ctx_Unicode_DecodeLatin1)(ctx, latin1, size, errors);
        exit(ctx, 197, t);
        r
    }
}

unsafe extern "C" fn ctx_List_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 198);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 198, n, || ((*inner(ctx)).ctx_List_Check)(ctx, h))
        } else {
            ((*inner(ctx)).ctx_List_Check)(ctx, h)
        };
        exit_hook(ctx, 198);
        r
    }
}

unsafe extern "C" fn ctx_List_New(ctx: *mut HPyContext, len: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 199);
        let r = ((*inner(ctx)).ctx_List_New)(ctx, len);
        exit(ctx, 199, t);
        r
    }
}

unsafe extern "C" fn ctx_List_Append(ctx: *mut HPyContext, h_list: HPy, h_item: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 200);
        let r = ((*inner(ctx)).ctx_List_Append)(ctx, h_list, h_item);
        exit(ctx, 200, t);
        r
    }
}

unsafe extern "C" fn ctx_Dict_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 201);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 201, n, || ((*inner(ctx)).ctx_Dict_Check)(ctx, h))
        } else {
            ((*inner(ctx)).ctx_Dict_Check)(ctx, h)
        };
        exit_hook(ctx, 201);
        r
    }
}

unsafe extern "C" fn ctx_Dict_New(ctx: *mut HPyContext) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 202);
        let r = ((*inner(ctx)).ctx_Dict_New)(ctx);
        exit(ctx, 202, t);
        r
    }
}

unsafe extern "C" fn ctx_Tuple_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 203);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 203, n, || ((*inner(ctx)).ctx_Tuple_Check)(ctx, h))
        } else {
            ((*inner(ctx)).ctx_Tuple_Check)(ctx, h)
        };
        exit_hook(ctx, 203);
        r
    }
}

unsafe extern "C" fn ctx_Tuple_FromArray(ctx: *mut HPyContext, items: *mut HPy, n: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 204);
        let r = ((*inner(ctx)).ctx_Tuple_FromArray)(ctx, items, n);
        exit(ctx, 204, t);
        r
    }
}

unsafe extern "C" fn ctx_Import_ImportModule(ctx: *mut HPyContext, utf8_name: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 205);
        let r = ((*inner(ctx)).ctx_Import_ImportModule)(ctx, utf8_name);
        exit(ctx, 205, t);
        r
    }
}

unsafe extern "C" fn ctx_FromPyObject(ctx: *mut HPyContext, obj: *mut cpy_PyObject) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 206);
        let r = ((*inner(ctx)).ctx_FromPyObject)(ctx, obj);
        exit(ctx, 206, t);
        r
    }
}

unsafe extern "C" fn ctx_AsPyObject(ctx: *mut HPyContext, h: HPy) -> *mut cpy_PyObject {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 207);
        let r = ((*inner(ctx)).ctx_AsPyObject)(ctx, h);
        exit(ctx, 207, t);
        r
    }
}

unsafe extern "C" fn ctx_ListBuilder_New(ctx: *mut HPyContext, size: HPy_ssize_t) -> HPyListBuilder {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 209);
        let r = ((*inner(ctx)).ctx_ListBuilder_New)(ctx, size);
        exit(ctx, 209, t);
        r
    }
}

unsafe extern "C" fn ctx_ListBuilder_Set(ctx: *mut HPyContext, builder: HPyListBuilder, index: HPy_ssize_t, h_item: HPy) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 210);
        let r = ((*inner(ctx)).ctx_ListBuilder_Set)(ctx, builder, index, h_item);
        exit(ctx, 210, t);
        r
    }
}

unsafe extern "C" fn ctx_ListBuilder_Build(ctx: *mut HPyContext, builder: HPyListBuilder) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 211);
        let r = ((*inner(ctx)).ctx_ListBuilder_Build)(ctx, builder);
        exit(ctx, 211, t);
        r
    }
}

unsafe extern "C" fn ctx_ListBuilder_Cancel(ctx: *mut HPyContext, builder: HPyListBuilder) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 212);
        let r = ((*inner(ctx)).ctx_ListBuilder_Cancel)(ctx, builder);
        exit(ctx, 212, t);
        r
    }
}

unsafe extern "C" fn ctx_TupleBuilder_New(ctx: *mut HPyContext, size: HPy_ssize_t) -> HPyTupleBuilder {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 213);
        let r = ((*inner(ctx)).ctx_TupleBuilder_New)(ctx, size);
        exit(ctx, 213, t);
        r
    }
}

unsafe extern "C" fn ctx_TupleBuilder_Set(ctx: *mut HPyContext, builder: HPyTupleBuilder, index: HPy_ssize_t, h_item: HPy) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 214);
        let r = ((*inner(ctx)).ctx_TupleBuilder_Set)(ctx, builder, index, h_item);
        exit(ctx, 214, t);
        r
    }
}

unsafe extern "C" fn ctx_TupleBuilder_Build(ctx: *mut HPyContext, builder: HPyTupleBuilder) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 215);
        let r = ((*inner(ctx)).ctx_TupleBuilder_Build)(ctx, builder);
        exit(ctx, 215, t);
        r
    }
}

unsafe extern "C" fn ctx_TupleBuilder_Cancel(ctx: *mut HPyContext, builder: HPyTupleBuilder) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 216);
        let r = ((*inner(ctx)).ctx_TupleBuilder_Cancel)(ctx, builder);
        exit(ctx, 216, t);
        r
    }
}

unsafe extern "C" fn ctx_Tracker_New(ctx: *mut HPyContext, size: HPy_ssize_t) -> HPyTracker {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 217);
        let r = ((*inner(ctx)).ctx_Tracker_New)(ctx, size);
        exit(ctx, 217, t);
        r
    }
}

unsafe extern "C" fn ctx_Tracker_Add(ctx: *mut HPyContext, ht: HPyTracker, h: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 218);
        let r = ((*inner(ctx)).ctx_Tracker_Add)(ctx, ht, h);
        exit(ctx, 218, t);
        r
    }
}

unsafe extern "C" fn ctx_Tracker_ForgetAll(ctx: *mut HPyContext, ht: HPyTracker) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 219);
        let r = ((*inner(ctx)).ctx_Tracker_ForgetAll)(ctx, ht);
        exit(ctx, 219, t);
        r
    }
}

unsafe extern "C" fn ctx_Tracker_Close(ctx: *mut HPyContext, ht: HPyTracker) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 220);
        let r = ((*inner(ctx)).ctx_Tracker_Close)(ctx, ht);
        exit(ctx, 220, t);
        r
    }
}

unsafe extern "C" fn ctx_Field_Store(ctx: *mut HPyContext, target_object: HPy, target_field: *mut HPyField, h: HPy) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 221);
        let r = ((*inner(ctx)).ctx_Field_Store)(ctx, target_object, target_field, h);
        exit(ctx, 221, t);
        r
    }
}

unsafe extern "C" fn ctx_Field_Load(ctx: *mut HPyContext, source_object: HPy, source_field: HPyField) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 222);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 222, n, || ((*inner(ctx)).ctx_Field_Load)(ctx, source_object, source_field))
        } else {
            ((*inner(ctx)).ctx_Field_Load)(ctx, source_object, source_field)
        };
        exit_hook(ctx, 222);
        r
    }
}

unsafe extern "C" fn ctx_ReenterPythonExecution(ctx: *mut HPyContext, state: HPyThreadState) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 223);
        let r = ((*inner(ctx)).ctx_ReenterPythonExecution)(ctx, state);
        exit(ctx, 223, t);
        r
    }
}

unsafe extern "C" fn ctx_LeavePythonExecution(ctx: *mut HPyContext) -> HPyThreadState {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 224);
        let r = ((*inner(ctx)).ctx_LeavePythonExecution)(ctx);
        exit(ctx, 224, t);
        r
    }
}

unsafe extern "C" fn ctx_Global_Store(ctx: *mut HPyContext, global: *mut HPyGlobal, h: HPy) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 225);
        let r = ((*inner(ctx)).ctx_Global_Store)(ctx, global, h);
        exit(ctx, 225, t);
        r
    }
}

unsafe extern "C" fn ctx_Global_Load(ctx: *mut HPyContext, global: HPyGlobal) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 226);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 226, n, || ((*inner(ctx)).ctx_Global_Load)(ctx, global))
        } else {
            ((*inner(ctx)).ctx_Global_Load)(ctx, global)
        };
        exit_hook(ctx, 226);
        r
    }
}

unsafe extern "C" fn ctx_Dump(ctx: *mut HPyContext, h: HPy) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 227);
        let r = ((*inner(ctx)).ctx_Dump)(ctx, h);
        exit(ctx, 227, t);
        r
    }
}

unsafe extern "C" fn ctx_AsStruct_Type(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 228);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 228, n, || ((*inner(ctx)).ctx_AsStruct_Type)(ctx, h))
        } else {
            ((*inner(ctx)).ctx_AsStruct_Type)(ctx, h)
        };
        exit_hook(ctx, 228);
        r
    }
}

unsafe extern "C" fn ctx_AsStruct_Long(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 229);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 229, n, || ((*inner(ctx)).ctx_AsStruct_Long)(ctx, h))
        } else {
            ((*inner(ctx)).ctx_AsStruct_Long)(ctx, h)
        };
        exit_hook(ctx, 229);
        r
    }
}

unsafe extern "C" fn ctx_AsStruct_Float(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 230);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 230, n, || ((*inner(ctx)).ctx_AsStruct_Float)(ctx, h))
        } else {
            ((*inner(ctx)).ctx_AsStruct_Float)(ctx, h)
        };
        exit_hook(ctx, 230);
        r
    }
}

unsafe extern "C" fn ctx_AsStruct_Unicode(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 231);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 231, n, || ((*inner(ctx)).ctx_AsStruct_Unicode)(ctx, h))
        } else {
            ((*inner(ctx)).ctx_AsStruct_Unicode)(ctx, h)
        };
        exit_hook(ctx, 231);
        r
    }
}

unsafe extern "C" fn ctx_AsStruct_Tuple(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 232);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 232, n, || ((*inner(ctx)).ctx_AsStruct_Tuple)(ctx, h))
        } else {
            ((*inner(ctx)).ctx_AsStruct_Tuple)(ctx, h)
        };
        exit_hook(ctx, 232);
        r
    }
}

unsafe extern "C" fn ctx_AsStruct_List(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let n = count(ctx, 233);
        let r = if sampled(ctx, n) {
            timed_sampled(ctx, 233, n, || ((*inner(ctx)).ctx_AsStruct_List)(ctx, h))
        } else {
            ((*inner(ctx)).ctx_AsStruct_List)(ctx, h)
        };
        exit_hook(ctx, 233);
        r
    }
}

unsafe extern "C" fn ctx_Type_GetBuiltinShape(ctx: *mut HPyContext, h_type: HPy) -> HPyType_BuiltinShape {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 234);
        let r = ((*inner(ctx)).ctx_Type_GetBuiltinShape)(ctx, h_type);
        exit(ctx, 234, t);
        r
    }
}

unsafe extern "C" fn ctx_DelItem(ctx: *mut HPyContext, obj: HPy, key: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 235);
        let r = ((*inner(ctx)).ctx_DelItem)(ctx, obj, key);
        exit(ctx, 235, t);
        r
    }
}

unsafe extern "C" fn ctx_DelItem_i(ctx: *mut HPyContext, obj: HPy, idx: HPy_ssize_t) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 236);
        let r = ((*inner(ctx)).ctx_DelItem_i)(ctx, obj, idx);
        exit(ctx, 236, t);
        r
    }
}

unsafe extern "C" fn ctx_DelItem_s(ctx: *mut HPyContext, obj: HPy, utf8_key: *const c_char) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 237);
        let r = ((*inner(ctx)).ctx_DelItem_s)(ctx, obj, utf8_key);
        exit(ctx, 237, t);
        r
    }
}

unsafe extern "C" fn ctx_Capsule_New(ctx: *mut HPyContext, pointer: *mut c_void, utf8_name: *const c_char, destructor: *mut HPyCapsule_Destructor) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 244);
        let r = ((*inner(ctx)).ctx_Capsule_New)(ctx, pointer, utf8_name, destructor);
        exit(ctx, 244, t);
        r
    }
}

unsafe extern "C" fn ctx_Capsule_Get(ctx: *mut HPyContext, capsule: HPy, key: _HPyCapsule_key, utf8_name: *const c_char) -> *mut c_void {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 245);
        let r = ((*inner(ctx)).ctx_Capsule_Get)(ctx, capsule, key, utf8_name);
        exit(ctx, 245, t);
        r
    }
}

unsafe extern "C" fn ctx_Capsule_IsValid(ctx: *mut HPyContext, capsule: HPy, utf8_name: *const c_char) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 246);
        let r = ((*inner(ctx)).ctx_Capsule_IsValid)(ctx, capsule, utf8_name);
        exit(ctx, 246, t);
        r
    }
}

unsafe extern "C" fn ctx_Capsule_Set(ctx: *mut HPyContext, capsule: HPy, key: _HPyCapsule_key, value: *mut c_void) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 247);
        let r = ((*inner(ctx)).ctx_Capsule_Set)(ctx, capsule, key, value);
        exit(ctx, 247, t);
        r
    }
}

unsafe extern "C" fn ctx_Compile_s(ctx: *mut HPyContext, utf8_source: *const c_char, utf8_filename: *const c_char, kind: HPy_SourceKind) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 248);
        let r = ((*inner(ctx)).ctx_Compile_s)(ctx, utf8_source, utf8_filename, kind);
        exit(ctx, 248, t);
        r
    }
}

unsafe extern "C" fn ctx_EvalCode(ctx: *mut HPyContext, code: HPy, globals: HPy, locals: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 249);
        let r = ((*inner(ctx)).ctx_EvalCode)(ctx, code, globals, locals);
        exit(ctx, 249, t);
        r
    }
}

unsafe extern "C" fn ctx_ContextVar_New(ctx: *mut HPyContext, name: *const c_char, default_value: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 250);
        let r = ((*inner(ctx)).ctx_ContextVar_New)(ctx, name, default_value);
        exit(ctx, 250, t);
        r
    }
}

unsafe extern "C" fn ctx_ContextVar_Get(ctx: *mut HPyContext, context_var: HPy, default_value: HPy, result: *mut HPy) -> i32 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 251);
        let r = ((*inner(ctx)).ctx_ContextVar_Get)(ctx, context_var, default_value, result);
        exit(ctx, 251, t);
        r
    }
}

unsafe extern "C" fn ctx_ContextVar_Set(ctx: *mut HPyContext, context_var: HPy, value: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 252);
        let r = ((*inner(ctx)).ctx_ContextVar_Set)(ctx, context_var, value);
        exit(ctx, 252, t);
        r
    }
}

unsafe extern "C" fn ctx_Type_GetName(ctx: *mut HPyContext, type_: HPy) -> *const c_char {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 253);
        let r = ((*inner(ctx)).ctx_Type_GetName)(ctx, type_);
        exit(ctx, 253, t);
        r
    }
}

unsafe extern "C" fn ctx_Type_IsSubtype(ctx: *mut HPyContext, sub: HPy, type_: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 254);
        let r = ((*inner(ctx)).ctx_Type_IsSubtype)(ctx, sub, type_);
        exit(ctx, 254, t);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_FromEncodedObject(ctx: *mut HPyContext, obj: HPy, encoding: *const c_char, errors: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 255);
        let r = ((*inner(ctx)).ctx_Unicode_FromEncodedObject)(ctx, obj, encoding, errors);
        exit(ctx, 255, t);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_Substring(ctx: *mut HPyContext, str: HPy, start: HPy_ssize_t, end: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 256);
        let r = ((*inner(ctx)).ctx_Unicode_Substring)(ctx, str, start, end);
        exit(ctx, 256, t);
        r
    }
}

unsafe extern "C" fn ctx_Dict_Keys(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 257);
        let r = ((*inner(ctx)).ctx_Dict_Keys)(ctx, h);
        exit(ctx, 257, t);
        r
    }
}

unsafe extern "C" fn ctx_Dict_Copy(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 258);
        let r = ((*inner(ctx)).ctx_Dict_Copy)(ctx, h);
        exit(ctx, 258, t);
        r
    }
}

unsafe extern "C" fn ctx_Slice_Unpack(ctx: *mut HPyContext, slice: HPy, start: *mut HPy_ssize_t, stop: *mut HPy_ssize_t, step: *mut HPy_ssize_t) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 259);
        let r = ((*inner(ctx)).ctx_Slice_Unpack)(ctx, slice, start, stop, step);
        exit(ctx, 259, t);
        r
    }
}

unsafe extern "C" fn ctx_SetCallFunction(ctx: *mut HPyContext, h: HPy, func: *mut HPyCallFunction) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 260);
        let r = ((*inner(ctx)).ctx_SetCallFunction)(ctx, h, func);
        exit(ctx, 260, t);
        r
    }
}

unsafe extern "C" fn ctx_Call(ctx: *mut HPyContext, callable: HPy, args: *const HPy, nargs: usize, kwnames: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 261);
        let r = ((*inner(ctx)).ctx_Call)(ctx, callable, args, nargs, kwnames);
        exit(ctx, 261, t);
        r
    }
}

unsafe extern "C" fn ctx_CallMethod(ctx: *mut HPyContext, name: HPy, args: *const HPy, nargs: usize, kwnames: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        let t = enter(ctx, 262);
        let r = ((*inner(ctx)).ctx_CallMethod)(ctx, name, args, nargs, kwnames);
        exit(ctx, 262, t);
        r
    }
}

/// Put every wrapper into `ctx`.
pub fn install(ctx: &mut HPyContext) {
    ctx.ctx_Dup = ctx_Dup;
    ctx.ctx_Close = crate::manual::ctx_Close;
    ctx.ctx_Long_FromInt32_t = ctx_Long_FromInt32_t;
    ctx.ctx_Long_FromUInt32_t = ctx_Long_FromUInt32_t;
    ctx.ctx_Long_FromInt64_t = ctx_Long_FromInt64_t;
    ctx.ctx_Long_FromUInt64_t = ctx_Long_FromUInt64_t;
    ctx.ctx_Long_FromSize_t = ctx_Long_FromSize_t;
    ctx.ctx_Long_FromSsize_t = ctx_Long_FromSsize_t;
    ctx.ctx_Long_AsInt32_t = ctx_Long_AsInt32_t;
    ctx.ctx_Long_AsUInt32_t = ctx_Long_AsUInt32_t;
    ctx.ctx_Long_AsUInt32_tMask = ctx_Long_AsUInt32_tMask;
    ctx.ctx_Long_AsInt64_t = ctx_Long_AsInt64_t;
    ctx.ctx_Long_AsUInt64_t = ctx_Long_AsUInt64_t;
    ctx.ctx_Long_AsUInt64_tMask = ctx_Long_AsUInt64_tMask;
    ctx.ctx_Long_AsSize_t = ctx_Long_AsSize_t;
    ctx.ctx_Long_AsSsize_t = ctx_Long_AsSsize_t;
    ctx.ctx_Long_AsVoidPtr = ctx_Long_AsVoidPtr;
    ctx.ctx_Long_AsDouble = ctx_Long_AsDouble;
    ctx.ctx_Float_FromDouble = ctx_Float_FromDouble;
    ctx.ctx_Float_AsDouble = ctx_Float_AsDouble;
    ctx.ctx_Bool_FromBool = ctx_Bool_FromBool;
    ctx.ctx_Length = ctx_Length;
    ctx.ctx_Number_Check = ctx_Number_Check;
    ctx.ctx_Add = ctx_Add;
    ctx.ctx_Subtract = ctx_Subtract;
    ctx.ctx_Multiply = ctx_Multiply;
    ctx.ctx_MatrixMultiply = ctx_MatrixMultiply;
    ctx.ctx_FloorDivide = ctx_FloorDivide;
    ctx.ctx_TrueDivide = ctx_TrueDivide;
    ctx.ctx_Remainder = ctx_Remainder;
    ctx.ctx_Divmod = ctx_Divmod;
    ctx.ctx_Power = ctx_Power;
    ctx.ctx_Negative = ctx_Negative;
    ctx.ctx_Positive = ctx_Positive;
    ctx.ctx_Absolute = ctx_Absolute;
    ctx.ctx_Invert = ctx_Invert;
    ctx.ctx_Lshift = ctx_Lshift;
    ctx.ctx_Rshift = ctx_Rshift;
    ctx.ctx_And = ctx_And;
    ctx.ctx_Xor = ctx_Xor;
    ctx.ctx_Or = ctx_Or;
    ctx.ctx_Index = ctx_Index;
    ctx.ctx_Long = ctx_Long;
    ctx.ctx_Float = ctx_Float;
    ctx.ctx_InPlaceAdd = ctx_InPlaceAdd;
    ctx.ctx_InPlaceSubtract = ctx_InPlaceSubtract;
    ctx.ctx_InPlaceMultiply = ctx_InPlaceMultiply;
    ctx.ctx_InPlaceMatrixMultiply = ctx_InPlaceMatrixMultiply;
    ctx.ctx_InPlaceFloorDivide = ctx_InPlaceFloorDivide;
    ctx.ctx_InPlaceTrueDivide = ctx_InPlaceTrueDivide;
    ctx.ctx_InPlaceRemainder = ctx_InPlaceRemainder;
    ctx.ctx_InPlacePower = ctx_InPlacePower;
    ctx.ctx_InPlaceLshift = ctx_InPlaceLshift;
    ctx.ctx_InPlaceRshift = ctx_InPlaceRshift;
    ctx.ctx_InPlaceAnd = ctx_InPlaceAnd;
    ctx.ctx_InPlaceXor = ctx_InPlaceXor;
    ctx.ctx_InPlaceOr = ctx_InPlaceOr;
    ctx.ctx_Callable_Check = ctx_Callable_Check;
    ctx.ctx_CallTupleDict = ctx_CallTupleDict;
    ctx.ctx_FatalError = ctx_FatalError;
    ctx.ctx_Err_SetString = ctx_Err_SetString;
    ctx.ctx_Err_SetObject = ctx_Err_SetObject;
    ctx.ctx_Err_SetFromErrnoWithFilename = ctx_Err_SetFromErrnoWithFilename;
    ctx.ctx_Err_SetFromErrnoWithFilenameObjects = ctx_Err_SetFromErrnoWithFilenameObjects;
    ctx.ctx_Err_Occurred = ctx_Err_Occurred;
    ctx.ctx_Err_ExceptionMatches = ctx_Err_ExceptionMatches;
    ctx.ctx_Err_NoMemory = ctx_Err_NoMemory;
    ctx.ctx_Err_Clear = ctx_Err_Clear;
    ctx.ctx_Err_NewException = ctx_Err_NewException;
    ctx.ctx_Err_NewExceptionWithDoc = ctx_Err_NewExceptionWithDoc;
    ctx.ctx_Err_WarnEx = ctx_Err_WarnEx;
    ctx.ctx_Err_WriteUnraisable = ctx_Err_WriteUnraisable;
    ctx.ctx_IsTrue = ctx_IsTrue;
    ctx.ctx_Type_FromSpec = ctx_Type_FromSpec;
    ctx.ctx_Type_GenericNew = ctx_Type_GenericNew;
    ctx.ctx_GetAttr = ctx_GetAttr;
    ctx.ctx_GetAttr_s = ctx_GetAttr_s;
    ctx.ctx_HasAttr = ctx_HasAttr;
    ctx.ctx_HasAttr_s = ctx_HasAttr_s;
    ctx.ctx_SetAttr = ctx_SetAttr;
    ctx.ctx_SetAttr_s = ctx_SetAttr_s;
    ctx.ctx_GetItem = ctx_GetItem;
    ctx.ctx_GetItem_i = ctx_GetItem_i;
    ctx.ctx_GetItem_s = ctx_GetItem_s;
    ctx.ctx_Contains = ctx_Contains;
    ctx.ctx_SetItem = ctx_SetItem;
    ctx.ctx_SetItem_i = ctx_SetItem_i;
    ctx.ctx_SetItem_s = ctx_SetItem_s;
    ctx.ctx_Type = ctx_Type;
    ctx.ctx_TypeCheck = ctx_TypeCheck;
    ctx.ctx_Is = ctx_Is;
    ctx.ctx_AsStruct_Object = ctx_AsStruct_Object;
    ctx.ctx_AsStruct_Legacy = ctx_AsStruct_Legacy;
    ctx.ctx_New = ctx_New;
    ctx.ctx_Repr = ctx_Repr;
    ctx.ctx_Str = ctx_Str;
    ctx.ctx_ASCII = ctx_ASCII;
    ctx.ctx_Bytes = ctx_Bytes;
    ctx.ctx_RichCompare = ctx_RichCompare;
    ctx.ctx_RichCompareBool = ctx_RichCompareBool;
    ctx.ctx_Hash = ctx_Hash;
    ctx.ctx_Bytes_Check = ctx_Bytes_Check;
    ctx.ctx_Bytes_Size = ctx_Bytes_Size;
    ctx.ctx_Bytes_GET_SIZE = ctx_Bytes_GET_SIZE;
    ctx.ctx_Bytes_AsString = ctx_Bytes_AsString;
    ctx.ctx_Bytes_AS_STRING = ctx_Bytes_AS_STRING;
    ctx.ctx_Bytes_FromString = ctx_Bytes_FromString;
    ctx.ctx_Bytes_FromStringAndSize = ctx_Bytes_FromStringAndSize;
    ctx.ctx_Unicode_FromString = ctx_Unicode_FromString;
    ctx.ctx_Unicode_Check = ctx_Unicode_Check;
    ctx.ctx_Unicode_AsASCIIString = ctx_Unicode_AsASCIIString;
    ctx.ctx_Unicode_AsLatin1String = ctx_Unicode_AsLatin1String;
    ctx.ctx_Unicode_AsUTF8String = ctx_Unicode_AsUTF8String;
    ctx.ctx_Unicode_AsUTF8AndSize = ctx_Unicode_AsUTF8AndSize;
    ctx.ctx_Unicode_FromWideChar = ctx_Unicode_FromWideChar;
    ctx.ctx_Unicode_DecodeFSDefault = ctx_Unicode_DecodeFSDefault;
    ctx.ctx_Unicode_DecodeFSDefaultAndSize = ctx_Unicode_DecodeFSDefaultAndSize;
    ctx.ctx_Unicode_EncodeFSDefault = ctx_Unicode_EncodeFSDefault;
    ctx.ctx_Unicode_ReadChar = ctx_Unicode_ReadChar;
    ctx.ctx_Unicode_DecodeASCII = ctx_Unicode_DecodeASCII;
    ctx.ctx_Unicode_DecodeLatin1 = ctx_Unicode_DecodeLatin1;
    ctx.ctx_List_Check = ctx_List_Check;
    ctx.ctx_List_New = ctx_List_New;
    ctx.ctx_List_Append = ctx_List_Append;
    ctx.ctx_Dict_Check = ctx_Dict_Check;
    ctx.ctx_Dict_New = ctx_Dict_New;
    ctx.ctx_Tuple_Check = ctx_Tuple_Check;
    ctx.ctx_Tuple_FromArray = ctx_Tuple_FromArray;
    ctx.ctx_Import_ImportModule = ctx_Import_ImportModule;
    ctx.ctx_FromPyObject = ctx_FromPyObject;
    ctx.ctx_AsPyObject = ctx_AsPyObject;
    ctx.ctx_ListBuilder_New = ctx_ListBuilder_New;
    ctx.ctx_ListBuilder_Set = ctx_ListBuilder_Set;
    ctx.ctx_ListBuilder_Build = ctx_ListBuilder_Build;
    ctx.ctx_ListBuilder_Cancel = ctx_ListBuilder_Cancel;
    ctx.ctx_TupleBuilder_New = ctx_TupleBuilder_New;
    ctx.ctx_TupleBuilder_Set = ctx_TupleBuilder_Set;
    ctx.ctx_TupleBuilder_Build = ctx_TupleBuilder_Build;
    ctx.ctx_TupleBuilder_Cancel = ctx_TupleBuilder_Cancel;
    ctx.ctx_Tracker_New = ctx_Tracker_New;
    ctx.ctx_Tracker_Add = ctx_Tracker_Add;
    ctx.ctx_Tracker_ForgetAll = ctx_Tracker_ForgetAll;
    ctx.ctx_Tracker_Close = ctx_Tracker_Close;
    ctx.ctx_Field_Store = ctx_Field_Store;
    ctx.ctx_Field_Load = ctx_Field_Load;
    ctx.ctx_ReenterPythonExecution = ctx_ReenterPythonExecution;
    ctx.ctx_LeavePythonExecution = ctx_LeavePythonExecution;
    ctx.ctx_Global_Store = ctx_Global_Store;
    ctx.ctx_Global_Load = ctx_Global_Load;
    ctx.ctx_Dump = ctx_Dump;
    ctx.ctx_AsStruct_Type = ctx_AsStruct_Type;
    ctx.ctx_AsStruct_Long = ctx_AsStruct_Long;
    ctx.ctx_AsStruct_Float = ctx_AsStruct_Float;
    ctx.ctx_AsStruct_Unicode = ctx_AsStruct_Unicode;
    ctx.ctx_AsStruct_Tuple = ctx_AsStruct_Tuple;
    ctx.ctx_AsStruct_List = ctx_AsStruct_List;
    ctx.ctx_Type_GetBuiltinShape = ctx_Type_GetBuiltinShape;
    ctx.ctx_DelItem = ctx_DelItem;
    ctx.ctx_DelItem_i = ctx_DelItem_i;
    ctx.ctx_DelItem_s = ctx_DelItem_s;
    ctx.ctx_Capsule_New = ctx_Capsule_New;
    ctx.ctx_Capsule_Get = ctx_Capsule_Get;
    ctx.ctx_Capsule_IsValid = ctx_Capsule_IsValid;
    ctx.ctx_Capsule_Set = ctx_Capsule_Set;
    ctx.ctx_Compile_s = ctx_Compile_s;
    ctx.ctx_EvalCode = ctx_EvalCode;
    ctx.ctx_ContextVar_New = ctx_ContextVar_New;
    ctx.ctx_ContextVar_Get = ctx_ContextVar_Get;
    ctx.ctx_ContextVar_Set = ctx_ContextVar_Set;
    ctx.ctx_Type_GetName = ctx_Type_GetName;
    ctx.ctx_Type_IsSubtype = ctx_Type_IsSubtype;
    ctx.ctx_Unicode_FromEncodedObject = ctx_Unicode_FromEncodedObject;
    ctx.ctx_Unicode_Substring = ctx_Unicode_Substring;
    ctx.ctx_Dict_Keys = ctx_Dict_Keys;
    ctx.ctx_Dict_Copy = ctx_Dict_Copy;
    ctx.ctx_Slice_Unpack = ctx_Slice_Unpack;
    ctx.ctx_SetCallFunction = ctx_SetCallFunction;
    ctx.ctx_Call = ctx_Call;
    ctx.ctx_CallMethod = ctx_CallMethod;
}

/// The slots of the hand-written wrappers.
#[allow(non_upper_case_globals, dead_code)]
pub(crate) mod slot {
    pub(crate) const ctx_Close: usize = 78;
}

/// Keep the imports used whatever the signatures are.
#[allow(dead_code)]
type _Unused = (c_char, c_int, *mut c_void);
