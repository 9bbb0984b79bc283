//! Reading and validating `api/hpy.toml`.

use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    member: Vec<Member>,
}

/// One entry of the description, as written in the file.
#[derive(Deserialize, Clone, Debug)]
#[serde(deny_unknown_fields)]
pub struct Member {
    pub slot: usize,
    pub handle: Option<String>,
    pub name: Option<String>,
    pub family: String,
    pub returns: Option<String>,
    pub ctx_returns: Option<String>,
    #[serde(default)]
    pub params: Vec<String>,
    pub cpython: Option<String>,
    #[serde(default)]
    pub cpython_header: bool,
    #[serde(default)]
    pub legacy: bool,
    pub trampoline: Option<String>,
    pub doc: Option<String>,
    /// How debug mode treats arguments and results, where the C types do
    /// not say it (see `emit_debug::DebugSpec`).
    pub debug: Option<crate::emit_debug::DebugSpec>,
    /// How trace mode wraps it, when not by the generated wrapper (see
    /// `emit_rust::TraceSpec`).
    pub trace: Option<crate::emit_rust::TraceSpec>,
}

/// A C parameter split into its type and name (`HPy items[]` becomes `HPy *`, `items`).
#[derive(Clone, Debug)]
pub struct Param {
    pub ty: String,
    pub name: String,
}

/// A context function, with derived facts.
#[derive(Clone, Debug)]
pub struct Function {
    pub slot: usize,
    pub name: String,
    pub ctx_member: String,
    pub family: String,
    pub returns: String,
    pub ctx_returns: String,
    pub params: Vec<Param>,
    pub cpython: Option<String>,
    /// The CPython-ABI version is hand-written in `hpy/cpython/misc.h`.
    pub cpython_header: bool,
    pub legacy: bool,
    pub manual_trampoline: bool,
    pub doc: Option<String>,
    pub debug: Option<crate::emit_debug::DebugSpec>,
    pub trace: Option<crate::emit_rust::TraceSpec>,
}

impl Function {
    /// `debug.no_python_code`: the function cannot run Python code. Debug
    /// mode need not suspend its context around it, and trace mode may
    /// sample its timing (it cannot take long).
    pub fn no_python_code(&self) -> bool {
        self.debug.as_ref().is_some_and(|d| d.no_python_code)
    }
}

/// A context handle (`h_None`, ...).
#[derive(Clone, Debug)]
pub struct Handle {
    pub slot: usize,
    pub name: String,
    pub family: String,
    pub cpython: String,
    pub doc: Option<String>,
}

#[derive(Debug)]
#[allow(clippy::large_enum_variant)] // a few hundred entries, built once
pub enum Entry {
    Handle(Handle),
    Function(Function),
}

impl Entry {
    pub fn slot(&self) -> usize {
        match self {
            Entry::Handle(h) => h.slot,
            Entry::Function(f) => f.slot,
        }
    }
}

/// `HPyLong_FromLong` -> `ctx_Long_FromLong`, `_HPy_New` -> `ctx_New`, `HPy_Add` -> `ctx_Add`.
pub fn ctx_member_name(public: &str) -> String {
    let base = public.trim_start_matches('_');
    let base = base.strip_prefix("HPy").unwrap_or(base);
    let base = base.trim_start_matches('_');
    format!("ctx_{base}")
}

fn normalize_type(t: &str) -> String {
    let t = t.replace('*', " * ");
    let words: Vec<&str> = t.split_whitespace().collect();
    words.join(" ").replace("* *", "**")
}

fn parse_param(p: &str) -> Result<Param, String> {
    let p = p.trim();
    let (p, array) = match p.strip_suffix("[]") {
        Some(rest) => (rest.trim_end(), true),
        None => (p, false),
    };
    let split = p
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .ok_or_else(|| format!("parameter `{p}` has no type"))?;
    let (ty, name) = p.split_at(split + 1);
    let mut ty = normalize_type(ty);
    if array {
        ty.push_str(" *");
    }
    if name.is_empty() {
        return Err(format!("parameter `{p}` has no name"));
    }
    Ok(Param { ty, name: name.to_string() })
}

/// Parse the description and check its invariants: slots are 0..N, dense and
/// unique, and every entry is either a handle or a function.
pub fn load(text: &str) -> Result<Vec<Entry>, String> {
    let file: File = toml::from_str(text).map_err(|e| e.to_string())?;
    let mut entries = Vec::new();
    for m in file.member {
        let entry = match (&m.handle, &m.name) {
            (Some(h), None) => Entry::Handle(Handle {
                slot: m.slot,
                name: h.clone(),
                family: m.family.clone(),
                cpython: m.cpython.clone().ok_or(format!("handle {h} needs `cpython`"))?,
                doc: m.doc.clone(),
            }),
            (None, Some(n)) => {
                let returns = m.returns.clone().ok_or(format!("{n} needs `returns`"))?;
                let params = m.params.iter().map(|p| parse_param(p)).collect::<Result<_, _>>()?;
                Entry::Function(Function {
                    slot: m.slot,
                    name: n.clone(),
                    ctx_member: ctx_member_name(n),
                    family: m.family.clone(),
                    ctx_returns: normalize_type(m.ctx_returns.as_ref().unwrap_or(&returns)),
                    returns: normalize_type(&returns),
                    params,
                    cpython: m.cpython.clone(),
                    cpython_header: m.cpython_header,
                    legacy: m.legacy,
                    manual_trampoline: match m.trampoline.as_deref() {
                        None => false,
                        Some("manual") => true,
                        Some(other) => return Err(format!("{n}: unknown trampoline `{other}`")),
                    },
                    doc: m.doc.clone(),
                    debug: m.debug.clone(),
                    trace: m.trace.clone(),
                })
            }
            _ => return Err(format!("slot {}: exactly one of `handle` or `name`", m.slot)),
        };
        entries.push(entry);
    }
    entries.sort_by_key(Entry::slot);
    for (i, e) in entries.iter().enumerate() {
        if e.slot() != i {
            return Err(format!("slots must be 0..N without gaps or repeats; found {} at {i}", e.slot()));
        }
    }
    Ok(entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ctx_member_names_follow_upstream() {
        assert_eq!(ctx_member_name("HPy_Add"), "ctx_Add");
        assert_eq!(ctx_member_name("HPyLong_FromInt32_t"), "ctx_Long_FromInt32_t");
        assert_eq!(ctx_member_name("_HPy_New"), "ctx_New");
        assert_eq!(ctx_member_name("_HPyType_GetBuiltinShape"), "ctx_Type_GetBuiltinShape");
        assert_eq!(ctx_member_name("_HPy_CallRealFunctionFromTrampoline"), "ctx_CallRealFunctionFromTrampoline");
    }

    #[test]
    fn params_split_into_type_and_name() {
        let p = parse_param("const char *utf8_name").unwrap();
        assert_eq!((p.ty.as_str(), p.name.as_str()), ("const char *", "utf8_name"));
        let p = parse_param("HPy items[]").unwrap();
        assert_eq!((p.ty.as_str(), p.name.as_str()), ("HPy *", "items"));
        let p = parse_param("void **data").unwrap();
        assert_eq!((p.ty.as_str(), p.name.as_str()), ("void **", "data"));
        assert!(parse_param("HPy").is_err());
    }

    #[test]
    fn slots_must_be_dense() {
        let gap = "[[member]]\nslot = 0\nhandle = \"h_None\"\nfamily = \"constant\"\ncpython = \"Py_None\"\n\
                   [[member]]\nslot = 2\nhandle = \"h_True\"\nfamily = \"constant\"\ncpython = \"Py_True\"\n";
        assert!(load(gap).unwrap_err().contains("without gaps"));
    }

    #[test]
    fn unknown_keys_are_rejected() {
        let bad = "[[member]]\nslot = 0\nhandle = \"h_None\"\nfamily = \"c\"\ncpython = \"Py_None\"\nbogus = 1\n";
        assert!(load(bad).is_err());
    }

    #[test]
    fn the_description_has_every_hpy_0_9_slot() {
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../api/hpy.toml")).unwrap();
        let entries = load(&text).unwrap();
        assert_eq!(entries.len(), 263);
        let handles = entries.iter().filter(|e| matches!(e, Entry::Handle(_))).count();
        assert_eq!(handles, 83);
    }
}
