//! Code generated from `api/hpy.toml` by `cargo run -p hpy-codegen`.
pub mod context;
