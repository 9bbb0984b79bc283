//! Raw declarations of the HPy 0.9 ABI (ABI version 0.0, tag `hpy0`).
//!
//! Everything here is `#[repr(C)]` and mirrors the public C headers in
//! `python/hpy/devel/include`. The context struct is generated from
//! `api/hpy.toml` (see [`generated`]); the other types are written by hand.
//! `tests/abi` proves that both sides agree, field by field.
//!
//! # Safety
//! These are plain data declarations. Whoever reads or calls through them
//! must uphold the contracts of the HPy C API.
#![no_std]
#![allow(non_camel_case_types, non_snake_case, non_upper_case_globals)]

mod types;
pub use types::*;

pub mod hpyfunc;

pub mod generated;
pub use generated::context::*;

/// `HPY_ABI_VERSION`: the major ABI version. Different majors are not
/// binary compatible.
pub const HPY_ABI_VERSION: u32 = 0;
/// `HPY_ABI_VERSION_MINOR`: minor N+1 is binary compatible with minor N.
pub const HPY_ABI_VERSION_MINOR: u32 = 0;
/// `HPY_ABI_TAG`: the tag in universal file names (`NAME.hpy0.so`).
pub const HPY_ABI_TAG: &str = "hpy0";
