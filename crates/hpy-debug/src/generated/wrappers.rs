// GENERATED FILE: do not edit. Source: api/hpy.toml. Regenerate with `cargo run -p hpy-codegen`.
#![allow(non_snake_case, unused_mut, clippy::too_many_arguments, clippy::let_unit_value, clippy::unit_arg, clippy::unnecessary_cast, clippy::let_and_return)]

use crate::wrap::*;
use core::ffi::{c_char, c_int, c_void};
use hpy_sys::*;

unsafe extern "C" fn ctx_Dup(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 77);
        let u_h = unwrap(c, h, 0);
        let r = ((*c.uctx).ctx_Dup)(c.uctx, u_h);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Long_FromInt32_t(ctx: *mut HPyContext, value: i32) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 79);
        let r = ((*c.uctx).ctx_Long_FromInt32_t)(c.uctx, value);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Long_FromUInt32_t(ctx: *mut HPyContext, value: u32) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 80);
        let r = ((*c.uctx).ctx_Long_FromUInt32_t)(c.uctx, value);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Long_FromInt64_t(ctx: *mut HPyContext, v: i64) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 81);
        let r = ((*c.uctx).ctx_Long_FromInt64_t)(c.uctx, v);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Long_FromUInt64_t(ctx: *mut HPyContext, v: u64) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 82);
        let r = ((*c.uctx).ctx_Long_FromUInt64_t)(c.uctx, v);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Long_FromSize_t(ctx: *mut HPyContext, value: usize) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 83);
        let r = ((*c.uctx).ctx_Long_FromSize_t)(c.uctx, value);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Long_FromSsize_t(ctx: *mut HPyContext, value: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 84);
        let r = ((*c.uctx).ctx_Long_FromSsize_t)(c.uctx, value);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Long_AsInt32_t(ctx: *mut HPyContext, h: HPy) -> i32 {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 85);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Long_AsInt32_t)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsUInt32_t(ctx: *mut HPyContext, h: HPy) -> u32 {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 86);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Long_AsUInt32_t)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsUInt32_tMask(ctx: *mut HPyContext, h: HPy) -> u32 {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 87);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Long_AsUInt32_tMask)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsInt64_t(ctx: *mut HPyContext, h: HPy) -> i64 {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 88);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Long_AsInt64_t)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsUInt64_t(ctx: *mut HPyContext, h: HPy) -> u64 {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 89);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Long_AsUInt64_t)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsUInt64_tMask(ctx: *mut HPyContext, h: HPy) -> u64 {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 90);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Long_AsUInt64_tMask)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsSize_t(ctx: *mut HPyContext, h: HPy) -> usize {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 91);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Long_AsSize_t)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsSsize_t(ctx: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 92);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Long_AsSsize_t)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsVoidPtr(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 93);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Long_AsVoidPtr)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Long_AsDouble(ctx: *mut HPyContext, h: HPy) -> f64 {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 94);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Long_AsDouble)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Float_FromDouble(ctx: *mut HPyContext, v: f64) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 95);
        let r = ((*c.uctx).ctx_Float_FromDouble)(c.uctx, v);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Float_AsDouble(ctx: *mut HPyContext, h: HPy) -> f64 {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 96);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Float_AsDouble)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Bool_FromBool(ctx: *mut HPyContext, v: bool) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 97);
        let r = ((*c.uctx).ctx_Bool_FromBool)(c.uctx, v);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Length(ctx: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 98);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Length)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Number_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 99);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Number_Check)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Add(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 100);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_Add)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Subtract(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 101);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_Subtract)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Multiply(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 102);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_Multiply)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_MatrixMultiply(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 103);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_MatrixMultiply)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_FloorDivide(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 104);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_FloorDivide)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_TrueDivide(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 105);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_TrueDivide)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Remainder(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 106);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_Remainder)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Divmod(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 107);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_Divmod)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Power(ctx: *mut HPyContext, h1: HPy, h2: HPy, h3: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 108);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        let u_h3 = unwrap(c, h3, 2);
        suspend(c);
        let r = ((*c.uctx).ctx_Power)(c.uctx, u_h1, u_h2, u_h3);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Negative(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 109);
        let u_h1 = unwrap(c, h1, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Negative)(c.uctx, u_h1);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Positive(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 110);
        let u_h1 = unwrap(c, h1, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Positive)(c.uctx, u_h1);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Absolute(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 111);
        let u_h1 = unwrap(c, h1, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Absolute)(c.uctx, u_h1);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Invert(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 112);
        let u_h1 = unwrap(c, h1, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Invert)(c.uctx, u_h1);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Lshift(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 113);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_Lshift)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Rshift(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 114);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_Rshift)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_And(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 115);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_And)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Xor(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 116);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_Xor)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Or(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 117);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_Or)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Index(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 118);
        let u_h1 = unwrap(c, h1, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Index)(c.uctx, u_h1);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Long(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 119);
        let u_h1 = unwrap(c, h1, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Long)(c.uctx, u_h1);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Float(ctx: *mut HPyContext, h1: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 120);
        let u_h1 = unwrap(c, h1, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Float)(c.uctx, u_h1);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_InPlaceAdd(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 121);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_InPlaceAdd)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_InPlaceSubtract(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 122);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_InPlaceSubtract)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_InPlaceMultiply(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 123);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_InPlaceMultiply)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_InPlaceMatrixMultiply(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 124);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_InPlaceMatrixMultiply)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_InPlaceFloorDivide(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 125);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_InPlaceFloorDivide)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_InPlaceTrueDivide(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 126);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_InPlaceTrueDivide)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_InPlaceRemainder(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 127);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_InPlaceRemainder)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_InPlacePower(ctx: *mut HPyContext, h1: HPy, h2: HPy, h3: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 128);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        let u_h3 = unwrap(c, h3, 2);
        suspend(c);
        let r = ((*c.uctx).ctx_InPlacePower)(c.uctx, u_h1, u_h2, u_h3);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_InPlaceLshift(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 129);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_InPlaceLshift)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_InPlaceRshift(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 130);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_InPlaceRshift)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_InPlaceAnd(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 131);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_InPlaceAnd)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_InPlaceXor(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 132);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_InPlaceXor)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_InPlaceOr(ctx: *mut HPyContext, h1: HPy, h2: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 133);
        let u_h1 = unwrap(c, h1, 0);
        let u_h2 = unwrap(c, h2, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_InPlaceOr)(c.uctx, u_h1, u_h2);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Callable_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 134);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Callable_Check)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_CallTupleDict(ctx: *mut HPyContext, callable: HPy, args: HPy, kw: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 135);
        let u_callable = unwrap(c, callable, 0);
        let u_args = unwrap(c, args, 1);
        let u_kw = unwrap(c, kw, 2);
        suspend(c);
        let r = ((*c.uctx).ctx_CallTupleDict)(c.uctx, u_callable, u_args, u_kw);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_FatalError(ctx: *mut HPyContext, message: *const c_char) {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 136);
        suspend(c);
        let r = ((*c.uctx).ctx_FatalError)(c.uctx, message);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Err_SetString(ctx: *mut HPyContext, h_type: HPy, utf8_message: *const c_char) {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 137);
        let u_h_type = unwrap(c, h_type, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Err_SetString)(c.uctx, u_h_type, utf8_message);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Err_SetObject(ctx: *mut HPyContext, h_type: HPy, h_value: HPy) {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 138);
        let u_h_type = unwrap(c, h_type, 0);
        let u_h_value = unwrap(c, h_value, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_Err_SetObject)(c.uctx, u_h_type, u_h_value);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Err_SetFromErrnoWithFilename(ctx: *mut HPyContext, h_type: HPy, filename_fsencoded: *const c_char) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 139);
        let u_h_type = unwrap(c, h_type, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Err_SetFromErrnoWithFilename)(c.uctx, u_h_type, filename_fsencoded);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Err_SetFromErrnoWithFilenameObjects(ctx: *mut HPyContext, h_type: HPy, filename1: HPy, filename2: HPy) {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 140);
        let u_h_type = unwrap(c, h_type, 0);
        let u_filename1 = unwrap(c, filename1, 1);
        let u_filename2 = unwrap(c, filename2, 2);
        suspend(c);
        let r = ((*c.uctx).ctx_Err_SetFromErrnoWithFilenameObjects)(c.uctx, u_h_type, u_filename1, u_filename2);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Err_Occurred(ctx: *mut HPyContext) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 141);
        let r = ((*c.uctx).ctx_Err_Occurred)(c.uctx);
        r
    }
}

unsafe extern "C" fn ctx_Err_ExceptionMatches(ctx: *mut HPyContext, exc: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 142);
        let u_exc = unwrap(c, exc, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Err_ExceptionMatches)(c.uctx, u_exc);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Err_NoMemory(ctx: *mut HPyContext) {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 143);
        suspend(c);
        let r = ((*c.uctx).ctx_Err_NoMemory)(c.uctx);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Err_Clear(ctx: *mut HPyContext) {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 144);
        suspend(c);
        let r = ((*c.uctx).ctx_Err_Clear)(c.uctx);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Err_NewException(ctx: *mut HPyContext, utf8_name: *const c_char, base: HPy, dict: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 145);
        let u_base = unwrap(c, base, 1);
        let u_dict = unwrap(c, dict, 2);
        suspend(c);
        let r = ((*c.uctx).ctx_Err_NewException)(c.uctx, utf8_name, u_base, u_dict);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Err_NewExceptionWithDoc(ctx: *mut HPyContext, utf8_name: *const c_char, utf8_doc: *const c_char, base: HPy, dict: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 146);
        let u_base = unwrap(c, base, 2);
        let u_dict = unwrap(c, dict, 3);
        suspend(c);
        let r = ((*c.uctx).ctx_Err_NewExceptionWithDoc)(c.uctx, utf8_name, utf8_doc, u_base, u_dict);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Err_WarnEx(ctx: *mut HPyContext, category: HPy, utf8_message: *const c_char, stack_level: HPy_ssize_t) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 147);
        let u_category = unwrap(c, category, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Err_WarnEx)(c.uctx, u_category, utf8_message, stack_level);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Err_WriteUnraisable(ctx: *mut HPyContext, obj: HPy) {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 148);
        let u_obj = unwrap(c, obj, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Err_WriteUnraisable)(c.uctx, u_obj);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_IsTrue(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 149);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_IsTrue)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Type_GenericNew(ctx: *mut HPyContext, type_: HPy, args: *const HPy, nargs: HPy_ssize_t, kw: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 151);
        let u_type_ = unwrap(c, type_, 0);
        let u_kw = unwrap(c, kw, 3);
        let n_args = nargs as isize;
        let mut buf_args = Handles::new();
        let u_args = unwrap_array(c, &mut buf_args, args, n_args, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_Type_GenericNew)(c.uctx, u_type_, u_args as _, nargs, u_kw);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_GetAttr(ctx: *mut HPyContext, obj: HPy, name: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 152);
        let u_obj = unwrap(c, obj, 0);
        let u_name = unwrap(c, name, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_GetAttr)(c.uctx, u_obj, u_name);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_GetAttr_s(ctx: *mut HPyContext, obj: HPy, utf8_name: *const c_char) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 153);
        let u_obj = unwrap(c, obj, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_GetAttr_s)(c.uctx, u_obj, utf8_name);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_HasAttr(ctx: *mut HPyContext, obj: HPy, name: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 154);
        let u_obj = unwrap(c, obj, 0);
        let u_name = unwrap(c, name, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_HasAttr)(c.uctx, u_obj, u_name);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_HasAttr_s(ctx: *mut HPyContext, obj: HPy, utf8_name: *const c_char) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 155);
        let u_obj = unwrap(c, obj, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_HasAttr_s)(c.uctx, u_obj, utf8_name);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_SetAttr(ctx: *mut HPyContext, obj: HPy, name: HPy, value: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 156);
        let u_obj = unwrap(c, obj, 0);
        let u_name = unwrap(c, name, 1);
        let u_value = unwrap(c, value, 2);
        suspend(c);
        let r = ((*c.uctx).ctx_SetAttr)(c.uctx, u_obj, u_name, u_value);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_SetAttr_s(ctx: *mut HPyContext, obj: HPy, utf8_name: *const c_char, value: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 157);
        let u_obj = unwrap(c, obj, 0);
        let u_value = unwrap(c, value, 2);
        suspend(c);
        let r = ((*c.uctx).ctx_SetAttr_s)(c.uctx, u_obj, utf8_name, u_value);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_GetItem(ctx: *mut HPyContext, obj: HPy, key: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 158);
        let u_obj = unwrap(c, obj, 0);
        let u_key = unwrap(c, key, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_GetItem)(c.uctx, u_obj, u_key);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_GetItem_i(ctx: *mut HPyContext, obj: HPy, idx: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 159);
        let u_obj = unwrap(c, obj, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_GetItem_i)(c.uctx, u_obj, idx);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_GetItem_s(ctx: *mut HPyContext, obj: HPy, utf8_key: *const c_char) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 160);
        let u_obj = unwrap(c, obj, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_GetItem_s)(c.uctx, u_obj, utf8_key);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Contains(ctx: *mut HPyContext, container: HPy, key: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 161);
        let u_container = unwrap(c, container, 0);
        let u_key = unwrap(c, key, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_Contains)(c.uctx, u_container, u_key);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_SetItem(ctx: *mut HPyContext, obj: HPy, key: HPy, value: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 162);
        let u_obj = unwrap(c, obj, 0);
        let u_key = unwrap(c, key, 1);
        let u_value = unwrap(c, value, 2);
        suspend(c);
        let r = ((*c.uctx).ctx_SetItem)(c.uctx, u_obj, u_key, u_value);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_SetItem_i(ctx: *mut HPyContext, obj: HPy, idx: HPy_ssize_t, value: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 163);
        let u_obj = unwrap(c, obj, 0);
        let u_value = unwrap(c, value, 2);
        suspend(c);
        let r = ((*c.uctx).ctx_SetItem_i)(c.uctx, u_obj, idx, u_value);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_SetItem_s(ctx: *mut HPyContext, obj: HPy, utf8_key: *const c_char, value: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 164);
        let u_obj = unwrap(c, obj, 0);
        let u_value = unwrap(c, value, 2);
        suspend(c);
        let r = ((*c.uctx).ctx_SetItem_s)(c.uctx, u_obj, utf8_key, u_value);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Type(ctx: *mut HPyContext, obj: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 165);
        let u_obj = unwrap(c, obj, 0);
        let r = ((*c.uctx).ctx_Type)(c.uctx, u_obj);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_TypeCheck(ctx: *mut HPyContext, obj: HPy, type_: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 166);
        let u_obj = unwrap(c, obj, 0);
        let u_type_ = unwrap(c, type_, 1);
        require(c, type_, u_type_, 1, Expect::Type, c"HPy_TypeCheck arg 2 must be a type");
        let r = ((*c.uctx).ctx_TypeCheck)(c.uctx, u_obj, u_type_);
        r
    }
}

unsafe extern "C" fn ctx_Is(ctx: *mut HPyContext, obj: HPy, other: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 167);
        let u_obj = unwrap(c, obj, 0);
        let u_other = unwrap(c, other, 1);
        let r = ((*c.uctx).ctx_Is)(c.uctx, u_obj, u_other);
        r
    }
}

unsafe extern "C" fn ctx_AsStruct_Object(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 168);
        let u_h = unwrap(c, h, 0);
        require_shape(c, h, u_h, HPyType_BuiltinShape::Object, c"Object");
        let r = ((*c.uctx).ctx_AsStruct_Object)(c.uctx, u_h);
        r
    }
}

unsafe extern "C" fn ctx_AsStruct_Legacy(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 169);
        let u_h = unwrap(c, h, 0);
        require_shape(c, h, u_h, HPyType_BuiltinShape::Legacy, c"Legacy");
        let r = ((*c.uctx).ctx_AsStruct_Legacy)(c.uctx, u_h);
        r
    }
}

unsafe extern "C" fn ctx_New(ctx: *mut HPyContext, h_type: HPy, data: *mut *mut c_void) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 170);
        let u_h_type = unwrap(c, h_type, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_New)(c.uctx, u_h_type, data);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Repr(ctx: *mut HPyContext, obj: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 171);
        let u_obj = unwrap(c, obj, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Repr)(c.uctx, u_obj);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Str(ctx: *mut HPyContext, obj: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 172);
        let u_obj = unwrap(c, obj, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Str)(c.uctx, u_obj);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_ASCII(ctx: *mut HPyContext, obj: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 173);
        let u_obj = unwrap(c, obj, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_ASCII)(c.uctx, u_obj);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Bytes(ctx: *mut HPyContext, obj: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 174);
        let u_obj = unwrap(c, obj, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Bytes)(c.uctx, u_obj);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_RichCompare(ctx: *mut HPyContext, v: HPy, w: HPy, op: c_int) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 175);
        let u_v = unwrap(c, v, 0);
        let u_w = unwrap(c, w, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_RichCompare)(c.uctx, u_v, u_w, op);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_RichCompareBool(ctx: *mut HPyContext, v: HPy, w: HPy, op: c_int) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 176);
        let u_v = unwrap(c, v, 0);
        let u_w = unwrap(c, w, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_RichCompareBool)(c.uctx, u_v, u_w, op);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Hash(ctx: *mut HPyContext, obj: HPy) -> HPy_hash_t {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 177);
        let u_obj = unwrap(c, obj, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Hash)(c.uctx, u_obj);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Bytes_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 178);
        let u_h = unwrap(c, h, 0);
        let r = ((*c.uctx).ctx_Bytes_Check)(c.uctx, u_h);
        r
    }
}

unsafe extern "C" fn ctx_Bytes_Size(ctx: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 179);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Bytes_Size)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Bytes_GET_SIZE(ctx: *mut HPyContext, h: HPy) -> HPy_ssize_t {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 180);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Bytes_GET_SIZE)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Bytes_AsString(ctx: *mut HPyContext, h: HPy) -> *const c_char {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 181);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Bytes_AsString)(c.uctx, u_h);
        resume(c);
        raw_data(c, h, u_h, r, RawSize::Bytes)
    }
}

unsafe extern "C" fn ctx_Bytes_AS_STRING(ctx: *mut HPyContext, h: HPy) -> *const c_char {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 182);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Bytes_AS_STRING)(c.uctx, u_h);
        resume(c);
        raw_data(c, h, u_h, r, RawSize::Bytes)
    }
}

unsafe extern "C" fn ctx_Bytes_FromString(ctx: *mut HPyContext, bytes: *const c_char) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 183);
        suspend(c);
        let r = ((*c.uctx).ctx_Bytes_FromString)(c.uctx, bytes);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Bytes_FromStringAndSize(ctx: *mut HPyContext, bytes: *const c_char, len: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 184);
        suspend(c);
        let r = ((*c.uctx).ctx_Bytes_FromStringAndSize)(c.uctx, bytes, len);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Unicode_FromString(ctx: *mut HPyContext, utf8: *const c_char) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 185);
        suspend(c);
        let r = ((*c.uctx).ctx_Unicode_FromString)(c.uctx, utf8);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Unicode_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 186);
        let u_h = unwrap(c, h, 0);
        let r = ((*c.uctx).ctx_Unicode_Check)(c.uctx, u_h);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_AsASCIIString(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 187);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Unicode_AsASCIIString)(c.uctx, u_h);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Unicode_AsLatin1String(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 188);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Unicode_AsLatin1String)(c.uctx, u_h);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Unicode_AsUTF8String(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 189);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Unicode_AsUTF8String)(c.uctx, u_h);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Unicode_AsUTF8AndSize(ctx: *mut HPyContext, h: HPy, size: *mut HPy_ssize_t) -> *const c_char {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 190);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Unicode_AsUTF8AndSize)(c.uctx, u_h, size);
        resume(c);
        raw_data(c, h, u_h, r, RawSize::Param(size))
    }
}

unsafe extern "C" fn ctx_Unicode_FromWideChar(ctx: *mut HPyContext, w: *const wchar_t, size: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 191);
        suspend(c);
        let r = ((*c.uctx).ctx_Unicode_FromWideChar)(c.uctx, w, size);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Unicode_DecodeFSDefault(ctx: *mut HPyContext, v: *const c_char) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 192);
        suspend(c);
        let r = ((*c.uctx).ctx_Unicode_DecodeFSDefault)(c.uctx, v);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Unicode_DecodeFSDefaultAndSize(ctx: *mut HPyContext, v: *const c_char, size: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 193);
        suspend(c);
        let r = ((*c.uctx).ctx_Unicode_DecodeFSDefaultAndSize)(c.uctx, v, size);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Unicode_EncodeFSDefault(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 194);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Unicode_EncodeFSDefault)(c.uctx, u_h);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Unicode_ReadChar(ctx: *mut HPyContext, h: HPy, index: HPy_ssize_t) -> HPy_UCS4 {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 195);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Unicode_ReadChar)(c.uctx, u_h, index);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_DecodeASCII(ctx: *mut HPyContext, ascii: *const c_char, size: HPy_ssize_t, errors: *const c_char) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 196);
        suspend(c);
        let r = ((*c.uctx).ctx_Unicode_DecodeASCII)(c.uctx, ascii, size, errors);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Unicode_DecodeLatin1(ctx: *mut HPyContext, latin1: *const c_char, size: HPy_ssize_t, errors: *const c_char) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 197);
        suspend(c);
        let r = ((*c.uctx).ctx_Unicode_DecodeLatin1)(c.uctx, latin1, size, errors);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_List_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 198);
        let u_h = unwrap(c, h, 0);
        let r = ((*c.uctx).ctx_List_Check)(c.uctx, u_h);
        r
    }
}

unsafe extern "C" fn ctx_List_New(ctx: *mut HPyContext, len: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 199);
        suspend(c);
        let r = ((*c.uctx).ctx_List_New)(c.uctx, len);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_List_Append(ctx: *mut HPyContext, h_list: HPy, h_item: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 200);
        let u_h_list = unwrap(c, h_list, 0);
        let u_h_item = unwrap(c, h_item, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_List_Append)(c.uctx, u_h_list, u_h_item);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Dict_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 201);
        let u_h = unwrap(c, h, 0);
        let r = ((*c.uctx).ctx_Dict_Check)(c.uctx, u_h);
        r
    }
}

unsafe extern "C" fn ctx_Dict_New(ctx: *mut HPyContext) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 202);
        suspend(c);
        let r = ((*c.uctx).ctx_Dict_New)(c.uctx);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Tuple_Check(ctx: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 203);
        let u_h = unwrap(c, h, 0);
        let r = ((*c.uctx).ctx_Tuple_Check)(c.uctx, u_h);
        r
    }
}

unsafe extern "C" fn ctx_Tuple_FromArray(ctx: *mut HPyContext, items: *mut HPy, n: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 204);
        let n_items = n as isize;
        let mut buf_items = Handles::new();
        let u_items = unwrap_array(c, &mut buf_items, items, n_items, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Tuple_FromArray)(c.uctx, u_items as _, n);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Import_ImportModule(ctx: *mut HPyContext, utf8_name: *const c_char) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 205);
        suspend(c);
        let r = ((*c.uctx).ctx_Import_ImportModule)(c.uctx, utf8_name);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_FromPyObject(ctx: *mut HPyContext, obj: *mut cpy_PyObject) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 206);
        suspend(c);
        let r = ((*c.uctx).ctx_FromPyObject)(c.uctx, obj);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_AsPyObject(ctx: *mut HPyContext, h: HPy) -> *mut cpy_PyObject {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 207);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_AsPyObject)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_ListBuilder_New(ctx: *mut HPyContext, size: HPy_ssize_t) -> HPyListBuilder {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 209);
        suspend(c);
        let r = ((*c.uctx).ctx_ListBuilder_New)(c.uctx, size);
        resume(c);
        HPyListBuilder { _lst: wrap_builder(c, r._lst) }
    }
}

unsafe extern "C" fn ctx_ListBuilder_Set(ctx: *mut HPyContext, builder: HPyListBuilder, index: HPy_ssize_t, h_item: HPy) {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 210);
        let u_builder = HPyListBuilder { _lst: unwrap_builder(c, builder._lst, 0) };
        let u_h_item = unwrap(c, h_item, 2);
        suspend(c);
        let r = ((*c.uctx).ctx_ListBuilder_Set)(c.uctx, u_builder, index, u_h_item);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_ListBuilder_Build(ctx: *mut HPyContext, builder: HPyListBuilder) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 211);
        let u_builder = HPyListBuilder { _lst: unwrap_builder(c, builder._lst, 0) };
        suspend(c);
        let r = ((*c.uctx).ctx_ListBuilder_Build)(c.uctx, u_builder);
        resume(c);
        close_builder(c, builder._lst);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_ListBuilder_Cancel(ctx: *mut HPyContext, builder: HPyListBuilder) {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 212);
        let u_builder = HPyListBuilder { _lst: unwrap_builder(c, builder._lst, 0) };
        suspend(c);
        let r = ((*c.uctx).ctx_ListBuilder_Cancel)(c.uctx, u_builder);
        resume(c);
        close_builder(c, builder._lst);
        r
    }
}

unsafe extern "C" fn ctx_TupleBuilder_New(ctx: *mut HPyContext, size: HPy_ssize_t) -> HPyTupleBuilder {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 213);
        suspend(c);
        let r = ((*c.uctx).ctx_TupleBuilder_New)(c.uctx, size);
        resume(c);
        HPyTupleBuilder { _tup: wrap_builder(c, r._tup) }
    }
}

unsafe extern "C" fn ctx_TupleBuilder_Set(ctx: *mut HPyContext, builder: HPyTupleBuilder, index: HPy_ssize_t, h_item: HPy) {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 214);
        let u_builder = HPyTupleBuilder { _tup: unwrap_builder(c, builder._tup, 0) };
        let u_h_item = unwrap(c, h_item, 2);
        suspend(c);
        let r = ((*c.uctx).ctx_TupleBuilder_Set)(c.uctx, u_builder, index, u_h_item);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_TupleBuilder_Build(ctx: *mut HPyContext, builder: HPyTupleBuilder) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 215);
        let u_builder = HPyTupleBuilder { _tup: unwrap_builder(c, builder._tup, 0) };
        suspend(c);
        let r = ((*c.uctx).ctx_TupleBuilder_Build)(c.uctx, u_builder);
        resume(c);
        close_builder(c, builder._tup);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_TupleBuilder_Cancel(ctx: *mut HPyContext, builder: HPyTupleBuilder) {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 216);
        let u_builder = HPyTupleBuilder { _tup: unwrap_builder(c, builder._tup, 0) };
        suspend(c);
        let r = ((*c.uctx).ctx_TupleBuilder_Cancel)(c.uctx, u_builder);
        resume(c);
        close_builder(c, builder._tup);
        r
    }
}

unsafe extern "C" fn ctx_Tracker_New(ctx: *mut HPyContext, size: HPy_ssize_t) -> HPyTracker {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract.
    unsafe {
        let c = enter(ctx, 217);
        ((*c.uctx).ctx_Tracker_New)(ctx, size)
    }
}

unsafe extern "C" fn ctx_Tracker_Add(ctx: *mut HPyContext, ht: HPyTracker, h: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract.
    unsafe {
        let c = enter(ctx, 218);
        check_open(c, h, 1);
        ((*c.uctx).ctx_Tracker_Add)(ctx, ht, h)
    }
}

unsafe extern "C" fn ctx_Tracker_ForgetAll(ctx: *mut HPyContext, ht: HPyTracker) {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract.
    unsafe {
        let c = enter(ctx, 219);
        ((*c.uctx).ctx_Tracker_ForgetAll)(ctx, ht)
    }
}

unsafe extern "C" fn ctx_Tracker_Close(ctx: *mut HPyContext, ht: HPyTracker) {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract.
    unsafe {
        let c = enter(ctx, 220);
        ((*c.uctx).ctx_Tracker_Close)(ctx, ht)
    }
}

unsafe extern "C" fn ctx_Field_Store(ctx: *mut HPyContext, target_object: HPy, target_field: *mut HPyField, h: HPy) {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 221);
        let u_target_object = unwrap(c, target_object, 0);
        let u_h = unwrap(c, h, 2);
        suspend(c);
        let r = ((*c.uctx).ctx_Field_Store)(c.uctx, u_target_object, target_field, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Field_Load(ctx: *mut HPyContext, source_object: HPy, source_field: HPyField) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 222);
        let u_source_object = unwrap(c, source_object, 0);
        let r = ((*c.uctx).ctx_Field_Load)(c.uctx, u_source_object, source_field);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_ReenterPythonExecution(ctx: *mut HPyContext, state: HPyThreadState) {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 223);
        suspend(c);
        let r = ((*c.uctx).ctx_ReenterPythonExecution)(c.uctx, state);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_LeavePythonExecution(ctx: *mut HPyContext) -> HPyThreadState {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 224);
        suspend(c);
        let r = ((*c.uctx).ctx_LeavePythonExecution)(c.uctx);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Global_Store(ctx: *mut HPyContext, global: *mut HPyGlobal, h: HPy) {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 225);
        let u_h = unwrap(c, h, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_Global_Store)(c.uctx, global, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Global_Load(ctx: *mut HPyContext, global: HPyGlobal) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 226);
        let r = ((*c.uctx).ctx_Global_Load)(c.uctx, global);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Dump(ctx: *mut HPyContext, h: HPy) {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 227);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Dump)(c.uctx, u_h);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_AsStruct_Type(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 228);
        let u_h = unwrap(c, h, 0);
        require_shape(c, h, u_h, HPyType_BuiltinShape::Type, c"Type");
        let r = ((*c.uctx).ctx_AsStruct_Type)(c.uctx, u_h);
        r
    }
}

unsafe extern "C" fn ctx_AsStruct_Long(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 229);
        let u_h = unwrap(c, h, 0);
        require_shape(c, h, u_h, HPyType_BuiltinShape::Long, c"Long");
        let r = ((*c.uctx).ctx_AsStruct_Long)(c.uctx, u_h);
        r
    }
}

unsafe extern "C" fn ctx_AsStruct_Float(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 230);
        let u_h = unwrap(c, h, 0);
        require_shape(c, h, u_h, HPyType_BuiltinShape::Float, c"Float");
        let r = ((*c.uctx).ctx_AsStruct_Float)(c.uctx, u_h);
        r
    }
}

unsafe extern "C" fn ctx_AsStruct_Unicode(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 231);
        let u_h = unwrap(c, h, 0);
        require_shape(c, h, u_h, HPyType_BuiltinShape::Unicode, c"Unicode");
        let r = ((*c.uctx).ctx_AsStruct_Unicode)(c.uctx, u_h);
        r
    }
}

unsafe extern "C" fn ctx_AsStruct_Tuple(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 232);
        let u_h = unwrap(c, h, 0);
        require_shape(c, h, u_h, HPyType_BuiltinShape::Tuple, c"Tuple");
        let r = ((*c.uctx).ctx_AsStruct_Tuple)(c.uctx, u_h);
        r
    }
}

unsafe extern "C" fn ctx_AsStruct_List(ctx: *mut HPyContext, h: HPy) -> *mut c_void {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 233);
        let u_h = unwrap(c, h, 0);
        require_shape(c, h, u_h, HPyType_BuiltinShape::List, c"List");
        let r = ((*c.uctx).ctx_AsStruct_List)(c.uctx, u_h);
        r
    }
}

unsafe extern "C" fn ctx_Type_GetBuiltinShape(ctx: *mut HPyContext, h_type: HPy) -> HPyType_BuiltinShape {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 234);
        let u_h_type = unwrap(c, h_type, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Type_GetBuiltinShape)(c.uctx, u_h_type);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_DelItem(ctx: *mut HPyContext, obj: HPy, key: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 235);
        let u_obj = unwrap(c, obj, 0);
        let u_key = unwrap(c, key, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_DelItem)(c.uctx, u_obj, u_key);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_DelItem_i(ctx: *mut HPyContext, obj: HPy, idx: HPy_ssize_t) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 236);
        let u_obj = unwrap(c, obj, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_DelItem_i)(c.uctx, u_obj, idx);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_DelItem_s(ctx: *mut HPyContext, obj: HPy, utf8_key: *const c_char) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 237);
        let u_obj = unwrap(c, obj, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_DelItem_s)(c.uctx, u_obj, utf8_key);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Capsule_New(ctx: *mut HPyContext, pointer: *mut c_void, utf8_name: *const c_char, destructor: *mut HPyCapsule_Destructor) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 244);
        suspend(c);
        let r = ((*c.uctx).ctx_Capsule_New)(c.uctx, pointer, utf8_name, destructor);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Capsule_Get(ctx: *mut HPyContext, capsule: HPy, key: _HPyCapsule_key, utf8_name: *const c_char) -> *mut c_void {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 245);
        let u_capsule = unwrap(c, capsule, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Capsule_Get)(c.uctx, u_capsule, key, utf8_name);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Capsule_IsValid(ctx: *mut HPyContext, capsule: HPy, utf8_name: *const c_char) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 246);
        let u_capsule = unwrap(c, capsule, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Capsule_IsValid)(c.uctx, u_capsule, utf8_name);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Capsule_Set(ctx: *mut HPyContext, capsule: HPy, key: _HPyCapsule_key, value: *mut c_void) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 247);
        let u_capsule = unwrap(c, capsule, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Capsule_Set)(c.uctx, u_capsule, key, value);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Compile_s(ctx: *mut HPyContext, utf8_source: *const c_char, utf8_filename: *const c_char, kind: HPy_SourceKind) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 248);
        suspend(c);
        let r = ((*c.uctx).ctx_Compile_s)(c.uctx, utf8_source, utf8_filename, kind);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_EvalCode(ctx: *mut HPyContext, code: HPy, globals: HPy, locals: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 249);
        let u_code = unwrap(c, code, 0);
        let u_globals = unwrap(c, globals, 1);
        let u_locals = unwrap(c, locals, 2);
        suspend(c);
        let r = ((*c.uctx).ctx_EvalCode)(c.uctx, u_code, u_globals, u_locals);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_ContextVar_New(ctx: *mut HPyContext, name: *const c_char, default_value: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 250);
        let u_default_value = unwrap(c, default_value, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_ContextVar_New)(c.uctx, name, u_default_value);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_ContextVar_Get(ctx: *mut HPyContext, context_var: HPy, default_value: HPy, result: *mut HPy) -> i32 {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 251);
        let u_context_var = unwrap(c, context_var, 0);
        let u_default_value = unwrap(c, default_value, 1);
        let mut u_result = HPy::NULL;
        suspend(c);
        let r = ((*c.uctx).ctx_ContextVar_Get)(c.uctx, u_context_var, u_default_value, if result.is_null() { core::ptr::null_mut() } else { &mut u_result as *mut HPy });
        resume(c);
        if !result.is_null() {
            *result = wrap(c, u_result);
        }
        r
    }
}

unsafe extern "C" fn ctx_ContextVar_Set(ctx: *mut HPyContext, context_var: HPy, value: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 252);
        let u_context_var = unwrap(c, context_var, 0);
        let u_value = unwrap(c, value, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_ContextVar_Set)(c.uctx, u_context_var, u_value);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Type_GetName(ctx: *mut HPyContext, type_: HPy) -> *const c_char {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 253);
        let u_type_ = unwrap(c, type_, 0);
        require(c, type_, u_type_, 0, Expect::Type, c"HPyType_GetName arg must be a type");
        suspend(c);
        let r = ((*c.uctx).ctx_Type_GetName)(c.uctx, u_type_);
        resume(c);
        raw_data(c, type_, u_type_, r, RawSize::Strlen)
    }
}

unsafe extern "C" fn ctx_Type_IsSubtype(ctx: *mut HPyContext, sub: HPy, type_: HPy) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 254);
        let u_sub = unwrap(c, sub, 0);
        let u_type_ = unwrap(c, type_, 1);
        require(c, sub, u_sub, 0, Expect::Type, c"HPyType_IsSubtype arg 1 must be a type");
        require(c, type_, u_type_, 1, Expect::Type, c"HPyType_IsSubtype arg 2 must be a type");
        suspend(c);
        let r = ((*c.uctx).ctx_Type_IsSubtype)(c.uctx, u_sub, u_type_);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Unicode_FromEncodedObject(ctx: *mut HPyContext, obj: HPy, encoding: *const c_char, errors: *const c_char) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 255);
        let u_obj = unwrap(c, obj, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Unicode_FromEncodedObject)(c.uctx, u_obj, encoding, errors);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Unicode_Substring(ctx: *mut HPyContext, str: HPy, start: HPy_ssize_t, end: HPy_ssize_t) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 256);
        let u_str = unwrap(c, str, 0);
        require(c, str, u_str, 0, Expect::Unicode, c"HPyUnicode_Substring arg 1 must be a Unicode object");
        suspend(c);
        let r = ((*c.uctx).ctx_Unicode_Substring)(c.uctx, u_str, start, end);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Dict_Keys(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 257);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Dict_Keys)(c.uctx, u_h);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Dict_Copy(ctx: *mut HPyContext, h: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 258);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Dict_Copy)(c.uctx, u_h);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_Slice_Unpack(ctx: *mut HPyContext, slice: HPy, start: *mut HPy_ssize_t, stop: *mut HPy_ssize_t, step: *mut HPy_ssize_t) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 259);
        let u_slice = unwrap(c, slice, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_Slice_Unpack)(c.uctx, u_slice, start, stop, step);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_SetCallFunction(ctx: *mut HPyContext, h: HPy, func: *mut HPyCallFunction) -> c_int {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 260);
        let u_h = unwrap(c, h, 0);
        suspend(c);
        let r = ((*c.uctx).ctx_SetCallFunction)(c.uctx, u_h, func);
        resume(c);
        r
    }
}

unsafe extern "C" fn ctx_Call(ctx: *mut HPyContext, callable: HPy, args: *const HPy, nargs: usize, kwnames: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 261);
        let u_callable = unwrap(c, callable, 0);
        let u_kwnames = unwrap(c, kwnames, 3);
        require(c, kwnames, u_kwnames, 3, Expect::TupleOrNull, c"HPy_Call arg 'kwnames' must be a tuple object or HPy_NULL");
        let n_args = array_len(nargs as isize, u_kwnames);
        let mut buf_args = Handles::new();
        let u_args = unwrap_array(c, &mut buf_args, args, n_args, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_Call)(c.uctx, u_callable, u_args as _, nargs, u_kwnames);
        resume(c);
        wrap(c, r)
    }
}

unsafe extern "C" fn ctx_CallMethod(ctx: *mut HPyContext, name: HPy, args: *const HPy, nargs: usize, kwnames: HPy) -> HPy {
    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,
    // and the inner function gets the same arguments in universal form.
    unsafe {
        let c = enter(ctx, 262);
        let u_name = unwrap(c, name, 0);
        let u_kwnames = unwrap(c, kwnames, 3);
        require(c, kwnames, u_kwnames, 3, Expect::TupleOrNull, c"HPy_CallMethod arg 'kwnames' must be a tuple object or HPy_NULL");
        let n_args = array_len(nargs as isize, u_kwnames);
        let mut buf_args = Handles::new();
        let u_args = unwrap_array(c, &mut buf_args, args, n_args, 1);
        suspend(c);
        let r = ((*c.uctx).ctx_CallMethod)(c.uctx, u_name, u_args as _, nargs, u_kwnames);
        resume(c);
        wrap(c, r)
    }
}

/// Put a wrapper into every function slot of `ctx`.
pub(crate) fn install(ctx: &mut HPyContext) {
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
    ctx.ctx_Type_FromSpec = crate::manual::ctx_Type_FromSpec;
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
    ctx.ctx_CallRealFunctionFromTrampoline = crate::manual::ctx_CallRealFunctionFromTrampoline;
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
    pub(crate) const ctx_Type_FromSpec: usize = 150;
    pub(crate) const ctx_CallRealFunctionFromTrampoline: usize = 208;
}

/// Replace every constant handle (`h_None`, ...) by a debug handle that
/// `open` makes for the inner context's handle and the slot.
pub(crate) fn install_constants(ctx: &mut HPyContext, inner: &HPyContext, mut open: impl FnMut(HPy, usize) -> HPy) {
    ctx.h_None = open(inner.h_None, 0);
    ctx.h_True = open(inner.h_True, 1);
    ctx.h_False = open(inner.h_False, 2);
    ctx.h_NotImplemented = open(inner.h_NotImplemented, 3);
    ctx.h_Ellipsis = open(inner.h_Ellipsis, 4);
    ctx.h_BaseException = open(inner.h_BaseException, 5);
    ctx.h_Exception = open(inner.h_Exception, 6);
    ctx.h_StopAsyncIteration = open(inner.h_StopAsyncIteration, 7);
    ctx.h_StopIteration = open(inner.h_StopIteration, 8);
    ctx.h_GeneratorExit = open(inner.h_GeneratorExit, 9);
    ctx.h_ArithmeticError = open(inner.h_ArithmeticError, 10);
    ctx.h_LookupError = open(inner.h_LookupError, 11);
    ctx.h_AssertionError = open(inner.h_AssertionError, 12);
    ctx.h_AttributeError = open(inner.h_AttributeError, 13);
    ctx.h_BufferError = open(inner.h_BufferError, 14);
    ctx.h_EOFError = open(inner.h_EOFError, 15);
    ctx.h_FloatingPointError = open(inner.h_FloatingPointError, 16);
    ctx.h_OSError = open(inner.h_OSError, 17);
    ctx.h_ImportError = open(inner.h_ImportError, 18);
    ctx.h_ModuleNotFoundError = open(inner.h_ModuleNotFoundError, 19);
    ctx.h_IndexError = open(inner.h_IndexError, 20);
    ctx.h_KeyError = open(inner.h_KeyError, 21);
    ctx.h_KeyboardInterrupt = open(inner.h_KeyboardInterrupt, 22);
    ctx.h_MemoryError = open(inner.h_MemoryError, 23);
    ctx.h_NameError = open(inner.h_NameError, 24);
    ctx.h_OverflowError = open(inner.h_OverflowError, 25);
    ctx.h_RuntimeError = open(inner.h_RuntimeError, 26);
    ctx.h_RecursionError = open(inner.h_RecursionError, 27);
    ctx.h_NotImplementedError = open(inner.h_NotImplementedError, 28);
    ctx.h_SyntaxError = open(inner.h_SyntaxError, 29);
    ctx.h_IndentationError = open(inner.h_IndentationError, 30);
    ctx.h_TabError = open(inner.h_TabError, 31);
    ctx.h_ReferenceError = open(inner.h_ReferenceError, 32);
    ctx.h_SystemError = open(inner.h_SystemError, 33);
    ctx.h_SystemExit = open(inner.h_SystemExit, 34);
    ctx.h_TypeError = open(inner.h_TypeError, 35);
    ctx.h_UnboundLocalError = open(inner.h_UnboundLocalError, 36);
    ctx.h_UnicodeError = open(inner.h_UnicodeError, 37);
    ctx.h_UnicodeEncodeError = open(inner.h_UnicodeEncodeError, 38);
    ctx.h_UnicodeDecodeError = open(inner.h_UnicodeDecodeError, 39);
    ctx.h_UnicodeTranslateError = open(inner.h_UnicodeTranslateError, 40);
    ctx.h_ValueError = open(inner.h_ValueError, 41);
    ctx.h_ZeroDivisionError = open(inner.h_ZeroDivisionError, 42);
    ctx.h_BlockingIOError = open(inner.h_BlockingIOError, 43);
    ctx.h_BrokenPipeError = open(inner.h_BrokenPipeError, 44);
    ctx.h_ChildProcessError = open(inner.h_ChildProcessError, 45);
    ctx.h_ConnectionError = open(inner.h_ConnectionError, 46);
    ctx.h_ConnectionAbortedError = open(inner.h_ConnectionAbortedError, 47);
    ctx.h_ConnectionRefusedError = open(inner.h_ConnectionRefusedError, 48);
    ctx.h_ConnectionResetError = open(inner.h_ConnectionResetError, 49);
    ctx.h_FileExistsError = open(inner.h_FileExistsError, 50);
    ctx.h_FileNotFoundError = open(inner.h_FileNotFoundError, 51);
    ctx.h_InterruptedError = open(inner.h_InterruptedError, 52);
    ctx.h_IsADirectoryError = open(inner.h_IsADirectoryError, 53);
    ctx.h_NotADirectoryError = open(inner.h_NotADirectoryError, 54);
    ctx.h_PermissionError = open(inner.h_PermissionError, 55);
    ctx.h_ProcessLookupError = open(inner.h_ProcessLookupError, 56);
    ctx.h_TimeoutError = open(inner.h_TimeoutError, 57);
    ctx.h_Warning = open(inner.h_Warning, 58);
    ctx.h_UserWarning = open(inner.h_UserWarning, 59);
    ctx.h_DeprecationWarning = open(inner.h_DeprecationWarning, 60);
    ctx.h_PendingDeprecationWarning = open(inner.h_PendingDeprecationWarning, 61);
    ctx.h_SyntaxWarning = open(inner.h_SyntaxWarning, 62);
    ctx.h_RuntimeWarning = open(inner.h_RuntimeWarning, 63);
    ctx.h_FutureWarning = open(inner.h_FutureWarning, 64);
    ctx.h_ImportWarning = open(inner.h_ImportWarning, 65);
    ctx.h_UnicodeWarning = open(inner.h_UnicodeWarning, 66);
    ctx.h_BytesWarning = open(inner.h_BytesWarning, 67);
    ctx.h_ResourceWarning = open(inner.h_ResourceWarning, 68);
    ctx.h_BaseObjectType = open(inner.h_BaseObjectType, 69);
    ctx.h_TypeType = open(inner.h_TypeType, 70);
    ctx.h_BoolType = open(inner.h_BoolType, 71);
    ctx.h_LongType = open(inner.h_LongType, 72);
    ctx.h_FloatType = open(inner.h_FloatType, 73);
    ctx.h_UnicodeType = open(inner.h_UnicodeType, 74);
    ctx.h_TupleType = open(inner.h_TupleType, 75);
    ctx.h_ListType = open(inner.h_ListType, 76);
    ctx.h_ComplexType = open(inner.h_ComplexType, 238);
    ctx.h_BytesType = open(inner.h_BytesType, 239);
    ctx.h_MemoryViewType = open(inner.h_MemoryViewType, 240);
    ctx.h_CapsuleType = open(inner.h_CapsuleType, 241);
    ctx.h_SliceType = open(inner.h_SliceType, 242);
    ctx.h_Builtins = open(inner.h_Builtins, 243);
}

/// The C parameter names of every slot (empty for handles), for reports.
pub(crate) static PARAM_NAMES: [&[&str]; 263] = [
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &["h"],
    &["h"],
    &["value"],
    &["value"],
    &["v"],
    &["v"],
    &["value"],
    &["value"],
    &["h"],
    &["h"],
    &["h"],
    &["h"],
    &["h"],
    &["h"],
    &["h"],
    &["h"],
    &["h"],
    &["h"],
    &["v"],
    &["h"],
    &["v"],
    &["h"],
    &["h"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2", "h3"],
    &["h1"],
    &["h1"],
    &["h1"],
    &["h1"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1"],
    &["h1"],
    &["h1"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2", "h3"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h1", "h2"],
    &["h"],
    &["callable", "args", "kw"],
    &["message"],
    &["h_type", "utf8_message"],
    &["h_type", "h_value"],
    &["h_type", "filename_fsencoded"],
    &["h_type", "filename1", "filename2"],
    &[],
    &["exc"],
    &[],
    &[],
    &["utf8_name", "base", "dict"],
    &["utf8_name", "utf8_doc", "base", "dict"],
    &["category", "utf8_message", "stack_level"],
    &["obj"],
    &["h"],
    &["spec", "params"],
    &["type", "args", "nargs", "kw"],
    &["obj", "name"],
    &["obj", "utf8_name"],
    &["obj", "name"],
    &["obj", "utf8_name"],
    &["obj", "name", "value"],
    &["obj", "utf8_name", "value"],
    &["obj", "key"],
    &["obj", "idx"],
    &["obj", "utf8_key"],
    &["container", "key"],
    &["obj", "key", "value"],
    &["obj", "idx", "value"],
    &["obj", "utf8_key", "value"],
    &["obj"],
    &["obj", "type"],
    &["obj", "other"],
    &["h"],
    &["h"],
    &["h_type", "data"],
    &["obj"],
    &["obj"],
    &["obj"],
    &["obj"],
    &["v", "w", "op"],
    &["v", "w", "op"],
    &["obj"],
    &["h"],
    &["h"],
    &["h"],
    &["h"],
    &["h"],
    &["bytes"],
    &["bytes", "len"],
    &["utf8"],
    &["h"],
    &["h"],
    &["h"],
    &["h"],
    &["h", "size"],
    &["w", "size"],
    &["v"],
    &["v", "size"],
    &["h"],
    &["h", "index"],
    &["ascii", "size", "errors"],
    &["latin1", "size", "errors"],
    &["h"],
    &["len"],
    &["h_list", "h_item"],
    &["h"],
    &[],
    &["h"],
    &["items", "n"],
    &["utf8_name"],
    &["obj"],
    &["h"],
    &["sig", "func", "args"],
    &["size"],
    &["builder", "index", "h_item"],
    &["builder"],
    &["builder"],
    &["size"],
    &["builder", "index", "h_item"],
    &["builder"],
    &["builder"],
    &["size"],
    &["ht", "h"],
    &["ht"],
    &["ht"],
    &["target_object", "target_field", "h"],
    &["source_object", "source_field"],
    &["state"],
    &[],
    &["global", "h"],
    &["global"],
    &["h"],
    &["h"],
    &["h"],
    &["h"],
    &["h"],
    &["h"],
    &["h"],
    &["h_type"],
    &["obj", "key"],
    &["obj", "idx"],
    &["obj", "utf8_key"],
    &[],
    &[],
    &[],
    &[],
    &[],
    &[],
    &["pointer", "utf8_name", "destructor"],
    &["capsule", "key", "utf8_name"],
    &["capsule", "utf8_name"],
    &["capsule", "key", "value"],
    &["utf8_source", "utf8_filename", "kind"],
    &["code", "globals", "locals"],
    &["name", "default_value"],
    &["context_var", "default_value", "result"],
    &["context_var", "value"],
    &["type"],
    &["sub", "type"],
    &["obj", "encoding", "errors"],
    &["str", "start", "end"],
    &["h"],
    &["h"],
    &["slice", "start", "stop", "step"],
    &["h", "func"],
    &["callable", "args", "nargs", "kwnames"],
    &["name", "args", "nargs", "kwnames"],
];

/// Keep the imports used whatever the signatures are.
#[allow(dead_code)]
type _Unused = (c_char, c_int, *mut c_void);
