//! `docs/api-reference.md`: one table row per context member.

use crate::api::Entry;
use std::fmt::Write;

pub fn reference_md(entries: &[Entry], banner: &str) -> String {
    let mut s = String::new();
    writeln!(s, "{banner}\n").unwrap();
    s.push_str("# HPy context reference\n\n");
    s.push_str("Every member of `HPyContext` in slot order. *CPython ABI* names the CPython\n");
    s.push_str("call a CPython-ABI build compiles to inline; an empty cell means the call\n");
    s.push_str("goes to the runtime. Legacy members exist only in the hybrid and CPython ABIs.\n\n");
    s.push_str("| slot | member | family | CPython ABI | notes |\n|---:|---|---|---|---|\n");
    for e in entries {
        match e {
            Entry::Handle(h) => writeln!(
                s,
                "| {} | `{}` | {} | `{}` | {} |",
                h.slot,
                h.name,
                h.family,
                h.cpython,
                h.doc.as_deref().unwrap_or("")
            )
            .unwrap(),
            Entry::Function(f) => {
                let params: Vec<String> = f.params.iter().map(|p| format!("{} {}", p.ty, p.name)).collect();
                let mut notes = Vec::new();
                if f.legacy {
                    notes.push("legacy".to_string());
                }
                if let Some(d) = &f.doc {
                    notes.push(d.clone());
                }
                writeln!(
                    s,
                    "| {} | `{} {}({})` | {} | {} | {} |",
                    f.slot,
                    f.returns,
                    f.name,
                    params.join(", "),
                    f.family,
                    f.cpython.as_deref().map(|c| format!("`{c}`")).unwrap_or_default(),
                    notes.join("; ")
                )
                .unwrap()
            }
        }
    }
    s
}
