//! `hpy-codegen`: turns `api/hpy.toml` into every file that repeats per
//! context member.
//!
//! ```text
//! cargo run -p hpy-codegen            # rewrite the generated files
//! cargo run -p hpy-codegen -- --check # fail if any generated file is stale
//! ```

mod api;
mod emit_c;
mod emit_debug;
mod emit_docs;
mod emit_rust;
mod types;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const REGEN: &str = "cargo run -p hpy-codegen";

fn banner(comment: &str, end: &str) -> String {
    format!(
        "{comment} GENERATED FILE: do not edit. Source: api/hpy.toml. Regenerate with `{REGEN}`.{end}"
    )
}

fn outputs(root: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    let text = std::fs::read_to_string(root.join("api/hpy.toml")).map_err(|e| format!("api/hpy.toml: {e}"))?;
    let entries = api::load(&text).map_err(|e| format!("api/hpy.toml: {e}"))?;
    let c = banner("/*", " */");
    let rs = banner("//", "");
    let md = banner("<!--", " -->");
    let inc = root.join("python/hpy/devel/include/hpy/generated");
    Ok(vec![
        (inc.join("ctx.h"), emit_c::ctx_h(&entries, &c)),
        (inc.join("universal_api.h"), emit_c::universal_api_h(&entries, &c)),
        (inc.join("cpython_api.h"), emit_c::cpython_api_h(&entries, &c)),
        (root.join("crates/hpy-sys/src/generated/context.rs"), emit_rust::context_rs(&entries, &rs)?),
        (
            root.join("crates/hpy-runtime/src/generated/unimplemented.rs"),
            emit_rust::unimplemented_rs(&entries, &rs)?,
        ),
        (root.join("crates/hpy-runtime/src/generated/handles.rs"), emit_rust::handles_rs(&entries, &rs)?),
        (root.join("crates/hpy-trace/src/generated/wrappers.rs"), emit_rust::trace_rs(&entries, &rs)?),
        (root.join("crates/hpy-debug/src/generated/wrappers.rs"), emit_debug::debug_rs(&entries, &rs)?),
        (root.join("crates/hpy-cpython/src/generated/exports.rs"), emit_rust::cpython_exports_rs(&entries, &rs)?),
        (root.join("tests/abi/generated/ctx_members.h"), emit_c::ctx_members_h(&entries, &c)),
        (root.join("docs/api-reference.md"), emit_docs::reference_md(&entries, &md)),
    ])
}

fn main() -> ExitCode {
    let check = std::env::args().any(|a| a == "--check");
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let files = match outputs(&root) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("hpy-codegen: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut stale = Vec::new();
    for (path, content) in &files {
        let current = std::fs::read_to_string(path).unwrap_or_default();
        if current == *content {
            continue;
        }
        if check {
            stale.push(path.strip_prefix(&root).unwrap_or(path).display().to_string());
        } else {
            std::fs::create_dir_all(path.parent().unwrap()).expect("create output dir");
            std::fs::write(path, content).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
            println!("wrote {}", path.strip_prefix(&root).unwrap_or(path).display());
        }
    }
    if !stale.is_empty() {
        eprintln!("hpy-codegen: stale generated files (run `{REGEN}`):");
        for s in stale {
            eprintln!("  {s}");
        }
        return ExitCode::FAILURE;
    }
    if check {
        println!("hpy-codegen: all {} generated files are fresh", files.len());
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    /// Fails when a generated file is stale, naming the fix.
    #[test]
    fn generated_files_are_fresh() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        for (path, content) in super::outputs(&root).unwrap() {
            let current = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(current == content, "{} is stale: run `{}`", path.display(), super::REGEN);
        }
    }
}
