//! Reports of API misuse.
//!
//! A report names the API function (and argument) where the misuse was
//! seen, the handle (its object's type, a short repr while it is open),
//! who created and closed it, and where it was created when stack traces
//! are on. Then either the user's hook runs (`set_on_invalid_handle`,
//! `set_on_invalid_builder_handle`) and the program goes on, or the
//! process stops with `Py_FatalError`, whose message is upstream's (tests
//! match it).

use crate::state::DebugState;
use crate::table::{Kind, Lookup, LIVE_BUILDER, LIVE_HANDLE};
use core::ffi::{c_void, CStr};
use hpy_sys::{HPyContext, HPyFunc_Signature, CONTEXT_SLOTS, SLOT_NAMES};
use pyo3_ffi as ffi;
use std::io::Write;

/// `created_by` / `closed_by` codes beyond slot numbers.
pub(crate) mod origin {
    /// An argument of an HPy function called from Python; the low byte is
    /// the function's `HPyFunc_Signature`.
    pub const ARGUMENT: u16 = 0x8000;
    /// Closed by debug mode when the HPy function it was passed to returned.
    pub const FUNCTION_RETURNED: u16 = 0x4000;
    /// Closed by `DebugHandle._force_close()`.
    pub const FORCE_CLOSE: u16 = 0x4001;
}

/// Where a misuse was seen.
pub(crate) enum Site<'a> {
    /// Argument `arg` (0-based) of the API function in `slot`.
    Api { slot: u16, arg: usize },
    /// An HPy function called from Python, when it returned.
    Function { sig: HPyFunc_Signature, func: *const c_void },
    /// Python code using `hpy.universal._debug`.
    Python(&'a str),
}

pub(crate) const CLOSED_HANDLE: &CStr = c"Invalid usage of already closed handle";
pub(crate) const CLOSED_BUILDER: &CStr = c"Invalid usage of already closed builder";

fn signature_name(sig: HPyFunc_Signature) -> String {
    HPyFunc_Signature::ALL
        .iter()
        .find(|(_, s)| *s == sig)
        .map(|(n, _)| n.replace("HPyFunc_Signature_", "HPyFunc_"))
        .unwrap_or_else(|| format!("HPyFunc signature {}", sig.0))
}

/// A C function's name for reports: its symbol if the dynamic linker
/// knows it, else its file and offset (for `addr2line`).
fn function_name(addr: *const c_void) -> String {
    let mut info = libc::Dl_info {
        dli_fname: core::ptr::null(),
        dli_fbase: core::ptr::null_mut(),
        dli_sname: core::ptr::null(),
        dli_saddr: core::ptr::null_mut(),
    };
    // SAFETY: dladdr only looks the address up.
    if unsafe { libc::dladdr(addr, &mut info) } == 0 {
        return format!("at {addr:p}");
    }
    if !info.dli_sname.is_null() {
        // SAFETY: dladdr returned a NUL-terminated name.
        return unsafe { CStr::from_ptr(info.dli_sname) }.to_string_lossy().into_owned();
    }
    let file = if info.dli_fname.is_null() {
        "?".to_string()
    } else {
        // SAFETY: as above.
        let path = unsafe { CStr::from_ptr(info.dli_fname) }.to_string_lossy().into_owned();
        path.rsplit('/').next().unwrap_or(&path).to_string()
    };
    format!("at {file}+{:#x}", addr as usize - info.dli_fbase as usize)
}

fn slot_name(slot: usize) -> &'static str {
    SLOT_NAMES.get(slot).copied().unwrap_or("?")
}

fn site_text(site: &Site<'_>) -> String {
    match *site {
        Site::Api { slot, arg } => {
            let params = crate::generated::wrappers::PARAM_NAMES.get(slot as usize).copied().unwrap_or(&[]);
            match params.get(arg) {
                Some(p) => format!("in {}(), argument '{p}' ({} of {})", slot_name(slot as usize), arg + 1, params.len()),
                None => format!("in {}()", slot_name(slot as usize)),
            }
        }
        Site::Function { sig, func } => {
            format!("when the HPy function {} ({}) returned", function_name(func), signature_name(sig))
        }
        Site::Python(what) => format!("in {what}"),
    }
}

/// Who made or closed a handle, from its `created_by`/`closed_by` code.
fn origin_text(code: u16, kind: Kind) -> String {
    if code & origin::ARGUMENT != 0 {
        let sig = HPyFunc_Signature((code & 0xff) as core::ffi::c_int);
        return format!("an argument of an HPy function ({}) called from Python", signature_name(sig));
    }
    match code {
        origin::FUNCTION_RETURNED => "debug mode, when the HPy function it was passed to returned".into(),
        origin::FORCE_CLOSE => "DebugHandle._force_close()".into(),
        slot if kind == Kind::Constant => format!("the context constant ctx->{}", hpy_sys::MEMBER_NAMES[slot as usize]),
        slot if (slot as usize) < CONTEXT_SLOTS => slot_name(slot as usize).into(),
        other => format!("unknown ({other})"),
    }
}

/// `'str'` for a type.
///
/// # Safety
/// `t` is a live type object.
unsafe fn type_name(t: *mut ffi::PyTypeObject) -> String {
    // SAFETY: a live type has a NUL-terminated `tp_name`.
    unsafe { format!("'{}'", CStr::from_ptr((*t).tp_name).to_string_lossy()) }
}

/// True if `addr` lies in a loaded executable or shared library (where
/// static types live), found without reading memory at `addr`.
fn in_loaded_object(addr: *const c_void) -> bool {
    let mut info = libc::Dl_info {
        dli_fname: core::ptr::null(),
        dli_fbase: core::ptr::null_mut(),
        dli_sname: core::ptr::null(),
        dli_saddr: core::ptr::null_mut(),
    };
    // SAFETY: dladdr only looks the address up.
    unsafe { libc::dladdr(addr, &mut info) != 0 }
}

/// True if `t` is a class alive now, found by walking the subclasses of
/// `object` (every heap type is one) without reading memory at `t`.
///
/// # Safety
/// GIL held.
unsafe fn is_live_class(t: *mut ffi::PyTypeObject) -> bool {
    // SAFETY: GIL held; every object touched is alive (we hold references
    // to the lists of subclasses while we look at them); the exception
    // state is saved and restored.
    unsafe {
        let saved = SavedError::take();
        let mut todo = vec![core::ptr::addr_of_mut!(ffi::PyBaseObject_Type)];
        // The lists keep the classes in them alive until we are done.
        let mut lists = Vec::new();
        let mut found = false;
        while let Some(cls) = todo.pop() {
            if cls == t {
                found = true;
                break;
            }
            if lists.len() > 100_000 {
                break;
            }
            let subs = ffi::PyObject_CallMethod(cls.cast(), c"__subclasses__".as_ptr(), core::ptr::null());
            if subs.is_null() || ffi::PyList_Check(subs) == 0 {
                ffi::PyErr_Clear();
                ffi::Py_XDECREF(subs);
                continue;
            }
            for i in 0..ffi::PyList_GET_SIZE(subs) {
                todo.push(ffi::PyList_GET_ITEM(subs, i).cast());
            }
            lists.push(subs);
        }
        for l in lists {
            ffi::Py_DECREF(l);
        }
        saved.restore();
        found
    }
}

/// The name of type `t` (remembered without a reference) if it is still
/// alive.
///
/// # Safety
/// GIL held.
unsafe fn live_type_name(t: *mut ffi::PyTypeObject) -> Option<String> {
    if t.is_null() {
        return None;
    }
    // SAFETY: `t` is read only once known to be a live type.
    unsafe { (in_loaded_object(t.cast()) || is_live_class(t)).then(|| type_name(t)) }
}

/// `a 'str' object: 'hello'` for a live object; the repr is cut short.
///
/// # Safety
/// GIL held; `obj` is live. May run `__repr__`; the pending exception, if
/// any, is kept.
pub(crate) unsafe fn object_text(obj: *mut ffi::PyObject) -> String {
    if obj.is_null() {
        return "NULL".into();
    }
    // SAFETY: GIL held, `obj` live; the exception state is saved around
    // the repr call and restored.
    unsafe {
        let mut text = format!("a {} object", type_name(ffi::Py_TYPE(obj)));
        let exc = SavedError::take();
        let r = ffi::PyObject_Repr(obj);
        if r.is_null() {
            ffi::PyErr_Clear();
        } else {
            let mut n: ffi::Py_ssize_t = 0;
            let p = ffi::PyUnicode_AsUTF8AndSize(r, &mut n);
            if p.is_null() {
                ffi::PyErr_Clear();
            } else {
                let s = String::from_utf8_lossy(core::slice::from_raw_parts(p.cast::<u8>(), n as usize));
                let mut short: String = s.chars().take(80).collect();
                if s.chars().count() > 80 {
                    short.push_str("...");
                }
                text.push_str(": ");
                text.push_str(&short);
            }
            ffi::Py_DECREF(r);
        }
        exc.restore();
        text
    }
}

/// Everything we know about the value `h` passed as a handle or builder.
///
/// # Safety
/// GIL held; `st` is the debug state. May run `__repr__` of open objects.
pub(crate) unsafe fn handle_text(st: *mut DebugState, h: isize) -> String {
    // SAFETY: GIL held; entries are only read.
    unsafe {
        let (index, tag) = match (*st).table.lookup(h) {
            Lookup::Foreign => {
                return format!(
                    "value {h:#x} is not a handle of the HPy debug context (a handle of another context, \
                     an uninitialized variable, or memory corruption?)"
                )
            }
            Lookup::Entry { index, tag } => (index, tag),
        };
        let e = (*st).table.entry(index);
        let same = (*e).serial & crate::table::TAG_MASK as u8 == tag;
        let mut out = match (*e).kind {
            _ if !same => format!(
                "handle {h:#x} was closed, and its slot in the handle table has since been reused for another handle"
            ),
            Kind::Open | Kind::Constant if (*e).live & LIVE_HANDLE != 0 => {
                format!("handle {h:#x} to {}", object_text(hpy_runtime::handles::py(hpy_sys::HPy { _i: (*e).uh })))
            }
            Kind::Builder if (*e).live & LIVE_BUILDER != 0 => format!("{h:#x} is an open builder"),
            Kind::Closed | Kind::Free => {
                let what = match live_type_name((*e).closed_type) {
                    Some(name) => format!("; it referred to a {name} object"),
                    None => String::new(),
                };
                format!("handle {h:#x} is closed: closed by {}{what}", origin_text((*e).closed_by, Kind::Closed))
            }
            Kind::BuilderClosed => {
                format!("builder {h:#x} was already consumed by {}", origin_text((*e).closed_by, Kind::Closed))
            }
            _ => format!("value {h:#x} is not in use"),
        };
        if same {
            out.push_str(&format!("\n    created by {}", origin_text((*e).created_by, (*e).kind)));
            match crate::stacktrace::format((*(*st).table.extra(index)).trace).map(|t| crate::symbols::name_functions(&t)) {
                Some(t) => {
                    out.push_str("\n    created at (C stack, innermost first):\n");
                    for line in t.lines() {
                        out.push_str("        ");
                        out.push_str(line);
                        out.push('\n');
                    }
                    out.pop();
                }
                None if matches!((*e).kind, Kind::Open | Kind::Closed | Kind::Free) => out.push_str(
                    "\n    (call hpy.debug.set_handle_stack_trace_limit(16) to record where handles are created)",
                ),
                None => {}
            }
        }
        out
    }
}

/// The pending exception, put aside while a report runs Python code.
pub(crate) struct SavedError([*mut ffi::PyObject; 3]);

impl SavedError {
    /// # Safety
    /// GIL held.
    pub(crate) unsafe fn take() -> SavedError {
        let mut e = [core::ptr::null_mut(); 3];
        // SAFETY: GIL held; the three pointers receive owned references.
        unsafe { ffi::PyErr_Fetch(&mut e[0], &mut e[1], &mut e[2]) };
        SavedError(e)
    }

    /// # Safety
    /// GIL held.
    pub(crate) unsafe fn restore(self) {
        // SAFETY: GIL held; gives back the references `take` got.
        unsafe { ffi::PyErr_Restore(self.0[0], self.0[1], self.0[2]) }
    }
}

fn emit(headline: &str, lines: &[String]) {
    let mut text = format!("HPy debug mode: {headline}\n");
    for l in lines {
        text.push_str("    ");
        text.push_str(l);
        text.push('\n');
    }
    // A failed write to stderr leaves nothing better to do.
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Call a hook with no arguments, keeping the pending exception.
///
/// # Safety
/// GIL held; `hook` is a live callable.
unsafe fn call_hook(hook: *mut ffi::PyObject) {
    // SAFETY: GIL held; we hold a reference to `hook` for the call.
    unsafe {
        ffi::Py_INCREF(hook);
        let exc = SavedError::take();
        let r = ffi::PyObject_CallNoArgs(hook);
        if r.is_null() {
            ffi::PyErr_WriteUnraisable(hook);
        } else {
            ffi::Py_DECREF(r);
        }
        exc.restore();
        ffi::Py_DECREF(hook);
    }
}

/// A handle that may not be used was used at `site`. Returns if the
/// `on_invalid_handle` hook is set (after calling it); aborts otherwise.
///
/// # Safety
/// GIL held; `st` is the debug state.
pub(crate) unsafe fn invalid_handle(st: *mut DebugState, site: Site<'_>, h: isize, problem: &str) {
    // SAFETY: forwarded.
    unsafe {
        let mut lines = vec![site_text(&site)];
        if !problem.is_empty() {
            lines.push(problem.to_string());
        }
        lines.push(handle_text(st, h));
        emit(&CLOSED_HANDLE.to_string_lossy(), &lines);
        let hook = (*st).on_invalid_handle;
        if hook.is_null() {
            ffi::Py_FatalError(CLOSED_HANDLE.as_ptr());
        }
        call_hook(hook);
    }
}

/// A builder that may not be used was used at `site`. Like
/// `invalid_handle`, with the `on_invalid_builder_handle` hook.
///
/// # Safety
/// GIL held; `st` is the debug state.
pub(crate) unsafe fn invalid_builder(st: *mut DebugState, site: Site<'_>, b: isize) {
    // SAFETY: forwarded.
    unsafe {
        let lines = [site_text(&site), handle_text(st, b)];
        emit(&CLOSED_BUILDER.to_string_lossy(), &lines);
        let hook = (*st).on_invalid_builder;
        if hook.is_null() {
            ffi::Py_FatalError(CLOSED_BUILDER.as_ptr());
        }
        call_hook(hook);
    }
}

/// An argument check failed (`HPy_TypeCheck arg 2 must be a type`, ...):
/// always fatal, as upstream.
///
/// # Safety
/// GIL held; `st` is the debug state.
pub(crate) unsafe fn fatal_check(st: *mut DebugState, site: Site<'_>, h: isize, message: &CStr) -> ! {
    // SAFETY: forwarded.
    unsafe {
        let lines = [site_text(&site), handle_text(st, h)];
        emit(&message.to_string_lossy(), &lines);
        ffi::Py_FatalError(message.as_ptr())
    }
}

/// A context was used outside the HPy call it was given to.
///
/// # Safety
/// GIL held.
pub(crate) unsafe fn wrong_context(ctx: *mut HPyContext, slot: usize) -> ! {
    let mut text = String::from("Error: Wrong HPy Context!\n");
    text.push_str(&format!(
        "    {}() was called with context {ctx:p}, which is not valid here: a context is only valid \
         in the HPy function call it was passed to, and not while that call is inside another API \
         call (was it kept in a global or a struct?)\n",
        slot_name(slot)
    ));
    if let Some(trace) = crate::stacktrace::current(16) {
        text.push_str("    C stack, innermost first:\n");
        for line in trace.lines() {
            text.push_str("        ");
            text.push_str(line);
            text.push('\n');
        }
    }
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
    // SAFETY: GIL held, as every context function requires.
    unsafe { ffi::Py_FatalError(c"HPy debug mode: wrong HPy context".as_ptr()) }
}

/// The debug context cannot be set up: nothing sensible can go on.
#[cold]
pub(crate) fn fatal_init(message: &str) -> ! {
    let _ = writeln!(std::io::stderr().lock(), "HPy debug mode: {message}");
    std::process::abort()
}

/// Who created the handle in entry `e`, e.g. "HPy_Dup".
///
/// # Safety
/// `e` is an entry of the table.
pub(crate) unsafe fn creator_text(e: *const crate::table::Entry) -> String {
    // SAFETY: guaranteed by the caller.
    unsafe { origin_text((*e).created_by, (*e).kind) }
}

/// Where the handle in entry `e` was created, for grouping leaks: who
/// created it and, when its stack trace was recorded, the extension's
/// function that made the call, with the object file and offset of the
/// call, e.g. `HPy_Dup in leak_impl (mytest.hpy0.so+0x1139)`. Without a
/// trace it is only who created it (`HPy_Dup`).
///
/// Frames of functions named `HPy*` or `_HPy*` are passed over, so the
/// site is the caller's code: those are the API's own functions compiled
/// into the extension (the inline `HPy_Dup` or `HPyLong_FromLong` when it
/// is built without optimization, and helpers like `HPy_BuildValue`).
///
/// # Safety
/// `e` and `x` are an entry of the table and its extra.
pub(crate) unsafe fn creation_site(e: *const crate::table::Entry, x: *const crate::table::Extra) -> String {
    // SAFETY: guaranteed by the caller.
    let (mut site, frames) = unsafe { (creator_text(e), crate::stacktrace::frames((*x).trace)) };
    // A return address: the call is the byte before.
    let located: Vec<_> = frames.iter().filter_map(|&a| crate::symbols::locate(a.wrapping_sub(1))).collect();
    let is_api = |l: &crate::symbols::Location| {
        l.function.as_ref().is_some_and(|(f, _)| f.starts_with("HPy") || f.starts_with("_HPy"))
    };
    if let Some(l) = located.iter().find(|l| !is_api(l)).or(located.first()) {
        match &l.function {
            Some((f, _)) => site.push_str(&format!(" in {f} ({}+{:#x})", l.file, l.offset)),
            None => site.push_str(&format!(" in {}+{:#x}", l.file, l.offset)),
        }
    }
    site
}
