//! C stack traces of where handles are opened (off by default: turning it
//! on costs one `backtrace()` call and one small allocation per handle).
//!
//! Only return addresses are stored; they are turned into text when a
//! report or a `DebugHandle` repr needs them.

use core::ffi::{c_char, c_int, c_void};

extern "C" {
    // glibc's <execinfo.h>.
    fn backtrace(buffer: *mut *mut c_void, size: c_int) -> c_int;
    fn backtrace_symbols(buffer: *const *mut c_void, size: c_int) -> *mut *mut c_char;
}

/// Return addresses, innermost first.
pub(crate) struct Trace {
    frames: Box<[usize]>,
}

/// The deepest stack we look at, including our own frames.
const MAX_DEPTH: usize = 256;

/// The object file that contains this code: frames inside it are the
/// debug mode itself and are left out of traces.
fn own_object() -> usize {
    static OWN: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    *OWN.get_or_init(|| object_of(own_object as *const () as usize))
}

fn empty_info() -> libc::Dl_info {
    libc::Dl_info {
        dli_fname: core::ptr::null(),
        dli_fbase: core::ptr::null_mut(),
        dli_sname: core::ptr::null(),
        dli_saddr: core::ptr::null_mut(),
    }
}

fn object_of(addr: usize) -> usize {
    let mut info = empty_info();
    // SAFETY: `dladdr` only reads its argument as an address.
    let ok = unsafe { libc::dladdr(addr as *const c_void, &mut info) };
    if ok == 0 { 0 } else { info.dli_fbase as usize }
}

/// Capture up to `limit` frames of the caller's stack, skipping the frames
/// of the debug mode itself. Returns null when there is nothing to keep.
pub(crate) fn capture(limit: usize) -> *mut Trace {
    let mut buf = [core::ptr::null_mut::<c_void>(); MAX_DEPTH];
    // SAFETY: `buf` has room for MAX_DEPTH entries.
    let n = unsafe { backtrace(buf.as_mut_ptr(), MAX_DEPTH as c_int) }.max(0) as usize;
    let own = own_object();
    let first = buf[..n].iter().position(|&a| object_of(a as usize) != own).unwrap_or(n);
    let frames: Box<[usize]> = buf[first..n].iter().take(limit).map(|&a| a as usize).collect();
    if frames.is_empty() {
        return core::ptr::null_mut();
    }
    Box::into_raw(Box::new(Trace { frames }))
}

/// Free a trace made by `capture` (null is fine).
///
/// # Safety
/// `t` is null or came from `capture` and is not used afterwards.
pub(crate) unsafe fn free(t: *mut Trace) {
    if !t.is_null() {
        // SAFETY: guaranteed by the caller.
        drop(unsafe { Box::from_raw(t) });
    }
}

/// The return addresses of a trace, innermost first (empty for null).
///
/// # Safety
/// `t` is null or a live trace, which outlives the slice.
pub(crate) unsafe fn frames<'a>(t: *const Trace) -> &'a [usize] {
    // SAFETY: guaranteed by the caller.
    unsafe { t.as_ref() }.map_or(&[], |t| &t.frames)
}

/// One line per frame, as glibc's `backtrace_symbols` writes them.
///
/// # Safety
/// `t` is null or a live trace.
pub(crate) unsafe fn format(t: *const Trace) -> Option<String> {
    // SAFETY: guaranteed by the caller.
    let t = unsafe { t.as_ref() }?;
    let n = t.frames.len();
    // SAFETY: `frames` holds `n` addresses; glibc returns one malloc'ed
    // block holding `n` C strings, which we free once copied.
    unsafe {
        let syms = backtrace_symbols(t.frames.as_ptr().cast(), n as c_int);
        if syms.is_null() {
            return Some(t.frames.iter().map(|a| format!("[{a:#x}]")).collect::<Vec<_>>().join("\n"));
        }
        let lines: Vec<String> =
            (0..n).map(|i| core::ffi::CStr::from_ptr(*syms.add(i)).to_string_lossy().into_owned()).collect();
        libc::free(syms.cast());
        Some(lines.join("\n"))
    }
}

/// The current C stack, formatted (for context misuse reports).
pub(crate) fn current(limit: usize) -> Option<String> {
    let t = capture(limit);
    // SAFETY: `t` is null or a fresh trace, freed right after.
    unsafe {
        let s = format(t);
        free(t);
        s
    }
}
