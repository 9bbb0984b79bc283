//! Raw data tied to a handle (`HPyUnicode_AsUTF8AndSize`,
//! `HPyBytes_AsString`, `HPyType_GetName`, ...): the extension gets a copy
//! in pages of its own, read-only while the handle is open and
//! inaccessible (`PROT_NONE`) once it is closed, so a write, or a read
//! after close, faults at the faulty instruction.
//!
//! Copies of up to a page live in a pool of pages of one memory file that
//! is mapped twice: the view handed to extensions, whose page protections
//! change, and a writable view we copy through. So a copy costs one
//! `mprotect` to open the page for reading and one to close it, and pages
//! are recycled instead of being mapped and unmapped each time. Larger
//! copies get a mapping of their own.
//!
//! When `_HPY_DEBUG_FORCE_DEFAULT_MEM_PROTECT` is set in the environment
//! (as upstream's test suite reads it), the copy is plain heap memory that
//! is overwritten with garbage on close instead.

use core::ffi::c_void;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Protection {
    Pages,
    Poison,
}

/// Address space reserved for each view of the pool (never all used).
const POOL_BYTES: usize = 1 << 30;
/// Pages added to the pool at a time.
const GROW_PAGES: usize = 256;

pub(crate) struct RawMemory {
    pub mode: Protection,
    page: usize,
    /// The memory file, or -1 when the pool is unavailable.
    fd: i32,
    /// The view extensions read; pages are `PROT_NONE` unless in use.
    reader: *mut u8,
    /// The always-writable view of the same pages.
    writer: *mut u8,
    /// Pages of the pool so far.
    pages: usize,
    free: Vec<usize>,
}

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if p > 0 { p as usize } else { 4096 }
}

/// Reserve `len` bytes of address space, inaccessible.
fn reserve(len: usize) -> *mut u8 {
    // SAFETY: an anonymous mapping with no access only reserves addresses.
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
    if p == libc::MAP_FAILED { core::ptr::null_mut() } else { p.cast() }
}

impl RawMemory {
    pub fn new() -> RawMemory {
        let mode = if std::env::var_os("_HPY_DEBUG_FORCE_DEFAULT_MEM_PROTECT").is_some() {
            Protection::Poison
        } else {
            Protection::Pages
        };
        let mut m = RawMemory {
            mode,
            page: page_size(),
            fd: -1,
            reader: core::ptr::null_mut(),
            writer: core::ptr::null_mut(),
            pages: 0,
            free: Vec::new(),
        };
        if mode == Protection::Pages {
            // SAFETY: plain system calls; on any failure the pool stays off
            // and copies get mappings of their own.
            unsafe {
                let fd = libc::memfd_create(c"hpy-debug-raw-data".as_ptr(), libc::MFD_CLOEXEC);
                let (r, w) = (reserve(POOL_BYTES), reserve(POOL_BYTES));
                if fd >= 0 && !r.is_null() && !w.is_null() {
                    m.fd = fd;
                    m.reader = r;
                    m.writer = w;
                }
            }
        }
        m
    }

    /// Add pages to the pool: the file grows and both views map the new part.
    fn grow(&mut self) -> bool {
        let off = self.pages * self.page;
        let len = GROW_PAGES * self.page;
        if self.fd < 0 || off + len > POOL_BYTES {
            return false;
        }
        // SAFETY: both ranges lie inside our reservations; MAP_FIXED
        // replaces the reserved pages with the file's.
        unsafe {
            if libc::ftruncate(self.fd, (off + len) as libc::off_t) != 0 {
                return false;
            }
            let flags = libc::MAP_SHARED | libc::MAP_FIXED;
            let r = libc::mmap(self.reader.add(off).cast(), len, libc::PROT_NONE, flags, self.fd, off as libc::off_t);
            let w = libc::mmap(
                self.writer.add(off).cast(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                flags,
                self.fd,
                off as libc::off_t,
            );
            if r == libc::MAP_FAILED || w == libc::MAP_FAILED {
                return false;
            }
        }
        self.free.extend((self.pages..self.pages + GROW_PAGES).rev());
        self.pages += GROW_PAGES;
        true
    }

    fn pooled(&self, p: *mut u8) -> bool {
        !self.reader.is_null() && (p as usize).wrapping_sub(self.reader as usize) < self.pages * self.page
    }

    fn mapped_len(&self, size: usize) -> usize {
        size.div_ceil(self.page).max(1) * self.page
    }

    /// A read-only copy of `size` bytes at `data`, or null if memory ran out.
    ///
    /// # Safety
    /// `data` is readable for `size` bytes.
    pub unsafe fn copy(&mut self, data: *const u8, size: usize) -> *mut u8 {
        let pooled = self.mode == Protection::Pages && size <= self.page && (!self.free.is_empty() || self.grow());
        match self.mode {
            Protection::Pages if pooled => {
                let i = self.free.pop().unwrap_or_default();
                let off = i * self.page;
                // SAFETY: page `i` is in both views; the writer view is
                // writable, and the reader view becomes readable.
                unsafe {
                    core::ptr::copy_nonoverlapping(data, self.writer.add(off), size);
                    let p = self.reader.add(off);
                    libc::mprotect(p.cast(), self.page, libc::PROT_READ);
                    p
                }
            }
            Protection::Pages => {
                let len = self.mapped_len(size);
                // SAFETY: a fresh anonymous mapping of `len >= size` bytes,
                // filled from `data`, then made read-only.
                unsafe {
                    let p = libc::mmap(
                        core::ptr::null_mut(),
                        len,
                        libc::PROT_READ | libc::PROT_WRITE,
                        libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                        -1,
                        0,
                    );
                    if p == libc::MAP_FAILED {
                        return core::ptr::null_mut();
                    }
                    core::ptr::copy_nonoverlapping(data, p.cast::<u8>(), size);
                    libc::mprotect(p, len, libc::PROT_READ);
                    p.cast()
                }
            }
            // SAFETY: a fresh heap block of `size` bytes, filled from `data`.
            Protection::Poison => unsafe {
                let p = libc::malloc(size.max(1)).cast::<u8>();
                if !p.is_null() {
                    core::ptr::copy_nonoverlapping(data, p, size);
                }
                p
            },
        }
    }

    /// Make a copy inaccessible (its handle was closed).
    ///
    /// # Safety
    /// `p` came from `copy(_, size)` and was not freed.
    pub unsafe fn protect(&mut self, p: *mut u8, size: usize) {
        match self.mode {
            // SAFETY: `p` starts a pool page or a mapping of `mapped_len(size)`.
            Protection::Pages => unsafe {
                let len = if self.pooled(p) { self.page } else { self.mapped_len(size) };
                libc::mprotect(p.cast::<c_void>(), len, libc::PROT_NONE);
            },
            Protection::Poison => {
                const POISON: [u8; 4] = [0xBA, 0xD0, 0xDA, 0x7A];
                for i in 0..size {
                    // SAFETY: `p` is a heap block of `size` bytes.
                    unsafe { *p.add(i) = POISON[i % POISON.len()] };
                }
            }
        }
    }

    /// Release a copy, protected or not.
    ///
    /// # Safety
    /// As for `protect`; `p` is not used afterwards.
    pub unsafe fn free(&mut self, p: *mut u8, size: usize, protected: bool) {
        match self.mode {
            Protection::Pages if self.pooled(p) => {
                if !protected {
                    // SAFETY: `p` is a pool page; pooled pages are kept
                    // inaccessible.
                    unsafe { libc::mprotect(p.cast::<c_void>(), self.page, libc::PROT_NONE) };
                }
                self.free.push((p as usize - self.reader as usize) / self.page);
            }
            // SAFETY: `p` starts a mapping of `mapped_len(size)` bytes.
            Protection::Pages => unsafe {
                libc::munmap(p.cast::<c_void>(), self.mapped_len(size));
            },
            // SAFETY: `p` came from malloc.
            Protection::Poison => unsafe { libc::free(p.cast()) },
        }
    }
}
