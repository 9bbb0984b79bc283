//! `HPyField_Load`/`HPyField_Store`.

use hpy_sys::HPyContext;

pub(crate) fn install(_ctx: &mut HPyContext) {}
