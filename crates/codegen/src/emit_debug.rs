//! The debug-mode wrappers (`crates/hpy-debug/src/generated/wrappers.rs`).
//!
//! Every context function gets a wrapper that checks the context, turns
//! each debug handle argument into the universal handle it stands for
//! (reporting closed or foreign handles), calls the inner (universal)
//! function, and wraps each handle it returns into a new debug handle.
//! The C types say most of that; what they cannot say comes from the
//! `debug` key of `api/hpy.toml` (see [`DebugSpec`]). A function whose
//! types need such metadata and lack it is an error, so a new API
//! function cannot be wrapped wrongly by accident.

use crate::api::{Entry, Function, Param};
use crate::emit_rust::{install_and_slots, rust_ident};
use crate::types;
use serde::Deserialize;
use std::fmt::Write;

/// The `debug` key of a function in `api/hpy.toml`.
#[derive(Deserialize, Clone, Debug, Default)]
#[serde(deny_unknown_fields)]
pub struct DebugSpec {
    /// The wrapper is written by hand in `crates/hpy-debug/src/manual.rs`;
    /// the value says why.
    pub manual: Option<String>,
    /// Parameters that are arrays of handles, as `"param:count"` or
    /// `"param:count+kwnames"` (count more handles, one per name in the
    /// `kwnames` tuple).
    #[serde(default)]
    pub arrays: Vec<String>,
    /// `HPy *` parameters that receive a new handle.
    #[serde(default)]
    pub out: Vec<String>,
    /// The returned `const char *` lives as long as a handle argument: it
    /// is copied into memory that is protected when that handle closes.
    pub raw_data: Option<RawData>,
    /// Argument checks made before the call; a failure is fatal.
    #[serde(default)]
    pub checks: Vec<Check>,
    /// `_HPy_AsStruct_<Shape>`: the shape the object's type must have.
    pub shape: Option<String>,
    /// A builder parameter that the call consumes (Build, Cancel).
    pub consumes: Option<String>,
    /// Call the inner function with the debug context and the debug
    /// handles themselves (after checking they are open), e.g. trackers,
    /// which close their handles through `ctx->ctx_Close`.
    #[serde(default)]
    pub pass_debug_handles: bool,
    /// The function cannot run Python code (no `__del__`, no special
    /// method, no allocation of a GC-tracked object, which may start a
    /// collection), so no other HPy call can happen during it: the wrapper
    /// does not suspend the context around the inner call.
    #[serde(default)]
    pub no_python_code: bool,
}

#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct RawData {
    /// The handle parameter the data belongs to.
    pub handle: String,
    /// How long the data is: "strlen", "bytes" (HPyBytes_Size + 1) or the
    /// name of an `HPy_ssize_t *` parameter (*param + 1, strlen if NULL).
    pub size: String,
}

#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct Check {
    pub param: String,
    /// "type", "unicode" or "tuple_or_null".
    pub is: String,
    pub message: String,
}

/// How the wrapper treats one parameter.
enum Kind {
    Handle,
    Array { count: String, kwnames: Option<String> },
    Out,
    Builder { field: &'static str },
    Plain,
}

fn builder_field(base: &str) -> Option<&'static str> {
    match base {
        "HPyListBuilder" => Some("_lst"),
        "HPyTupleBuilder" => Some("_tup"),
        _ => None,
    }
}

fn classify(f: &Function, spec: &DebugSpec, p: &Param) -> Result<Kind, String> {
    let t = types::parse(&p.ty);
    let err = |what: &str| Err(format!("{}: parameter `{}` ({}) {what}", f.name, p.name, p.ty));
    match (t.base, t.pointers) {
        ("HPy", 0) => Ok(Kind::Handle),
        ("HPy", 1) => {
            if spec.out.contains(&p.name) {
                return Ok(Kind::Out);
            }
            for a in &spec.arrays {
                let Some((name, count)) = a.split_once(':') else {
                    return Err(format!("{}: debug.arrays entry `{a}` is not `param:count`", f.name));
                };
                if name == p.name {
                    let (count, kwnames) = match count.split_once('+') {
                        Some((c, k)) => (c.to_string(), Some(k.to_string())),
                        None => (count.to_string(), None),
                    };
                    return Ok(Kind::Array { count, kwnames });
                }
            }
            err("needs `debug.arrays` or `debug.out` in api/hpy.toml")
        }
        ("HPyListBuilder" | "HPyTupleBuilder", 0) => Ok(Kind::Builder { field: builder_field(t.base).unwrap() }),
        ("HPyTracker", _) if !spec.pass_debug_handles => err("needs `debug.pass_debug_handles` or `debug.manual`"),
        ("HPyType_SpecParam", _) | ("HPy_buffer", _) => err("holds handles: it needs `debug.manual`"),
        _ => Ok(Kind::Plain),
    }
}

fn check_kind(is: &str) -> Result<&'static str, String> {
    Ok(match is {
        "type" => "Expect::Type",
        "unicode" => "Expect::Unicode",
        "tuple_or_null" => "Expect::TupleOrNull",
        other => return Err(format!("unknown debug check `{other}`")),
    })
}

fn param_index(f: &Function, name: &str) -> Result<usize, String> {
    f.params.iter().position(|p| p.name == name).ok_or_else(|| format!("{}: no parameter `{name}`", f.name))
}

fn signature(f: &Function) -> Result<(String, String), String> {
    let mut params = vec!["ctx: *mut HPyContext".to_string()];
    for p in &f.params {
        params.push(format!("{}: {}", rust_ident(&p.name), types::rust(&p.ty)?));
    }
    let ret = types::rust(&f.ctx_returns)?;
    let ret_sig = if ret == "()" { String::new() } else { format!(" -> {ret}") };
    Ok((params.join(", "), ret_sig))
}

/// A wrapper that hands the debug context and handles to the inner function.
fn pass_through(s: &mut String, f: &Function, spec: &DebugSpec) -> Result<(), String> {
    let (params, ret_sig) = signature(f)?;
    writeln!(s, "unsafe extern \"C\" fn {}({params}){ret_sig} {{", f.ctx_member).unwrap();
    s.push_str("    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract.\n    unsafe {\n");
    writeln!(s, "        let c = enter(ctx, {});", f.slot).unwrap();
    let mut args = vec!["ctx".to_string()];
    for (i, p) in f.params.iter().enumerate() {
        let id = rust_ident(&p.name);
        if let Kind::Handle = classify(f, spec, p)? {
            writeln!(s, "        check_open(c, {id}, {i});").unwrap();
        }
        args.push(id);
    }
    writeln!(s, "        ((*c.uctx).{})({})\n    }}\n}}\n", f.ctx_member, args.join(", ")).unwrap();
    Ok(())
}

/// The usual wrapper: unwrap, check, call the inner function, wrap.
fn wrapper(s: &mut String, f: &Function, spec: &DebugSpec) -> Result<(), String> {
    let (params, ret_sig) = signature(f)?;
    writeln!(s, "unsafe extern \"C\" fn {}({params}){ret_sig} {{", f.ctx_member).unwrap();
    s.push_str("    // SAFETY: `ctx` is a debug context; the caller keeps the HPy C API contract,\n");
    s.push_str("    // and the inner function gets the same arguments in universal form.\n    unsafe {\n");
    writeln!(s, "        let c = enter(ctx, {});", f.slot).unwrap();
    let kinds: Vec<Kind> = f.params.iter().map(|p| classify(f, spec, p)).collect::<Result<_, _>>()?;
    let mut call_args = vec!["c.uctx".to_string()];
    // Single handles and builders first: array lengths and checks use them.
    for (i, (p, k)) in f.params.iter().zip(&kinds).enumerate() {
        let id = rust_ident(&p.name);
        match k {
            Kind::Handle => writeln!(s, "        let u_{id} = unwrap(c, {id}, {i});").unwrap(),
            Kind::Builder { field } => {
                let ty = types::rust(&p.ty)?;
                writeln!(s, "        let u_{id} = {ty} {{ {field}: unwrap_builder(c, {id}.{field}, {i}) }};").unwrap()
            }
            _ => {}
        }
    }
    for chk in &spec.checks {
        let i = param_index(f, &chk.param)?;
        let id = rust_ident(&chk.param);
        let msg = chk.message.replace('\\', "\\\\").replace('"', "\\\"");
        writeln!(s, "        require(c, {id}, u_{id}, {i}, {}, c\"{msg}\");", check_kind(&chk.is)?).unwrap();
    }
    if let Some(shape) = &spec.shape {
        let h = f.params.first().ok_or(format!("{}: debug.shape needs a handle parameter", f.name))?;
        let id = rust_ident(&h.name);
        writeln!(s, "        require_shape(c, {id}, u_{id}, HPyType_BuiltinShape::{shape}, c\"{shape}\");").unwrap();
    }
    for (i, (p, k)) in f.params.iter().zip(&kinds).enumerate() {
        let id = rust_ident(&p.name);
        match k {
            Kind::Handle | Kind::Builder { .. } => call_args.push(format!("u_{id}")),
            Kind::Array { count, kwnames } => {
                let count = rust_ident(count);
                match kwnames {
                    Some(kw) => writeln!(
                        s,
                        "        let n_{id} = array_len({count} as isize, u_{});",
                        rust_ident(kw)
                    )
                    .unwrap(),
                    None => writeln!(s, "        let n_{id} = {count} as isize;").unwrap(),
                }
                writeln!(s, "        let mut buf_{id} = Handles::new();").unwrap();
                writeln!(s, "        let u_{id} = unwrap_array(c, &mut buf_{id}, {id}, n_{id}, {i});").unwrap();
                call_args.push(format!("u_{id} as _"));
            }
            Kind::Out => {
                writeln!(s, "        let mut u_{id} = HPy::NULL;").unwrap();
                call_args.push(format!(
                    "if {id}.is_null() {{ core::ptr::null_mut() }} else {{ &mut u_{id} as *mut HPy }}"
                ));
            }
            Kind::Plain => call_args.push(id),
        }
    }
    let suspends = !spec.no_python_code;
    if suspends {
        s.push_str("        suspend(c);\n");
    }
    writeln!(s, "        let r = ((*c.uctx).{})({});", f.ctx_member, call_args.join(", ")).unwrap();
    if suspends {
        s.push_str("        resume(c);\n");
    }
    for (p, k) in f.params.iter().zip(&kinds) {
        if let Kind::Out = k {
            let id = rust_ident(&p.name);
            writeln!(s, "        if !{id}.is_null() {{\n            *{id} = wrap(c, u_{id});\n        }}").unwrap();
        }
    }
    if let Some(b) = &spec.consumes {
        let p = &f.params[param_index(f, b)?];
        let field = builder_field(types::parse(&p.ty).base).ok_or(format!("{}: `{b}` is not a builder", f.name))?;
        writeln!(s, "        close_builder(c, {}.{field});", rust_ident(b)).unwrap();
    }
    let ret = types::parse(&f.ctx_returns);
    let result = match (ret.base, ret.pointers) {
        ("HPy", 0) => "wrap(c, r)".to_string(),
        ("HPyListBuilder" | "HPyTupleBuilder", 0) => {
            let field = builder_field(ret.base).unwrap();
            format!("{} {{ {field}: wrap_builder(c, r.{field}) }}", ret.base)
        }
        ("char", 1) if ret.is_const => {
            let raw = spec
                .raw_data
                .as_ref()
                .ok_or(format!("{}: a returned `const char *` needs `debug.raw_data`", f.name))?;
            let id = rust_ident(&raw.handle);
            param_index(f, &raw.handle)?;
            let size = match raw.size.as_str() {
                "strlen" => "RawSize::Strlen".to_string(),
                "bytes" => "RawSize::Bytes".to_string(),
                p => {
                    param_index(f, p)?;
                    format!("RawSize::Param({})", rust_ident(p))
                }
            };
            format!("raw_data(c, {id}, u_{id}, r, {size})")
        }
        _ => "r".to_string(),
    };
    writeln!(s, "        {result}\n    }}\n}}\n").unwrap();
    Ok(())
}

/// `crates/hpy-debug/src/generated/wrappers.rs`.
pub fn debug_rs(entries: &[Entry], banner: &str) -> Result<String, String> {
    let mut s = String::new();
    writeln!(s, "{banner}").unwrap();
    s.push_str(
        "#![allow(non_snake_case, unused_mut, clippy::too_many_arguments, clippy::let_unit_value, clippy::unit_arg, clippy::unnecessary_cast, clippy::let_and_return)]\n\n",
    );
    s.push_str("use crate::wrap::*;\nuse core::ffi::{c_char, c_int, c_void};\nuse hpy_sys::*;\n\n");
    let mut installs = Vec::new();
    let mut manual_slots = Vec::new();
    for e in entries {
        let Entry::Function(f) = e else { continue };
        let spec = f.debug.clone().unwrap_or_default();
        if spec.manual.is_some() {
            installs.push(format!("    ctx.{0} = crate::manual::{0};", f.ctx_member));
            manual_slots.push(format!("    pub(crate) const {}: usize = {};", f.ctx_member, f.slot));
            continue;
        }
        if spec.pass_debug_handles {
            pass_through(&mut s, f, &spec)?;
        } else {
            wrapper(&mut s, f, &spec)?;
        }
        installs.push(format!("    ctx.{0} = {0};", f.ctx_member));
    }
    install_and_slots(&mut s, "/// Put a wrapper into every function slot of `ctx`.\npub(crate) fn install", &installs, &manual_slots);
    s.push('\n');
    s.push_str("/// Replace every constant handle (`h_None`, ...) by a debug handle that\n");
    s.push_str("/// `open` makes for the inner context's handle and the slot.\n");
    s.push_str("pub(crate) fn install_constants(ctx: &mut HPyContext, inner: &HPyContext, mut open: impl FnMut(HPy, usize) -> HPy) {\n");
    for e in entries {
        if let Entry::Handle(h) = e {
            writeln!(s, "    ctx.{0} = open(inner.{0}, {1});", h.name, h.slot).unwrap();
        }
    }
    s.push_str("}\n\n");
    s.push_str("/// The C parameter names of every slot (empty for handles), for reports.\n");
    writeln!(s, "pub(crate) static PARAM_NAMES: [&[&str]; {}] = [", entries.len()).unwrap();
    for e in entries {
        match e {
            Entry::Handle(_) => s.push_str("    &[],\n"),
            Entry::Function(f) => {
                let names: Vec<String> = f.params.iter().map(|p| format!("\"{}\"", p.name)).collect();
                writeln!(s, "    &[{}],", names.join(", ")).unwrap()
            }
        }
    }
    s.push_str("];\n\n/// Keep the imports used whatever the signatures are.\n#[allow(dead_code)]\ntype _Unused = (c_char, c_int, *mut c_void);\n");
    Ok(s)
}
