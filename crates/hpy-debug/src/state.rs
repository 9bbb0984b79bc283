//! The debug state shared by every debug context, and the policies on top
//! of the handle table: opening and closing handles and builders, the
//! closed-handles queue, the raw-data budget, and which context is valid.
//!
//! Everything here runs with the GIL held, which serializes all access.
//! Functions take the state as a raw pointer and borrow it only for as
//! long as no foreign code (the inner context, Python, a decref) can run,
//! since that code may re-enter the debug context.

use crate::rawdata::RawMemory;
use crate::stacktrace;
use crate::table::{Entry, Kind, Table, BORROWED, EXTRAS, TAG_MASK};
use hpy_sys::{HPy, HPyContext};
use pyo3_ffi as ffi;

pub(crate) const DEFAULT_CLOSED_QUEUE_MAX: usize = 1024;
pub(crate) const DEFAULT_RAW_DATA_MAX: usize = 10 * 1024 * 1024;
/// How many contexts the HPy functions get in turn; a context kept past
/// its call is caught unless this many calls happened in between.
const RING_SIZE: usize = 16;

pub(crate) struct DebugState {
    pub uctx: *mut HPyContext,
    pub table: Table,
    /// The first creation number of each generation (generation 0 starts
    /// at 0).
    pub generation_starts: Vec<u64>,
    /// The closed queue's size (set with [`DebugState::set_closed_max`]).
    pub closed_max: usize,
    /// `closed_max`, but at least 1: from this length of the closed queue
    /// on, an open takes the queue's oldest entry, which one comparison
    /// tells (the queue is then not empty).
    pub reuse_at: usize,
    pub raw_max: usize,
    pub raw_total: usize,
    /// Frames to record per handle; 0 records nothing.
    pub trace_limit: usize,
    pub on_invalid_handle: *mut ffi::PyObject,
    pub on_invalid_builder: *mut ffi::PyObject,
    pub raw_memory: RawMemory,
    /// The context given to extensions when they are loaded; trampolines
    /// pass it back to us.
    pub global: *mut HPyContext,
    /// What every context is a copy of (functions and constant handles).
    template: HPyContext,
    /// Contexts handed to HPy functions, in turn.
    ring: Vec<*mut HPyContext>,
    /// The info of the ring's next context; the infos of the ring's
    /// contexts are linked in ring order.
    ring_next: *mut CtxInfo,
}

/// What `ctx->_private` points to in every debug context.
pub(crate) struct CtxInfo {
    /// False outside the HPy call the context was given to, and while that
    /// call is inside another API function.
    pub valid: bool,
    /// The context belongs to an HPy call in progress.
    pub in_use: bool,
    pub state: *mut DebugState,
    /// The context this is the info of.
    pub ctx: *mut HPyContext,
    /// For a context of the ring: the next one's info, and this one's
    /// index in the ring.
    next: *mut CtxInfo,
    index: usize,
}

/// # Safety
/// `ctx` is a debug context.
#[inline(always)]
pub(crate) unsafe fn info(ctx: *mut HPyContext) -> *mut CtxInfo {
    // SAFETY: guaranteed by the caller.
    unsafe { (*ctx)._private.cast() }
}

fn new_context(template: &HPyContext, state: *mut DebugState, valid: bool) -> *mut HPyContext {
    let mut ctx = *template;
    let info = Box::into_raw(Box::new(CtxInfo {
        valid,
        in_use: false,
        state,
        ctx: core::ptr::null_mut(),
        next: core::ptr::null_mut(),
        index: 0,
    }));
    ctx._private = info.cast();
    let ctx = Box::into_raw(Box::new(ctx));
    // SAFETY: `info` is fresh and ours.
    unsafe { (*info).ctx = ctx };
    ctx
}

/// Link the infos of the ring's contexts in ring order.
fn link_ring(ring: &[*mut HPyContext]) {
    for (k, &c) in ring.iter().enumerate() {
        let next = ring[if k + 1 == ring.len() { 0 } else { k + 1 }];
        // SAFETY: ring contexts are debug contexts; GIL held (or not
        // shared yet).
        unsafe {
            (*info(c)).next = info(next);
            (*info(c)).index = k;
        }
    }
}

/// Where the one debug state lives (there is one debug context per
/// process, see `crate::context`): a static, so that the hot paths reach
/// its fields at a constant address instead of loading a pointer and
/// keeping it in a register.
struct StateCell(core::cell::UnsafeCell<core::mem::MaybeUninit<DebugState>>);
// SAFETY: the state is only used with the GIL held, which serializes access.
unsafe impl Sync for StateCell {}
static STATE: StateCell = StateCell(core::cell::UnsafeCell::new(core::mem::MaybeUninit::uninit()));
static CREATED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// The debug state, once [`create`] made it (what `CtxInfo::state` of
/// every debug context points to).
#[inline(always)]
pub(crate) fn global() -> *mut DebugState {
    STATE.0.get().cast()
}

/// Build the state and the global debug context around `uctx`, once per
/// process. Never freed: extensions keep the context for the life of the
/// process.
pub(crate) fn create(uctx: *mut HPyContext, name: *const core::ffi::c_char) -> *mut HPyContext {
    if CREATED.swap(true, std::sync::atomic::Ordering::SeqCst) {
        crate::report::fatal_init("the debug state can only be created once");
    }
    let Some(table) = Table::new(DEFAULT_CLOSED_QUEUE_MAX) else {
        crate::report::fatal_init("cannot reserve address space for the handle table");
    };
    // SAFETY: `uctx` is a live context for the life of the process.
    let template = unsafe { *uctx };
    let st = global();
    // SAFETY: the static is written once (`CREATED`), before any use.
    unsafe { st.write(DebugState {
        uctx,
        table,
        generation_starts: vec![0],
        closed_max: DEFAULT_CLOSED_QUEUE_MAX,
        reuse_at: DEFAULT_CLOSED_QUEUE_MAX.max(1),
        raw_max: DEFAULT_RAW_DATA_MAX,
        raw_total: 0,
        trace_limit: 0,
        on_invalid_handle: core::ptr::null_mut(),
        on_invalid_builder: core::ptr::null_mut(),
        raw_memory: RawMemory::new(),
        global: core::ptr::null_mut(),
        template,
        ring: Vec::with_capacity(RING_SIZE),
        ring_next: core::ptr::null_mut(),
    }) };
    // SAFETY: `st` is fresh and not shared yet.
    unsafe {
        let s = &mut *st;
        let mut t = s.template;
        t.name = name;
        crate::generated::wrappers::install(&mut t);
        crate::generated::wrappers::install_constants(&mut t, &*uctx, |uh, slot| constant(s, uh, slot));
        s.template = t;
        s.global = new_context(&s.template, st, true);
        for _ in 0..RING_SIZE {
            let c = new_context(&s.template, st, false);
            s.ring.push(c);
        }
        link_ring(&s.ring);
        s.ring_next = info(s.ring[0]);
        s.global
    }
}

impl DebugState {
    /// Keep at most `n` closed handles (and consumed builders) checkable.
    pub fn set_closed_max(&mut self, n: usize) {
        self.closed_max = n;
        self.reuse_at = n.max(1);
        self.table.closed.set_max(n);
        self.table.closed_builders.set_max(n);
    }
}

/// A handle for a context constant: usable, never closable, in no list.
fn constant(s: &mut DebugState, uh: HPy, slot: usize) -> HPy {
    if uh.is_null() {
        return HPy::NULL;
    }
    let Some(i) = s.table.alloc() else { crate::report::fatal_init("handle table full") };
    s.table.init(i, uh._i, Kind::Constant, slot as u16, 0);
    HPy { _i: s.table.handle(i) }
}

/// What [`switch_in`] did, for [`switch_out`].
#[derive(Clone, Copy)]
pub(crate) struct Switch {
    /// The context of the HPy function.
    pub ctx: *mut HPyContext,
    info: *mut CtxInfo,
    caller: *mut CtxInfo,
    caller_was_valid: bool,
}

/// Pick the context for an HPy function that a trampoline is about to
/// call, and make it the only valid one for this call: the caller's
/// context is invalid until `switch_out`.
///
/// # Safety
/// `caller` is a debug context of `st`; GIL held.
#[inline(always)]
pub(crate) unsafe fn switch_in(st: *mut DebugState, caller: *mut HPyContext) -> Switch {
    // SAFETY: GIL held; nothing else runs while we pick. `ring_next` is
    // always the info of a context of the ring.
    unsafe {
        let s = &mut *st;
        let ci = s.ring_next;
        // Usually the next context is free: only deep recursion wraps
        // around the ring onto contexts still in use.
        if (*ci).in_use {
            return switch_in_busy(st, caller);
        }
        s.ring_next = (*ci).next;
        let caller = info(caller);
        let caller_was_valid = (*caller).valid;
        (*caller).valid = false;
        (*ci).valid = true;
        (*ci).in_use = true;
        Switch { ctx: (*ci).ctx, info: ci, caller, caller_was_valid }
    }
}

/// [`switch_in`] when the next context of the ring is in use: look
/// further, and add a context when every one is in use.
#[cold]
#[inline(never)]
unsafe fn switch_in_busy(st: *mut DebugState, caller: *mut HPyContext) -> Switch {
    // SAFETY: GIL held; nothing else runs while we pick.
    unsafe {
        let s = &mut *st;
        let n = s.ring.len();
        let mut i = (*s.ring_next).index;
        let mut tries = 0;
        while (*info(s.ring[i])).in_use && tries < n {
            i = if i + 1 == n { 0 } else { i + 1 };
            tries += 1;
        }
        if tries == n {
            // Deeper recursion than ever before: one more context.
            s.ring.push(new_context(&s.template, st, false));
            link_ring(&s.ring);
            i = n;
        }
        s.ring_next = info(s.ring[if i + 1 >= s.ring.len() { 0 } else { i + 1 }]);
        let ctx = s.ring[i];
        let ci = info(ctx);
        let caller = info(caller);
        let caller_was_valid = (*caller).valid;
        (*caller).valid = false;
        (*ci).valid = true;
        (*ci).in_use = true;
        Switch { ctx, info: ci, caller, caller_was_valid }
    }
}

/// Undo `switch_in` once the HPy function returned.
///
/// # Safety
/// `sw` comes from the matching `switch_in`.
#[inline(always)]
pub(crate) unsafe fn switch_out(sw: Switch) {
    // SAFETY: both are infos of debug contexts; GIL held.
    unsafe {
        (*sw.info).valid = false;
        (*sw.info).in_use = false;
        (*sw.caller).valid = sw.caller_was_valid;
    }
}

/// Free what a closed entry holds before it is reused or retires.
#[inline(always)]
fn release(s: &mut DebugState, index: u32) {
    // SAFETY: `index` is an entry of the table.
    if unsafe { (*s.table.entry(index)).flags } & EXTRAS != 0 {
        release_extras(s, index);
    }
}

#[inline(never)]
fn release_extras(s: &mut DebugState, index: u32) {
    let (e, x) = (s.table.entry(index), s.table.extra(index));
    // SAFETY: `index` is an entry of the table; no other reference to it
    // is alive.
    unsafe {
        if !(*x).raw.is_null() {
            s.raw_total -= (*x).raw_size;
            s.raw_memory.free((*x).raw, (*x).raw_size, true);
            (*x).raw = core::ptr::null_mut();
        }
        if !(*x).trace.is_null() {
            stacktrace::free((*x).trace);
            (*x).trace = core::ptr::null_mut();
        }
        (*e).flags &= !EXTRAS;
    }
    // Only entries of the closed queues are released.
    s.table.closed_extras -= 1;
}

/// An entry for a new handle or builder: the oldest closed one when the
/// closed queue is full (so closed handles stay checkable for as long as
/// possible), else a retired one, else a new one.
#[inline(always)]
fn take(s: &mut DebugState, builders: bool) -> u32 {
    let max = s.closed_max;
    let closed = if builders { &mut s.table.closed_builders } else { &mut s.table.closed };
    let reused = if closed.len() >= max { closed.take_oldest() } else { None };
    if let Some(i) = reused.or_else(|| closed.take_retired()) {
        release(s, i);
        return i;
    }
    match s.table.alloc() {
        Some(i) => i,
        None => crate::report::fatal_init("more handles are open at once than the handle table can hold (16777216)"),
    }
}

/// Put entry `index` at the end of a closed queue; if the queue is then
/// over its size, its oldest entry retires (and its extras are released).
fn enqueue_closed(s: &mut DebugState, builders: bool, index: u32) {
    // SAFETY: `index` is an entry of the table.
    if unsafe { (*s.table.entry(index)).flags } & EXTRAS != 0 {
        s.table.closed_extras += 1;
    }
    let max = s.closed_max;
    let closed = if builders { &mut s.table.closed_builders } else { &mut s.table.closed };
    closed.push_back(index);
    if closed.len() > max {
        if let Some(oldest) = closed.retire_oldest() {
            release(s, oldest);
        }
    }
}

/// A new debug handle for universal handle `uh` (which must not be null).
///
/// # Safety
/// GIL held; `st` is the debug state.
#[inline(always)]
pub(crate) unsafe fn open(st: *mut DebugState, uh: isize, created_by: u16, flags: u8) -> isize {
    // SAFETY: forwarded.
    unsafe { open_with(st, uh, created_by, flags).h }
}

/// What [`open_with`] opened.
#[derive(Clone, Copy)]
pub(crate) struct Opened {
    /// The handle.
    pub h: isize,
    /// The entry's header then (`Table::header`).
    pub header: u64,
}

/// [`open`], also returning the entry and its header.
///
/// The common case is inline: no stack traces to record, and the entry
/// is the oldest of a full closed queue (without raw data or a trace to
/// release) or a retired one (whose extras were released when it
/// retired). Everything else is [`open_slow`], which does the same in
/// general.
///
/// # Safety
/// As for [`open`].
#[inline(always)]
pub(crate) unsafe fn open_with(st: *mut DebugState, uh: isize, created_by: u16, flags: u8) -> Opened {
    // SAFETY: GIL held; no foreign code runs here.
    unsafe {
        let s = &mut *st;
        if s.trace_limit != 0 {
            return opened_slow(st, uh, created_by, flags);
        }
        let q = &mut s.table.closed;
        let e = if q.len() >= s.reuse_at {
            // What `take` does: the oldest closed entry, when the queue is full.
            let (offset, slot) = q.oldest_offset();
            let e = s.table.base.byte_add(offset as usize);
            if (*e).flags & EXTRAS != 0 {
                return opened_slow(st, uh, created_by, flags);
            }
            q.take_oldest_at(slot);
            e
        } else {
            match q.take_retired_offset() {
                Some(offset) => s.table.base.byte_add(offset as usize),
                None => return opened_slow(st, uh, created_by, flags),
            }
        };
        let (h, header) = s.table.init_open_at(e, uh, created_by, flags);
        Opened { h, header }
    }
}

/// [`open_slow`] for [`open_with`].
///
/// # Safety
/// As for [`open`].
#[inline(always)]
unsafe fn opened_slow(st: *mut DebugState, uh: isize, created_by: u16, flags: u8) -> Opened {
    // SAFETY: forwarded; the handle is one of the table.
    unsafe {
        let h = open_slow(st, uh, created_by, flags);
        Opened { h, header: Table::header((h as usize & !TAG_MASK) as *const Entry) }
    }
}

/// [`open`] in general: an entry from [`take`] (growing the table if
/// needed), and a stack trace when they are on.
///
/// # Safety
/// As for [`open`].
#[inline(never)]
unsafe extern "C" fn open_slow(st: *mut DebugState, uh: isize, created_by: u16, flags: u8) -> isize {
    // SAFETY: GIL held; no foreign code runs here.
    unsafe {
        let s = &mut *st;
        let i = take(s, false);
        s.table.init(i, uh, Kind::Open, created_by, flags);
        if s.trace_limit > 0 {
            record_trace(s, i);
        }
        s.table.handle(i)
    }
}

#[cold]
#[inline(never)]
fn record_trace(s: &mut DebugState, index: u32) {
    let t = stacktrace::capture(s.trace_limit);
    if !t.is_null() {
        // SAFETY: `index` is the entry just opened.
        unsafe {
            (*s.table.extra(index)).trace = t;
            (*s.table.entry(index)).flags |= EXTRAS;
        }
    }
}

/// Close the open handle in entry `index`: it moves to the closed queue
/// and its raw data is protected (or freed, beyond the budget). Returns
/// its universal handle and whether the debug handle owned it.
///
/// # Safety
/// GIL held; entry `index` is an open handle.
#[inline(always)]
pub(crate) unsafe fn close(st: *mut DebugState, index: u32, closed_by: u16) -> (HPy, bool) {
    // SAFETY: forwarded; `index` is an entry of the table.
    unsafe {
        let s = &mut *st;
        let e = s.table.entry(index);
        match s.table.try_close_simple(e, closed_by) {
            Some((uh, flags)) => (HPy { _i: uh }, flags & BORROWED == 0),
            None => close_general(st, index, closed_by),
        }
    }
}

/// [`close`] of entry `e`, an open handle known to have no extras (its
/// flags were compared): returns its universal handle.
///
/// # Safety
/// GIL held; `e` is an entry of the table, an open handle without extras.
#[inline(always)]
pub(crate) unsafe fn close_no_extras(st: *mut DebugState, e: *mut Entry, closed_by: u16) -> HPy {
    // SAFETY: forwarded.
    unsafe {
        let s = &mut *st;
        match s.table.try_close_no_extras(e, closed_by) {
            Some(uh) => HPy { _i: uh },
            None => close_general_at(st, e, closed_by),
        }
    }
}

/// [`close_general`] of entry `e`.
#[inline(never)]
unsafe fn close_general_at(st: *mut DebugState, e: *mut Entry, closed_by: u16) -> HPy {
    // SAFETY: forwarded; `e` is an entry of the table.
    unsafe {
        let index = ((e as usize - (*st).table.base as usize) / core::mem::size_of::<Entry>()) as u32;
        close_general(st, index, closed_by).0
    }
}

/// [`close`] in general.
#[inline(never)]
unsafe fn close_general(st: *mut DebugState, index: u32, closed_by: u16) -> (HPy, bool) {
    // SAFETY: GIL held; no foreign code runs here.
    unsafe {
        let s = &mut *st;
        let e = s.table.entry(index);
        (*e).kind = Kind::Closed;
        (*e).live = 0;
        (*e).closed_by = closed_by;
        if (*e).flags & EXTRAS != 0 && !(*s.table.extra(index)).raw.is_null() {
            protect_raw(s, index);
        }
        (*e).closed_type = ffi::Py_TYPE(hpy_runtime::handles::py(HPy { _i: (*e).uh }));
        let uh = HPy { _i: (*e).uh };
        let owned = (*e).flags & BORROWED == 0;
        enqueue_closed(s, false, index);
        (uh, owned)
    }
}

/// The handle of entry `e` closed: keep its raw data, protected, within
/// the budget; free it beyond.
#[cold]
unsafe fn protect_raw(s: &mut DebugState, index: u32) {
    let x = s.table.extra(index);
    // SAFETY: `index` is a closing entry with raw data.
    unsafe {
        let total = s.raw_total + (*x).raw_size;
        if total > s.raw_max {
            s.raw_memory.free((*x).raw, (*x).raw_size, false);
            (*x).raw = core::ptr::null_mut();
        } else {
            s.raw_total = total;
            s.raw_memory.protect((*x).raw, (*x).raw_size);
        }
    }
}

/// A new debug builder for universal builder `ub` (not null).
///
/// # Safety
/// GIL held.
pub(crate) unsafe fn open_builder(st: *mut DebugState, ub: isize, created_by: u16) -> isize {
    // SAFETY: GIL held; builders hold no type reference, so `take` hands
    // back none.
    unsafe {
        let s = &mut *st;
        let i = take(s, true);
        s.table.init(i, ub, Kind::Builder, created_by, 0);
        s.table.handle(i)
    }
}

/// Mark the builder in entry `index` consumed.
///
/// # Safety
/// GIL held; entry `index` is an open builder.
pub(crate) unsafe fn close_builder(st: *mut DebugState, index: u32, closed_by: u16) {
    // SAFETY: GIL held.
    unsafe {
        let s = &mut *st;
        let e = s.table.entry(index);
        (*e).kind = Kind::BuilderClosed;
        (*e).live = 0;
        (*e).closed_by = closed_by;
        enqueue_closed(s, true, index);
    }
}

/// Tie `size` bytes at `data` to the open handle in entry `index`: returns
/// a protected copy (or `data` itself if no copy could be made).
///
/// # Safety
/// GIL held; `data` is readable for `size` bytes; entry `index` is open.
pub(crate) unsafe fn attach_raw(st: *mut DebugState, index: u32, data: *const u8, size: usize) -> *const u8 {
    // SAFETY: GIL held; no foreign code runs here.
    unsafe {
        let s = &mut *st;
        let x = s.table.extra(index);
        let old = (*x).raw;
        if !old.is_null()
            && (*x).raw_size == size
            && core::slice::from_raw_parts(old, size) == core::slice::from_raw_parts(data, size)
        {
            // Same data asked for again: the copy already handed out stays valid.
            return old;
        }
        let copy = s.raw_memory.copy(data, size);
        if copy.is_null() {
            return data;
        }
        // A different older copy is left mapped: it was promised to stay
        // valid until the handle closes, and we can track only one.
        (*x).raw = copy;
        (*x).raw_size = size;
        (*s.table.entry(index)).flags |= EXTRAS;
        copy
    }
}
