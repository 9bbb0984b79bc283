//! Mapping C types of the description to Rust types and error values.

/// A C type split into its base name, constness and pointer depth.
pub struct CType<'a> {
    pub base: &'a str,
    pub is_const: bool,
    pub pointers: usize,
}

pub fn parse(ty: &str) -> CType<'_> {
    let pointers = ty.matches('*').count();
    let base = ty.trim_end_matches(['*', ' ']);
    let (is_const, base) = match base.strip_prefix("const ") {
        Some(b) => (true, b),
        None => (false, base),
    };
    CType { base, is_const, pointers }
}

fn rust_base(base: &str) -> Result<&'static str, String> {
    Ok(match base {
        "void" => "c_void",
        "char" => "c_char",
        "int" => "c_int",
        "int32_t" => "i32",
        "uint32_t" => "u32",
        "int64_t" => "i64",
        "uint64_t" => "u64",
        "size_t" => "usize",
        "double" => "f64",
        "bool" => "bool",
        "wchar_t" => "wchar_t",
        "HPy" => "HPy",
        "HPy_ssize_t" => "HPy_ssize_t",
        "HPy_hash_t" => "HPy_hash_t",
        "HPy_UCS4" => "HPy_UCS4",
        "HPyField" => "HPyField",
        "HPyGlobal" => "HPyGlobal",
        "HPyListBuilder" => "HPyListBuilder",
        "HPyTupleBuilder" => "HPyTupleBuilder",
        "HPyTracker" => "HPyTracker",
        "HPyThreadState" => "HPyThreadState",
        "HPyType_Spec" => "HPyType_Spec",
        "HPyType_SpecParam" => "HPyType_SpecParam",
        "HPyType_BuiltinShape" => "HPyType_BuiltinShape",
        "HPyCapsule_Destructor" => "HPyCapsule_Destructor",
        "HPyCallFunction" => "HPyCallFunction",
        "_HPyCapsule_key" => "_HPyCapsule_key",
        "HPy_SourceKind" => "HPy_SourceKind",
        "HPyFunc_Signature" => "HPyFunc_Signature",
        "HPyCFunction" => "HPyCFunction",
        "cpy_PyObject" => "cpy_PyObject",
        other => return Err(format!("no Rust mapping for C type `{other}`")),
    })
}

/// The Rust spelling of a C type, or an error naming the unknown type.
pub fn rust(ty: &str) -> Result<String, String> {
    let t = parse(ty);
    let base = rust_base(t.base)?;
    if t.pointers == 0 {
        return Ok(if base == "c_void" { "()".into() } else { base.into() });
    }
    let mut out = String::new();
    for i in 0..t.pointers {
        // `const` binds to the pointee, i.e. the innermost pointer.
        out.push_str(if t.is_const && i == t.pointers - 1 { "*const " } else { "*mut " });
    }
    out.push_str(base);
    Ok(out)
}

/// The value a not-yet-implemented context function returns, following the
/// C API's error conventions for that type. `None` for `void`.
pub fn error_value(ty: &str) -> Result<Option<String>, String> {
    let t = parse(ty);
    if t.pointers > 0 {
        return Ok(Some("core::ptr::null_mut()".into()).map(|s: String| {
            if t.is_const { "core::ptr::null()".into() } else { s }
        }));
    }
    Ok(Some(match t.base {
        "void" => return Ok(None),
        "HPy" | "HPyListBuilder" | "HPyTupleBuilder" | "HPyTracker" | "HPyThreadState" => {
            format!("{}::NULL", t.base)
        }
        "int" | "int32_t" | "int64_t" | "HPy_ssize_t" | "HPy_hash_t" => "-1".into(),
        "uint32_t" | "uint64_t" | "size_t" | "HPy_UCS4" => format!("{}::MAX", rust_base(t.base)?),
        "double" => "-1.0".into(),
        "bool" => "false".into(),
        "HPyType_BuiltinShape" => "HPyType_BuiltinShape(-2)".into(),
        other => return Err(format!("no error value for C type `{other}`")),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rust_spellings() {
        assert_eq!(rust("HPy").unwrap(), "HPy");
        assert_eq!(rust("const char *").unwrap(), "*const c_char");
        assert_eq!(rust("void *").unwrap(), "*mut c_void");
        assert_eq!(rust("void **").unwrap(), "*mut *mut c_void");
        assert_eq!(rust("const HPy *").unwrap(), "*const HPy");
        assert_eq!(rust("void").unwrap(), "()");
        assert!(rust("struct foo").is_err());
    }

    #[test]
    fn error_values_follow_the_c_api() {
        assert_eq!(error_value("HPy").unwrap().unwrap(), "HPy::NULL");
        assert_eq!(error_value("int").unwrap().unwrap(), "-1");
        assert_eq!(error_value("uint32_t").unwrap().unwrap(), "u32::MAX");
        assert_eq!(error_value("const char *").unwrap().unwrap(), "core::ptr::null()");
        assert_eq!(error_value("void").unwrap(), None);
    }
}
