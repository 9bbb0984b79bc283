//! The generated Rust: the `#[repr(C)]` context and the runtime's
//! "not implemented yet" table.

use crate::api::{Entry, Function};
use crate::types;
use serde::Deserialize;
use std::fmt::Write;

/// The `trace` key of a function in `api/hpy.toml`.
#[derive(Deserialize, Clone, Debug, Default)]
#[serde(deny_unknown_fields)]
pub struct TraceSpec {
    /// The wrapper is written by hand in `crates/hpy-trace/src/manual.rs`;
    /// the value says why.
    pub manual: Option<String>,
}

/// A C parameter name that is a Rust keyword gets a trailing underscore.
pub(crate) fn rust_ident(name: &str) -> String {
    match name {
        "type" | "ref" | "self" | "match" | "mod" | "fn" | "impl" | "move" | "use" => format!("{name}_"),
        _ => name.to_string(),
    }
}

fn fn_type(f: &Function) -> Result<String, String> {
    let mut params = vec!["ctx: *mut HPyContext".to_string()];
    for p in &f.params {
        params.push(format!("{}: {}", rust_ident(&p.name), types::rust(&p.ty)?));
    }
    let ret = types::rust(&f.ctx_returns)?;
    let ret = if ret == "()" { String::new() } else { format!(" -> {ret}") };
    Ok(format!("unsafe extern \"C\" fn({}){ret}", params.join(", ")))
}

/// `crates/hpy-sys/src/generated/context.rs`.
pub fn context_rs(entries: &[Entry], banner: &str) -> Result<String, String> {
    let mut s = String::new();
    writeln!(s, "{banner}").unwrap();
    s.push_str("use crate::*;\nuse core::ffi::{c_char, c_int, c_void};\n\n");
    s.push_str("/// `HPyContext`: the table every universal-ABI call goes through.\n");
    s.push_str("#[repr(C)]\n#[derive(Clone, Copy)]\npub struct HPyContext {\n");
    s.push_str("    pub name: *const c_char,\n    pub _private: *mut c_void,\n    pub abi_version: c_int,\n");
    for e in entries {
        match e {
            Entry::Handle(h) => {
                if let Some(d) = &h.doc {
                    writeln!(s, "    /// {d}").unwrap();
                }
                writeln!(s, "    pub {}: HPy,", h.name).unwrap()
            }
            Entry::Function(f) => {
                writeln!(s, "    /// `{}` (slot {}).", f.name, f.slot).unwrap();
                writeln!(s, "    pub {}: {},", f.ctx_member, fn_type(f)?).unwrap()
            }
        }
    }
    s.push_str("}\n\n");
    writeln!(s, "/// The number of context slots (handles and functions).").unwrap();
    writeln!(s, "pub const CONTEXT_SLOTS: usize = {};\n", entries.len()).unwrap();
    s.push_str("/// Public C name of each slot, by slot index.\n");
    writeln!(s, "pub const SLOT_NAMES: [&str; {}] = [", entries.len()).unwrap();
    for e in entries {
        let name = match e {
            Entry::Handle(h) => &h.name,
            Entry::Function(f) => &f.name,
        };
        writeln!(s, "    \"{name}\",").unwrap();
    }
    s.push_str("];\n\n");
    s.push_str("/// Context member name of each slot, by slot index (`h_None`, `ctx_Dup`, ...).\n");
    writeln!(s, "pub const MEMBER_NAMES: [&str; {}] = [", entries.len()).unwrap();
    for e in entries {
        let name = match e {
            Entry::Handle(h) => &h.name,
            Entry::Function(f) => &f.ctx_member,
        };
        writeln!(s, "    \"{name}\",").unwrap();
    }
    s.push_str("];\n\n");
    s.push_str("/// Byte offset of every member, by slot index, as Rust lays the struct out.\n");
    writeln!(s, "pub const MEMBER_OFFSETS: [usize; {}] = [", entries.len()).unwrap();
    for e in entries {
        let name = match e {
            Entry::Handle(h) => &h.name,
            Entry::Function(f) => &f.ctx_member,
        };
        writeln!(s, "    core::mem::offset_of!(HPyContext, {name}),").unwrap();
    }
    s.push_str("];\n");
    Ok(s)
}

/// `crates/hpy-runtime/src/generated/unimplemented.rs`: a context whose every
/// function raises `SystemError` naming itself. Families then install their
/// real implementations over it.
pub fn unimplemented_rs(entries: &[Entry], banner: &str) -> Result<String, String> {
    let mut s = String::new();
    writeln!(s, "{banner}").unwrap();
    s.push_str("#![allow(non_snake_case, unused_variables)]\n\n");
    s.push_str("use core::ffi::{c_char, c_int, c_void};\nuse hpy_sys::*;\n\n");
    for e in entries {
        let Entry::Function(f) = e else { continue };
        let mut params = vec!["ctx: *mut HPyContext".to_string()];
        for p in &f.params {
            params.push(format!("{}: {}", rust_ident(&p.name), types::rust(&p.ty)?));
        }
        let ret = types::rust(&f.ctx_returns)?;
        let ret_sig = if ret == "()" { String::new() } else { format!(" -> {ret}") };
        writeln!(s, "unsafe extern \"C\" fn {}({}){ret_sig} {{", f.ctx_member, params.join(", ")).unwrap();
        writeln!(s, "    crate::unimplemented::raise(c\"{}\");", f.name).unwrap();
        if let Some(v) = types::error_value(&f.ctx_returns)? {
            writeln!(s, "    {v}").unwrap();
        }
        s.push_str("}\n\n");
    }
    s.push_str("/// A context with null handles and every function raising `SystemError`.\n");
    s.push_str("pub fn context(name: *const c_char) -> HPyContext {\n    HPyContext {\n");
    s.push_str("        name,\n        _private: core::ptr::null_mut::<c_void>(),\n");
    s.push_str("        abi_version: HPY_ABI_VERSION as c_int,\n");
    for e in entries {
        match e {
            Entry::Handle(h) => writeln!(s, "        {}: HPy::NULL,", h.name).unwrap(),
            Entry::Function(f) => writeln!(s, "        {},", f.ctx_member).unwrap(),
        }
    }
    s.push_str("    }\n}\n\n");
    s.push_str("/// The address of every not-implemented function, by slot index (null for handles).\n");
    writeln!(s, "pub fn addresses() -> [usize; {}] {{\n    [", entries.len()).unwrap();
    for e in entries {
        match e {
            Entry::Handle(_) => s.push_str("        0,\n"),
            Entry::Function(f) => writeln!(s, "        {} as *const () as usize,", f.ctx_member).unwrap(),
        }
    }
    s.push_str("    ]\n}\n");
    Ok(s)
}

/// The Rust expression for a handle's CPython object, from its `cpython` key.
fn cpython_object(cpython: &str) -> Result<String, String> {
    Ok(match cpython {
        "Py_None" | "Py_True" | "Py_False" | "Py_NotImplemented" | "Py_Ellipsis" => format!("ffi::{cpython}()"),
        "PyEval_GetBuiltins()" => "ffi::PyEval_GetBuiltins()".into(),
        exc if exc.starts_with("PyExc_") => format!("ffi::{exc}"),
        ty if ty.ends_with("_Type") => format!("core::ptr::addr_of_mut!(ffi::{ty}).cast::<ffi::PyObject>()"),
        other => return Err(format!("no Rust spelling for CPython object `{other}`")),
    })
}

/// `crates/hpy-runtime/src/generated/handles.rs`: the constant handles.
pub fn handles_rs(entries: &[Entry], banner: &str) -> Result<String, String> {
    let mut s = String::new();
    writeln!(s, "{banner}").unwrap();
    s.push_str("use hpy_sys::HPyContext;\nuse pyo3_ffi as ffi;\n\n");
    s.push_str("/// Fill every constant handle of `ctx` with a new strong reference.\n///\n");
    s.push_str("/// # Safety\n/// The GIL must be held and the interpreter initialized.\n");
    s.push_str("pub unsafe fn fill(ctx: &mut HPyContext) {\n");
    for e in entries {
        let Entry::Handle(h) = e else { continue };
        writeln!(s, "    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.").unwrap();
        writeln!(s, "    ctx.{} = unsafe {{ crate::handles::new_ref({}) }};", h.name, cpython_object(&h.cpython)?).unwrap();
    }
    s.push_str("}\n");
    Ok(s)
}

/// Functions a wrapping context (trace, debug) must not wrap: the call
/// from a trampoline is the extension's own code, not an API call.
pub const NOT_WRAPPED: &[&str] = &["_HPy_CallRealFunctionFromTrampoline"];

/// `crates/hpy-trace/src/generated/wrappers.rs`: one counting, timing
/// wrapper per context function. A function that can run Python code is
/// timed on every call (`timed` with scale 1); one that cannot (`no_python_code`)
/// has its timing sampled after its first calls (`count`/`sampled`/
/// `timed_sampled`, see `crates/hpy-trace/src/sample.rs`).
/// The `install` function of a wrapping context (`head` is its doc comment
/// and signature up to the parameter list), which puts each wrapper into
/// its slot, and the `slot` module that names the slots of the hand-written
/// wrappers (trace and debug modes).
pub(crate) fn install_and_slots(s: &mut String, head: &str, installs: &[String], manual_slots: &[String]) {
    writeln!(s, "{head}(ctx: &mut HPyContext) {{").unwrap();
    for i in installs {
        writeln!(s, "{i}").unwrap();
    }
    s.push_str("}\n\n");
    s.push_str("/// The slots of the hand-written wrappers.\n#[allow(non_upper_case_globals, dead_code)]\npub(crate) mod slot {\n");
    for m in manual_slots {
        writeln!(s, "{m}").unwrap();
    }
    s.push_str("}\n");
}

pub fn trace_rs(entries: &[Entry], banner: &str) -> Result<String, String> {
    let mut s = String::new();
    writeln!(s, "{banner}").unwrap();
    s.push_str("#![allow(non_snake_case, clippy::too_many_arguments, clippy::let_unit_value, clippy::unit_arg)]\n\n");
    s.push_str(
        "use crate::state::{count, exit_hook, inner, sampled, timed, timed_sampled};\n\
         use core::ffi::{c_char, c_int, c_void};\nuse hpy_sys::*;\n\n",
    );
    let mut installs = Vec::new();
    let mut manual_slots = Vec::new();
    for e in entries {
        let Entry::Function(f) = e else { continue };
        if NOT_WRAPPED.contains(&f.name.as_str()) {
            continue;
        }
        if f.trace.as_ref().is_some_and(|t| t.manual.is_some()) {
            installs.push(format!("    ctx.{0} = crate::manual::{0};", f.ctx_member));
            manual_slots.push(format!("    pub(crate) const {}: usize = {};", f.ctx_member, f.slot));
            continue;
        }
        let mut params = vec!["ctx: *mut HPyContext".to_string()];
        let mut args = vec!["ctx".to_string()];
        for p in &f.params {
            params.push(format!("{}: {}", rust_ident(&p.name), types::rust(&p.ty)?));
            args.push(rust_ident(&p.name));
        }
        let ret = types::rust(&f.ctx_returns)?;
        let ret_sig = if ret == "()" { String::new() } else { format!(" -> {ret}") };
        let call = format!("((*inner(ctx)).{})({})", f.ctx_member, args.join(", "));
        writeln!(s, "unsafe extern \"C\" fn {}({}){ret_sig} {{", f.ctx_member, params.join(", ")).unwrap();
        writeln!(s, "    // SAFETY: `ctx` is a trace context; the inner function has the same contract.").unwrap();
        writeln!(s, "    unsafe {{").unwrap();
        // Every call is counted and sees the hooks; what differs is
        // whether it is timed.
        if f.no_python_code() {
            writeln!(s, "        let n = count(ctx, {});", f.slot).unwrap();
            writeln!(s, "        let r = if sampled(ctx, n) {{").unwrap();
            writeln!(s, "            timed_sampled(ctx, {}, n, || {call})", f.slot).unwrap();
            writeln!(s, "        }} else {{\n            {call}\n        }};").unwrap();
        } else {
            writeln!(s, "        count(ctx, {});", f.slot).unwrap();
            writeln!(s, "        let r = timed(ctx, {}, 1, || {call});", f.slot).unwrap();
        }
        writeln!(s, "        exit_hook(ctx, {});", f.slot).unwrap();
        writeln!(s, "        r\n    }}\n}}\n").unwrap();
        installs.push(format!("    ctx.{0} = {0};", f.ctx_member));
    }
    install_and_slots(&mut s, "/// Put every wrapper into `ctx`.\npub fn install", &installs, &manual_slots);
    s.push_str("\n/// Keep the imports used whatever the signatures are.\n#[allow(dead_code)]\ntype _Unused = (c_char, c_int, *mut c_void);\n");
    Ok(s)
}

/// `crates/hpy-cpython/src/generated/exports.rs`: the `ctx_*` symbols that
/// CPython-ABI builds call for functions without an inline CPython mapping.
pub fn cpython_exports_rs(entries: &[Entry], banner: &str) -> Result<String, String> {
    let mut s = String::new();
    writeln!(s, "{banner}").unwrap();
    s.push_str("#![allow(non_snake_case, clippy::too_many_arguments)]\n\n");
    s.push_str("use core::ffi::{c_char, c_int, c_void};\nuse hpy_sys::*;\n\n");
    for e in entries {
        let Entry::Function(f) = e else { continue };
        // Hand-written CPython-ABI functions (cpython_header) may call the
        // runtime too, e.g. _HPy_New -> ctx_New; unused symbols are dropped
        // at link time.
        if f.cpython.is_some() {
            continue;
        }
        let mut params = vec!["ctx: *mut HPyContext".to_string()];
        let mut args = vec!["ctx".to_string()];
        for p in &f.params {
            params.push(format!("{}: {}", rust_ident(&p.name), types::rust(&p.ty)?));
            args.push(rust_ident(&p.name));
        }
        let ret = types::rust(&f.ctx_returns)?;
        let ret_sig = if ret == "()" { String::new() } else { format!(" -> {ret}") };
        writeln!(s, "/// `{}` for CPython-ABI builds.\n#[no_mangle]", f.name).unwrap();
        writeln!(s, "pub unsafe extern \"C\" fn {}({}){ret_sig} {{", f.ctx_member, params.join(", ")).unwrap();
        writeln!(
            s,
            "    // SAFETY: the caller keeps the C API contract, which the runtime's function shares; \
             HPy code runs only after PyInit_NAME filled the context."
        )
        .unwrap();
        writeln!(s, "    unsafe {{ ((*crate::filled_context()).{})({}) }}\n}}\n", f.ctx_member, args.join(", ")).unwrap();
    }
    s.push_str("/// Keep the imports used whatever the signatures are.\n#[allow(dead_code)]\ntype _Unused = (c_char, c_int, *mut c_void);\n");
    Ok(s)
}
