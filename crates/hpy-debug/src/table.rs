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
//! wait in a FIFO of entry indices, bounded by the debug state's queue
//! size. So opening or closing a handle touches one entry and that FIFO,
//! never neighbouring entries.

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
const NO_FREE: u32 = u32::MAX;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub(crate) enum Kind {
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
    /// Free entries keep the index of the next free entry here.
    pub seq: u64,
    /// The type of the object when the handle was closed (no reference),
    /// so reports can name it later if it is still alive.
    pub closed_type: *mut ffi::PyTypeObject,
    /// Incremented at each reuse; its low bits are the handle's tag.
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

/// A FIFO of entry indices in a ring buffer whose size is a power of two
/// (it only grows, when full).
pub(crate) struct Fifo {
    buf: Vec<u32>,
    head: usize,
    len: usize,
}

impl Fifo {
    fn new() -> Fifo {
        Fifo { buf: vec![0; 1024], head: 0, len: 0 }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.len
    }

    #[inline]
    pub fn push_back(&mut self, index: u32) {
        if self.len == self.buf.len() {
            self.grow();
        }
        let mask = self.buf.len() - 1;
        self.buf[(self.head + self.len) & mask] = index;
        self.len += 1;
    }

    #[inline]
    pub fn pop_front(&mut self) -> Option<u32> {
        if self.len == 0 {
            return None;
        }
        let i = self.buf[self.head];
        self.head = (self.head + 1) & (self.buf.len() - 1);
        self.len -= 1;
        Some(i)
    }

    #[cold]
    fn grow(&mut self) {
        let old: Vec<u32> = self.iter().collect();
        self.buf = vec![0; self.buf.len() * 2];
        self.buf[..old.len()].copy_from_slice(&old);
        self.head = 0;
    }

    /// Oldest first.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        let mask = self.buf.len() - 1;
        (0..self.len).map(move |k| self.buf[(self.head + k) & mask])
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
    used: usize,
    free: u32,
    pub next_seq: u64,
    /// Closed handles, oldest first.
    pub closed: Fifo,
    /// Consumed builders, oldest first.
    pub closed_builders: Fifo,
}

impl Table {
    /// Reserve the regions. Returns `None` if the OS refuses.
    pub fn new() -> Option<Table> {
        let base = reserve(MAX_ENTRIES * ENTRY_BYTES)?;
        let extras = reserve(MAX_ENTRIES * ENTRY_BYTES)?;
        Some(Table {
            base: base.cast(),
            extras: extras.cast(),
            limit: 0,
            used: 0,
            free: NO_FREE,
            next_seq: 0,
            closed: Fifo::new(),
            closed_builders: Fifo::new(),
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
        let off = h.wrapping_sub(self.base as isize) as usize;
        if off >= self.limit {
            return Lookup::Foreign;
        }
        Lookup::Entry { index: (off / ENTRY_BYTES) as u32, tag: (off & TAG_MASK) as u8 }
    }

    /// The entry with address `id` (a `DebugHandle.id`).
    pub fn index_of_id(&self, id: usize) -> Option<u32> {
        let off = id.wrapping_sub(self.base as usize);
        (off < self.limit && off & TAG_MASK == 0).then_some((off / ENTRY_BYTES) as u32)
    }

    /// A free entry, or `None` when the table is full.
    #[inline(always)]
    pub fn alloc(&mut self) -> Option<u32> {
        if self.free != NO_FREE {
            let i = self.free;
            self.free = self.at(i).seq as u32;
            return Some(i);
        }
        if self.used * ENTRY_BYTES >= self.limit && !self.grow() {
            return None;
        }
        self.used += 1;
        Some((self.used - 1) as u32)
    }

    /// Give an entry back; its resources must have been released.
    #[inline(always)]
    pub fn free(&mut self, index: u32) {
        let next = self.free;
        let e = self.at(index);
        e.kind = Kind::Free;
        e.live = 0;
        e.uh = 0;
        e.seq = u64::from(next);
        self.free = index;
    }

    /// Set up entry `index` for a new handle or builder.
    #[inline(always)]
    pub fn init(&mut self, index: u32, uh: isize, kind: Kind, created_by: u16, flags: u8) {
        let seq = self.next_seq;
        self.next_seq += 1;
        let e = self.at(index);
        e.serial = e.serial.wrapping_add(1);
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifo_keeps_order_across_wrap_and_growth() {
        let mut f = Fifo::new();
        for i in 0..1000 {
            f.push_back(i);
        }
        for i in 0..900 {
            assert_eq!(f.pop_front(), Some(i));
        }
        for i in 1000..3000 {
            f.push_back(i);
        }
        assert_eq!(f.len(), 2100);
        assert!(f.iter().eq(900..3000));
        assert!((900..3000).all(|i| f.pop_front() == Some(i)));
        assert_eq!(f.pop_front(), None);
    }

    #[test]
    fn handles_carry_a_tag_that_changes_on_reuse() {
        let mut t = Table::new().unwrap();
        let i = t.alloc().unwrap();
        t.init(i, 0x1000, Kind::Open, 0, 0);
        let h1 = t.handle(i);
        let Lookup::Entry { index, tag } = t.lookup(h1) else { panic!("not found") };
        assert_eq!(index, i);
        // SAFETY: `i` is an entry of `t`.
        assert_eq!(unsafe { (*t.entry(i)).live }, LIVE_HANDLE | tag);
        t.free(i);
        assert_eq!(t.alloc(), Some(i));
        t.init(i, 0x2000, Kind::Open, 0, 0);
        assert_ne!(t.handle(i), h1);
        assert!(matches!(t.lookup(12345), Lookup::Foreign));
        assert_eq!(t.index_of_id(t.entry(i) as usize), Some(i));
        assert_eq!(t.index_of_id(h1 as usize | 1), None);
    }

    #[test]
    fn open_handles_come_in_creation_order() {
        let mut t = Table::new().unwrap();
        let a = t.alloc().unwrap();
        let b = t.alloc().unwrap();
        t.init(b, 1, Kind::Open, 0, 0);
        t.init(a, 2, Kind::Open, 0, 0);
        let c = t.alloc().unwrap();
        t.init(c, 3, Kind::Closed, 0, 0);
        assert_eq!(t.open_handles(), vec![b, a]);
    }
}
