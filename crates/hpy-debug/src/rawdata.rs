//! Raw data tied to a handle (`HPyUnicode_AsUTF8AndSize`,
//! `HPyBytes_AsString`, `HPyType_GetName`, ...): the extension gets a copy
//! in pages of its own, read-only while the handle is open and
//! inaccessible (`PROT_NONE`) once it is closed, so a write, or a read
//! after close, faults at the faulty instruction.
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

impl Protection {
    pub fn from_env() -> Protection {
        if std::env::var_os("_HPY_DEBUG_FORCE_DEFAULT_MEM_PROTECT").is_some() {
            Protection::Poison
        } else {
            Protection::Pages
        }
    }
}

fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    if p > 0 { p as usize } else { 4096 }
}

fn mapped_len(size: usize) -> usize {
    let page = page_size();
    size.div_ceil(page).max(1) * page
}

/// A read-only copy of `size` bytes at `data`, or null if memory ran out.
///
/// # Safety
/// `data` is readable for `size` bytes.
pub(crate) unsafe fn copy(mode: Protection, data: *const u8, size: usize) -> *mut u8 {
    match mode {
        Protection::Pages => {
            let len = mapped_len(size);
            // SAFETY: a fresh anonymous mapping of `len` bytes, filled from
            // `data` (readable for `size <= len` bytes) and then made
            // read-only.
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
/// `p` came from `copy(mode, _, size)` and was not freed.
pub(crate) unsafe fn protect(mode: Protection, p: *mut u8, size: usize) {
    match mode {
        // SAFETY: `p` starts a mapping of `mapped_len(size)` bytes.
        Protection::Pages => unsafe {
            libc::mprotect(p.cast::<c_void>(), mapped_len(size), libc::PROT_NONE);
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

/// Release a copy.
///
/// # Safety
/// As for `protect`; `p` is not used afterwards.
pub(crate) unsafe fn free(mode: Protection, p: *mut u8, size: usize) {
    match mode {
        // SAFETY: `p` starts a mapping of `mapped_len(size)` bytes.
        Protection::Pages => unsafe {
            libc::munmap(p.cast::<c_void>(), mapped_len(size));
        },
        // SAFETY: `p` came from malloc.
        Protection::Poison => unsafe { libc::free(p.cast()) },
    }
}
