//! `_HPy_CallRealFunctionFromTrampoline` in debug mode: CPython called a
//! trampoline of the extension, which hands us its `PyObject *` arguments.
//!
//! Each object argument gets a debug handle (borrowed: closing it does not
//! close the object); the HPy function runs with a context of its own
//! ([`state::switch_in`]); afterwards every argument handle is closed (a
//! handle the function closed itself is reported), and the result handle
//! is checked and closed, its reference passing to CPython. So a call of an
//! `HPyFunc_O` function opens and closes three handles, as upstream counts.
//!
//! Signatures without handles (traverse, destroy, capsule destructor) go
//! to the inner context's implementation.
//!
//! Every signature goes through the steps of a [`Frame`]. The four method
//! signatures (`NOARGS`, `O`, `VARARGS` and `KEYWORDS`, with up to 16
//! handle arguments) have a function of their own (a hot path), so that
//! the dispatcher jumps straight to a few dozen inlined instructions:
//! argument handles are opened and closed by the inline fast paths of
//! [`state::open`] and [`state::close`], and everything that reports is
//! out of line (`#[cold]`). The other signatures share one general
//! function.

#![allow(non_camel_case_types, non_snake_case)]

use crate::manual::close_handle;
use crate::report::{self, origin, Site};
use crate::state::{self, DebugState};
use crate::table::{Entry, Kind, Lookup, Table, BORROWED, LIVE_HANDLE, TAG_MASK};
use core::ffi::c_void;
use hpy_runtime::handles::{hpy, py};
use hpy_sys::*;
use pyo3_ffi as ffi;

type Obj = *mut cpy_PyObject;
type Ctx = *mut HPyContext;

// The C types of the implementations (hpyfunc_signatures.h).
use hpy_sys::hpyfunc;

/// The argument handles of one call: on the stack for up to 16.
struct ArgHandles {
    inline: [HPy; 16],
    heap: Vec<HPy>,
    len: usize,
}

impl ArgHandles {
    fn as_slice(&self) -> &[HPy] {
        if self.len > self.inline.len() { &self.heap } else { &self.inline[..self.len] }
    }

    fn as_ptr(&self) -> *const HPy {
        self.as_slice().as_ptr()
    }
}

/// Which argument, for reports.
#[derive(Clone, Copy)]
enum Arg {
    Named(&'static str),
    Item(usize),
}

/// A borrowed debug handle for argument `o` of an HPy function of
/// signature `sig` (NULL stays NULL).
///
/// # Safety
/// GIL held (CPython is calling us); `o` is NULL or a live object.
#[inline(always)]
unsafe fn open_arg(st: *mut DebugState, sig: HPyFunc_Signature, o: Obj) -> HPy {
    if o.is_null() {
        return HPy::NULL;
    }
    let by = origin::ARGUMENT | (sig.0 as u16 & 0xff);
    // SAFETY: forwarded; `o` is not null.
    HPy { _i: unsafe { state::open(st, hpy(o.cast())._i, by, BORROWED) } }
}

/// An argument handle of a hot path, with what it takes to close it
/// quickly.
#[derive(Clone, Copy)]
struct ArgH {
    h: HPy,
    /// Its entry's header when it was opened; 0 for NULL.
    header: u64,
}

/// [`open_arg`], remembering the entry and its header.
///
/// # Safety
/// As for [`open_arg`].
#[inline(always)]
unsafe fn open_arg_h(st: *mut DebugState, sig: HPyFunc_Signature, o: Obj) -> ArgH {
    if o.is_null() {
        return ArgH { h: HPy::NULL, header: 0 };
    }
    let by = origin::ARGUMENT | (sig.0 as u16 & 0xff);
    // SAFETY: forwarded; `o` is not null.
    let r = unsafe { state::open_with(st, hpy(o.cast())._i, by, BORROWED) };
    ArgH { h: HPy { _i: r.h }, header: r.header }
}

/// [`close_arg`] of a handle [`open_arg_h`] opened: if its entry's header
/// is still the one written then, the handle is open, borrowed and has no
/// extras, which one comparison tells (the handle is an address in the
/// table, so no bounds check either).
///
/// # Safety
/// GIL held; `a` comes from `open_arg_h` for this call.
#[inline(always)]
unsafe fn close_arg_h(st: *mut DebugState, sig: HPyFunc_Signature, func: *const c_void, a: ArgH, what: Arg) {
    // SAFETY: GIL held; a non-null `a.h` is a handle of the table, whose
    // entries stay mapped, so its entry (the handle without its tag) can be
    // read.
    unsafe {
        if a.h._i != 0 {
            let e = (a.h._i as usize & !TAG_MASK) as *mut Entry;
            if Table::header(e) == a.header {
                state::close_no_extras(st, e, origin::FUNCTION_RETURNED);
                return;
            }
        }
        close_arg_slow(st, sig, func, a.h, what)
    }
}

/// The function returned: close argument handle `h`, which it must not
/// have closed itself.
///
/// # Safety
/// GIL held; `h` is a handle `open_arg` returned for this call.
#[inline(always)]
unsafe fn close_arg(st: *mut DebugState, sig: HPyFunc_Signature, func: *const c_void, h: HPy, what: Arg) {
    // SAFETY: GIL held; entries are read inside the table only.
    unsafe {
        // The common case in one comparison: still open, borrowed as
        // `open_arg` made it, no extras.
        if let Some((_, e)) = (*st).table.open_entry_with(h._i, BORROWED) {
            state::close_no_extras(st, e, origin::FUNCTION_RETURNED);
            return;
        }
        close_arg_slow(st, sig, func, h, what)
    }
}

/// [`close_arg`] of anything else: an open handle with extras, or one the
/// function closed (reported).
#[cold]
#[inline(never)]
unsafe fn close_arg_slow(st: *mut DebugState, sig: HPyFunc_Signature, func: *const c_void, h: HPy, what: Arg) {
    // SAFETY: as in `close_arg`.
    unsafe {
        if let Some((index, _)) = (*st).table.open_entry(h._i) {
            state::close(st, index, origin::FUNCTION_RETURNED);
            return;
        }
        arg_not_open(st, sig, func, h, what)
    }
}

/// [`close_arg`] of a handle that is not open: nothing for NULL, else the
/// function closed its argument: report.
#[cold]
#[inline(never)]
unsafe fn arg_not_open(st: *mut DebugState, sig: HPyFunc_Signature, func: *const c_void, h: HPy, what: Arg) {
    if h.is_null() {
        return;
    }
    let what = match what {
        Arg::Named(name) => format!("'{name}'"),
        Arg::Item(i) => format!("args[{i}]"),
    };
    let problem = format!(
        "its argument {what} was closed by the function; arguments are closed for the function \
         when it returns, so it must not close them (use HPy_Dup to keep one)"
    );
    // SAFETY: GIL held.
    unsafe { report::invalid_handle(st, Site::Function { sig, func }, h._i, &problem) }
}

/// The function returned handle `h`: hand its object to CPython (a new
/// reference) and close the debug handle.
///
/// # Safety
/// GIL held.
#[inline(always)]
unsafe fn take_result(st: *mut DebugState, sig: HPyFunc_Signature, func: *const c_void, h: HPy) -> Obj {
    // SAFETY: GIL held; entries are read inside the table only.
    unsafe {
        // The common case in one comparison: open, owned, no extras.
        if let Some((_, e)) = (*st).table.open_entry_with(h._i, 0) {
            return py(state::close_no_extras(st, e, origin::FUNCTION_RETURNED)).cast();
        }
        take_result_slow(st, sig, func, h)
    }
}

/// [`take_result`] of anything else: an owned handle with extras, or
/// what is not an open handle the function owned (reported).
#[cold]
#[inline(never)]
unsafe fn take_result_slow(st: *mut DebugState, sig: HPyFunc_Signature, func: *const c_void, h: HPy) -> Obj {
    // SAFETY: as in `take_result`.
    unsafe {
        if let Some((index, e)) = (*st).table.open_entry(h._i) {
            if (*e).flags & BORROWED == 0 {
                let (uh, _) = state::close(st, index, origin::FUNCTION_RETURNED);
                return py(uh).cast();
            }
        }
        bad_result(st, sig, func, h)
    }
}

/// [`take_result`] of anything but an open handle the function owned:
/// NULL (an error) stays NULL; the rest is reported.
#[cold]
#[inline(never)]
unsafe fn bad_result(st: *mut DebugState, sig: HPyFunc_Signature, func: *const c_void, h: HPy) -> Obj {
    if h.is_null() {
        return core::ptr::null_mut();
    }
    // SAFETY: GIL held; entries are read inside the table only.
    unsafe {
        let problem = match (*st).table.lookup(h._i) {
            Lookup::Entry { index, tag } => {
                let e = (*st).table.entry(index);
                let live = (*e).live == LIVE_HANDLE | tag;
                let returned_arg = (*e).kind == Kind::Closed && (*e).closed_by == origin::FUNCTION_RETURNED;
                if live && (*e).kind == Kind::Constant {
                    "it returned a context constant (ctx->h_None, ...) without HPy_Dup"
                } else if returned_arg || (live && (*e).flags & BORROWED != 0) {
                    "it returned one of its arguments without HPy_Dup"
                } else {
                    "it returned a closed handle"
                }
            }
            Lookup::Foreign => "it returned a value that is not a handle",
        };
        report::invalid_handle(st, Site::Function { sig, func }, h._i, problem);
        // A hook let us go on: give CPython a reference of its own, the
        // best guess for an object the function did not own.
        match (*st).table.lookup(h._i) {
            Lookup::Entry { index, .. } => {
                let o = py(HPy { _i: (*(*st).table.entry(index)).uh });
                ffi::Py_XINCREF(o);
                o.cast()
            }
            Lookup::Foreign => {
                ffi::PyErr_SetString(ffi::PyExc_SystemError, c"HPy function returned an invalid handle".as_ptr());
                core::ptr::null_mut()
            }
        }
    }
}

/// One call of an HPy function from a trampoline.
struct Frame {
    st: *mut DebugState,
    caller: Ctx,
    sig: HPyFunc_Signature,
    func: *const c_void,
}

impl Frame {
    /// A borrowed debug handle for an argument.
    #[inline(always)]
    unsafe fn arg(&self, o: Obj) -> HPy {
        // SAFETY: GIL held (CPython is calling us); `o` is a live object.
        unsafe { open_arg(self.st, self.sig, o) }
    }

    /// [`Frame::arg`], remembering what [`Frame::done_h`] needs.
    #[inline(always)]
    unsafe fn arg_h(&self, o: Obj) -> ArgH {
        // SAFETY: GIL held (CPython is calling us); `o` is a live object.
        unsafe { open_arg_h(self.st, self.sig, o) }
    }

    /// [`Frame::done`] of a handle from [`Frame::arg_h`].
    #[inline(always)]
    unsafe fn done_h(&self, a: ArgH, what: Arg) {
        // SAFETY: forwarded.
        unsafe { close_arg_h(self.st, self.sig, self.func, a, what) }
    }

    /// Debug handles for the `n` objects `obj(0..n)`.
    unsafe fn args(&self, n: usize, obj: impl Fn(usize) -> Obj) -> ArgHandles {
        let mut a = ArgHandles { inline: [HPy::NULL; 16], heap: Vec::new(), len: n };
        if n > a.inline.len() {
            a.heap.resize(n, HPy::NULL);
        }
        let slots = if n > a.inline.len() { &mut a.heap[..] } else { &mut a.inline[..n] };
        for (i, slot) in slots.iter_mut().enumerate() {
            // SAFETY: GIL held; `obj(i)` is a live object.
            *slot = unsafe { self.arg(obj(i)) };
        }
        a
    }

    /// Close the argument handles of `args`.
    unsafe fn done_all(&self, args: &ArgHandles) {
        for (i, &h) in args.as_slice().iter().enumerate() {
            // SAFETY: forwarded.
            unsafe { self.done(h, Arg::Item(i)) };
        }
    }

    /// Run the HPy function with a context of its own.
    #[inline(always)]
    unsafe fn call<R>(&self, f: impl FnOnce(Ctx) -> R) -> R {
        // SAFETY: `caller` is the debug context the trampoline passed.
        unsafe {
            let sw = state::switch_in(self.st, self.caller);
            let r = f(sw.ctx);
            state::switch_out(sw);
            r
        }
    }

    /// The function returned: close argument handle `h`, which it must
    /// not have closed itself.
    #[inline(always)]
    unsafe fn done(&self, h: HPy, what: Arg) {
        // SAFETY: forwarded.
        unsafe { close_arg(self.st, self.sig, self.func, h, what) }
    }

    fn site(&self) -> Site<'static> {
        Site::Function { sig: self.sig, func: self.func }
    }

    /// The function returned handle `h`: hand its object to CPython (a new
    /// reference) and close the debug handle.
    #[inline(always)]
    unsafe fn result(&self, h: HPy) -> Obj {
        // SAFETY: forwarded.
        unsafe { take_result(self.st, self.sig, self.func, h) }
    }
}

/// How many argument handles the hot paths keep on the stack.
const HOT_ARGS: usize = 16;

/// The argument array of a hot `VARARGS` or `KEYWORDS` call: at most
/// [`HOT_ARGS`] handles on the stack, each with its entry header for
/// [`close_arg_h`].
struct HotArgs {
    h: [core::mem::MaybeUninit<HPy>; HOT_ARGS],
    header: [core::mem::MaybeUninit<u64>; HOT_ARGS],
}

impl HotArgs {
    /// Room for [`HOT_ARGS`] handles, none open yet. The caller fills it
    /// in place with [`HotArgs::open`] (returning a filled one by value
    /// would copy both arrays).
    #[inline(always)]
    fn new() -> HotArgs {
        HotArgs {
            h: [core::mem::MaybeUninit::uninit(); HOT_ARGS],
            header: [core::mem::MaybeUninit::uninit(); HOT_ARGS],
        }
    }

    /// Open a borrowed handle for each of the `n` objects at `objs`.
    ///
    /// # Safety
    /// GIL held; `n <= HOT_ARGS`; `objs` points to `n` objects (or is
    /// unused when `n` is 0).
    #[inline(always)]
    unsafe fn open(&mut self, fr: &Frame, objs: *const Obj, n: usize) {
        for i in 0..n {
            // SAFETY: the caller's contract; `i < n <= HOT_ARGS`.
            let x = unsafe { fr.arg_h(*objs.add(i)) };
            self.h[i].write(x.h);
            self.header[i].write(x.header);
        }
    }

    /// The handles, as the `const HPy *` the implementation takes.
    fn as_ptr(&self) -> *const HPy {
        self.h.as_ptr().cast()
    }

    /// Close the `n` handles [`HotArgs::open`] opened, reporting item `i`
    /// by its index.
    ///
    /// # Safety
    /// GIL held; `n` is what `open` was given; called once, after the
    /// implementation returned.
    #[inline(always)]
    unsafe fn close(&self, fr: &Frame, n: usize) {
        for i in 0..n {
            // SAFETY: the first `n` elements were written by `open`.
            unsafe {
                let x = ArgH { h: self.h[i].assume_init(), header: self.header[i].assume_init() };
                fr.done_h(x, Arg::Item(i));
            }
        }
    }
}

type RawFn = unsafe extern "C" fn() -> *mut c_void;

macro_rules! func {
    ($f:expr, $t:ty) => {
        core::mem::transmute::<RawFn, $t>($f)
    };
}

/// `HPyFunc_NOARGS`: the steps of the general path ([`Frame`]), with the
/// fast paths of closing argument handles ([`Frame::arg_h`]).
///
/// # Safety
/// As for `ctx_CallRealFunctionFromTrampoline` with this signature.
#[inline(never)]
unsafe extern "C" fn call_noargs(ctx: Ctx, sig: HPyFunc_Signature, func: HPyCFunction, args: *mut c_void) {
    let Some(f) = func else {
        // SAFETY: forwarded.
        return unsafe { call_general(ctx, sig, func, args) };
    };
    // SAFETY: the trampoline passed the argument block of `sig` and an
    // implementation of the matching C type, which the cast restores; GIL
    // held.
    unsafe {
        let fr = hot_frame(ctx, HPyFunc_Signature::NOARGS, f);
        let a = args.cast::<_HPyFunc_args_NOARGS>();
        let s = fr.arg_h((*a).self_);
        let r = fr.call(move |c| func!(f, hpyfunc::unaryfunc)(c, s.h));
        fr.done_h(s, Arg::Named("self"));
        (*a).result = fr.result(r);
    }
}

/// `HPyFunc_O`, as [`call_noargs`].
///
/// # Safety
/// As for `ctx_CallRealFunctionFromTrampoline` with this signature.
#[inline(never)]
unsafe extern "C" fn call_o(ctx: Ctx, sig: HPyFunc_Signature, func: HPyCFunction, args: *mut c_void) {
    let Some(f) = func else {
        // SAFETY: forwarded.
        return unsafe { call_general(ctx, sig, func, args) };
    };
    // SAFETY: as in `call_noargs`.
    unsafe {
        let fr = hot_frame(ctx, HPyFunc_Signature::O, f);
        let a = args.cast::<_HPyFunc_args_O>();
        let s = fr.arg_h((*a).self_);
        let x = fr.arg_h((*a).arg);
        let r = fr.call(move |c| func!(f, hpyfunc::binaryfunc)(c, s.h, x.h));
        fr.done_h(s, Arg::Named("self"));
        fr.done_h(x, Arg::Named("arg"));
        (*a).result = fr.result(r);
    }
}

/// `HPyFunc_VARARGS` with at most [`HOT_ARGS`] arguments (more go to
/// the general path), as [`call_noargs`].
///
/// # Safety
/// As for `ctx_CallRealFunctionFromTrampoline` with this signature.
#[inline(never)]
unsafe extern "C" fn call_varargs(ctx: Ctx, sig: HPyFunc_Signature, func: HPyCFunction, args: *mut c_void) {
    let Some(f) = func else {
        // SAFETY: forwarded.
        return unsafe { call_general(ctx, sig, func, args) };
    };
    // SAFETY: as in `call_noargs`; `args` holds `nargs` objects.
    unsafe {
        let a = args.cast::<_HPyFunc_args_VARARGS>();
        let n = (*a).nargs.max(0) as usize;
        if n > HOT_ARGS {
            return call_general(ctx, sig, func, args);
        }
        let fr = hot_frame(ctx, HPyFunc_Signature::VARARGS, f);
        let s = fr.arg_h((*a).self_);
        let mut v = HotArgs::new();
        v.open(&fr, (*a).args.cast(), n);
        let handles = v.as_ptr();
        let r = fr.call(move |c| func!(f, hpyfunc::varargs)(c, s.h, handles, n));
        fr.done_h(s, Arg::Named("self"));
        v.close(&fr, n);
        (*a).result = fr.result(r);
    }
}

/// `HPyFunc_KEYWORDS` with at most [`HOT_ARGS`] handles in the array
/// (more go to the general path), as [`call_noargs`].
///
/// # Safety
/// As for `ctx_CallRealFunctionFromTrampoline` with this signature.
#[inline(never)]
unsafe extern "C" fn call_keywords(ctx: Ctx, sig: HPyFunc_Signature, func: HPyCFunction, args: *mut c_void) {
    let Some(f) = func else {
        // SAFETY: forwarded.
        return unsafe { call_general(ctx, sig, func, args) };
    };
    // SAFETY: as in `call_noargs`; `args` holds `nargs` positional
    // objects and one per name in the `kwnames` tuple.
    unsafe {
        let a = args.cast::<_HPyFunc_args_KEYWORDS>();
        let nargs = (*a).nargsf & !ffi::PY_VECTORCALL_ARGUMENTS_OFFSET;
        let kw: *mut ffi::PyObject = (*a).kwnames.cast();
        let nkw = if kw.is_null() { 0 } else { ffi::PyTuple_GET_SIZE(kw) as usize };
        let n = nargs + nkw;
        if n > HOT_ARGS {
            return call_general(ctx, sig, func, args);
        }
        let fr = hot_frame(ctx, HPyFunc_Signature::KEYWORDS, f);
        let s = fr.arg_h((*a).self_);
        let mut v = HotArgs::new();
        v.open(&fr, (*a).args.cast(), n);
        let k = fr.arg_h((*a).kwnames);
        let handles = v.as_ptr();
        let r = fr.call(move |c| func!(f, hpyfunc::keywords)(c, s.h, handles, nargs, k.h));
        fr.done_h(s, Arg::Named("self"));
        v.close(&fr, n);
        fr.done_h(k, Arg::Named("kwnames"));
        (*a).result = fr.result(r);
    }
}

/// The [`Frame`] of a hot path: the static debug state, the implementation
/// `f` of signature `sig` called from the debug context `ctx`.
#[inline(always)]
fn hot_frame(ctx: Ctx, sig: HPyFunc_Signature, f: RawFn) -> Frame {
    Frame { st: state::global(), caller: ctx, sig, func: f as *const c_void }
}

/// `HPy_mod_create` may not return a module object (upstream's rule).
unsafe fn check_create_result(o: Obj) -> Obj {
    // SAFETY: GIL held; `o` is a new reference or NULL.
    unsafe {
        let p: *mut ffi::PyObject = o.cast();
        if !p.is_null() && ffi::PyModule_Check(p) != 0 {
            ffi::Py_DECREF(p);
            ffi::PyErr_SetString(
                ffi::PyExc_SystemError,
                c"HPy_mod_create slot returned a builtin module object. This is currently not supported.".as_ptr(),
            );
            return core::ptr::null_mut();
        }
    }
    o
}

pub(crate) unsafe extern "C" fn ctx_CallRealFunctionFromTrampoline(
    ctx: *mut HPyContext,
    sig: HPyFunc_Signature,
    func: HPyCFunction,
    args: *mut c_void,
) {
    // SAFETY: `ctx` is a debug context (the one the extension was loaded
    // with); the trampoline passes the argument block matching `sig` and an
    // implementation of the matching C type.
    unsafe {
        match DISPATCH.get(sig.0 as usize) {
            Some(call) => call(ctx, sig, func, args),
            None => call_general(ctx, sig, func, args),
        }
    }
}

/// A function for one signature: `ctx_CallRealFunctionFromTrampoline`'s
/// own signature, so that the dispatch is a table lookup and a jump.
type SigFn = unsafe extern "C" fn(Ctx, HPyFunc_Signature, HPyCFunction, *mut c_void);

/// For the signatures of slots (`HPy_sq_length`, `HPy_tp_repr`, ...): one
/// function each, made by [`call_sig`] for that signature alone, so that a
/// call goes through neither a second dispatch nor the register saving of
/// every signature at once. With the four method signatures, they make
/// the dispatch table, indexed by signature.
macro_rules! dispatch_table {
    (methods { $($msig:ident => $mname:ident),* $(,)? } slots { $($sig:ident => $name:ident),* $(,)? }) => {
        $(
            #[inline(never)]
            unsafe extern "C" fn $name(ctx: Ctx, _sig: HPyFunc_Signature, func: HPyCFunction, args: *mut c_void) {
                // SAFETY: forwarded (`ctx_CallRealFunctionFromTrampoline`
                // with this signature).
                unsafe { call_sig(ctx, HPyFunc_Signature::$sig, func, args) }
            }
        )*

        static DISPATCH: [SigFn; 40] = {
            let mut t: [SigFn; 40] = [call_general; 40];
            $(t[HPyFunc_Signature::$msig.0 as usize] = $mname;)*
            $(t[HPyFunc_Signature::$sig.0 as usize] = $name;)*
            t
        };
    };
}

dispatch_table! {
    methods {
        NOARGS => call_noargs,
        O => call_o,
        VARARGS => call_varargs,
        KEYWORDS => call_keywords,
    }
    slots {
        UNARYFUNC => call_unaryfunc,
        REPRFUNC => call_reprfunc,
        GETITERFUNC => call_getiterfunc,
        ITERNEXTFUNC => call_iternextfunc,
        BINARYFUNC => call_binaryfunc,
        GETATTROFUNC => call_getattrofunc,
        TERNARYFUNC => call_ternaryfunc,
        DESCRGETFUNC => call_descrgetfunc,
        INQUIRY => call_inquiry,
        LENFUNC => call_lenfunc,
        HASHFUNC => call_hashfunc,
        SSIZEARGFUNC => call_ssizeargfunc,
        SSIZESSIZEARGFUNC => call_ssizessizeargfunc,
        SSIZEOBJARGPROC => call_ssizeobjargproc,
        SSIZESSIZEOBJARGPROC => call_ssizessizeobjargproc,
        OBJOBJARGPROC => call_objobjargproc,
        SETATTROFUNC => call_setattrofunc,
        DESCRSETFUNC => call_descrsetfunc,
        OBJOBJPROC => call_objobjproc,
        GETATTRFUNC => call_getattrfunc,
        SETATTRFUNC => call_setattrfunc,
        RICHCMPFUNC => call_richcmpfunc,
        GETTER => call_getter,
        SETTER => call_setter,
        INITPROC => call_initproc,
        NEWFUNC => call_newfunc,
        DESTRUCTOR => call_destructor,
    }
}

/// Every signature, and the method signatures with long argument arrays.
///
/// # Safety
/// As for `ctx_CallRealFunctionFromTrampoline`.
#[inline(never)]
unsafe extern "C" fn call_general(ctx: Ctx, sig: HPyFunc_Signature, func: HPyCFunction, args: *mut c_void) {
    // SAFETY: forwarded.
    unsafe { call_sig(ctx, sig, func, args) }
}

/// The call of an HPy function of signature `sig`, for every signature
/// (inline, so that a constant `sig` leaves only its own case).
///
/// # Safety
/// As for `ctx_CallRealFunctionFromTrampoline`.
#[inline(always)]
unsafe fn call_sig(ctx: Ctx, sig: HPyFunc_Signature, func: HPyCFunction, args: *mut c_void) {
    // SAFETY: the trampoline passes the argument block matching `sig` and
    // an implementation of the matching C type, which the casts restore.
    unsafe {
        let st = state::global();
        let uctx = (*st).uctx;
        let Some(f) = func else {
            return ((*uctx).ctx_CallRealFunctionFromTrampoline)(uctx, sig, func, args);
        };
        let fr = Frame { st, caller: ctx, sig, func: f as *const c_void };
        macro_rules! block {
            ($t:ident) => {
                &mut *args.cast::<$t>()
            };
        }
        macro_rules! func {
            ($t:ty) => {
                core::mem::transmute::<unsafe extern "C" fn() -> *mut c_void, $t>(f)
            };
        }
        match sig {
            // NOARGS and O always take their hot paths (`call_noargs`, `call_o`).
            HPyFunc_Signature::VARARGS => {
                let a = block!(_HPyFunc_args_VARARGS);
                let s_a = fr.arg_h(a.self_);
                let s = s_a.h;
                let n = a.nargs.max(0) as usize;
                let v = fr.args(n, |i| *a.args.add(i));
                let r = fr.call(|c| func!(hpyfunc::varargs)(c, s, v.as_ptr(), n));
                fr.done_h(s_a, Arg::Named("self"));
                fr.done_all(&v);
                a.result = fr.result(r);
            }
            HPyFunc_Signature::KEYWORDS => {
                let a = block!(_HPyFunc_args_KEYWORDS);
                let nargs = a.nargsf & !ffi::PY_VECTORCALL_ARGUMENTS_OFFSET;
                let kw: *mut ffi::PyObject = a.kwnames.cast();
                let nkw = if kw.is_null() { 0 } else { ffi::PyTuple_GET_SIZE(kw) as usize };
                let s_a = fr.arg_h(a.self_);
                let s = s_a.h;
                let v = fr.args(nargs + nkw, |i| *a.args.add(i));
                let k_a = fr.arg_h(a.kwnames);
                let k = k_a.h;
                let r = fr.call(|c| func!(hpyfunc::keywords)(c, s, v.as_ptr(), nargs, k));
                fr.done_h(s_a, Arg::Named("self"));
                fr.done_all(&v);
                fr.done_h(k_a, Arg::Named("kwnames"));
                a.result = fr.result(r);
            }
            HPyFunc_Signature::INITPROC | HPyFunc_Signature::NEWFUNC => {
                // Same argument block layout up to `result`.
                let a = block!(_HPyFunc_args_NEWFUNC);
                let tuple: *mut ffi::PyObject = a.args.cast();
                let n = if tuple.is_null() { 0 } else { ffi::PyTuple_GET_SIZE(tuple) as usize };
                let s_a = fr.arg_h(a.self_);
                let s = s_a.h;
                let v = fr.args(n, |i| ffi::PyTuple_GET_ITEM(tuple, i as ffi::Py_ssize_t).cast());
                let k_a = fr.arg_h(a.kw);
                let k = k_a.h;
                let init = sig == HPyFunc_Signature::INITPROC;
                let (status, r) = fr.call(|c| {
                    if init {
                        (func!(hpyfunc::initproc)(c, s, v.as_ptr(), n as HPy_ssize_t, k), HPy::NULL)
                    } else {
                        (0, func!(hpyfunc::newfunc)(c, s, v.as_ptr(), n as HPy_ssize_t, k))
                    }
                });
                fr.done_h(s_a, Arg::Named("self"));
                fr.done_all(&v);
                fr.done_h(k_a, Arg::Named("kw"));
                if init {
                    block!(_HPyFunc_args_INITPROC).result = status;
                } else {
                    a.result = fr.result(r);
                }
            }
            HPyFunc_Signature::UNARYFUNC
            | HPyFunc_Signature::REPRFUNC
            | HPyFunc_Signature::GETITERFUNC
            | HPyFunc_Signature::ITERNEXTFUNC
            | HPyFunc_Signature::MOD_CREATE => {
                let a = block!(_HPyFunc_args_UNARYFUNC);
                let x_a = fr.arg_h(a.arg0);
                let x = x_a.h;
                let r = fr.call(|c| func!(hpyfunc::unaryfunc)(c, x));
                fr.done_h(x_a, Arg::Named("arg0"));
                a.result = fr.result(r);
                if sig == HPyFunc_Signature::MOD_CREATE {
                    a.result = check_create_result(a.result);
                }
            }
            HPyFunc_Signature::BINARYFUNC | HPyFunc_Signature::GETATTROFUNC => {
                let a = block!(_HPyFunc_args_BINARYFUNC);
                let (x_a, y_a) = (fr.arg_h(a.arg0), fr.arg_h(a.arg1));
                let (x, y) = (x_a.h, y_a.h);
                let r = fr.call(|c| func!(hpyfunc::binaryfunc)(c, x, y));
                fr.done_h(x_a, Arg::Named("arg0"));
                fr.done_h(y_a, Arg::Named("arg1"));
                a.result = fr.result(r);
            }
            HPyFunc_Signature::TERNARYFUNC | HPyFunc_Signature::DESCRGETFUNC => {
                let a = block!(_HPyFunc_args_TERNARYFUNC);
                let (x_a, y_a, z_a) = (fr.arg_h(a.arg0), fr.arg_h(a.arg1), fr.arg_h(a.arg2));
                let (x, y, z) = (x_a.h, y_a.h, z_a.h);
                let r = fr.call(|c| func!(hpyfunc::ternaryfunc)(c, x, y, z));
                fr.done_h(x_a, Arg::Named("arg0"));
                fr.done_h(y_a, Arg::Named("arg1"));
                fr.done_h(z_a, Arg::Named("arg2"));
                a.result = fr.result(r);
            }
            HPyFunc_Signature::INQUIRY => {
                let a = block!(_HPyFunc_args_INQUIRY);
                let x_a = fr.arg_h(a.arg0);
                let x = x_a.h;
                a.result = fr.call(|c| func!(hpyfunc::inquiry)(c, x));
                fr.done_h(x_a, Arg::Named("arg0"));
            }
            HPyFunc_Signature::LENFUNC => {
                let a = block!(_HPyFunc_args_LENFUNC);
                let x_a = fr.arg_h(a.arg0);
                let x = x_a.h;
                a.result = fr.call(|c| func!(hpyfunc::lenfunc)(c, x));
                fr.done_h(x_a, Arg::Named("arg0"));
            }
            HPyFunc_Signature::HASHFUNC => {
                let a = block!(_HPyFunc_args_HASHFUNC);
                let x_a = fr.arg_h(a.arg0);
                let x = x_a.h;
                a.result = fr.call(|c| func!(hpyfunc::hashfunc)(c, x));
                fr.done_h(x_a, Arg::Named("arg0"));
            }
            HPyFunc_Signature::SSIZEARGFUNC => {
                let a = block!(_HPyFunc_args_SSIZEARGFUNC);
                let x_a = fr.arg_h(a.arg0);
                let x = x_a.h;
                let r = fr.call(|c| func!(hpyfunc::ssizeargfunc)(c, x, a.arg1));
                fr.done_h(x_a, Arg::Named("arg0"));
                a.result = fr.result(r);
            }
            HPyFunc_Signature::SSIZESSIZEARGFUNC => {
                let a = block!(_HPyFunc_args_SSIZESSIZEARGFUNC);
                let x_a = fr.arg_h(a.arg0);
                let x = x_a.h;
                let r = fr.call(|c| func!(hpyfunc::ssizessizeargfunc)(c, x, a.arg1, a.arg2));
                fr.done_h(x_a, Arg::Named("arg0"));
                a.result = fr.result(r);
            }
            HPyFunc_Signature::SSIZEOBJARGPROC => {
                let a = block!(_HPyFunc_args_SSIZEOBJARGPROC);
                let (x_a, z_a) = (fr.arg_h(a.arg0), fr.arg_h(a.arg2));
                let (x, z) = (x_a.h, z_a.h);
                a.result = fr.call(|c| func!(hpyfunc::ssizeobjargproc)(c, x, a.arg1, z));
                fr.done_h(x_a, Arg::Named("arg0"));
                fr.done_h(z_a, Arg::Named("arg2"));
            }
            HPyFunc_Signature::SSIZESSIZEOBJARGPROC => {
                let a = block!(_HPyFunc_args_SSIZESSIZEOBJARGPROC);
                let (x_a, w_a) = (fr.arg_h(a.arg0), fr.arg_h(a.arg3));
                let (x, w) = (x_a.h, w_a.h);
                a.result = fr.call(|c| func!(hpyfunc::ssizessizeobjargproc)(c, x, a.arg1, a.arg2, w));
                fr.done_h(x_a, Arg::Named("arg0"));
                fr.done_h(w_a, Arg::Named("arg3"));
            }
            HPyFunc_Signature::OBJOBJARGPROC | HPyFunc_Signature::SETATTROFUNC | HPyFunc_Signature::DESCRSETFUNC => {
                let a = block!(_HPyFunc_args_OBJOBJARGPROC);
                let (x_a, y_a, z_a) = (fr.arg_h(a.arg0), fr.arg_h(a.arg1), fr.arg_h(a.arg2));
                let (x, y, z) = (x_a.h, y_a.h, z_a.h);
                a.result = fr.call(|c| func!(hpyfunc::objobjargproc)(c, x, y, z));
                fr.done_h(x_a, Arg::Named("arg0"));
                fr.done_h(y_a, Arg::Named("arg1"));
                fr.done_h(z_a, Arg::Named("arg2"));
            }
            HPyFunc_Signature::OBJOBJPROC => {
                let a = block!(_HPyFunc_args_OBJOBJPROC);
                let (x_a, y_a) = (fr.arg_h(a.arg0), fr.arg_h(a.arg1));
                let (x, y) = (x_a.h, y_a.h);
                a.result = fr.call(|c| func!(hpyfunc::objobjproc)(c, x, y));
                fr.done_h(x_a, Arg::Named("arg0"));
                fr.done_h(y_a, Arg::Named("arg1"));
            }
            HPyFunc_Signature::GETATTRFUNC => {
                let a = block!(_HPyFunc_args_GETATTRFUNC);
                let x_a = fr.arg_h(a.arg0);
                let x = x_a.h;
                let r = fr.call(|c| func!(hpyfunc::getattrfunc)(c, x, a.arg1));
                fr.done_h(x_a, Arg::Named("arg0"));
                a.result = fr.result(r);
            }
            HPyFunc_Signature::SETATTRFUNC => {
                let a = block!(_HPyFunc_args_SETATTRFUNC);
                let (x_a, z_a) = (fr.arg_h(a.arg0), fr.arg_h(a.arg2));
                let (x, z) = (x_a.h, z_a.h);
                a.result = fr.call(|c| func!(hpyfunc::setattrfunc)(c, x, a.arg1, z));
                fr.done_h(x_a, Arg::Named("arg0"));
                fr.done_h(z_a, Arg::Named("arg2"));
            }
            HPyFunc_Signature::RICHCMPFUNC => {
                let a = block!(_HPyFunc_args_RICHCMPFUNC);
                let (x_a, y_a) = (fr.arg_h(a.arg0), fr.arg_h(a.arg1));
                let (x, y) = (x_a.h, y_a.h);
                let r = fr.call(|c| func!(hpyfunc::richcmpfunc)(c, x, y, a.arg2));
                fr.done_h(x_a, Arg::Named("arg0"));
                fr.done_h(y_a, Arg::Named("arg1"));
                a.result = fr.result(r);
            }
            HPyFunc_Signature::GETTER => {
                let a = block!(_HPyFunc_args_GETTER);
                let x_a = fr.arg_h(a.arg0);
                let x = x_a.h;
                let r = fr.call(|c| func!(hpyfunc::getter)(c, x, a.arg1));
                fr.done_h(x_a, Arg::Named("self"));
                a.result = fr.result(r);
            }
            HPyFunc_Signature::SETTER => {
                let a = block!(_HPyFunc_args_SETTER);
                let (x_a, y_a) = (fr.arg_h(a.arg0), fr.arg_h(a.arg1));
                let (x, y) = (x_a.h, y_a.h);
                a.result = fr.call(|c| func!(hpyfunc::setter)(c, x, y, a.arg2));
                fr.done_h(x_a, Arg::Named("self"));
                fr.done_h(y_a, Arg::Named("value"));
            }
            HPyFunc_Signature::FREEFUNC => {
                let a = block!(_HPyFunc_args_FREEFUNC);
                fr.call(|c| func!(hpyfunc::freefunc)(c, a.arg0));
            }
            HPyFunc_Signature::DESTRUCTOR => {
                let a = block!(_HPyFunc_args_DESTRUCTOR);
                let x_a = fr.arg_h(a.arg0);
                let x = x_a.h;
                fr.call(|c| func!(hpyfunc::destructor)(c, x));
                fr.done_h(x_a, Arg::Named("self"));
            }
            HPyFunc_Signature::GETBUFFERPROC => get_buffer(&fr, block!(_HPyFunc_args_GETBUFFERPROC), func!(hpyfunc::getbufferproc)),
            HPyFunc_Signature::RELEASEBUFFERPROC => {
                release_buffer(&fr, block!(_HPyFunc_args_RELEASEBUFFERPROC), func!(hpyfunc::releasebufferproc))
            }
            // No handles cross these: the inner context knows them.
            _ => ((*uctx).ctx_CallRealFunctionFromTrampoline)(uctx, sig, func, args),
        }
    }
}

/// `bf_getbuffer`: the function fills an `HPy_buffer` whose `obj` is a
/// handle it owns; CPython's `Py_buffer` gets a reference of its own.
unsafe fn get_buffer(fr: &Frame, a: &mut _HPyFunc_args_GETBUFFERPROC, f: hpyfunc::getbufferproc) {
    // SAFETY: GIL held; `view` is CPython's `Py_buffer` to fill.
    unsafe {
        let s_a = fr.arg_h(a.self_);
        let s = s_a.h;
        let mut hb: HPy_buffer = core::mem::zeroed();
        let flags = a.flags;
        a.result = fr.call(|c| f(c, s, &mut hb, flags));
        fr.done_h(s_a, Arg::Named("self"));
        let view = &mut *a.view.cast::<ffi::Py_buffer>();
        if a.result < 0 {
            view.obj = core::ptr::null_mut();
            return;
        }
        let uobj = match (*fr.st).table.lookup(hb.obj._i) {
            Lookup::Entry { index, tag } if (*(*fr.st).table.entry(index)).live == LIVE_HANDLE | tag => {
                py(HPy { _i: (*(*fr.st).table.entry(index)).uh })
            }
            _ => core::ptr::null_mut(),
        };
        ffi::Py_XINCREF(uobj);
        view.buf = hb.buf;
        view.obj = uobj;
        view.len = hb.len;
        view.itemsize = hb.itemsize;
        view.readonly = hb.readonly;
        view.ndim = hb.ndim;
        view.format = hb.format;
        view.shape = hb.shape;
        view.strides = hb.strides;
        view.suboffsets = hb.suboffsets;
        view.internal = hb.internal;
        close_handle(fr.st, hb.obj, fr.site(), origin::FUNCTION_RETURNED);
    }
}

/// `bf_releasebuffer`: the function sees the buffer with a handle of its
/// own for `obj`, closed afterwards.
unsafe fn release_buffer(fr: &Frame, a: &mut _HPyFunc_args_RELEASEBUFFERPROC, f: hpyfunc::releasebufferproc) {
    // SAFETY: GIL held; `view` is a filled `Py_buffer`.
    unsafe {
        let view = &mut *a.view.cast::<ffi::Py_buffer>();
        let obj = if view.obj.is_null() {
            HPy::NULL
        } else {
            ffi::Py_INCREF(view.obj);
            HPy { _i: state::open(fr.st, hpy(view.obj)._i, origin::ARGUMENT | fr.sig.0 as u16, 0) }
        };
        let mut hb = HPy_buffer {
            buf: view.buf,
            obj,
            len: view.len,
            itemsize: view.itemsize,
            readonly: view.readonly,
            ndim: view.ndim,
            format: view.format,
            shape: view.shape,
            strides: view.strides,
            suboffsets: view.suboffsets,
            internal: view.internal,
        };
        let s_a = fr.arg_h(a.self_);
        let s = s_a.h;
        fr.call(|c| f(c, s, &mut hb));
        fr.done_h(s_a, Arg::Named("self"));
        close_handle(fr.st, obj, fr.site(), origin::FUNCTION_RETURNED);
    }
}
