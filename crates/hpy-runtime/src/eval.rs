//! `HPy_Compile_s` and `HPy_EvalCode`.

use crate::handles::{hpy, py};
use core::ffi::{c_char, c_int};
use hpy_sys::{HPy, HPyContext, HPy_SourceKind};
use pyo3_ffi as ffi;

/// The CPython start symbol for an HPy source kind.
fn start_symbol(kind: HPy_SourceKind) -> Option<c_int> {
    match kind {
        HPy_SourceKind::Expr => Some(ffi::Py_eval_input),
        HPy_SourceKind::File => Some(ffi::Py_file_input),
        HPy_SourceKind::Single => Some(ffi::Py_single_input),
        _ => None,
    }
}

unsafe extern "C" fn compile_s(
    _: *mut HPyContext,
    utf8_source: *const c_char,
    utf8_filename: *const c_char,
    kind: HPy_SourceKind,
) -> HPy {
    let Some(start) = start_symbol(kind) else {
        crate::err::system_error(c"invalid source kind");
        return HPy::NULL;
    };
    if utf8_source.is_null() || utf8_filename.is_null() {
        crate::err::system_error(c"HPy_Compile_s: source and filename must not be NULL");
        return HPy::NULL;
    }
    // SAFETY: GIL held; both strings are non-NULL and NUL-terminated.
    hpy(unsafe { ffi::Py_CompileString(utf8_source, utf8_filename, start) })
}

/// CPython's `PyEval_EvalCode` trusts its arguments; we check the cheap
/// things, so a wrong object raises instead of crashing. `locals` may be
/// any mapping; NULL means `globals`, as for `exec`.
unsafe extern "C" fn eval_code(_: *mut HPyContext, code: HPy, globals: HPy, locals: HPy) -> HPy {
    let (co, g) = (py(code), py(globals));
    let l = if locals.is_null() { g } else { py(locals) };
    // SAFETY: GIL held; the handles are open or NULL, and NULL is checked
    // before any type test.
    unsafe {
        if co.is_null() || ffi::PyCode_Check(co) == 0 {
            ffi::PyErr_SetString(ffi::PyExc_TypeError, c"HPy_EvalCode: code must be a code object".as_ptr());
            return HPy::NULL;
        }
        if g.is_null() || ffi::PyDict_Check(g) == 0 {
            ffi::PyErr_SetString(ffi::PyExc_TypeError, c"HPy_EvalCode: globals must be a dict".as_ptr());
            return HPy::NULL;
        }
        hpy(ffi::PyEval_EvalCode(co, g, l))
    }
}

pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Compile_s = compile_s;
    ctx.ctx_EvalCode = eval_code;
}
