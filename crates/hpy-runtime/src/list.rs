//! The `list` family of context functions (see api/hpy.toml).

use hpy_sys::HPyContext;

pub(crate) fn install(_ctx: &mut HPyContext) {}
