//! What the generated wrappers (`generated/wrappers.rs`) are made of.
//!
//! A wrapper `enter`s (checking the context), `unwrap`s its handle
//! arguments, runs the `require*` checks, `suspend`s its context around the
//! inner call (so that a context kept by an outer call is caught if used
//! from code the inner call runs; skipped for the functions that cannot run
//! Python code, `debug = { no_python_code = true }` in `api/hpy.toml`),
//! `resume`s, and `wrap`s results.
//!
//! # Safety
//! All functions here need the GIL and a debug context, as every context
//! function does; handle arguments are whatever the extension passed, and
//! are checked before use.

use crate::report::{self, Site};
use crate::state::{self, CtxInfo, DebugState};
use crate::table::{Kind, Lookup, LIVE_BUILDER, LIVE_HANDLE};
use core::ffi::{c_char, CStr};
use hpy_sys::{HPy, HPyContext, HPyType_BuiltinShape, HPy_ssize_t};

/// One API call in progress.
#[derive(Clone, Copy)]
pub(crate) struct Call {
    info: *mut CtxInfo,
    pub st: *mut DebugState,
    pub uctx: *mut HPyContext,
    pub slot: u16,
}

#[inline(always)]
pub(crate) unsafe fn enter(ctx: *mut HPyContext, slot: usize) -> Call {
    // SAFETY: `ctx` is a debug context (its functions are these wrappers).
    unsafe {
        let info = state::info(ctx);
        if !(*info).valid {
            report::wrong_context(ctx, slot);
        }
        let st = state::global();
        Call { info, st, uctx: (*st).uctx, slot: slot as u16 }
    }
}

#[inline(always)]
pub(crate) unsafe fn suspend(c: Call) {
    // SAFETY: `c.info` belongs to a debug context.
    unsafe { (*c.info).valid = false }
}

/// The context of the call (what `enter` was given).
#[inline(always)]
pub(crate) unsafe fn context_of(c: Call) -> *mut HPyContext {
    // SAFETY: `c.info` belongs to a debug context.
    unsafe { (*c.info).ctx }
}

/// Where `resume` writes, for a function that resumes on our behalf.
#[inline(always)]
pub(crate) unsafe fn valid_flag(c: Call) -> *mut bool {
    // SAFETY: `c.info` belongs to a debug context.
    unsafe { &raw mut (*c.info).valid }
}

#[inline(always)]
pub(crate) unsafe fn resume(c: Call) {
    // SAFETY: as above.
    unsafe { (*c.info).valid = true }
}

/// The universal handle behind debug handle `h`, argument `arg` of the
/// call. A closed, stale or foreign handle is reported; if the report
/// returns (a hook is set), the call goes on with what the entry holds,
/// as it would have on CPython.
#[inline(always)]
pub(crate) unsafe fn unwrap(c: Call, h: HPy, arg: usize) -> HPy {
    // SAFETY: only reads the table; the entry is read only if it lies
    // inside the table. NULL is never a live entry: it goes to `bad_handle`.
    unsafe {
        match (*c.st).table.live_entry(h._i) {
            Some((_, e)) => HPy { _i: (*e).uh },
            None if h._i == 0 => HPy::NULL,
            None => bad_handle(c, h, arg),
        }
    }
}

/// [`unwrap`] of anything but a usable handle or NULL: report.
#[cold]
#[inline(never)]
unsafe fn bad_handle(c: Call, h: HPy, arg: usize) -> HPy {
    // SAFETY: GIL held (context function contract).
    unsafe {
        report::invalid_handle(c.st, Site::Api { slot: c.slot, arg }, h._i, "");
        match (*c.st).table.lookup(h._i) {
            Lookup::Entry { index, .. } => HPy { _i: (*(*c.st).table.entry(index)).uh },
            Lookup::Foreign => HPy::NULL,
        }
    }
}

/// For wrappers that pass debug handles on: only check `h` is usable.
pub(crate) unsafe fn check_open(c: Call, h: HPy, arg: usize) {
    // SAFETY: forwarded.
    unsafe { unwrap(c, h, arg) };
}

/// A new debug handle for a universal handle the inner function returned.
#[inline(always)]
pub(crate) unsafe fn wrap(c: Call, uh: HPy) -> HPy {
    if uh._i == 0 {
        return HPy::NULL;
    }
    // SAFETY: GIL held; `uh` is a new universal handle.
    HPy { _i: unsafe { state::open(c.st, uh._i, c.slot, 0) } }
}

/// The universal builder behind debug builder `b`. A consumed or foreign
/// builder is reported; if a hook lets the call go on, it gets a NULL
/// builder (so `Build` fails with `MemoryError`, as upstream).
pub(crate) unsafe fn unwrap_builder(c: Call, b: isize, arg: usize) -> isize {
    if b == 0 {
        return 0;
    }
    // SAFETY: as in `unwrap`.
    unsafe {
        let t = &(*c.st).table;
        if let Lookup::Entry { index, tag } = t.lookup(b) {
            let e = t.entry(index);
            if (*e).live == LIVE_BUILDER | tag {
                return (*e).uh;
            }
        }
        report::invalid_builder(c.st, Site::Api { slot: c.slot, arg }, b);
        0
    }
}

pub(crate) unsafe fn wrap_builder(c: Call, ub: isize) -> isize {
    if ub == 0 {
        return 0;
    }
    // SAFETY: GIL held.
    unsafe { state::open_builder(c.st, ub, c.slot) }
}

/// The builder was consumed (built or cancelled) by this call.
pub(crate) unsafe fn close_builder(c: Call, b: isize) {
    // SAFETY: GIL held; the entry is touched only if it is an open builder.
    unsafe {
        if let Lookup::Entry { index, tag } = (*c.st).table.lookup(b) {
            if (*(*c.st).table.entry(index)).live == LIVE_BUILDER | tag {
                state::close_builder(c.st, index, c.slot);
            }
        }
    }
}

/// Room for the universal handles of an array argument: on the stack for
/// the usual sizes.
pub(crate) struct Handles {
    inline: [core::mem::MaybeUninit<HPy>; 16],
    heap: Vec<HPy>,
}

impl Handles {
    #[inline(always)]
    pub(crate) fn new() -> Handles {
        Handles { inline: [core::mem::MaybeUninit::uninit(); 16], heap: Vec::new() }
    }
}

/// `nargs` plus one per name in the `kwnames` tuple (a universal handle).
pub(crate) unsafe fn array_len(nargs: isize, kwnames: HPy) -> isize {
    let kw = hpy_runtime::handles::py(kwnames);
    if kw.is_null() || nargs < 0 {
        return nargs;
    }
    // SAFETY: `require` checked that `kw` is a tuple.
    nargs.saturating_add(unsafe { pyo3_ffi::PyTuple_GET_SIZE(kw) })
}

/// Unwrap `n` handles at `args` into `buf`; returns the array to pass on.
/// A negative `n`, or NULL `args`, is passed on as is for the inner
/// function to reject.
#[inline(always)]
pub(crate) unsafe fn unwrap_array(c: Call, buf: &mut Handles, args: *const HPy, n: isize, arg: usize) -> *const HPy {
    if n <= 0 || args.is_null() {
        return args;
    }
    let n = n as usize;
    if n > buf.inline.len() {
        // SAFETY: forwarded.
        return unsafe { unwrap_long_array(c, &mut buf.heap, args, n, arg) };
    }
    let out = buf.inline.as_mut_ptr().cast::<HPy>();
    for i in 0..n {
        // SAFETY: the caller passes `n` readable handles (C API contract);
        // `out` has room for 16.
        unsafe { out.add(i).write(unwrap(c, *args.add(i), arg)) };
    }
    out
}

/// [`unwrap_array`] of more than 16 handles.
#[inline(never)]
unsafe fn unwrap_long_array(c: Call, heap: &mut Vec<HPy>, args: *const HPy, n: usize, arg: usize) -> *const HPy {
    heap.resize(n, HPy::NULL);
    for (i, slot) in heap.iter_mut().enumerate() {
        // SAFETY: the caller passes `n` readable handles (C API contract).
        *slot = unsafe { unwrap(c, *args.add(i), arg) };
    }
    heap.as_ptr()
}

/// What an argument must be (`debug.checks` in api/hpy.toml).
pub(crate) enum Expect {
    Type,
    Unicode,
    TupleOrNull,
}

/// Check argument `arg` (debug handle `h`, universal `uh`); a failure is
/// fatal with `message`.
pub(crate) unsafe fn require(c: Call, h: HPy, uh: HPy, arg: usize, expect: Expect, message: &CStr) {
    // SAFETY: GIL held; `uh` is NULL or an open universal handle.
    unsafe {
        let u = &*c.uctx;
        let ok = match expect {
            Expect::TupleOrNull => uh.is_null() || (u.ctx_TypeCheck)(c.uctx, uh, u.h_TupleType) != 0,
            Expect::Type => !uh.is_null() && (u.ctx_TypeCheck)(c.uctx, uh, u.h_TypeType) != 0,
            Expect::Unicode => !uh.is_null() && (u.ctx_TypeCheck)(c.uctx, uh, u.h_UnicodeType) != 0,
        };
        if !ok {
            report::fatal_check(c.st, Site::Api { slot: c.slot, arg }, h._i, message);
        }
    }
}

fn shape_name(shape: HPyType_BuiltinShape) -> String {
    HPyType_BuiltinShape::ALL
        .iter()
        .find(|(_, s)| *s == shape)
        .map(|(n, _)| n.to_string())
        .unwrap_or_else(|| "<unknown shape>".into())
}

/// `_HPy_AsStruct_<name>` needs an object whose type has `shape`.
#[inline(always)]
pub(crate) unsafe fn require_shape(c: Call, h: HPy, uh: HPy, shape: HPyType_BuiltinShape, name: &CStr) {
    if uh.is_null() {
        return;
    }
    // SAFETY: GIL held; `uh` is open.
    unsafe {
        // The object's type, borrowed, asked directly of the runtime's
        // type cache (what `ctx_Type_GetBuiltinShape` answers).
        let actual = hpy_runtime::builtin_shape_of(pyo3_ffi::Py_TYPE(hpy_runtime::handles::py(uh)));
        if actual != shape {
            shape_mismatch(c, h, actual, name);
        }
    }
}

/// [`require_shape`] found another shape, or none.
#[cold]
#[inline(never)]
unsafe fn shape_mismatch(c: Call, h: HPy, actual: HPyType_BuiltinShape, name: &CStr) {
    if actual == HPyType_BuiltinShape(-2) {
        // The inner context cannot tell: leave it to the inner call.
        // SAFETY: GIL held.
        unsafe { pyo3_ffi::PyErr_Clear() };
        return;
    }
    let name = name.to_string_lossy();
    let msg = format!(
        "Invalid usage of _HPy_AsStruct_{name}. Expected shape HPyType_BuiltinShape_{name} but got {}",
        shape_name(actual)
    );
    let msg = std::ffi::CString::new(msg).unwrap_or_default();
    // SAFETY: GIL held.
    unsafe { report::fatal_check(c.st, Site::Api { slot: c.slot, arg: 0 }, h._i, &msg) };
}

/// How long the raw data of `debug.raw_data` is.
pub(crate) enum RawSize {
    Strlen,
    /// `HPyBytes_Size(h) + 1`: bytes may contain NULs.
    Bytes,
    /// `*size + 1`, or strlen when the pointer is NULL.
    Param(*mut HPy_ssize_t),
}

/// Hand out a protected copy of `r`, tied to debug handle `h`.
pub(crate) unsafe fn raw_data(c: Call, h: HPy, uh: HPy, r: *const c_char, size: RawSize) -> *const c_char {
    if r.is_null() {
        return r;
    }
    // SAFETY: `r` is the NUL-terminated data the inner function returned
    // for the open handle `uh`; GIL held.
    unsafe {
        let len = match size {
            RawSize::Strlen => libc::strlen(r) + 1,
            RawSize::Param(p) if !p.is_null() => (*p) as usize + 1,
            RawSize::Param(_) => libc::strlen(r) + 1,
            RawSize::Bytes => ((*c.uctx).ctx_Bytes_Size)(c.uctx, uh).max(0) as usize + 1,
        };
        let t = &(*c.st).table;
        if let Lookup::Entry { index, tag } = t.lookup(h._i) {
            let e = t.entry(index);
            if (*e).live == LIVE_HANDLE | tag && (*e).kind == Kind::Open {
                return state::attach_raw(c.st, index, r.cast(), len).cast();
            }
        }
        // A closed handle (already reported) or a constant: no copy.
        r
    }
}
