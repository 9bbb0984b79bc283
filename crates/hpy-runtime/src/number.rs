//! The number protocol: `HPy_Add` and friends, one CPython call each.

use crate::handles::{hpy, py};
use core::ffi::c_int;
use hpy_sys::{HPy, HPyContext};
use pyo3_ffi as ffi;

macro_rules! unary {
    ($($name:ident => $cpy:ident,)*) => {$(
        unsafe extern "C" fn $name(_: *mut HPyContext, a: HPy) -> HPy {
            // SAFETY: GIL held, handle open (context function contract).
            hpy(unsafe { ffi::$cpy(py(a)) })
        }
    )*};
}

macro_rules! binary {
    ($($name:ident => $cpy:ident,)*) => {$(
        unsafe extern "C" fn $name(_: *mut HPyContext, a: HPy, b: HPy) -> HPy {
            // SAFETY: GIL held, handles open (context function contract).
            hpy(unsafe { ffi::$cpy(py(a), py(b)) })
        }
    )*};
}

unary! {
    negative => PyNumber_Negative, positive => PyNumber_Positive,
    absolute => PyNumber_Absolute, invert => PyNumber_Invert,
    index => PyNumber_Index, long => PyNumber_Long, float => PyNumber_Float,
}

binary! {
    add => PyNumber_Add, subtract => PyNumber_Subtract, multiply => PyNumber_Multiply,
    matrix_multiply => PyNumber_MatrixMultiply, floor_divide => PyNumber_FloorDivide,
    true_divide => PyNumber_TrueDivide, remainder => PyNumber_Remainder,
    divmod => PyNumber_Divmod, lshift => PyNumber_Lshift, rshift => PyNumber_Rshift,
    and => PyNumber_And, xor => PyNumber_Xor, or => PyNumber_Or,
    inplace_add => PyNumber_InPlaceAdd, inplace_subtract => PyNumber_InPlaceSubtract,
    inplace_multiply => PyNumber_InPlaceMultiply,
    inplace_matrix_multiply => PyNumber_InPlaceMatrixMultiply,
    inplace_floor_divide => PyNumber_InPlaceFloorDivide,
    inplace_true_divide => PyNumber_InPlaceTrueDivide,
    inplace_remainder => PyNumber_InPlaceRemainder, inplace_lshift => PyNumber_InPlaceLshift,
    inplace_rshift => PyNumber_InPlaceRshift, inplace_and => PyNumber_InPlaceAnd,
    inplace_xor => PyNumber_InPlaceXor, inplace_or => PyNumber_InPlaceOr,
}

unsafe extern "C" fn power(_: *mut HPyContext, a: HPy, b: HPy, c: HPy) -> HPy {
    // SAFETY: GIL held, handles open.
    hpy(unsafe { ffi::PyNumber_Power(py(a), py(b), py(c)) })
}

unsafe extern "C" fn inplace_power(_: *mut HPyContext, a: HPy, b: HPy, c: HPy) -> HPy {
    // SAFETY: GIL held, handles open.
    hpy(unsafe { ffi::PyNumber_InPlacePower(py(a), py(b), py(c)) })
}

unsafe extern "C" fn check(_: *mut HPyContext, h: HPy) -> c_int {
    // SAFETY: GIL held, handle open.
    unsafe { ffi::PyNumber_Check(py(h)) }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Number_Check = check;
    ctx.ctx_Add = add;
    ctx.ctx_Subtract = subtract;
    ctx.ctx_Multiply = multiply;
    ctx.ctx_MatrixMultiply = matrix_multiply;
    ctx.ctx_FloorDivide = floor_divide;
    ctx.ctx_TrueDivide = true_divide;
    ctx.ctx_Remainder = remainder;
    ctx.ctx_Divmod = divmod;
    ctx.ctx_Power = power;
    ctx.ctx_Negative = negative;
    ctx.ctx_Positive = positive;
    ctx.ctx_Absolute = absolute;
    ctx.ctx_Invert = invert;
    ctx.ctx_Lshift = lshift;
    ctx.ctx_Rshift = rshift;
    ctx.ctx_And = and;
    ctx.ctx_Xor = xor;
    ctx.ctx_Or = or;
    ctx.ctx_Index = index;
    ctx.ctx_Long = long;
    ctx.ctx_Float = float;
    ctx.ctx_InPlaceAdd = inplace_add;
    ctx.ctx_InPlaceSubtract = inplace_subtract;
    ctx.ctx_InPlaceMultiply = inplace_multiply;
    ctx.ctx_InPlaceMatrixMultiply = inplace_matrix_multiply;
    ctx.ctx_InPlaceFloorDivide = inplace_floor_divide;
    ctx.ctx_InPlaceTrueDivide = inplace_true_divide;
    ctx.ctx_InPlaceRemainder = inplace_remainder;
    ctx.ctx_InPlacePower = inplace_power;
    ctx.ctx_InPlaceLshift = inplace_lshift;
    ctx.ctx_InPlaceRshift = inplace_rshift;
    ctx.ctx_InPlaceAnd = inplace_and;
    ctx.ctx_InPlaceXor = inplace_xor;
    ctx.ctx_InPlaceOr = inplace_or;
}
