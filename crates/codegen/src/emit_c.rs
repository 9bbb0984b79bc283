//! The generated C headers: the context struct and the per-ABI call wrappers.

use crate::api::{Entry, Function, Param};
use std::fmt::Write;

fn c_param(p: &Param) -> String {
    if p.ty.ends_with('*') {
        format!("{}{}", p.ty, p.name)
    } else {
        format!("{} {}", p.ty, p.name)
    }
}

fn c_ret(ty: &str) -> String {
    if ty.ends_with('*') { ty.to_string() } else { format!("{ty} ") }
}

fn c_params(f: &Function) -> String {
    let mut v = vec!["HPyContext *ctx".to_string()];
    v.extend(f.params.iter().map(c_param));
    v.join(", ")
}

/// The struct shared by every ABI. Members appear in slot order.
pub fn ctx_h(entries: &[Entry], banner: &str) -> String {
    let mut s = String::new();
    writeln!(s, "{banner}").unwrap();
    s.push_str("#ifndef HPY_GENERATED_CTX_H\n#define HPY_GENERATED_CTX_H\n\n");
    s.push_str("struct _HPyContext_s {\n");
    s.push_str("    const char *name;   /* which implementation and mode this context is */\n");
    s.push_str("    void *_private;     /* reserved for the implementation */\n");
    s.push_str("    int abi_version;    /* HPY_ABI_VERSION of the implementation */\n");
    for e in entries {
        match e {
            Entry::Handle(h) => writeln!(s, "    HPy {};", h.name).unwrap(),
            Entry::Function(f) => writeln!(
                s,
                "    {}(*{})({});",
                c_ret(&f.ctx_returns),
                f.ctx_member,
                c_params(f)
            )
            .unwrap(),
        }
    }
    s.push_str("};\n\n#endif /* HPY_GENERATED_CTX_H */\n");
    s
}

fn call_args(f: &Function) -> String {
    let mut v = vec!["ctx".to_string()];
    v.extend(f.params.iter().map(|p| p.name.clone()));
    v.join(", ")
}

/// Wraps `call` into a body that follows the public return type.
fn body(f: &Function, call: String) -> String {
    if f.returns == "void" {
        format!("    {call};\n")
    } else if f.ctx_returns == "void" {
        // The ctx member returns nothing; the public function always fails.
        format!("    {call};\n    return HPy_NULL;\n")
    } else {
        format!("    return {call};\n")
    }
}

/// Universal and hybrid ABI: every call goes through the context.
pub fn universal_api_h(entries: &[Entry], banner: &str) -> String {
    let mut s = String::new();
    writeln!(s, "{banner}").unwrap();
    s.push_str("#ifndef HPY_GENERATED_UNIVERSAL_API_H\n#define HPY_GENERATED_UNIVERSAL_API_H\n\n");
    for e in entries {
        let Entry::Function(f) = e else { continue };
        if f.manual_trampoline {
            continue;
        }
        let legacy = if f.legacy { "_HPY_LEGACY " } else { "" };
        let call = format!("ctx->{}({})", f.ctx_member, call_args(f));
        writeln!(s, "HPyAPI_FUNC {legacy}{}{}({})\n{{\n{}}}\n", c_ret(&f.returns), f.name, c_params(f), body(f, call))
            .unwrap();
    }
    s.push_str("#endif /* HPY_GENERATED_UNIVERSAL_API_H */\n");
    s
}


fn to_cpython_arg(p: &Param) -> String {
    match p.ty.as_str() {
        "HPy" => format!("_h2py({})", p.name),
        "HPyThreadState" => format!("(PyThreadState *){}._i", p.name),
        _ => p.name.clone(),
    }
}

fn from_cpython_result(f: &Function, call: String) -> String {
    match f.ctx_returns.as_str() {
        "HPy" => format!("_py2h({call})"),
        "HPyThreadState" => format!("_htsconv((intptr_t){call})"),
        _ => call,
    }
}

/// CPython ABI: simple functions become the CPython call itself; the rest
/// call the runtime's out-of-line `ctx_*` implementation.
pub fn cpython_api_h(entries: &[Entry], banner: &str) -> String {
    let mut s = String::new();
    writeln!(s, "{banner}").unwrap();
    s.push_str("#ifndef HPY_GENERATED_CPYTHON_API_H\n#define HPY_GENERATED_CPYTHON_API_H\n\n");
    for e in entries {
        let Entry::Function(f) = e else { continue };
        if f.cpython_header {
            continue;
        }
        let call = match &f.cpython {
            Some(py) => {
                let args: Vec<String> = f.params.iter().map(to_cpython_arg).collect();
                // The context is unused when the call maps straight to CPython.
                format!("(void)ctx, {}", from_cpython_result(f, format!("{py}({})", args.join(", "))))
            }
            None => {
                writeln!(s, "HPyAPI_IMPL {}{}({});", c_ret(&f.ctx_returns), f.ctx_member, c_params(f)).unwrap();
                format!("{}({})", f.ctx_member, call_args(f))
            }
        };
        writeln!(s, "HPyAPI_FUNC {}{}({})\n{{\n{}}}\n", c_ret(&f.returns), f.name, c_params(f), body(f, call))
            .unwrap();
    }
    s.push_str("#endif /* HPY_GENERATED_CPYTHON_API_H */\n");
    s
}

/// `tests/abi/generated/ctx_members.h`: an X-macro list of every context
/// member, for the C side of the layout proof.
pub fn ctx_members_h(entries: &[Entry], banner: &str) -> String {
    let mut s = String::new();
    writeln!(s, "{banner}").unwrap();
    s.push_str("/* HPY_CTX_MEMBER(slot, member) for the three header fields (slot -1) and every slot. */\n");
    s.push_str("HPY_CTX_MEMBER(-1, name)\nHPY_CTX_MEMBER(-1, _private)\nHPY_CTX_MEMBER(-1, abi_version)\n");
    for e in entries {
        let (slot, m) = match e {
            Entry::Handle(h) => (h.slot, &h.name),
            Entry::Function(f) => (f.slot, &f.ctx_member),
        };
        writeln!(s, "HPY_CTX_MEMBER({slot}, {m})").unwrap();
    }
    s
}
