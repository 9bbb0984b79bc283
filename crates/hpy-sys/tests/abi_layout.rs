//! Proves the HPy 0.9 ABI three ways (see docs/abi.md):
//!
//! 1. `tests/abi/probe.c`, compiled against our headers, prints every layout
//!    fact (sizes, alignments, field offsets, enum and macro values);
//! 2. each fact must equal what the `hpy-sys` Rust declarations say;
//! 3. the whole output must equal `tests/abi/expected-layout.txt`, the frozen
//!    output of the same probe against upstream hpy 0.9.0's headers (which
//!    `tests/abi/test_upstream_layout.py` re-derives from PyPI).
//!
//! The frozen file is for LP64 Linux, so the test only exists there.
#![cfg(all(target_os = "linux", target_pointer_width = "64"))]

use core::mem::{align_of, offset_of, size_of};
use std::collections::BTreeMap;
use std::fmt::Display;
use std::path::PathBuf;
use std::process::Command;
use std::sync::OnceLock;

use hpy_sys::*;

// ---------------------------------------------------------------- C side

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Compiles and runs the probe against our headers once; returns its lines.
fn c_lines() -> &'static [String] {
    static LINES: OnceLock<Vec<String>> = OnceLock::new();
    LINES.get_or_init(|| {
        let root = repo_root();
        let include = root.join("python/hpy/devel/include");
        let exe = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("hpy_abi_probe");
        let out = Command::new("gcc")
            .args(["-Wall", "-Werror", "-DHPY", "-DHPY_ABI_UNIVERSAL", "-I"])
            .arg(root.join("tests/abi/generated"))
            .arg("-I")
            .arg(include.join("hpy/forbid_python_h"))
            .arg("-I")
            .arg(&include)
            .arg(root.join("tests/abi/probe.c"))
            .arg("-o")
            .arg(&exe)
            .output()
            .expect("could not run gcc (it must be on PATH)");
        assert!(
            out.status.success(),
            "probe.c does not compile against our headers:\n{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let run = Command::new(&exe)
            .output()
            .expect("could not run the probe");
        assert!(run.status.success(), "the probe failed: {:?}", run.status);
        String::from_utf8(run.stdout)
            .expect("probe output is not UTF-8")
            .lines()
            .map(str::to_owned)
            .collect()
    })
}

/// `"kind name" -> value` for every probe line.
fn c_facts() -> BTreeMap<&'static str, &'static str> {
    let mut facts = BTreeMap::new();
    for line in c_lines() {
        let (key, value) = key_value(line);
        assert!(!value.is_empty(), "malformed probe line {line:?}");
        let old = facts.insert(key, value);
        assert!(old.is_none(), "the probe prints {key:?} twice");
    }
    facts
}

// ---------------------------------------------------------------- Rust side

/// Facts computed from the Rust declarations, keyed like the probe's lines.
#[derive(Default)]
struct Facts(BTreeMap<String, String>);

impl Facts {
    fn add(&mut self, key: String, value: impl Display) {
        let old = self.0.insert(key.clone(), value.to_string());
        assert!(old.is_none(), "Rust fact {key:?} added twice");
    }

    fn ty<T>(&mut self, c_name: &str) {
        self.add(format!("sizeof {c_name}"), size_of::<T>());
        self.add(format!("align {c_name}"), align_of::<T>());
    }

    fn field<T, F>(&mut self, path: &str, offset: usize, _type_of: fn(&T) -> &F) {
        self.add(format!("offset {path}"), offset);
        self.add(format!("size {path}"), size_of::<F>());
    }
}

/// `fields!(facts, "C.path", base_offset, RustType { c_field => rust_field, same, .. })`
/// adds offset and size facts for each field, at `base_offset` plus the
/// field's offset (the base is non-zero for the members of `HPyDef`'s union).
macro_rules! fields {
    ($f:ident, $path:expr, $base:expr, $t:ident { $($c:ident $(=> $r:ident)?),* $(,)? }) => {
        $(fields!(@one $f, $path, $base, $t, $c $(=> $r)?);)*
    };
    (@one $f:ident, $path:expr, $base:expr, $t:ident, $c:ident => $r:ident) => {
        $f.field(
            &format!("{}.{}", $path, stringify!($c)),
            $base + offset_of!($t, $r),
            |s: &$t| &s.$r,
        )
    };
    (@one $f:ident, $path:expr, $base:expr, $t:ident, $c:ident) => {
        fields!(@one $f, $path, $base, $t, $c => $c)
    };
}

/// A whole struct: its size, alignment and every field.
macro_rules! record {
    ($f:ident, $t:ident { $($body:tt)* }) => {{
        $f.ty::<$t>(stringify!($t));
        fields!($f, stringify!($t), 0, $t { $($body)* });
    }};
}

fn scalar_facts(f: &mut Facts) {
    f.ty::<HPy_ssize_t>("HPy_ssize_t");
    f.add("signed HPy_ssize_t".into(), signed::<HPy_ssize_t>());
    f.ty::<HPy_hash_t>("HPy_hash_t");
    f.add("signed HPy_hash_t".into(), signed::<HPy_hash_t>());
    f.ty::<HPy_UCS4>("HPy_UCS4");
    f.add("signed HPy_UCS4".into(), signed::<HPy_UCS4>());
}

/// 1 if the integer type `T` can hold -1, like the probe's `signed` lines.
fn signed<T: TryFrom<i8>>() -> u8 {
    u8::from(T::try_from(-1).is_ok())
}

fn macro_facts(f: &mut Facts) {
    let facts = [
        ("macro HPY_ABI_VERSION", HPY_ABI_VERSION.to_string()),
        (
            "macro HPY_ABI_VERSION_MINOR",
            HPY_ABI_VERSION_MINOR.to_string(),
        ),
        ("string HPY_ABI_TAG", HPY_ABI_TAG.to_string()),
        ("macro HPY_SSIZE_T_MAX", HPy_ssize_t::MAX.to_string()),
        ("macro HPY_SSIZE_T_MIN", HPy_ssize_t::MIN.to_string()),
        ("macro HPy_TPFLAGS_DEFAULT", HPy_TPFLAGS_DEFAULT.to_string()),
        (
            "macro HPy_TPFLAGS_BASETYPE",
            HPy_TPFLAGS_BASETYPE.to_string(),
        ),
        (
            "macro HPy_TPFLAGS_HAVE_VECTORCALL",
            HPy_TPFLAGS_HAVE_VECTORCALL.to_string(),
        ),
        ("macro HPy_TPFLAGS_HAVE_GC", HPy_TPFLAGS_HAVE_GC.to_string()),
    ];
    for (key, value) in facts {
        f.add(key.to_owned(), value);
    }
}

fn context_facts(f: &mut Facts) {
    f.ty::<HPyContext>("HPyContext");
    let header = [
        ("name", offset_of!(HPyContext, name)),
        ("_private", offset_of!(HPyContext, _private)),
        ("abi_version", offset_of!(HPyContext, abi_version)),
    ];
    let slots = MEMBER_NAMES.iter().copied().zip(MEMBER_OFFSETS);
    for (name, offset) in header.into_iter().chain(slots) {
        f.add(format!("offset HPyContext.{name}"), offset);
    }
}

fn struct_facts(f: &mut Facts) {
    record! { f, HPy { _i } }
    record! { f, HPyField { _i } }
    record! { f, HPyGlobal { _i } }
    record! { f, HPyListBuilder { _lst } }
    record! { f, HPyTupleBuilder { _tup } }
    record! { f, HPyTracker { _i } }
    record! { f, HPyThreadState { _i } }

    record! { f, HPySlot { slot, impl => impl_, cpy_trampoline } }
    record! { f, HPyMeth { name, impl => impl_, cpy_trampoline, signature, doc } }
    record! { f, HPyMember { name, type => type_, offset, readonly, doc } }
    record! { f, HPyGetSet {
        name, getter_impl, setter_impl, getter_cpy_trampoline, setter_cpy_trampoline, doc,
        closure,
    } }
    record! { f, HPyCapsule_Destructor { cpy_trampoline, impl => impl_ } }
    record! { f, HPyCallFunction { cpy_trampoline, impl => impl_ } }
    hpydef_facts(f);

    record! { f, HPyType_Spec {
        name, basicsize, itemsize, flags, builtin_shape, legacy_slots, defines, doc,
    } }
    record! { f, HPyType_SpecParam { kind, object } }
    record! { f, HPyType_Vectorcall { cpy_trampoline, impl => impl_ } }
    record! { f, HPyModuleDef { doc, size, legacy_methods, defines, globals } }
    record! { f, HPy_buffer {
        buf, obj, len, itemsize, readonly, ndim, format, shape, strides, suboffsets, internal,
    } }
    record! { f, HPyStructSequence_Field { name, doc } }
    record! { f, HPyStructSequence_Desc { name, doc, fields } }
}

/// `HPyDef` has an anonymous union in C (`def.meth.name`); in Rust the union
/// is the field `u`, so C's `HPyDef.meth.name` is Rust's `u.meth.name`.
fn hpydef_facts(f: &mut Facts) {
    record! { f, HPyDef { kind } }
    let u = offset_of!(HPyDef, u);
    let slot = u + offset_of!(HPyDef_Payload, slot);
    let meth = u + offset_of!(HPyDef_Payload, meth);
    let member = u + offset_of!(HPyDef_Payload, member);
    let getset = u + offset_of!(HPyDef_Payload, getset);
    // The union's members as whole fields, then their fields.
    for (name, offset, size) in [
        ("slot", slot, size_of::<HPySlot>()),
        ("meth", meth, size_of::<HPyMeth>()),
        ("member", member, size_of::<HPyMember>()),
        ("getset", getset, size_of::<HPyGetSet>()),
    ] {
        f.add(format!("offset HPyDef.{name}"), offset);
        f.add(format!("size HPyDef.{name}"), size);
    }
    fields! { f, "HPyDef.slot", slot, HPySlot { slot, impl => impl_, cpy_trampoline } }
    fields! { f, "HPyDef.meth", meth, HPyMeth {
        name, impl => impl_, cpy_trampoline, signature, doc,
    } }
    fields! { f, "HPyDef.member", member, HPyMember {
        name, type => type_, offset, readonly, doc,
    } }
    fields! { f, "HPyDef.getset", getset, HPyGetSet {
        name, getter_impl, setter_impl, getter_cpy_trampoline, setter_cpy_trampoline, doc,
        closure,
    } }
}

fn trampoline_facts(f: &mut Facts) {
    record! { f, _HPyFunc_args_VARARGS { self => self_, args, nargs, result } }
    record! { f, _HPyFunc_args_KEYWORDS { self => self_, args, nargsf, kwnames, result } }
    record! { f, _HPyFunc_args_NOARGS { self => self_, result } }
    record! { f, _HPyFunc_args_O { self => self_, arg, result } }
    record! { f, _HPyFunc_args_INITPROC { self => self_, args, kw, result } }
    record! { f, _HPyFunc_args_NEWFUNC { self => self_, args, kw, result } }
    record! { f, _HPyFunc_args_GETBUFFERPROC { self => self_, view, flags, result } }
    record! { f, _HPyFunc_args_RELEASEBUFFERPROC { self => self_, view } }
    record! { f, _HPyFunc_args_TRAVERSEPROC { self => self_, visit, arg, result } }
    record! { f, _HPyFunc_args_RICHCMPFUNC { arg0, arg1, arg2, result } }
    record! { f, _HPyFunc_args_MOD_CREATE { spec, result } }
    record! { f, _HPyFunc_args_FREEFUNC { arg0 } }
    record! { f, _HPyFunc_args_DESTRUCTOR { arg0 } }
    record! { f, _HPyFunc_args_UNARYFUNC { arg0, result } }
    record! { f, _HPyFunc_args_BINARYFUNC { arg0, arg1, result } }
    record! { f, _HPyFunc_args_TERNARYFUNC { arg0, arg1, arg2, result } }
    record! { f, _HPyFunc_args_INQUIRY { arg0, result } }
    record! { f, _HPyFunc_args_LENFUNC { arg0, result } }
    record! { f, _HPyFunc_args_SSIZEARGFUNC { arg0, arg1, result } }
    record! { f, _HPyFunc_args_SSIZESSIZEARGFUNC { arg0, arg1, arg2, result } }
    record! { f, _HPyFunc_args_SSIZEOBJARGPROC { arg0, arg1, arg2, result } }
    record! { f, _HPyFunc_args_SSIZESSIZEOBJARGPROC { arg0, arg1, arg2, arg3, result } }
    record! { f, _HPyFunc_args_OBJOBJARGPROC { arg0, arg1, arg2, result } }
    record! { f, _HPyFunc_args_GETATTRFUNC { arg0, arg1, result } }
    record! { f, _HPyFunc_args_GETATTROFUNC { arg0, arg1, result } }
    record! { f, _HPyFunc_args_SETATTRFUNC { arg0, arg1, arg2, result } }
    record! { f, _HPyFunc_args_SETATTROFUNC { arg0, arg1, arg2, result } }
    record! { f, _HPyFunc_args_REPRFUNC { arg0, result } }
    record! { f, _HPyFunc_args_HASHFUNC { arg0, result } }
    record! { f, _HPyFunc_args_GETITERFUNC { arg0, result } }
    record! { f, _HPyFunc_args_ITERNEXTFUNC { arg0, result } }
    record! { f, _HPyFunc_args_DESCRGETFUNC { arg0, arg1, arg2, result } }
    record! { f, _HPyFunc_args_DESCRSETFUNC { arg0, arg1, arg2, result } }
    record! { f, _HPyFunc_args_GETTER { arg0, arg1, result } }
    record! { f, _HPyFunc_args_SETTER { arg0, arg1, arg2, result } }
    record! { f, _HPyFunc_args_OBJOBJPROC { arg0, arg1, result } }
}

/// The C enumerator for an `ALL` entry of a Rust enum. The Rust tables name
/// every value `TypeName_Variant`; C drops or shortens the prefix for some.
macro_rules! enums {
    ($f:ident, $($t:ident),* $(,)?) => {$(
        $f.ty::<$t>(stringify!($t));
        for (name, value) in $t::ALL {
            $f.add(format!("enum {name}"), value.0);
        }
    )*};
}

fn enum_facts(f: &mut Facts) {
    enums!(
        f,
        HPy_SourceKind,
        _HPyCapsule_key,
        HPy_RichCmpOp,
        HPyType_BuiltinShape,
        HPyType_SpecParam_Kind,
        HPyDef_Kind,
        HPyMember_FieldType,
        HPyFunc_Signature,
        HPySlot_Slot,
    );
}

fn rust_facts() -> Facts {
    let mut f = Facts::default();
    scalar_facts(&mut f);
    macro_facts(&mut f);
    context_facts(&mut f);
    struct_facts(&mut f);
    trampoline_facts(&mut f);
    enum_facts(&mut f);
    f
}

/// Probe lines that have no Rust counterpart, and why.
const NOT_MIRRORED: &[(&str, &str)] = &[(
    "string HPY_ABI",
    "which ABI a C file is compiled for; Rust code has no such switch",
)];

// ---------------------------------------------------------------- tests

/// Every fact of the C probe (against our headers) equals the Rust one, and
/// every C fact is mirrored in Rust (so a struct added to the probe cannot
/// go unchecked).
#[test]
fn rust_declarations_match_our_c_headers() {
    let c = c_facts();
    let rust = rust_facts();
    let mut problems = Vec::new();
    for (key, rust_value) in &rust.0 {
        match c.get(key.as_str()) {
            None => problems.push(format!(
                "{key}: Rust says {rust_value}, C probe has no such line"
            )),
            Some(c_value) if c_value != rust_value => {
                problems.push(format!("{key}: C says {c_value}, Rust says {rust_value}"))
            }
            Some(_) => {}
        }
    }
    for (key, c_value) in &c {
        let exempt = NOT_MIRRORED.iter().any(|(k, _)| k == key);
        if !exempt && !rust.0.contains_key(*key) {
            problems.push(format!("{key}: C says {c_value}, no Rust fact checks it"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} C/Rust layout disagreement(s):\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
}

/// Our probe output equals the frozen upstream layout, line for line.
#[test]
fn our_c_headers_match_frozen_upstream_layout() {
    let path = repo_root().join("tests/abi/expected-layout.txt");
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let expected: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .collect();
    let ours: Vec<&str> = c_lines().iter().map(String::as_str).collect();
    if let Some(report) = diff(&expected, &ours) {
        panic!("our headers differ from upstream hpy 0.9.0's frozen layout:\n{report}");
    }
}

/// Splits a probe line into its key (`kind name`) and its value.
fn key_value(line: &str) -> (&str, &str) {
    match line.match_indices(' ').nth(1) {
        Some((i, _)) => (&line[..i], &line[i + 1..]),
        None => (line, ""),
    }
}

/// A readable difference between two fact lists (`None` if they are equal):
/// changed values by key, then lines only on one side, then order.
fn diff(expected: &[&str], ours: &[&str]) -> Option<String> {
    if expected == ours {
        return None;
    }
    let exp: BTreeMap<_, _> = expected.iter().map(|l| key_value(l)).collect();
    let our: BTreeMap<_, _> = ours.iter().map(|l| key_value(l)).collect();
    let mut out = Vec::new();
    for (k, v) in &exp {
        match our.get(k) {
            Some(o) if o != v => out.push(format!("  {k}: upstream {v}, ours {o}")),
            None => out.push(format!("  - {k} {v}   (upstream only)")),
            _ => {}
        }
    }
    for (k, v) in &our {
        if !exp.contains_key(k) {
            out.push(format!("  + {k} {v}   (ours only)"));
        }
    }
    if out.is_empty() {
        let i = expected
            .iter()
            .zip(ours)
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        out.push(format!(
            "  same facts, different order; first difference at fact {}: upstream {:?}, ours {:?}",
            i + 1,
            expected.get(i),
            ours.get(i)
        ));
    }
    Some(out.join("\n"))
}

/// The generated X-macro list, the Rust member table and the struct agree on
/// which member sits in which slot, and slots are laid out in index order.
#[test]
fn context_member_list_matches_rust_tables() {
    let path = repo_root().join("tests/abi/generated/ctx_members.h");
    let text = std::fs::read_to_string(&path).expect("ctx_members.h");
    let mut slots = Vec::new();
    for line in text.lines().filter(|l| l.starts_with("HPY_CTX_MEMBER(")) {
        let inner = &line["HPY_CTX_MEMBER(".len()..line.len() - 1];
        let (slot, member) = inner.split_once(',').expect("HPY_CTX_MEMBER(slot, member)");
        let slot: i32 = slot.trim().parse().expect("slot number");
        if slot >= 0 {
            assert_eq!(slot as usize, slots.len(), "slots out of order at {member}");
            slots.push(member.trim().to_owned());
        }
    }
    assert_eq!(slots.len(), CONTEXT_SLOTS);
    assert_eq!(slots, MEMBER_NAMES.to_vec());
    for w in MEMBER_OFFSETS.windows(2) {
        assert_eq!(
            w[1],
            w[0] + size_of::<HPy>(),
            "context members must be contiguous"
        );
    }
    assert_eq!(MEMBER_OFFSETS[0], offset_of!(HPyContext, h_None));
    assert_eq!(
        size_of::<HPyContext>(),
        MEMBER_OFFSETS[CONTEXT_SLOTS - 1] + size_of::<HPy>()
    );
}
