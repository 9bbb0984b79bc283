//! Debug mode: a context that wraps another one (normally the universal
//! context) and checks how an extension uses handles, builders and
//! contexts.
//!
//! - Every handle the extension sees is a *debug handle*: the address of
//!   an entry of the handle table ([`table`]), which knows the universal
//!   handle it stands for, whether it is open, who created and closed it.
//! - The wrappers, generated from `api/hpy.toml` into
//!   `generated/wrappers.rs` (built from [`wrap`]), unwrap every handle
//!   argument (reporting closed or foreign ones), call the inner function,
//!   and wrap every handle result into a new debug handle. A few are
//!   hand-written ([`manual`], [`trampoline`]).
//! - Closed handles wait in a bounded queue, so a later use is still
//!   recognized; raw data handed out for a handle (UTF-8 of a string, ...)
//!   is a copy that becomes unreadable when the handle closes
//!   ([`rawdata`]).
//! - Each call from Python into an HPy function gets its own context, valid
//!   only during that call ([`state::switch_in`]).
//! - Misuse is reported by [`report`]: to stderr, then a Python hook or a
//!   fatal error.
//!
//! Python reaches all this through `hpy.universal._debug`, which uses the
//! functions below.

mod manual;
mod rawdata;
mod report;
mod stacktrace;
mod state;
mod symbols;
mod table;
mod trampoline;
mod wrap;

#[allow(clippy::undocumented_unsafe_blocks)]
mod generated {
    pub mod wrappers;
}

use hpy_sys::HPyContext;
use pyo3_ffi as ffi;
use std::sync::OnceLock;

/// The name of the debug context. Upstream's tests check the prefix.
pub const DEBUG_NAME: &core::ffi::CStr = c"HPy Debug Mode ABI (hpy-rs)";

struct ContextPtr(*mut HPyContext);
// SAFETY: contexts are only used with the GIL held, which serializes access.
unsafe impl Send for ContextPtr {}
// SAFETY: as above.
unsafe impl Sync for ContextPtr {}

static DEBUG: OnceLock<ContextPtr> = OnceLock::new();

/// The process-wide debug context wrapping `inner`, created on first use
/// and never freed. Must be called with the GIL held.
pub fn context(inner: *mut HPyContext) -> *mut HPyContext {
    DEBUG.get_or_init(|| ContextPtr(state::create(inner, DEBUG_NAME.as_ptr()))).0
}

/// The debug context, if one was created.
pub fn existing() -> Option<*mut HPyContext> {
    DEBUG.get().map(|c| c.0)
}

fn st() -> Option<*mut state::DebugState> {
    // SAFETY: a debug context's `_private` is its `CtxInfo`.
    existing().map(|ctx| unsafe { (*state::info(ctx)).state })
}

/// Python-facing operations of `hpy.universal._debug`. Each needs the GIL
/// and the debug context to exist (see [`context`]).
pub mod api {
    use super::*;
    use crate::table::Kind;

    fn state() -> *mut state::DebugState {
        st().expect("hpy_debug::context() must be called before hpy_debug::api")
    }

    /// Start a new generation and return its number: handles opened from
    /// now on belong to it.
    pub fn new_generation() -> usize {
        // SAFETY: GIL held (caller); no foreign code runs.
        unsafe {
            let s = &mut *state();
            s.generation_starts.push(s.table.next_seq);
            s.generation_starts.len() - 1
        }
    }

    /// The entries among `indices` of generation `generation` or later.
    fn ids(indices: impl Iterator<Item = u32>, generation: i64) -> Vec<usize> {
        // SAFETY: GIL held; the table is only read.
        unsafe {
            let s = &*state();
            let start = match usize::try_from(generation) {
                Err(_) => 0,
                Ok(g) => match s.generation_starts.get(g) {
                    Some(&start) => start,
                    None => return Vec::new(),
                },
            };
            let t = &s.table;
            indices.filter(|&i| (*t.entry(i)).seq >= start).map(|i| t.entry(i) as usize).collect()
        }
    }

    /// Ids of the open handles of generation `generation` or later, oldest first.
    pub fn open_handles(generation: i64) -> Vec<usize> {
        // SAFETY: GIL held; the table is only read.
        let open = unsafe { (*state()).table.open_handles() };
        ids(open.into_iter(), generation)
    }

    /// Ids of the closed handles still remembered, oldest first.
    pub fn closed_handles(generation: i64) -> Vec<usize> {
        // SAFETY: GIL held; the queue is only read.
        let closed: Vec<u32> = unsafe { (*state()).table.closed.iter().collect() };
        ids(closed.into_iter(), generation)
    }

    pub fn closed_handles_queue_max_size() -> usize {
        // SAFETY: GIL held.
        unsafe { (*state()).closed_max }
    }

    pub fn set_closed_handles_queue_max_size(n: usize) {
        // SAFETY: GIL held.
        unsafe { (*state()).set_closed_max(n) }
    }

    pub fn protected_raw_data_max_size() -> usize {
        // SAFETY: GIL held.
        unsafe { (*state()).raw_max }
    }

    pub fn set_protected_raw_data_max_size(n: usize) {
        // SAFETY: GIL held.
        unsafe { (*state()).raw_max = n }
    }

    /// Record up to `limit` C frames where each handle is opened (0: off).
    pub fn set_handle_stack_trace_limit(limit: usize) {
        // SAFETY: GIL held.
        unsafe { (*state()).trace_limit = limit }
    }

    fn set_hook(slot: *mut *mut ffi::PyObject, hook: *mut ffi::PyObject) {
        // SAFETY: GIL held; the state owns one reference to its hook.
        unsafe {
            ffi::Py_XINCREF(hook);
            let old = core::mem::replace(&mut *slot, hook);
            ffi::Py_XDECREF(old);
        }
    }

    /// Call `hook()` (a callable, or null for "abort") on invalid handles.
    pub fn set_on_invalid_handle(hook: *mut ffi::PyObject) {
        // SAFETY: GIL held.
        set_hook(unsafe { &mut (*state()).on_invalid_handle }, hook)
    }

    /// Call `hook()` (or abort, if null) on invalid builders.
    pub fn set_on_invalid_builder_handle(hook: *mut ffi::PyObject) {
        // SAFETY: GIL held.
        set_hook(unsafe { &mut (*state()).on_invalid_builder }, hook)
    }

    /// The entry (and its extra) of a `DebugHandle.id`, if it is one.
    fn entry(id: usize) -> Option<(*mut table::Entry, *mut table::Extra)> {
        // SAFETY: GIL held; only reads.
        unsafe {
            let t = &(*state()).table;
            t.index_of_id(id).map(|i| (t.entry(i), t.extra(i)))
        }
    }

    /// What a `DebugHandle` shows.
    pub struct HandleView {
        /// The object (a new reference) while the handle is open.
        pub obj: Option<*mut ffi::PyObject>,
        pub is_closed: bool,
        /// Size of the raw data kept for the handle, -1 if none.
        pub raw_data_size: isize,
        /// Who created the handle, e.g. `HPy_Dup`.
        pub created_by: String,
        /// Where it was created, when stack traces were on.
        pub trace: Option<String>,
    }

    pub fn view(id: usize) -> Option<HandleView> {
        let (e, x) = entry(id)?;
        // SAFETY: GIL held; an open entry holds a live universal handle.
        unsafe {
            let open = matches!((*e).kind, Kind::Open | Kind::Constant);
            let obj = if open {
                let o = hpy_runtime::handles::py(hpy_sys::HPy { _i: (*e).uh });
                ffi::Py_XINCREF(o);
                Some(o)
            } else {
                None
            };
            Some(HandleView {
                obj,
                is_closed: !open,
                raw_data_size: if (*x).raw.is_null() { -1 } else { (*x).raw_size as isize },
                created_by: report::creator_text(e),
                trace: stacktrace::format((*x).trace).map(|t| symbols::name_functions(&t)),
            })
        }
    }

    /// Where the handle was created (for grouping leaks): who created it
    /// and, if its stack trace was recorded, the extension's function that
    /// made the call, e.g. `HPy_Dup in leak_impl (mytest.hpy0.so+0x1139)`.
    pub fn creation_site(id: usize) -> Option<String> {
        let (e, x) = entry(id)?;
        // SAFETY: GIL held; `e` and `x` are an entry and its extra.
        Some(unsafe { report::creation_site(e, x) })
    }

    /// `DebugHandle._force_close()`: close the handle as `HPy_Close` would.
    pub fn force_close(id: usize) {
        let Some((e, _)) = entry(id) else { return };
        // SAFETY: GIL held; `e` is an entry, so its address plus tag is
        // the handle's current value.
        unsafe {
            let s = state();
            let h = (e as isize) + ((*e).serial as usize & table::TAG_MASK) as isize;
            manual::close_handle(s, hpy_sys::HPy { _i: h }, report::Site::Python("DebugHandle._force_close()"), report::origin::FORCE_CLOSE);
        }
    }
}
