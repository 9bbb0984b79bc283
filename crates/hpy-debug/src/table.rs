//! The handle table: where debug handles live.
//!
//! A debug handle is the address of a 32-byte [`Entry`] in one region of
//! address space reserved once (`mmap`, `PROT_NONE`) and made usable in
//! steps as the table grows. Nothing is allocated from the general heap per
//! handle, entries never move, and any value can be checked cheaply: it is
//! a handle of this table only if it falls inside the usable part of the
//! region. The low 5 bits of a handle, always zero in an entry's address,
//! carry a tag that changes each time the entry is reused, so a stale copy
//! of a closed handle is caught even after its entry went to a new handle
//! (31 times out of 32). What few handles need (raw data, stack traces)
//! lives in a parallel region of [`Extra`]s, so that the entries cycled
//! through by the closed queue stay small.
//!
//! Which handles are open is known from the entries themselves (a scan,
//! ordered by creation number, answers `get_open_handles`); closed handles
//! wait in a FIFO of entries ([`Fifo`]), bounded by the debug state's queue
//! size. An entry that leaves the queue at the bound is not freed but
//! *retired*: it stays at the front of the FIFO's buffer as the spare that
//! the next open takes, so there is no free list. The FIFO holds entries'
//! offsets in the table, so the fast paths go from one to the entry with
//! one addition. So opening or closing a handle touches one entry and that
//! FIFO, never neighbouring entries. Closing an argument handle at the end of a call
//! compares the entry's whole header with the one written when it was
//! opened ([`Table::header`]): one comparison for "still open, as opened".

use crate::stacktrace::Trace;
use pyo3_ffi as ffi;

const ENTRY_BYTES: usize = 32;
pub(crate) const TAG_MASK: usize = ENTRY_BYTES - 1;
/// At most this many entries (open, closed and free) exist at once: 512 MiB
/// of address space per region, most of which is never touched.
pub(crate) const MAX_ENTRIES: usize = 1 << 24;
/// Entries made usable at a time.
const GROW_BY: usize = 4096;

/// `Entry::live` for a handle that may be used: this bit plus the tag.
pub(crate) const LIVE_HANDLE: u8 = 0x80;
/// `Entry::live` for a builder that may be used.
pub(crate) const LIVE_BUILDER: u8 = 0x40;

/// Entry flag: the handle wraps a borrowed reference (an argument given to
/// an HPy function), so closing it must not close the universal handle.
pub(crate) const BORROWED: u8 = 1;
/// Entry flag: the entry's `Extra` holds something to release before
/// reuse, so that the common case costs one test.
pub(crate) const EXTRAS: u8 = 2;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub(crate) enum Kind {
    /// Never written: what a fresh (zeroed) entry reads as.
    #[allow(dead_code)]
    Free = 0,
    Open,
    Closed,
    /// A context constant (`ctx->h_None`, ...): usable, never closable.
    Constant,
    Builder,
    BuilderClosed,
}

#[repr(C, align(32))]
pub(crate) struct Entry {
    /// The universal handle (or universal builder) this entry stands for.
    pub uh: isize,
    /// Creation number: orders the open handles and tells their generation.
    /// Free entries keep the offset of the next free entry here.
    pub seq: u64,
    /// The type of the object when the handle was closed (no reference),
    /// so reports can name it later if it is still alive.
    pub closed_type: *mut ffi::PyTypeObject,
    /// Incremented (modulo 32) at each reuse: the handle's tag.
    pub serial: u8,
    /// `LIVE_HANDLE | tag`, `LIVE_BUILDER | tag`, or 0: the one byte that
    /// `unwrap` compares.
    pub live: u8,
    pub kind: Kind,
    pub flags: u8,
    /// Who made the handle: see `report::origin`.
    pub created_by: u16,
    /// Who closed it (same encoding), once closed.
    pub closed_by: u16,
}

/// The rarely used part of an entry (same index).
#[repr(C)]
pub(crate) struct Extra {
    /// A protected copy of data handed out for this handle, or null.
    pub raw: *mut u8,
    pub raw_size: usize,
    /// Where the handle was opened, when stack traces are on.
    pub trace: *mut Trace,
    _pad: usize,
}

const _: () = assert!(core::mem::size_of::<Entry>() == ENTRY_BYTES);
const _: () = assert!(core::mem::size_of::<Extra>() == ENTRY_BYTES);
// `Table::init_open` writes the last eight bytes of an entry at once.
const HEADER_OFFSET: usize = core::mem::offset_of!(Entry, serial);
const _: () = assert!(HEADER_OFFSET == 24);
const LIVE_OFFSET: usize = core::mem::offset_of!(Entry, live);
const _: () = assert!(LIVE_OFFSET == HEADER_OFFSET + 1);
const _: () = assert!(core::mem::offset_of!(Entry, kind) == HEADER_OFFSET + 2);
const _: () = assert!(core::mem::offset_of!(Entry, flags) == HEADER_OFFSET + 3);
const _: () = assert!(core::mem::offset_of!(Entry, created_by) == HEADER_OFFSET + 4);
const _: () = assert!(core::mem::offset_of!(Entry, closed_by) == HEADER_OFFSET + 6);

/// The closed queue: a FIFO of entry indices in a ring buffer whose size
/// is a power of two. `head` and `tail` count pops and pushes (wrapping),
/// so a slot is a count masked. The buffer holds each entry's offset in
/// the table (its index times [`ENTRY_BYTES`], below 2^29), which the fast
/// paths of the table use as is. The table grows the buffer before it has
/// more entries than the buffer has slots ([`Table::alloc`]), and an entry
/// is in a queue at most once, so a push always finds room.
///
/// The queue keeps at most `max` closed entries. When a push takes it over
/// `max`, its oldest kept entry *retires*: it stays in the buffer, in front
/// of the kept ones, as a spare entry for the next open to take, instead of
/// going through a free list and back. A retired entry is no longer in the
/// queue as far as anyone can see (`len`, `iter`; its extras are released
/// when it retires), which is what freeing it would have done; it merely
/// still reads as closed if a stale handle points at it. So the buffer
/// holds, oldest first, `retired` spare entries, then the `kept` ones.
pub(crate) struct Fifo {
    buf: Vec<u32>,
    /// `buf.len() - 1`.
    mask: usize,
    head: usize,
    tail: usize,
    /// How many entries the queue keeps, after the retired ones:
    /// `tail - head = retired + kept`.
    kept: usize,
    /// How many of the oldest entries in the buffer are retired.
    retired: usize,
    /// The most entries the queue keeps (the debug state's queue size).
    max: usize,
}

impl Fifo {
    fn new(max: usize) -> Fifo {
        Fifo { buf: vec![0; 1024], mask: 1023, head: 0, tail: 0, kept: 0, retired: 0, max }
    }

    /// Set the most entries the queue keeps. Like upstream, lowering it
    /// drops nothing now: the next pushes retire the oldest entries, one
    /// per push, and the next opens take them.
    pub fn set_max(&mut self, max: usize) {
        self.max = max;
    }

    /// How many closed entries the queue keeps (retired ones are not in it).
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.kept
    }

    #[inline(always)]
    fn slot(&self, count: usize) -> *mut u32 {
        // SAFETY: `mask` is the buffer's size minus one, a power of two
        // minus one, so the masked count is in bounds.
        unsafe { self.buf.as_ptr().add(count & self.mask).cast_mut() }
    }

    /// Append `index` (kept). The caller retires the oldest kept entry if
    /// the queue is now over `max` ([`Fifo::retire_oldest`]).
    pub fn push_back(&mut self, index: u32) {
        if self.tail.wrapping_sub(self.head) > self.mask {
            self.grow();
        }
        // SAFETY: `slot` is in bounds.
        unsafe { *self.slot(self.tail) = index * ENTRY_BYTES as u32 };
        self.tail = self.tail.wrapping_add(1);
        self.kept += 1;
    }

    /// Retire the oldest kept entry, if any, and return its index.
    pub fn retire_oldest(&mut self) -> Option<u32> {
        if self.kept == 0 {
            return None;
        }
        // SAFETY: `slot` is in bounds; the entry there is kept.
        let offset = unsafe { *self.slot(self.head.wrapping_add(self.retired)) };
        self.retired += 1;
        self.kept -= 1;
        Some(offset / ENTRY_BYTES as u32)
    }

    /// The offset of the oldest kept entry, and the slot it is in: the one
    /// after the retired entries. The queue must keep one (`len() > 0`).
    #[inline(always)]
    pub fn oldest_offset(&self) -> (u32, *mut u32) {
        debug_assert!(self.kept > 0);
        let slot = self.slot(self.head.wrapping_add(self.retired));
        // SAFETY: `slot` is in bounds.
        (unsafe { *slot }, slot)
    }

    /// Take the oldest kept entry out of the queue (see
    /// [`Fifo::oldest_offset`]): the oldest retired entry moves into its
    /// slot (a no-op when there is none), and the buffer's front goes.
    ///
    /// # Safety
    /// `slot` comes from `oldest_offset` just before.
    #[inline(always)]
    pub unsafe fn take_oldest_at(&mut self, slot: *mut u32) {
        // SAFETY: both slots are in bounds (caller).
        unsafe { *slot = *self.slot(self.head) };
        self.head = self.head.wrapping_add(1);
        self.kept -= 1;
    }

    /// Take the oldest kept entry out of the queue, if any.
    pub fn take_oldest(&mut self) -> Option<u32> {
        if self.kept == 0 {
            return None;
        }
        let (offset, slot) = self.oldest_offset();
        // SAFETY: `slot` was just found.
        unsafe { self.take_oldest_at(slot) };
        Some(offset / ENTRY_BYTES as u32)
    }

    /// The offset of a retired entry, if there is one, taken out of the
    /// buffer.
    #[inline(always)]
    pub fn take_retired_offset(&mut self) -> Option<u32> {
        if self.retired == 0 {
            return None;
        }
        // SAFETY: `slot` is in bounds; the front entry is retired.
        let offset = unsafe { *self.slot(self.head) };
        self.head = self.head.wrapping_add(1);
        self.retired -= 1;
        Some(offset)
    }

    /// A retired entry, if there is one, taken out of the buffer.
    pub fn take_retired(&mut self) -> Option<u32> {
        self.take_retired_offset().map(|o| o / ENTRY_BYTES as u32)
    }

    /// Push `offset`, retiring the oldest kept entry if the queue is then
    /// over `max`, unless that retirement needs the general path
    /// (`hard_retire`: it might have extras to release). Returns false,
    /// having changed nothing, then.
    #[inline(always)]
    fn try_push_offset(&mut self, offset: u32, hard_retire: bool) -> bool {
        let kept = self.kept;
        let retire = kept >= self.max;
        if retire && hard_retire {
            return false;
        }
        debug_assert!(self.tail.wrapping_sub(self.head) <= self.mask, "the table keeps the buffer big enough");
        // SAFETY: `slot` is in bounds.
        unsafe { *self.slot(self.tail) = offset };
        self.tail = self.tail.wrapping_add(1);
        if retire {
            self.retired += 1;
        } else {
            self.kept = kept + 1;
        }
        true
    }

    /// How many entries the buffer can hold.
    fn capacity(&self) -> usize {
        self.buf.len()
    }

    #[cold]
    #[inline(never)]
    fn grow(&mut self) {
        let stored = self.tail.wrapping_sub(self.head);
        let old: Vec<u32> = (0..stored).map(|k| self.buf[self.head.wrapping_add(k) & self.mask]).collect();
        self.buf = vec![0; self.buf.len() * 2];
        self.buf[..old.len()].copy_from_slice(&old);
        self.mask = self.buf.len() - 1;
        self.head = 0;
        self.tail = old.len();
    }

    /// The kept entries, oldest first.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        let first = self.head.wrapping_add(self.retired);
        (0..self.kept).map(move |k| self.buf[first.wrapping_add(k) & self.mask] / ENTRY_BYTES as u32)
    }
}

fn reserve(len: usize) -> Option<*mut u8> {
    // SAFETY: an anonymous private mapping with no access: it only
    // reserves addresses; `Table::grow` makes parts of it usable.
    let p = unsafe {
        libc::mmap(
            core::ptr::null_mut(),
            len,
            libc::PROT_NONE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    (p != libc::MAP_FAILED).then_some(p.cast())
}

/// What a value passed as a handle turned out to be.
pub(crate) enum Lookup {
    /// Not an address inside the table (garbage, or a handle of another
    /// context).
    Foreign,
    /// Entry `index`; `tag` is the handle's low bits.
    Entry { index: u32, tag: u8 },
}

pub(crate) struct Table {
    pub base: *mut Entry,
    extras: *mut Extra,
    /// Bytes of the region that hold entries: every valid handle `h`
    /// satisfies `h - base < limit`.
    pub limit: usize,
    /// Entries ever handed out: all live entries are below this index.
    /// Entries are never given back: a handle's entry goes to the closed
    /// queue, and from there (kept or retired) to a later handle.
    used: usize,
    pub next_seq: u64,
    /// Closed handles, oldest first.
    pub closed: Fifo,
    /// Consumed builders, oldest first.
    pub closed_builders: Fifo,
    /// How many entries of the two closed queues (kept or retired) have
    /// extras: while there are none, a close can retire the oldest entry
    /// without looking at it.
    pub closed_extras: usize,
}

impl Table {
    /// Reserve the regions; the closed queues keep at most `closed_max`
    /// entries ([`Fifo::set_max`] changes it). Returns `None` if the OS
    /// refuses.
    pub fn new(closed_max: usize) -> Option<Table> {
        let base = reserve(MAX_ENTRIES * ENTRY_BYTES)?;
        let extras = reserve(MAX_ENTRIES * ENTRY_BYTES)?;
        Some(Table {
            base: base.cast(),
            extras: extras.cast(),
            limit: 0,
            used: 0,
            next_seq: 0,
            closed: Fifo::new(closed_max),
            closed_builders: Fifo::new(closed_max),
            closed_extras: 0,
        })
    }

    #[cold]
    fn grow(&mut self) -> bool {
        let have = self.limit / ENTRY_BYTES;
        if have + GROW_BY > MAX_ENTRIES {
            return false;
        }
        let commit = |region: *mut u8| {
            // SAFETY: the range lies inside a region reserved in `new`; new
            // anonymous pages read as zeros, a valid free entry or extra.
            unsafe {
                libc::mprotect(
                    region.add(self.limit).cast(),
                    GROW_BY * ENTRY_BYTES,
                    libc::PROT_READ | libc::PROT_WRITE,
                ) == 0
            }
        };
        let ok = commit(self.base.cast()) && commit(self.extras.cast());
        if ok {
            self.limit += GROW_BY * ENTRY_BYTES;
        }
        ok
    }

    /// The rarely used part of entry `index`.
    #[inline(always)]
    pub fn extra(&self, index: u32) -> *mut Extra {
        // SAFETY: indices come from this table, so they are below `limit`.
        unsafe { self.extras.add(index as usize) }
    }

    #[inline(always)]
    pub fn entry(&self, index: u32) -> *mut Entry {
        // SAFETY: indices come from this table, so they are below `limit`.
        unsafe { self.base.add(index as usize) }
    }

    #[inline(always)]
    fn at(&mut self, index: u32) -> &mut Entry {
        // SAFETY: as in `entry`; the table is only used with the GIL held
        // and no other reference to this entry is alive during the call.
        unsafe { &mut *self.entry(index) }
    }

    /// The handle value for entry `index` (its address plus its tag).
    #[inline(always)]
    pub fn handle(&self, index: u32) -> isize {
        // SAFETY: `index` is an entry of this table.
        let serial = unsafe { (*self.entry(index)).serial };
        self.entry(index) as isize + (serial as usize & TAG_MASK) as isize
    }

    /// Where `h` points, without reading the entry.
    #[inline(always)]
    pub fn lookup(&self, h: isize) -> Lookup {
        match self.offset_of(h) {
            Some(off) => Lookup::Entry { index: (off / ENTRY_BYTES) as u32, tag: (off & TAG_MASK) as u8 },
            None => Lookup::Foreign,
        }
    }

    /// `h`'s byte offset from the table's base (its entry's offset plus
    /// its tag) if it lies in the usable region: one subtraction and one
    /// comparison.
    #[inline(always)]
    fn offset_of(&self, h: isize) -> Option<usize> {
        let off = h.wrapping_sub(self.base as isize) as usize;
        (off < self.limit).then_some(off)
    }

    /// The index and address of the entry at byte offset `off` (from
    /// [`Table::offset_of`]; the tag bits are ignored).
    #[inline(always)]
    fn entry_at(&self, off: usize) -> (u32, *mut Entry) {
        ((off / ENTRY_BYTES) as u32, self.base.cast::<u8>().wrapping_add(off & !TAG_MASK).cast::<Entry>())
    }

    /// The entry of `h` if `h` is a usable handle (open, or a constant)
    /// of this table: one subtraction, one comparison with the table's
    /// size, one with the entry's `live` byte. Null, foreign, closed and
    /// stale values give `None`.
    #[inline(always)]
    pub fn live_entry(&self, h: isize) -> Option<(u32, *mut Entry)> {
        let off = self.offset_of(h)?;
        let (index, e) = self.entry_at(off);
        // SAFETY: `off < limit`, so `e` is an entry of the usable region.
        let live = unsafe { (*e).live };
        (live == LIVE_HANDLE | (off & TAG_MASK) as u8).then_some((index, e))
    }

    /// The entry of `h` if `h` is an open handle (not a constant) of this
    /// table: [`Table::live_entry`] with the entry's `live` and `kind` bytes
    /// compared at once.
    #[inline(always)]
    pub fn open_entry(&self, h: isize) -> Option<(u32, *mut Entry)> {
        let off = self.offset_of(h)?;
        let (index, e) = self.entry_at(off);
        let live = LIVE_HANDLE | (off & TAG_MASK) as u8;
        // SAFETY: `off < limit`, so `e` is an entry of the usable region;
        // `live` and `kind` are adjacent bytes (asserted above), read as one
        // little-endian u16.
        #[cfg(target_endian = "little")]
        let open = unsafe {
            e.cast::<u8>().add(LIVE_OFFSET).cast::<u16>().read_unaligned() == u16::from(live) | (Kind::Open as u16) << 8
        };
        // SAFETY: as above.
        #[cfg(not(target_endian = "little"))]
        let open = unsafe { (*e).live == live && (*e).kind == Kind::Open };
        open.then_some((index, e))
    }

    /// The entry of `h` if `h` is an open handle of this table whose flags
    /// are exactly `flags`: [`Table::open_entry`] and one more comparison,
    /// so that the common case of a close (owned, or borrowed as expected,
    /// and without extras) needs no other test of the flags.
    #[inline(always)]
    pub fn open_entry_with(&self, h: isize, flags: u8) -> Option<(u32, *mut Entry)> {
        let (index, e) = self.open_entry(h)?;
        // SAFETY: `e` is an entry of the usable region.
        (unsafe { (*e).flags } == flags).then_some((index, e))
    }

    /// The entry with address `id` (a `DebugHandle.id`).
    pub fn index_of_id(&self, id: usize) -> Option<u32> {
        let off = self.offset_of(id as isize)?;
        (off & TAG_MASK == 0).then_some((off / ENTRY_BYTES) as u32)
    }

    /// A new entry, or `None` when the table is full.
    #[inline(always)]
    pub fn alloc(&mut self) -> Option<u32> {
        if self.used * ENTRY_BYTES >= self.limit && !self.grow() {
            return None;
        }
        self.used += 1;
        // Every entry fits in each closed queue at once (see `Fifo`).
        while self.closed.capacity() < self.used {
            self.closed.grow();
        }
        while self.closed_builders.capacity() < self.used {
            self.closed_builders.grow();
        }
        Some((self.used - 1) as u32)
    }

    /// Set up entry `index` for a new handle or builder.
    #[inline(always)]
    pub fn init(&mut self, index: u32, uh: isize, kind: Kind, created_by: u16, flags: u8) {
        let seq = self.next_seq;
        self.next_seq += 1;
        let e = self.at(index);
        e.serial = (e.serial + 1) & TAG_MASK as u8;
        e.uh = uh;
        e.seq = seq;
        e.kind = kind;
        e.flags = flags;
        e.created_by = created_by;
        e.closed_by = 0;
        // The extra is empty: fresh ones are zeroed, and `state::release`
        // empties them before reuse.
        let tag = (e.serial as usize & TAG_MASK) as u8;
        e.live = match kind {
            Kind::Open | Kind::Constant => LIVE_HANDLE | tag,
            Kind::Builder => LIVE_BUILDER | tag,
            _ => 0,
        };
    }

    /// `init(index, uh, Kind::Open, created_by, flags)`, returning the new
    /// handle, with the entry's last eight bytes written at once.
    #[cfg(test)]
    pub fn init_open(&mut self, index: u32, uh: isize, created_by: u16, flags: u8) -> isize {
        self.init_open_header(index, uh, created_by, flags).0
    }

    /// [`Table::init_open`], also returning the header written (see
    /// [`Table::header`]).
    #[cfg(test)]
    pub fn init_open_header(&mut self, index: u32, uh: isize, created_by: u16, flags: u8) -> (isize, u64) {
        // SAFETY: `index` is an entry of this table; no reference to it is
        // alive.
        unsafe { self.init_open_at(self.entry(index), uh, created_by, flags) }
    }

    /// [`Table::init_open_header`] of entry `e`.
    ///
    /// # Safety
    /// `e` is an entry of this table, free or leaving the closed queue; no
    /// reference to it is alive.
    #[inline(always)]
    pub unsafe fn init_open_at(&mut self, e: *mut Entry, uh: isize, created_by: u16, flags: u8) -> (isize, u64) {
        let seq = self.next_seq;
        self.next_seq = seq + 1;
        // SAFETY: forwarded.
        unsafe { init_open_at(e, seq, uh, created_by, flags) }
    }

    /// The header of entry `e`: its last eight bytes (tag, `live`, `kind`,
    /// `flags`, `created_by`, `closed_by`) as one word, which changes
    /// whenever any of them does. Comparing it with the header written when
    /// a handle was opened tells, in one comparison, that the handle is
    /// still open exactly as it was opened (and so has no extras).
    ///
    /// # Safety
    /// `e` is an entry of a table.
    #[inline(always)]
    pub unsafe fn header(e: *const Entry) -> u64 {
        // SAFETY: the header fields are the entry's last eight bytes, at
        // offset 24 of a 32-aligned entry (asserted above).
        #[cfg(target_endian = "little")]
        unsafe {
            e.cast::<u8>().add(HEADER_OFFSET).cast::<u64>().read()
        }
        // SAFETY: as above, field by field, in `open_header`'s order.
        #[cfg(not(target_endian = "little"))]
        unsafe {
            u64::from((*e).serial)
                | u64::from((*e).live) << 8
                | u64::from((*e).kind as u8) << 16
                | u64::from((*e).flags) << 24
                | u64::from((*e).created_by) << 32
                | u64::from((*e).closed_by) << 48
        }
    }

    /// Close the open handle in entry `index` (`e`) in the common case:
    /// the entry has no extras (raw data, a stack trace), the closed
    /// queue's buffer has room, and if the queue is then over `max`, the
    /// entry that retires has no extras to release (no entry of the queues
    /// has any). Returns its universal handle and flags, or `None`, having
    /// changed nothing, when the case is not that simple.
    ///
    /// The general path marks the entry closed, then puts it at the end of
    /// the queue and retires the queue's oldest entry if the queue is then
    /// over `max`. Here the queue goes first: the same result.
    ///
    /// # Safety
    /// GIL held; `e` is an entry of this table, an open handle.
    #[inline(always)]
    pub unsafe fn try_close_simple(&mut self, e: *mut Entry, closed_by: u16) -> Option<(isize, u8)> {
        // SAFETY: `e` is an entry; forwarded.
        unsafe {
            if (*e).flags & EXTRAS != 0 {
                return None;
            }
            let flags = (*e).flags;
            self.try_close_no_extras(e, closed_by).map(|uh| (uh, flags))
        }
    }

    /// [`Table::try_close_simple`] of an entry known to have no extras
    /// (its flags were compared): returns its universal handle.
    ///
    /// # Safety
    /// GIL held; `e` is an entry of this table, an open handle without
    /// extras.
    #[inline(always)]
    pub unsafe fn try_close_no_extras(&mut self, e: *mut Entry, closed_by: u16) -> Option<isize> {
        // SAFETY: `e` is an entry; an open entry holds a live object.
        unsafe {
            let offset = (e as usize - self.base as usize) as u32;
            if !self.closed.try_push_offset(offset, self.closed_extras != 0) {
                return None;
            }
            let uh = (*e).uh;
            (*e).kind = Kind::Closed;
            (*e).live = 0;
            (*e).closed_by = closed_by;
            // Remembered (without a reference: holding one would show in
            // refcounts) so that reports can name it if it is still alive.
            (*e).closed_type = ffi::Py_TYPE(hpy_runtime::handles::py(hpy_sys::HPy { _i: uh }));
            Some(uh)
        }
    }

    /// The open handles (not constants), in creation order.
    pub fn open_handles(&self) -> Vec<u32> {
        let mut v: Vec<u32> = (0..self.used as u32)
            // SAFETY: indices below `used` are entries.
            .filter(|&i| unsafe { (*self.entry(i)).kind } == Kind::Open)
            .collect();
        // SAFETY: as above.
        v.sort_by_key(|&i| unsafe { (*self.entry(i)).seq });
        v
    }
}

/// The header (the last eight bytes, read or written as one little-endian
/// `u64`) of an open handle with tag `tag` and no closer yet.
#[inline(always)]
const fn open_header(tag: u8, created_by: u16, flags: u8) -> u64 {
    // Spelled so that it compiles to a multiply and an add (`tag < 32`, so
    // `LIVE_HANDLE | tag` is `LIVE_HANDLE + tag`).
    tag as u64 * 0x0101 + ((LIVE_HANDLE as u64) << 8) + ((Kind::Open as u64) << 16) + ((flags as u64) << 24)
        + ((created_by as u64) << 32)
}

/// Write the header of entry `e`: its last eight bytes as one
/// little-endian `u64`, in the order [`open_header`] assumes.
///
/// # Safety
/// `e` is an entry of a table; `word` is a header whose kind byte is a
/// valid [`Kind`].
#[inline(always)]
unsafe fn set_header(e: *mut Entry, word: u64) {
    // SAFETY: the six header fields are the entry's last eight bytes, in
    // this order (asserted above), at offset 24 of a 32-aligned entry; on a
    // little-endian target the word's bytes land in the fields' order, each
    // u16 field getting its own value.
    #[cfg(target_endian = "little")]
    unsafe {
        e.cast::<u8>().add(HEADER_OFFSET).cast::<u64>().write(word)
    }
    // SAFETY: as above, field by field; the kind byte is valid (caller).
    #[cfg(not(target_endian = "little"))]
    unsafe {
        (*e).serial = word as u8;
        (*e).live = (word >> 8) as u8;
        (*e).kind = core::mem::transmute::<u8, Kind>((word >> 16) as u8);
        (*e).flags = (word >> 24) as u8;
        (*e).created_by = (word >> 32) as u16;
        (*e).closed_by = (word >> 48) as u16;
    }
}

/// Set up entry `e` for a new open handle (creation number `seq`) and
/// return the handle: the tag moves on, the rest of the header is written
/// at once.
///
/// # Safety
/// `e` is an entry of a table, free or leaving the closed queue; no
/// reference to it is alive.
#[inline(always)]
unsafe fn init_open_at(e: *mut Entry, seq: u64, uh: isize, created_by: u16, flags: u8) -> (isize, u64) {
    // SAFETY: guaranteed by the caller.
    unsafe {
        let tag = ((*e).serial + 1) & TAG_MASK as u8;
        (*e).uh = uh;
        (*e).seq = seq;
        let header = open_header(tag, created_by, flags);
        set_header(e, header);
        (e as isize + tag as isize, header)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifo_keeps_order_across_wrap_and_growth() {
        let mut f = Fifo::new(usize::MAX);
        for i in 0..1000 {
            f.push_back(i);
        }
        for i in 0..900 {
            assert_eq!(f.take_oldest(), Some(i));
        }
        for i in 1000..3000 {
            f.push_back(i);
        }
        assert_eq!(f.len(), 2100);
        assert!(f.iter().eq(900..3000));
        assert!((900..3000).all(|i| f.take_oldest() == Some(i)));
        assert_eq!(f.take_oldest(), None);
    }

    #[test]
    fn retired_entries_leave_the_queue_and_are_taken_first() {
        let mut f = Fifo::new(3);
        for i in 0..5 {
            f.push_back(i);
            if f.len() > 3 {
                f.retire_oldest();
            }
        }
        // 0 and 1 retired: no longer in the queue.
        assert_eq!(f.len(), 3);
        assert!(f.iter().eq(2..5));
        // The oldest kept entry, not a retired one.
        assert_eq!(f.take_oldest(), Some(2));
        assert!(f.iter().eq(3..5));
        let mut r = [f.take_retired().unwrap(), f.take_retired().unwrap()];
        r.sort();
        assert_eq!(r, [0, 1]);
        assert_eq!(f.take_retired(), None);
        assert!(f.iter().eq(3..5));
        // Lowering the size drops nothing until the next push.
        f.set_max(1);
        assert_eq!(f.len(), 2);
        f.push_back(7);
        assert_eq!(f.retire_oldest(), Some(3));
        assert!(f.iter().eq([4, 7]));
    }

    /// A small deterministic generator for the model test.
    fn xorshift(state: &mut u64) -> u64 {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        *state
    }

    /// Upstream's closed queue, where a push over the size frees the oldest
    /// entry and an open reuses the oldest when the queue is full, against
    /// the Fifo with retired entries: the queue's contents and which entry
    /// each open gets must be the same, except that an entry upstream would
    /// have freed is, here, taken again before a new one.
    #[test]
    fn fifo_with_retired_entries_behaves_as_upstreams_queue() {
        use std::collections::VecDeque;
        for seed in 1..40u64 {
            let mut rng = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15);
            let mut max = (xorshift(&mut rng) % 12) as usize;
            let mut f = Fifo::new(max);
            let mut model: VecDeque<u32> = VecDeque::new();
            // Upstream's freed entries (ours: retired), and the open ones.
            let mut freed: Vec<u32> = Vec::new();
            let mut open: Vec<u32> = Vec::new();
            let mut next = 0u32;
            for step in 0..3000 {
                match xorshift(&mut rng) % 16 {
                    0..=6 => {
                        // Open.
                        let i = if model.len() >= max.max(1) {
                            let want = model.pop_front().unwrap();
                            assert_eq!(f.take_oldest(), Some(want), "seed {seed} step {step}");
                            want
                        } else if let Some(i) = f.take_retired() {
                            let k = freed.iter().position(|&x| x == i).expect("a retired entry was freed upstream");
                            freed.swap_remove(k);
                            i
                        } else {
                            assert!(freed.is_empty());
                            next += 1;
                            next - 1
                        };
                        open.push(i);
                    }
                    7..=13 if !open.is_empty() => {
                        // Close one.
                        let k = (xorshift(&mut rng) % open.len() as u64) as usize;
                        let i = open.swap_remove(k);
                        model.push_back(i);
                        f.push_back(i);
                        if model.len() > max {
                            let old = model.pop_front().unwrap();
                            freed.push(old);
                            assert_eq!(f.retire_oldest(), Some(old));
                        }
                    }
                    14 => {
                        max = (xorshift(&mut rng) % 12) as usize;
                        f.set_max(max);
                    }
                    _ => {}
                }
                assert!(f.iter().eq(model.iter().copied()), "seed {seed} step {step}");
                assert_eq!(f.retired, freed.len());
                // Never more entries than upstream ever had at once.
                assert!(open.len() + model.len() + freed.len() <= next as usize);
            }
        }
    }

    #[test]
    fn handles_carry_a_tag_that_changes_on_reuse() {
        let mut t = Table::new(1024).unwrap();
        let i = t.alloc().unwrap();
        t.init(i, 0x1000, Kind::Open, 0, 0);
        let h1 = t.handle(i);
        let Lookup::Entry { index, tag } = t.lookup(h1) else { panic!("not found") };
        assert_eq!(index, i);
        // SAFETY: `i` is an entry of `t`.
        assert_eq!(unsafe { (*t.entry(i)).live }, LIVE_HANDLE | tag);
        // Reused for another handle.
        t.init(i, 0x2000, Kind::Open, 0, 0);
        assert_ne!(t.handle(i), h1);
        assert!(matches!(t.lookup(12345), Lookup::Foreign));
        assert_eq!(t.index_of_id(t.entry(i) as usize), Some(i));
        assert_eq!(t.index_of_id(h1 as usize | 1), None);
    }

    #[test]
    fn open_handles_come_in_creation_order() {
        let mut t = Table::new(1024).unwrap();
        let a = t.alloc().unwrap();
        let b = t.alloc().unwrap();
        t.init(b, 1, Kind::Open, 0, 0);
        t.init(a, 2, Kind::Open, 0, 0);
        let c = t.alloc().unwrap();
        t.init(c, 3, Kind::Closed, 0, 0);
        assert_eq!(t.open_handles(), vec![b, a]);
    }

    /// The fields of an entry that the fast paths write.
    fn snapshot(t: &Table, i: u32) -> (isize, u64, u8, u8, Kind, u8, u16, u16) {
        // SAFETY: `i` is an entry of `t`.
        let e = unsafe { &*t.entry(i) };
        (e.uh, e.seq, e.serial, e.live, e.kind, e.flags, e.created_by, e.closed_by)
    }

    #[test]
    fn init_open_is_init_of_an_open_handle() {
        let (mut a, mut b) = (Table::new(1024).unwrap(), Table::new(1024).unwrap());
        // The same entry every round: the tag changes.
        let (i, j) = (a.alloc().unwrap(), b.alloc().unwrap());
        for round in 0..70u16 {
            let flags = (round % 2) as u8;
            let (h, header) = a.init_open_header(i, 0x1000 + round as isize, 0x8003 + round, flags);
            b.init(j, 0x1000 + round as isize, Kind::Open, 0x8003 + round, flags);
            assert_eq!(h - a.base as isize, b.handle(j) - b.base as isize);
            assert_eq!(snapshot(&a, i), snapshot(&b, j));
            // SAFETY: `i` and `j` are entries.
            unsafe {
                assert_eq!(Table::header(a.entry(i)), header);
                assert_eq!(Table::header(b.entry(j)), header);
                // Any change to the header shows.
                (*b.entry(j)).closed_by = 1;
                assert_ne!(Table::header(b.entry(j)), header);
            }
            assert!(matches!(a.open_entry(h), Some((k, _)) if k == i));
            assert!(matches!(a.live_entry(h), Some((k, _)) if k == i));
        }
    }

    #[test]
    fn open_entry_with_compares_the_flags_too() {
        let mut t = Table::new(1024).unwrap();
        let (o, b, x, c) = (t.alloc().unwrap(), t.alloc().unwrap(), t.alloc().unwrap(), t.alloc().unwrap());
        for round in 0..40 {
            let ho = t.init_open(o, 1, 7, 0);
            let hb = t.init_open(b, 1, 7, BORROWED);
            let hx = t.init_open(x, 1, 7, EXTRAS);
            t.init(c, 2, Kind::Constant, 0, 0);
            let hc = t.handle(c);
            assert!(matches!(t.open_entry_with(ho, 0), Some((k, _)) if k == o), "round {round}");
            assert!(matches!(t.open_entry_with(hb, BORROWED), Some((k, _)) if k == b));
            assert!(t.open_entry_with(ho, BORROWED).is_none() && t.open_entry_with(hb, 0).is_none());
            assert!(t.open_entry_with(hx, 0).is_none() && t.open_entry_with(hc, 0).is_none());
            for bad in [0, 12345, ho + 1, ho - 32, hc + 1] {
                assert!(t.open_entry_with(bad, 0).is_none());
            }
        }
    }

    #[test]
    fn open_entry_is_live_entry_of_an_open_handle() {
        let mut t = Table::new(1024).unwrap();
        let (o, c) = (t.alloc().unwrap(), t.alloc().unwrap());
        let ho = t.init_open(o, 1, 0, 0);
        t.init(c, 2, Kind::Constant, 0, 0);
        let hc = t.handle(c);
        assert!(t.open_entry(ho).is_some());
        assert!(t.live_entry(hc).is_some());
        assert!(t.open_entry(hc).is_none());
        for bad in [0, 12345, ho + 1, ho - 32, hc + 1] {
            assert!(t.open_entry(bad).is_none());
        }
        // SAFETY: `o` is an entry of `t`.
        unsafe { (*t.entry(o)).live = 0 };
        assert!(t.open_entry(ho).is_none() && t.live_entry(ho).is_none());
    }

    /// A stand-in for a Python object: `Py_TYPE` reads its type pointer.
    fn fake_object(ty: usize) -> Box<ffi::PyObject> {
        // SAFETY: all-zero is a valid `PyObject` (plain integers and
        // pointers); nothing but its type pointer is read.
        let mut o: Box<ffi::PyObject> = Box::new(unsafe { core::mem::zeroed() });
        o.ob_type = ty as *mut ffi::PyTypeObject;
        o
    }

    #[test]
    fn try_close_simple_is_close_then_push_then_retire_the_oldest_over_max() {
        let obj = fake_object(0x5678);
        let uh = &*obj as *const ffi::PyObject as isize;
        for max in [0usize, 1, 3] {
            let (mut a, mut b) = (Table::new(max).unwrap(), Table::new(max).unwrap());
            for k in 0..20u32 {
                let (i, j) = (a.alloc().unwrap(), b.alloc().unwrap());
                assert_eq!(i, j);
                a.init_open(i, uh, 7, (k % 2) as u8);
                b.init(j, uh, Kind::Open, 7, (k % 2) as u8);
                // SAFETY: entry `i` is open and holds a stand-in object.
                let r = unsafe { a.try_close_simple(a.entry(i), 9) };
                assert_eq!(r, Some((uh, (k % 2) as u8)));
                // What `state::close_general` does.
                // SAFETY: `j` is an entry of `b`.
                unsafe {
                    let e = b.entry(j);
                    (*e).kind = Kind::Closed;
                    (*e).live = 0;
                    (*e).closed_by = 9;
                    (*e).closed_type = 0x5678 as *mut ffi::PyTypeObject;
                }
                b.closed.push_back(j);
                if b.closed.len() > max {
                    b.closed.retire_oldest();
                }
                assert!(a.closed.iter().eq(b.closed.iter()), "max {max}, step {k}");
                assert_eq!(a.closed.retired, b.closed.retired);
                for x in 0..=k {
                    assert_eq!(snapshot(&a, x), snapshot(&b, x));
                    // SAFETY: `x` is an entry of both tables.
                    unsafe { assert_eq!((*a.entry(x)).closed_type, (*b.entry(x)).closed_type) };
                }
            }
        }
    }

    #[test]
    fn try_close_simple_leaves_hard_cases_alone() {
        let obj = fake_object(0x5678);
        let uh = &*obj as *const ffi::PyObject as isize;
        // An entry of the queues has extras: a close that would retire one
        // goes to the general path, which looks at the entry retiring.
        let mut t = Table::new(1).unwrap();
        let old = t.alloc().unwrap();
        t.init(old, uh, Kind::Closed, 0, EXTRAS);
        t.closed.push_back(old);
        t.closed_extras = 1;
        let i = t.alloc().unwrap();
        t.init_open(i, uh, 0, 0);
        let before = snapshot(&t, i);
        // SAFETY: entry `i` is open and holds a stand-in object.
        assert_eq!(unsafe { t.try_close_simple(t.entry(i), 1) }, None);
        assert!(t.closed.iter().eq([old]));
        assert_eq!(snapshot(&t, i), before);
        // A close that retires nothing does not care.
        t.closed.set_max(5);
        // SAFETY: as above.
        assert!(unsafe { t.try_close_simple(t.entry(i), 1) }.is_some());
        assert!(t.closed.iter().eq([old, i]));
        // A handle with extras itself.
        let j = t.alloc().unwrap();
        t.init(j, uh, Kind::Open, 0, EXTRAS);
        // SAFETY: entry `j` is open and holds a stand-in object.
        assert_eq!(unsafe { t.try_close_simple(t.entry(j), 1) }, None);
        // The buffers grow with the table: a close always finds room.
        let mut t = Table::new(5000).unwrap();
        for _ in 0..1024 {
            let k = t.alloc().unwrap();
            t.closed.push_back(k);
        }
        assert_eq!(t.closed.capacity(), 1024);
        let k = t.alloc().unwrap();
        assert!(t.closed.capacity() >= 1025 && t.closed_builders.capacity() >= 1025);
        t.init_open(k, uh, 0, 0);
        // SAFETY: entry `k` is open and holds a stand-in object.
        assert!(unsafe { t.try_close_simple(t.entry(k), 1) }.is_some());
        assert_eq!(t.closed.len(), 1025);
        assert!(t.closed.iter().eq(0..1025));
    }

    #[test]
    fn closes_at_max_retire_the_oldest_in_place() {
        let obj = fake_object(0x5678);
        let uh = &*obj as *const ffi::PyObject as isize;
        let mut t = Table::new(100).unwrap();
        let mut all = Vec::new();
        for _ in 0..150 {
            let k = t.alloc().unwrap();
            t.init_open(k, uh, 0, 0);
            // SAFETY: entry `k` is open and holds a stand-in object.
            assert!(unsafe { t.try_close_simple(t.entry(k), 1) }.is_some());
            all.push(k);
        }
        assert_eq!(t.closed.len(), 100);
        assert!(t.closed.iter().eq(all[50..].iter().copied()));
        // The 50 oldest retired, still marked closed, and taken before any
        // new entry.
        assert_eq!(t.closed.retired, 50);
        // SAFETY: the entries are of the table.
        assert!(all[..50].iter().all(|&k| unsafe { (*t.entry(k)).kind } == Kind::Closed));
        let mut again: Vec<u32> = (0..50).map(|_| t.closed.take_retired().unwrap()).collect();
        again.sort();
        assert_eq!(again, all[..50]);
        assert_eq!(t.closed.take_retired(), None);
    }
}
