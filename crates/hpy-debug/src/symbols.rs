//! Naming code addresses for reports, `static` functions included.
//!
//! `dladdr` only knows exported symbols, and the functions of an HPy
//! extension (every `HPyDef_METH` implementation) are `static`. Such a
//! function is named from the `.symtab` section of its object file, read
//! once per file (only the section headers, the symbol table and its
//! string table), when the file has one: a stripped file gives no name.

use core::ffi::{c_void, CStr};
use std::collections::HashMap;
use std::fs::File;
use std::os::unix::fs::FileExt;
use std::sync::{Arc, Mutex};

/// Where a code address lies.
pub(crate) struct Location {
    /// The object file's name, without its directory.
    pub file: String,
    /// The address minus the object's load address (what `addr2line -e
    /// FILE` takes).
    pub offset: usize,
    /// The function containing the address, if any symbol says so, and
    /// how far into it the address is.
    pub function: Option<(String, usize)>,
}

/// Where `addr` lies, or `None` if it is in no loaded object.
pub(crate) fn locate(addr: usize) -> Option<Location> {
    let mut info = libc::Dl_info {
        dli_fname: core::ptr::null(),
        dli_fbase: core::ptr::null_mut(),
        dli_sname: core::ptr::null(),
        dli_saddr: core::ptr::null_mut(),
    };
    // SAFETY: dladdr only looks the address up.
    if unsafe { libc::dladdr(addr as *const c_void, &mut info) } == 0 || info.dli_fname.is_null() {
        return None;
    }
    // SAFETY: dladdr returned a NUL-terminated file name.
    let path = unsafe { CStr::from_ptr(info.dli_fname) }.to_string_lossy().into_owned();
    let offset = addr.wrapping_sub(info.dli_fbase as usize);
    let function = if info.dli_sname.is_null() {
        symtab(&path).and_then(|t| t.function_at(offset))
    } else {
        // SAFETY: dladdr returned a NUL-terminated symbol name.
        let name = unsafe { CStr::from_ptr(info.dli_sname) }.to_string_lossy().into_owned();
        Some((name, addr.wrapping_sub(info.dli_saddr as usize)))
    };
    let file = path.rsplit('/').next().unwrap_or(&path).to_string();
    Some(Location { file, offset, function })
}

/// A stack trace as glibc's `backtrace_symbols` writes it, one frame a
/// line (`/path/lib.so(symbol+0x1c) [0x7f...]`), with the functions it
/// could not name (`/path/lib.so(+0x11a3) [0x7f...]`: `static` ones)
/// named from their file's symbol table where possible.
pub(crate) fn name_functions(trace: &str) -> String {
    let lines: Vec<String> = trace.lines().map(|line| name_function(line).unwrap_or_else(|| line.to_string())).collect();
    lines.join("\n")
}

fn name_function(line: &str) -> Option<String> {
    let (head, addr) = line.rsplit_once(" [0x")?;
    let addr = usize::from_str_radix(addr.strip_suffix(']')?, 16).ok()?;
    let file = head.strip_suffix(')')?.rsplit_once("(+0x")?.0;
    // The frame's address is a return address: the call is the byte before.
    let (name, offset) = locate(addr.wrapping_sub(1))?.function?;
    Some(format!("{file}({}+{:#x}) [{addr:#x}]", demangle(&name), offset + 1))
}

/// `hpy_debug::trampoline::f` for a Rust symbol in the legacy mangling
/// (`_ZN9hpy_debug10trampoline1f17h0123456789abcdefE`); any other name
/// as it is.
fn demangle(name: &str) -> String {
    let Some(mut rest) = name.strip_prefix("_ZN").and_then(|n| n.strip_suffix('E')) else {
        return name.to_string();
    };
    let mut parts = Vec::new();
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let Some(len) = rest[..digits].parse::<usize>().ok().filter(|&n| n > 0 && digits + n <= rest.len()) else {
            return name.to_string();
        };
        parts.push(&rest[digits..digits + len]);
        rest = &rest[digits + len..];
    }
    // The last part is the hash.
    if parts.len() < 2 || !parts.last().is_some_and(|h| h.len() == 17 && h.starts_with('h')) {
        return name.to_string();
    }
    parts.pop();
    let mut text = parts.join("::");
    for (code, c) in [("$LT$", "<"), ("$GT$", ">"), ("$RF$", "&"), ("$BP$", "*"), ("$C$", ","), ("$u20$", " "), ("..", "::")] {
        text = text.replace(code, c);
    }
    text
}

/// The functions of one object file, by address relative to its load
/// address.
struct Symtab {
    /// `(start, end, name)`, sorted by start.
    functions: Vec<(usize, usize, String)>,
}

impl Symtab {
    fn function_at(&self, offset: usize) -> Option<(String, usize)> {
        let i = self.functions.partition_point(|f| f.0 <= offset);
        let (start, end, name) = self.functions.get(i.checked_sub(1)?)?;
        (*start <= offset && offset < *end).then(|| (name.clone(), offset - start))
    }
}

/// The symbol table of `path`, read on first use (`None`: none usable).
fn symtab(path: &str) -> Option<Arc<Symtab>> {
    static CACHE: Mutex<Option<HashMap<String, Option<Arc<Symtab>>>>> = Mutex::new(None);
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    cache
        .get_or_insert_with(HashMap::new)
        .entry(path.to_string())
        .or_insert_with(|| read_symtab(path).map(Arc::new))
        .clone()
}

fn read_at(f: &File, offset: u64, len: usize) -> Option<Vec<u8>> {
    if len > 1 << 28 {
        return None;
    }
    let mut buf = vec![0; len];
    f.read_exact_at(&mut buf, offset).ok()?;
    Some(buf)
}

fn u16_at(b: &[u8], at: usize) -> Option<usize> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?) as usize)
}

fn u32_at(b: &[u8], at: usize) -> Option<usize> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?) as usize)
}

fn u64_at(b: &[u8], at: usize) -> Option<usize> {
    usize::try_from(u64::from_le_bytes(b.get(at..at + 8)?.try_into().ok()?)).ok()
}

const SHT_SYMTAB: usize = 2;
const PT_LOAD: usize = 1;
const STT_FUNC: u8 = 2;
const PAGE: usize = 4096;

/// The `STT_FUNC` symbols of a little-endian ELF64 file (what this
/// crate runs on), with addresses made relative to where the file's first
/// segment is loaded, which is what `dladdr`'s `dli_fbase` is.
fn read_symtab(path: &str) -> Option<Symtab> {
    let f = File::open(path).ok()?;
    let eh = read_at(&f, 0, 64)?;
    // ELF magic, 64-bit, little-endian.
    if eh[..4] != *b"\x7fELF" || eh[4] != 2 || eh[5] != 1 {
        return None;
    }
    let (phoff, phentsize, phnum) = (u64_at(&eh, 0x20)?, u16_at(&eh, 0x36)?, u16_at(&eh, 0x38)?);
    let (shoff, shentsize, shnum) = (u64_at(&eh, 0x28)?, u16_at(&eh, 0x3a)?, u16_at(&eh, 0x3c)?);
    let ph = read_at(&f, phoff as u64, phentsize * phnum)?;
    let base = (0..phnum)
        .filter(|i| u32_at(&ph, i * phentsize) == Some(PT_LOAD))
        .filter_map(|i| u64_at(&ph, i * phentsize + 0x10))
        .min()?
        & !(PAGE - 1);
    let sh = read_at(&f, shoff as u64, shentsize * shnum)?;
    let section = |i: usize| -> Option<(usize, usize, usize, usize)> {
        let at = i * shentsize;
        // sh_type, sh_offset, sh_size, sh_link
        Some((u32_at(&sh, at + 4)?, u64_at(&sh, at + 0x18)?, u64_at(&sh, at + 0x20)?, u32_at(&sh, at + 0x28)?))
    };
    let (_, sym_off, sym_size, link) = (0..shnum).filter_map(section).find(|s| s.0 == SHT_SYMTAB)?;
    let (_, str_off, str_size, _) = section(link)?;
    let syms = read_at(&f, sym_off as u64, sym_size)?;
    let strs = read_at(&f, str_off as u64, str_size)?;
    let mut functions = Vec::new();
    for sym in syms.chunks_exact(24) {
        // st_name, st_info, st_value, st_size
        let (name, info, value, size) = (u32_at(sym, 0)?, sym[4], u64_at(sym, 8)?, u64_at(sym, 16)?);
        if info & 0xf != STT_FUNC || size == 0 || value < base {
            continue;
        }
        let Some(bytes) = strs.get(name..) else { continue };
        let end = bytes.iter().position(|&c| c == 0).unwrap_or(bytes.len());
        let start = value - base;
        functions.push((start, start + size, String::from_utf8_lossy(&bytes[..end]).into_owned()));
    }
    functions.sort_by_key(|f| f.0);
    Some(Symtab { functions })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[inline(never)]
    fn a_static_function() -> usize {
        a_static_function as *const () as usize
    }

    #[test]
    fn names_functions_of_the_test_binary() {
        // Test binaries are not stripped: the function is found in
        // .symtab (or the dynamic symbols) under its mangled name.
        let addr = a_static_function() + 1;
        let loc = locate(addr).expect("the test binary is a loaded object");
        let (name, offset) = loc.function.expect("a name for a function of this binary");
        assert!(name.contains("a_static_function"), "{name}");
        assert_eq!(offset, 1);
    }

    #[test]
    fn demangles_legacy_rust_symbols() {
        assert_eq!(demangle("_ZN9hpy_debug10trampoline4call17h493d03878a58c66eE"), "hpy_debug::trampoline::call");
        assert_eq!(demangle("_ZN4core3ptr23drop_in_place$LT$u8$GT$17h0123456789abcdefE"), "core::ptr::drop_in_place<u8>");
        assert_eq!(demangle("leak_impl"), "leak_impl");
        assert_eq!(demangle("_ZN3foo3barE"), "_ZN3foo3barE");
    }

    #[test]
    fn names_static_functions_in_glibc_traces() {
        let addr = a_static_function() + 1;
        let line = format!("/some/where/file.so(+0x1234) [{addr:#x}]");
        let named = name_functions(&format!("{line}\nlibx.so(known+0x10) [0x1]"));
        let (first, second) = named.split_once('\n').unwrap();
        assert!(first.starts_with("/some/where/file.so(") && first.contains("a_static_function"), "{first}");
        assert!(first.ends_with(&format!("+0x1) [{addr:#x}]")), "{first}");
        assert_eq!(second, "libx.so(known+0x10) [0x1]");
    }
}
