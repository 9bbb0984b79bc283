// GENERATED FILE: do not edit. Source: api/hpy.toml. Regenerate with `cargo run -p hpy-codegen`.
#![allow(non_snake_case, clippy::too_many_arguments, clippy::let_unit_value, clippy::unit_arg)]

use crate::state::{count, exit_hook, inner, sampled, timed, timed_sampled};
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
        count(ctx, 85);
        let r = timed(ctx, 85, 1, || ((*inner(ctx)).ctx_Long_AsInt32_t)(ctx, h));
        exit_hook(ctx, 85);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsUInt32_t(ctx: *mut HPyContext, h: HPy) -> u32 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 86);
        let r = timed(ctx, 86, 1, || ((*inner(ctx)).ctx_Long_AsUInt32_t)(ctx, h));
        exit_hook(ctx, 86);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsUInt32_tMask(ctx: *mut HPyContext, h: HPy) -> u32 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 87);
        let r = timed(ctx, 87, 1, || ((*inner(ctx)).ctx_Long_AsUInt32_tMask)(ctx, h));
        exit_hook(ctx, 87);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsInt64_t(ctx: *mut HPyContext, h: HPy) -> i64 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 88);
        let r = timed(ctx, 88, 1, || ((*inner(ctx)).ctx_Long_AsInt64_t)(ctx, h));
        exit_hook(ctx, 88);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsUInt64_t(ctx: *mut HPyContext, h: HPy) -> u64 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 89);
        let r = timed(ctx, 89, 1, || ((*inner(ctx)).ctx_Long_AsUInt64_t)(ctx, h));
        exit_hook(ctx, 89);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsUInt64_tMask(ctx: *mut HPyContext, h: HPy) -> u64 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 90);
        let r = timed(ctx, 90, 1, || ((*inner(ctx)).ctx_Long_AsUInt64_tMask)(ctx, h));
        exit_hook(ctx, 90);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsSize_t(ctx: *mut HPyContext, h: HPy) -> usize {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 91);
        let r = timed(ctx, 91, 1, || ((*inner(ctx)).ctx_Long_AsSize_t)(ctx, h));
        exit_hook(ctx, 91);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsSsize_t(ctx: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 92);
        let r = timed(ctx, 92, 1, || ((*inner(ctx)).ctx_Long_AsSsize_t)(ctx, h));
        exit_hook(ctx, 92);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsVoidPtr(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 93);
        let r = timed(ctx, 93, 1, || ((*inner(ctx)).ctx_Long_AsVoidPtr)(ctx, h));
        exit_hook(ctx, 93);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsDouble(ctx: *mut HPyContext, h: HPy) -> f64 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 94);
        let r = timed(ctx, 94, 1, || ((*inner(ctx)).ctx_Long_AsDouble)(ctx, h));
        exit_hook(ctx, 94);
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
        count(ctx, 96);
        let r = timed(ctx, 96, 1, || ((*inner(ctx)).ctx_Float_AsDouble)(ctx, h));
        exit_hook(ctx, 96);
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
        count(ctx, 98);
        let r = timed(ctx, 98, 1, || ((*inner(ctx)).ctx_Length)(ctx, h));
        exit_hook(ctx, 98);
        r
    }
}

unsafe extern "C" fn ctx_Number_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 99);
        let r = timed(ctx, 99, 1, || ((*inner(ctx)).ctx_Number_Check)(ctx, h));
        exit_hook(ctx, 99);
        r
    }
}

unsafe extern "C" fn ctx_Add(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 100);
        let r = timed(ctx, 100, 1, || ((*inner(ctx)).ctx_Add)(ctx, h1, h2));
        exit_hook(ctx, 100);
        r
    }
}

unsafe extern "C" fn ctx_Subtract(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 101);
        let r = timed(ctx, 101, 1, || ((*inner(ctx)).ctx_Subtract)(ctx, h1, h2));
        exit_hook(ctx, 101);
        r
    }
}

unsafe extern "C" fn ctx_Multiply(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 102);
        let r = timed(ctx, 102, 1, || ((*inner(ctx)).ctx_Multiply)(ctx, h1, h2));
        exit_hook(ctx, 102);
        r
    }
}

unsafe extern "C" fn ctx_MatrixMultiply(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 103);
        let r = timed(ctx, 103, 1, || ((*inner(ctx)).ctx_MatrixMultiply)(ctx, h1, h2));
        exit_hook(ctx, 103);
        r
    }
}

unsafe extern "C" fn ctx_FloorDivide(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 104);
        let r = timed(ctx, 104, 1, || ((*inner(ctx)).ctx_FloorDivide)(ctx, h1, h2));
        exit_hook(ctx, 104);
        r
    }
}

unsafe extern "C" fn ctx_TrueDivide(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 105);
        let r = timed(ctx, 105, 1, || ((*inner(ctx)).ctx_TrueDivide)(ctx, h1, h2));
        exit_hook(ctx, 105);
        r
    }
}

unsafe extern "C" fn ctx_Remainder(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 106);
        let r = timed(ctx, 106, 1, || ((*inner(ctx)).ctx_Remainder)(ctx, h1, h2));
        exit_hook(ctx, 106);
        r
    }
}

unsafe extern "C" fn ctx_Divmod(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 107);
        let r = timed(ctx, 107, 1, || ((*inner(ctx)).ctx_Divmod)(ctx, h1, h2));
        exit_hook(ctx, 107);
        r
    }
}

unsafe extern "C" fn ctx_Power(ctx: *mut HPyContext, h1: HPy, h2: HPy, h3: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 108);
        let r = timed(ctx, 108, 1, || ((*inner(ctx)).ctx_Power)(ctx, h1, h2, h3));
        exit_hook(ctx, 108);
        r
    }
}

unsafe extern "C" fn ctx_Negative(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 109);
        let r = timed(ctx, 109, 1, || ((*inner(ctx)).ctx_Negative)(ctx, h1));
        exit_hook(ctx, 109);
        r
    }
}

unsafe extern "C" fn ctx_Positive(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 110);
        let r = timed(ctx, 110, 1, || ((*inner(ctx)).ctx_Positive)(ctx, h1));
        exit_hook(ctx, 110);
        r
    }
}

unsafe extern "C" fn ctx_Absolute(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 111);
        let r = timed(ctx, 111, 1, || ((*inner(ctx)).ctx_Absolute)(ctx, h1));
        exit_hook(ctx, 111);
        r
    }
}

unsafe extern "C" fn ctx_Invert(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 112);
        let r = timed(ctx, 112, 1, || ((*inner(ctx)).ctx_Invert)(ctx, h1));
        exit_hook(ctx, 112);
        r
    }
}

unsafe extern "C" fn ctx_Lshift(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 113);
        let r = timed(ctx, 113, 1, || ((*inner(ctx)).ctx_Lshift)(ctx, h1, h2));
        exit_hook(ctx, 113);
        r
    }
}

unsafe extern "C" fn ctx_Rshift(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 114);
        let r = timed(ctx, 114, 1, || ((*inner(ctx)).ctx_Rshift)(ctx, h1, h2));
        exit_hook(ctx, 114);
        r
    }
}

unsafe extern "C" fn ctx_And(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 115);
        let r = timed(ctx, 115, 1, || ((*inner(ctx)).ctx_And)(ctx, h1, h2));
        exit_hook(ctx, 115);
        r
    }
}

unsafe extern "C" fn ctx_Xor(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 116);
        let r = timed(ctx, 116, 1, || ((*inner(ctx)).ctx_Xor)(ctx, h1, h2));
        exit_hook(ctx, 116);
        r
    }
}

unsafe extern "C" fn ctx_Or(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 117);
        let r = timed(ctx, 117, 1, || ((*inner(ctx)).ctx_Or)(ctx, h1, h2));
        exit_hook(ctx, 117);
        r
    }
}

unsafe extern "C" fn ctx_Index(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 118);
        let r = timed(ctx, 118, 1, || ((*inner(ctx)).ctx_Index)(ctx, h1));
        exit_hook(ctx, 118);
        r
    }
}

unsafe extern "C" fn ctx_Long(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 119);
        let r = timed(ctx, 119, 1, || ((*inner(ctx)).ctx_Long)(ctx, h1));
        exit_hook(ctx, 119);
        r
    }
}

unsafe extern "C" fn ctx_Float(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 120);
        let r = timed(ctx, 120, 1, || ((*inner(ctx)).ctx_Float)(ctx, h1));
        exit_hook(ctx, 120);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceAdd(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 121);
        let r = timed(ctx, 121, 1, || ((*inner(ctx)).ctx_InPlaceAdd)(ctx, h1, h2));
        exit_hook(ctx, 121);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceSubtract(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 122);
        let r = timed(ctx, 122, 1, || ((*inner(ctx)).ctx_InPlaceSubtract)(ctx, h1, h2));
        exit_hook(ctx, 122);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceMultiply(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 123);
        let r = timed(ctx, 123, 1, || ((*inner(ctx)).ctx_InPlaceMultiply)(ctx, h1, h2));
        exit_hook(ctx, 123);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceMatrixMultiply(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 124);
        let r = timed(ctx, 124, 1, || ((*inner(ctx)).ctx_InPlaceMatrixMultiply)(ctx, h1, h2));
        exit_hook(ctx, 124);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceFloorDivide(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 125);
        let r = timed(ctx, 125, 1, || ((*inner(ctx)).ctx_InPlaceFloorDivide)(ctx, h1, h2));
        exit_hook(ctx, 125);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceTrueDivide(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 126);
        let r = timed(ctx, 126, 1, || ((*inner(ctx)).ctx_InPlaceTrueDivide)(ctx, h1, h2));
        exit_hook(ctx, 126);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceRemainder(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 127);
        let r = timed(ctx, 127, 1, || ((*inner(ctx)).ctx_InPlaceRemainder)(ctx, h1, h2));
        exit_hook(ctx, 127);
        r
    }
}

unsafe extern "C" fn ctx_InPlacePower(ctx: *mut HPyContext, h1: HPy, h2: HPy, h3: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 128);
        let r = timed(ctx, 128, 1, || ((*inner(ctx)).ctx_InPlacePower)(ctx, h1, h2, h3));
        exit_hook(ctx, 128);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceLshift(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 129);
        let r = timed(ctx, 129, 1, || ((*inner(ctx)).ctx_InPlaceLshift)(ctx, h1, h2));
        exit_hook(ctx, 129);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceRshift(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 130);
        let r = timed(ctx, 130, 1, || ((*inner(ctx)).ctx_InPlaceRshift)(ctx, h1, h2));
        exit_hook(ctx, 130);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceAnd(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 131);
        let r = timed(ctx, 131, 1, || ((*inner(ctx)).ctx_InPlaceAnd)(ctx, h1, h2));
        exit_hook(ctx, 131);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceXor(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 132);
        let r = timed(ctx, 132, 1, || ((*inner(ctx)).ctx_InPlaceXor)(ctx, h1, h2));
        exit_hook(ctx, 132);
        r
    }
}

unsafe extern "C" fn ctx_InPlaceOr(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 133);
        let r = timed(ctx, 133, 1, || ((*inner(ctx)).ctx_InPlaceOr)(ctx, h1, h2));
        exit_hook(ctx, 133);
        r
    }
}

unsafe extern "C" fn ctx_Callable_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 134);
        let r = timed(ctx, 134, 1, || ((*inner(ctx)).ctx_Callable_Check)(ctx, h));
        exit_hook(ctx, 134);
        r
    }
}

unsafe extern "C" fn ctx_CallTupleDict(ctx: *mut HPyContext, callable: HPy, args: HPy, kw: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 135);
        let r = timed(ctx, 135, 1, || ((*inner(ctx)).ctx_CallTupleDict)(ctx, callable, args, kw));
        exit_hook(ctx, 135);
        r
    }
}

unsafe extern "C" fn ctx_FatalError(ctx: *mut HPyContext, message: *const c_char) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 136);
        let r = timed(ctx, 136, 1, || ((*inner(ctx)).ctx_FatalError)(ctx, message));
        exit_hook(ctx, 136);
        r
    }
}

unsafe extern "C" fn ctx_Err_SetString(ctx: *mut HPyContext, h_type: HPy, utf8_message: *const c_char) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 137);
        let r = timed(ctx, 137, 1, || ((*inner(ctx)).ctx_Err_SetString)(ctx, h_type, utf8_message));
        exit_hook(ctx, 137);
        r
    }
}

unsafe extern "C" fn ctx_Err_SetObject(ctx: *mut HPyContext, h_type: HPy, h_value: HPy) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 138);
        let r = timed(ctx, 138, 1, || ((*inner(ctx)).ctx_Err_SetObject)(ctx, h_type, h_value));
        exit_hook(ctx, 138);
        r
    }
}

unsafe extern "C" fn ctx_Err_SetFromErrnoWithFilename(ctx: *mut HPyContext, h_type: HPy, filename_fsencoded: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 139);
        let r = timed(ctx, 139, 1, || ((*inner(ctx)).ctx_Err_SetFromErrnoWithFilename)(ctx, h_type, filename_fsencoded));
        exit_hook(ctx, 139);
        r
    }
}

unsafe extern "C" fn ctx_Err_SetFromErrnoWithFilenameObjects(ctx: *mut HPyContext, h_type: HPy, filename1: HPy, filename2: HPy) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 140);
        let r = timed(ctx, 140, 1, || ((*inner(ctx)).ctx_Err_SetFromErrnoWithFilenameObjects)(ctx, h_type, filename1, filename2));
        exit_hook(ctx, 140);
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
        count(ctx, 142);
        let r = timed(ctx, 142, 1, || ((*inner(ctx)).ctx_Err_ExceptionMatches)(ctx, exc));
        exit_hook(ctx, 142);
        r
    }
}

unsafe extern "C" fn ctx_Err_NoMemory(ctx: *mut HPyContext) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 143);
        let r = timed(ctx, 143, 1, || ((*inner(ctx)).ctx_Err_NoMemory)(ctx));
        exit_hook(ctx, 143);
        r
    }
}

unsafe extern "C" fn ctx_Err_Clear(ctx: *mut HPyContext) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 144);
        let r = timed(ctx, 144, 1, || ((*inner(ctx)).ctx_Err_Clear)(ctx));
        exit_hook(ctx, 144);
        r
    }
}

unsafe extern "C" fn ctx_Err_NewException(ctx: *mut HPyContext, utf8_name: *const c_char, base: HPy, dict: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 145);
        let r = timed(ctx, 145, 1, || ((*inner(ctx)).ctx_Err_NewException)(ctx, utf8_name, base, dict));
        exit_hook(ctx, 145);
        r
    }
}

unsafe extern "C" fn ctx_Err_NewExceptionWithDoc(ctx: *mut HPyContext, utf8_name: *const c_char, utf8_doc: *const c_char, base: HPy, dict: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 146);
        let r = timed(ctx, 146, 1, || ((*inner(ctx)).ctx_Err_NewExceptionWithDoc)(ctx, utf8_name, utf8_doc, base, dict));
        exit_hook(ctx, 146);
        r
    }
}

unsafe extern "C" fn ctx_Err_WarnEx(ctx: *mut HPyContext, category: HPy, utf8_message: *const c_char, stack_level: HPy_ssize_t) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 147);
        let r = timed(ctx, 147, 1, || ((*inner(ctx)).ctx_Err_WarnEx)(ctx, category, utf8_message, stack_level));
        exit_hook(ctx, 147);
        r
    }
}

unsafe extern "C" fn ctx_Err_WriteUnraisable(ctx: *mut HPyContext, obj: HPy) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 148);
        let r = timed(ctx, 148, 1, || ((*inner(ctx)).ctx_Err_WriteUnraisable)(ctx, obj));
        exit_hook(ctx, 148);
        r
    }
}

unsafe extern "C" fn ctx_IsTrue(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 149);
        let r = timed(ctx, 149, 1, || ((*inner(ctx)).ctx_IsTrue)(ctx, h));
        exit_hook(ctx, 149);
        r
    }
}

unsafe extern "C" fn ctx_Type_FromSpec(ctx: *mut HPyContext, spec: *mut HPyType_Spec, params: *mut HPyType_SpecParam) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 150);
        let r = timed(ctx, 150, 1, || ((*inner(ctx)).ctx_Type_FromSpec)(ctx, spec, params));
        exit_hook(ctx, 150);
        r
    }
}

unsafe extern "C" fn ctx_Type_GenericNew(ctx: *mut HPyContext, type_: HPy, args: *const HPy, nargs: HPy_ssize_t, kw: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 151);
        let r = timed(ctx, 151, 1, || ((*inner(ctx)).ctx_Type_GenericNew)(ctx, type_, args, nargs, kw));
        exit_hook(ctx, 151);
        r
    }
}

unsafe extern "C" fn ctx_GetAttr(ctx: *mut HPyContext, obj: HPy, name: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 152);
        let r = timed(ctx, 152, 1, || ((*inner(ctx)).ctx_GetAttr)(ctx, obj, name));
        exit_hook(ctx, 152);
        r
    }
}

unsafe extern "C" fn ctx_GetAttr_s(ctx: *mut HPyContext, obj: HPy, utf8_name: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 153);
        let r = timed(ctx, 153, 1, || ((*inner(ctx)).ctx_GetAttr_s)(ctx, obj, utf8_name));
        exit_hook(ctx, 153);
        r
    }
}

unsafe extern "C" fn ctx_HasAttr(ctx: *mut HPyContext, obj: HPy, name: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 154);
        let r = timed(ctx, 154, 1, || ((*inner(ctx)).ctx_HasAttr)(ctx, obj, name));
        exit_hook(ctx, 154);
        r
    }
}

unsafe extern "C" fn ctx_HasAttr_s(ctx: *mut HPyContext, obj: HPy, utf8_name: *const c_char) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 155);
        let r = timed(ctx, 155, 1, || ((*inner(ctx)).ctx_HasAttr_s)(ctx, obj, utf8_name));
        exit_hook(ctx, 155);
        r
    }
}

unsafe extern "C" fn ctx_SetAttr(ctx: *mut HPyContext, obj: HPy, name: HPy, value: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 156);
        let r = timed(ctx, 156, 1, || ((*inner(ctx)).ctx_SetAttr)(ctx, obj, name, value));
        exit_hook(ctx, 156);
        r
    }
}

unsafe extern "C" fn ctx_SetAttr_s(ctx: *mut HPyContext, obj: HPy, utf8_name: *const c_char, value: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 157);
        let r = timed(ctx, 157, 1, || ((*inner(ctx)).ctx_SetAttr_s)(ctx, obj, utf8_name, value));
        exit_hook(ctx, 157);
        r
    }
}

unsafe extern "C" fn ctx_GetItem(ctx: *mut HPyContext, obj: HPy, key: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 158);
        let r = timed(ctx, 158, 1, || ((*inner(ctx)).ctx_GetItem)(ctx, obj, key));
        exit_hook(ctx, 158);
        r
    }
}

unsafe extern "C" fn ctx_GetItem_i(ctx: *mut HPyContext, obj: HPy, idx: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 159);
        let r = timed(ctx, 159, 1, || ((*inner(ctx)).ctx_GetItem_i)(ctx, obj, idx));
        exit_hook(ctx, 159);
        r
    }
}

unsafe extern "C" fn ctx_GetItem_s(ctx: *mut HPyContext, obj: HPy, utf8_key: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 160);
        let r = timed(ctx, 160, 1, || ((*inner(ctx)).ctx_GetItem_s)(ctx, obj, utf8_key));
        exit_hook(ctx, 160);
        r
    }
}

unsafe extern "C" fn ctx_Contains(ctx: *mut HPyContext, container: HPy, key: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 161);
        let r = timed(ctx, 161, 1, || ((*inner(ctx)).ctx_Contains)(ctx, container, key));
        exit_hook(ctx, 161);
        r
    }
}

unsafe extern "C" fn ctx_SetItem(ctx: *mut HPyContext, obj: HPy, key: HPy, value: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 162);
        let r = timed(ctx, 162, 1, || ((*inner(ctx)).ctx_SetItem)(ctx, obj, key, value));
        exit_hook(ctx, 162);
        r
    }
}

unsafe extern "C" fn ctx_SetItem_i(ctx: *mut HPyContext, obj: HPy, idx: HPy_ssize_t, value: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 163);
        let r = timed(ctx, 163, 1, || ((*inner(ctx)).ctx_SetItem_i)(ctx, obj, idx, value));
        exit_hook(ctx, 163);
        r
    }
}

unsafe extern "C" fn ctx_SetItem_s(ctx: *mut HPyContext, obj: HPy, utf8_key: *const c_char, value: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 164);
        let r = timed(ctx, 164, 1, || ((*inner(ctx)).ctx_SetItem_s)(ctx, obj, utf8_key, value));
        exit_hook(ctx, 164);
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
        count(ctx, 170);
        let r = timed(ctx, 170, 1, || ((*inner(ctx)).ctx_New)(ctx, h_type, data));
        exit_hook(ctx, 170);
        r
    }
}

unsafe extern "C" fn ctx_Repr(ctx: *mut HPyContext, obj: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 171);
        let r = timed(ctx, 171, 1, || ((*inner(ctx)).ctx_Repr)(ctx, obj));
        exit_hook(ctx, 171);
        r
    }
}

unsafe extern "C" fn ctx_Str(ctx: *mut HPyContext, obj: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 172);
        let r = timed(ctx, 172, 1, || ((*inner(ctx)).ctx_Str)(ctx, obj));
        exit_hook(ctx, 172);
        r
    }
}

unsafe extern "C" fn ctx_ASCII(ctx: *mut HPyContext, obj: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 173);
        let r = timed(ctx, 173, 1, || ((*inner(ctx)).ctx_ASCII)(ctx, obj));
        exit_hook(ctx, 173);
        r
    }
}

unsafe extern "C" fn ctx_Bytes(ctx: *mut HPyContext, obj: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 174);
        let r = timed(ctx, 174, 1, || ((*inner(ctx)).ctx_Bytes)(ctx, obj));
        exit_hook(ctx, 174);
        r
    }
}

unsafe extern "C" fn ctx_RichCompare(ctx: *mut HPyContext, v: HPy, w: HPy, op: c_int) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 175);
        let r = timed(ctx, 175, 1, || ((*inner(ctx)).ctx_RichCompare)(ctx, v, w, op));
        exit_hook(ctx, 175);
        r
    }
}

unsafe extern "C" fn ctx_RichCompareBool(ctx: *mut HPyContext, v: HPy, w: HPy, op: c_int) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 176);
        let r = timed(ctx, 176, 1, || ((*inner(ctx)).ctx_RichCompareBool)(ctx, v, w, op));
        exit_hook(ctx, 176);
        r
    }
}

unsafe extern "C" fn ctx_Hash(ctx: *mut HPyContext, obj: HPy) -> HPy_hash_t {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 177);
        let r = timed(ctx, 177, 1, || ((*inner(ctx)).ctx_Hash)(ctx, obj));
        exit_hook(ctx, 177);
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
        count(ctx, 179);
        let r = timed(ctx, 179, 1, || ((*inner(ctx)).ctx_Bytes_Size)(ctx, h));
        exit_hook(ctx, 179);
        r
    }
}

unsafe extern "C" fn ctx_Bytes_GET_SIZE(ctx: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 180);
        let r = timed(ctx, 180, 1, || ((*inner(ctx)).ctx_Bytes_GET_SIZE)(ctx, h));
        exit_hook(ctx, 180);
        r
    }
}

unsafe extern "C" fn ctx_Bytes_AsString(ctx: *mut HPyContext, h: HPy) -> *const c_char {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 181);
        let r = timed(ctx, 181, 1, || ((*inner(ctx)).ctx_Bytes_AsString)(ctx, h));
        exit_hook(ctx, 181);
        r
    }
}

unsafe extern "C" fn ctx_Bytes_AS_STRING(ctx: *mut HPyContext, h: HPy) -> *const c_char {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 182);
        let r = timed(ctx, 182, 1, || ((*inner(ctx)).ctx_Bytes_AS_STRING)(ctx, h));
        exit_hook(ctx, 182);
        r
    }
}

unsafe extern "C" fn ctx_Bytes_FromString(ctx: *mut HPyContext, bytes: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 183);
        let r = timed(ctx, 183, 1, || ((*inner(ctx)).ctx_Bytes_FromString)(ctx, bytes));
        exit_hook(ctx, 183);
        r
    }
}

unsafe extern "C" fn ctx_Bytes_FromStringAndSize(ctx: *mut HPyContext, bytes: *const c_char, len: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 184);
        let r = timed(ctx, 184, 1, || ((*inner(ctx)).ctx_Bytes_FromStringAndSize)(ctx, bytes, len));
        exit_hook(ctx, 184);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_FromString(ctx: *mut HPyContext, utf8: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 185);
        let r = timed(ctx, 185, 1, || ((*inner(ctx)).ctx_Unicode_FromString)(ctx, utf8));
        exit_hook(ctx, 185);
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
        count(ctx, 187);
        let r = timed(ctx, 187, 1, || ((*inner(ctx)).ctx_Unicode_AsASCIIString)(ctx, h));
        exit_hook(ctx, 187);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_AsLatin1String(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 188);
        let r = timed(ctx, 188, 1, || ((*inner(ctx)).ctx_Unicode_AsLatin1String)(ctx, h));
        exit_hook(ctx, 188);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_AsUTF8String(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 189);
        let r = timed(ctx, 189, 1, || ((*inner(ctx)).ctx_Unicode_AsUTF8String)(ctx, h));
        exit_hook(ctx, 189);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_AsUTF8AndSize(ctx: *mut HPyContext, h: HPy, size: *mut HPy_ssize_t) -> *const c_char {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 190);
        let r = timed(ctx, 190, 1, || ((*inner(ctx)).ctx_Unicode_AsUTF8AndSize)(ctx, h, size));
        exit_hook(ctx, 190);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_FromWideChar(ctx: *mut HPyContext, w: *const wchar_t, size: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 191);
        let r = timed(ctx, 191, 1, || ((*inner(ctx)).ctx_Unicode_FromWideChar)(ctx, w, size));
        exit_hook(ctx, 191);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_DecodeFSDefault(ctx: *mut HPyContext, v: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 192);
        let r = timed(ctx, 192, 1, || ((*inner(ctx)).ctx_Unicode_DecodeFSDefault)(ctx, v));
        exit_hook(ctx, 192);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_DecodeFSDefaultAndSize(ctx: *mut HPyContext, v: *const c_char, size: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 193);
        let r = timed(ctx, 193, 1, || ((*inner(ctx)).ctx_Unicode_DecodeFSDefaultAndSize)(ctx, v, size));
        exit_hook(ctx, 193);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_EncodeFSDefault(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 194);
        let r = timed(ctx, 194, 1, || ((*inner(ctx)).ctx_Unicode_EncodeFSDefault)(ctx, h));
        exit_hook(ctx, 194);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_ReadChar(ctx: *mut HPyContext, h: HPy, index: HPy_ssize_t) -> HPy_UCS4 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 195);
        let r = timed(ctx, 195, 1, || ((*inner(ctx)).ctx_Unicode_ReadChar)(ctx, h, index));
        exit_hook(ctx, 195);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_DecodeASCII(ctx: *mut HPyContext, ascii: *const c_char, size: HPy_ssize_t, errors: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 196);
        let r = timed(ctx, 196, 1, || ((*inner(ctx)).ctx_Unicode_DecodeASCII)(ctx, ascii, size, errors));
        exit_hook(ctx, 196);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_DecodeLatin1(ctx: *mut HPyContext, latin1: *const c_char, size: HPy_ssize_t, errors: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 197);
        let r = timed(ctx, 197, 1, || ((*inner(ctx)).ctx_Unicode_DecodeLatin1)(ctx, latin1, size, errors));
        exit_hook(ctx, 197);
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
        count(ctx, 199);
        let r = timed(ctx, 199, 1, || ((*inner(ctx)).ctx_List_New)(ctx, len));
        exit_hook(ctx, 199);
        r
    }
}

unsafe extern "C" fn ctx_List_Append(ctx: *mut HPyContext, h_list: HPy, h_item: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 200);
        let r = timed(ctx, 200, 1, || ((*inner(ctx)).ctx_List_Append)(ctx, h_list, h_item));
        exit_hook(ctx, 200);
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
        count(ctx, 202);
        let r = timed(ctx, 202, 1, || ((*inner(ctx)).ctx_Dict_New)(ctx));
        exit_hook(ctx, 202);
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
        count(ctx, 204);
        let r = timed(ctx, 204, 1, || ((*inner(ctx)).ctx_Tuple_FromArray)(ctx, items, n));
        exit_hook(ctx, 204);
        r
    }
}

unsafe extern "C" fn ctx_Import_ImportModule(ctx: *mut HPyContext, utf8_name: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 205);
        let r = timed(ctx, 205, 1, || ((*inner(ctx)).ctx_Import_ImportModule)(ctx, utf8_name));
        exit_hook(ctx, 205);
        r
    }
}

unsafe extern "C" fn ctx_FromPyObject(ctx: *mut HPyContext, obj: *mut cpy_PyObject) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 206);
        let r = timed(ctx, 206, 1, || ((*inner(ctx)).ctx_FromPyObject)(ctx, obj));
        exit_hook(ctx, 206);
        r
    }
}

unsafe extern "C" fn ctx_AsPyObject(ctx: *mut HPyContext, h: HPy) -> *mut cpy_PyObject {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 207);
        let r = timed(ctx, 207, 1, || ((*inner(ctx)).ctx_AsPyObject)(ctx, h));
        exit_hook(ctx, 207);
        r
    }
}

unsafe extern "C" fn ctx_ListBuilder_New(ctx: *mut HPyContext, size: HPy_ssize_t) -> HPyListBuilder {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 209);
        let r = timed(ctx, 209, 1, || ((*inner(ctx)).ctx_ListBuilder_New)(ctx, size));
        exit_hook(ctx, 209);
        r
    }
}

unsafe extern "C" fn ctx_ListBuilder_Set(ctx: *mut HPyContext, builder: HPyListBuilder, index: HPy_ssize_t, h_item: HPy) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 210);
        let r = timed(ctx, 210, 1, || ((*inner(ctx)).ctx_ListBuilder_Set)(ctx, builder, index, h_item));
        exit_hook(ctx, 210);
        r
    }
}

unsafe extern "C" fn ctx_ListBuilder_Build(ctx: *mut HPyContext, builder: HPyListBuilder) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 211);
        let r = timed(ctx, 211, 1, || ((*inner(ctx)).ctx_ListBuilder_Build)(ctx, builder));
        exit_hook(ctx, 211);
        r
    }
}

unsafe extern "C" fn ctx_ListBuilder_Cancel(ctx: *mut HPyContext, builder: HPyListBuilder) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 212);
        let r = timed(ctx, 212, 1, || ((*inner(ctx)).ctx_ListBuilder_Cancel)(ctx, builder));
        exit_hook(ctx, 212);
        r
    }
}

unsafe extern "C" fn ctx_TupleBuilder_New(ctx: *mut HPyContext, size: HPy_ssize_t) -> HPyTupleBuilder {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 213);
        let r = timed(ctx, 213, 1, || ((*inner(ctx)).ctx_TupleBuilder_New)(ctx, size));
        exit_hook(ctx, 213);
        r
    }
}

unsafe extern "C" fn ctx_TupleBuilder_Set(ctx: *mut HPyContext, builder: HPyTupleBuilder, index: HPy_ssize_t, h_item: HPy) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 214);
        let r = timed(ctx, 214, 1, || ((*inner(ctx)).ctx_TupleBuilder_Set)(ctx, builder, index, h_item));
        exit_hook(ctx, 214);
        r
    }
}

unsafe extern "C" fn ctx_TupleBuilder_Build(ctx: *mut HPyContext, builder: HPyTupleBuilder) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 215);
        let r = timed(ctx, 215, 1, || ((*inner(ctx)).ctx_TupleBuilder_Build)(ctx, builder));
        exit_hook(ctx, 215);
        r
    }
}

unsafe extern "C" fn ctx_TupleBuilder_Cancel(ctx: *mut HPyContext, builder: HPyTupleBuilder) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 216);
        let r = timed(ctx, 216, 1, || ((*inner(ctx)).ctx_TupleBuilder_Cancel)(ctx, builder));
        exit_hook(ctx, 216);
        r
    }
}

unsafe extern "C" fn ctx_Tracker_New(ctx: *mut HPyContext, size: HPy_ssize_t) -> HPyTracker {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 217);
        let r = timed(ctx, 217, 1, || ((*inner(ctx)).ctx_Tracker_New)(ctx, size));
        exit_hook(ctx, 217);
        r
    }
}

unsafe extern "C" fn ctx_Tracker_Add(ctx: *mut HPyContext, ht: HPyTracker, h: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 218);
        let r = timed(ctx, 218, 1, || ((*inner(ctx)).ctx_Tracker_Add)(ctx, ht, h));
        exit_hook(ctx, 218);
        r
    }
}

unsafe extern "C" fn ctx_Tracker_ForgetAll(ctx: *mut HPyContext, ht: HPyTracker) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 219);
        let r = timed(ctx, 219, 1, || ((*inner(ctx)).ctx_Tracker_ForgetAll)(ctx, ht));
        exit_hook(ctx, 219);
        r
    }
}

unsafe extern "C" fn ctx_Tracker_Close(ctx: *mut HPyContext, ht: HPyTracker) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 220);
        let r = timed(ctx, 220, 1, || ((*inner(ctx)).ctx_Tracker_Close)(ctx, ht));
        exit_hook(ctx, 220);
        r
    }
}

unsafe extern "C" fn ctx_Field_Store(ctx: *mut HPyContext, target_object: HPy, target_field: *mut HPyField, h: HPy) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 221);
        let r = timed(ctx, 221, 1, || ((*inner(ctx)).ctx_Field_Store)(ctx, target_object, target_field, h));
        exit_hook(ctx, 221);
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
        count(ctx, 223);
        let r = timed(ctx, 223, 1, || ((*inner(ctx)).ctx_ReenterPythonExecution)(ctx, state));
        exit_hook(ctx, 223);
        r
    }
}

unsafe extern "C" fn ctx_LeavePythonExecution(ctx: *mut HPyContext) -> HPyThreadState {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 224);
        let r = timed(ctx, 224, 1, || ((*inner(ctx)).ctx_LeavePythonExecution)(ctx));
        exit_hook(ctx, 224);
        r
    }
}

unsafe extern "C" fn ctx_Global_Store(ctx: *mut HPyContext, global: *mut HPyGlobal, h: HPy) {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 225);
        let r = timed(ctx, 225, 1, || ((*inner(ctx)).ctx_Global_Store)(ctx, global, h));
        exit_hook(ctx, 225);
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
        count(ctx, 227);
        let r = timed(ctx, 227, 1, || ((*inner(ctx)).ctx_Dump)(ctx, h));
        exit_hook(ctx, 227);
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
        count(ctx, 234);
        let r = timed(ctx, 234, 1, || ((*inner(ctx)).ctx_Type_GetBuiltinShape)(ctx, h_type));
        exit_hook(ctx, 234);
        r
    }
}

unsafe extern "C" fn ctx_DelItem(ctx: *mut HPyContext, obj: HPy, key: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 235);
        let r = timed(ctx, 235, 1, || ((*inner(ctx)).ctx_DelItem)(ctx, obj, key));
        exit_hook(ctx, 235);
        r
    }
}

unsafe extern "C" fn ctx_DelItem_i(ctx: *mut HPyContext, obj: HPy, idx: HPy_ssize_t) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 236);
        let r = timed(ctx, 236, 1, || ((*inner(ctx)).ctx_DelItem_i)(ctx, obj, idx));
        exit_hook(ctx, 236);
        r
    }
}

unsafe extern "C" fn ctx_DelItem_s(ctx: *mut HPyContext, obj: HPy, utf8_key: *const c_char) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 237);
        let r = timed(ctx, 237, 1, || ((*inner(ctx)).ctx_DelItem_s)(ctx, obj, utf8_key));
        exit_hook(ctx, 237);
        r
    }
}

unsafe extern "C" fn ctx_Capsule_New(ctx: *mut HPyContext, pointer: *mut c_void, utf8_name: *const c_char, destructor: *mut HPyCapsule_Destructor) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 244);
        let r = timed(ctx, 244, 1, || ((*inner(ctx)).ctx_Capsule_New)(ctx, pointer, utf8_name, destructor));
        exit_hook(ctx, 244);
        r
    }
}

unsafe extern "C" fn ctx_Capsule_Get(ctx: *mut HPyContext, capsule: HPy, key: _HPyCapsule_key, utf8_name: *const c_char) -> *mut c_void {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 245);
        let r = timed(ctx, 245, 1, || ((*inner(ctx)).ctx_Capsule_Get)(ctx, capsule, key, utf8_name));
        exit_hook(ctx, 245);
        r
    }
}

unsafe extern "C" fn ctx_Capsule_IsValid(ctx: *mut HPyContext, capsule: HPy, utf8_name: *const c_char) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 246);
        let r = timed(ctx, 246, 1, || ((*inner(ctx)).ctx_Capsule_IsValid)(ctx, capsule, utf8_name));
        exit_hook(ctx, 246);
        r
    }
}

unsafe extern "C" fn ctx_Capsule_Set(ctx: *mut HPyContext, capsule: HPy, key: _HPyCapsule_key, value: *mut c_void) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 247);
        let r = timed(ctx, 247, 1, || ((*inner(ctx)).ctx_Capsule_Set)(ctx, capsule, key, value));
        exit_hook(ctx, 247);
        r
    }
}

unsafe extern "C" fn ctx_Compile_s(ctx: *mut HPyContext, utf8_source: *const c_char, utf8_filename: *const c_char, kind: HPy_SourceKind) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 248);
        let r = timed(ctx, 248, 1, || ((*inner(ctx)).ctx_Compile_s)(ctx, utf8_source, utf8_filename, kind));
        exit_hook(ctx, 248);
        r
    }
}

unsafe extern "C" fn ctx_EvalCode(ctx: *mut HPyContext, code: HPy, globals: HPy, locals: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 249);
        let r = timed(ctx, 249, 1, || ((*inner(ctx)).ctx_EvalCode)(ctx, code, globals, locals));
        exit_hook(ctx, 249);
        r
    }
}

unsafe extern "C" fn ctx_ContextVar_New(ctx: *mut HPyContext, name: *const c_char, default_value: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 250);
        let r = timed(ctx, 250, 1, || ((*inner(ctx)).ctx_ContextVar_New)(ctx, name, default_value));
        exit_hook(ctx, 250);
        r
    }
}

unsafe extern "C" fn ctx_ContextVar_Get(ctx: *mut HPyContext, context_var: HPy, default_value: HPy, result: *mut HPy) -> i32 {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 251);
        let r = timed(ctx, 251, 1, || ((*inner(ctx)).ctx_ContextVar_Get)(ctx, context_var, default_value, result));
        exit_hook(ctx, 251);
        r
    }
}

unsafe extern "C" fn ctx_ContextVar_Set(ctx: *mut HPyContext, context_var: HPy, value: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 252);
        let r = timed(ctx, 252, 1, || ((*inner(ctx)).ctx_ContextVar_Set)(ctx, context_var, value));
        exit_hook(ctx, 252);
        r
    }
}

unsafe extern "C" fn ctx_Type_GetName(ctx: *mut HPyContext, type_: HPy) -> *const c_char {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 253);
        let r = timed(ctx, 253, 1, || ((*inner(ctx)).ctx_Type_GetName)(ctx, type_));
        exit_hook(ctx, 253);
        r
    }
}

unsafe extern "C" fn ctx_Type_IsSubtype(ctx: *mut HPyContext, sub: HPy, type_: HPy) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 254);
        let r = timed(ctx, 254, 1, || ((*inner(ctx)).ctx_Type_IsSubtype)(ctx, sub, type_));
        exit_hook(ctx, 254);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_FromEncodedObject(ctx: *mut HPyContext, obj: HPy, encoding: *const c_char, errors: *const c_char) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 255);
        let r = timed(ctx, 255, 1, || ((*inner(ctx)).ctx_Unicode_FromEncodedObject)(ctx, obj, encoding, errors));
        exit_hook(ctx, 255);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_Substring(ctx: *mut HPyContext, str: HPy, start: HPy_ssize_t, end: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 256);
        let r = timed(ctx, 256, 1, || ((*inner(ctx)).ctx_Unicode_Substring)(ctx, str, start, end));
        exit_hook(ctx, 256);
        r
    }
}

unsafe extern "C" fn ctx_Dict_Keys(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 257);
        let r = timed(ctx, 257, 1, || ((*inner(ctx)).ctx_Dict_Keys)(ctx, h));
        exit_hook(ctx, 257);
        r
    }
}

unsafe extern "C" fn ctx_Dict_Copy(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 258);
        let r = timed(ctx, 258, 1, || ((*inner(ctx)).ctx_Dict_Copy)(ctx, h));
        exit_hook(ctx, 258);
        r
    }
}

unsafe extern "C" fn ctx_Slice_Unpack(ctx: *mut HPyContext, slice: HPy, start: *mut HPy_ssize_t, stop: *mut HPy_ssize_t, step: *mut HPy_ssize_t) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 259);
        let r = timed(ctx, 259, 1, || ((*inner(ctx)).ctx_Slice_Unpack)(ctx, slice, start, stop, step));
        exit_hook(ctx, 259);
        r
    }
}

unsafe extern "C" fn ctx_SetCallFunction(ctx: *mut HPyContext, h: HPy, func: *mut HPyCallFunction) -> c_int {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 260);
        let r = timed(ctx, 260, 1, || ((*inner(ctx)).ctx_SetCallFunction)(ctx, h, func));
        exit_hook(ctx, 260);
        r
    }
}

unsafe extern "C" fn ctx_Call(ctx: *mut HPyContext, callable: HPy, args: *const HPy, nargs: usize, kwnames: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 261);
        let r = timed(ctx, 261, 1, || ((*inner(ctx)).ctx_Call)(ctx, callable, args, nargs, kwnames));
        exit_hook(ctx, 261);
        r
    }
}

unsafe extern "C" fn ctx_CallMethod(ctx: *mut HPyContext, name: HPy, args: *const HPy, nargs: usize, kwnames: HPy) -> HPy {
    // SAFETY: `ctx` is a trace context; the inner function has the same contract.
    unsafe {
        count(ctx, 262);
        let r = timed(ctx, 262, 1, || ((*inner(ctx)).ctx_CallMethod)(ctx, name, args, nargs, kwnames));
        exit_hook(ctx, 262);
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
