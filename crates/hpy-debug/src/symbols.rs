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
use std::sync::{Arc, Mutex};

use object::elf::{FileHeader64, PT_LOAD, SHT_SYMTAB, STT_FUNC};
use object::read::elf::{FileHeader, ProgramHeader, SectionHeader, Sym};
use object::read::{ReadCache, StringTable};
use object::LittleEndian;

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
    // `{:#}`: a Rust name without its hash; any other name as it is.
    Some(format!("{file}({:#}+{:#x}) [{addr:#x}]", rustc_demangle::demangle(&name), offset + 1))
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

const PAGE: u64 = 4096;

/// The `STT_FUNC` symbols of a little-endian ELF64 file (what this
/// crate runs on), with addresses made relative to where the file's first
/// segment is loaded, which is what `dladdr`'s `dli_fbase` is.
fn read_symtab(path: &str) -> Option<Symtab> {
    // Reads only the ranges asked for: the headers, the symbol table and
    // its string table.
    let file = ReadCache::new(File::open(path).ok()?);
    let data = &file;
    // Checks the magic, the class (64-bit) and the byte order.
    let header = FileHeader64::<LittleEndian>::parse(data).ok()?;
    let endian = header.endian().ok()?;
    let base = header
        .program_headers(endian, data)
        .ok()?
        .iter()
        .filter(|ph| ph.p_type(endian) == PT_LOAD)
        .map(|ph| ph.p_vaddr(endian))
        .min()?
        & !(PAGE - 1);
    let sections = header.sections(endian, data).ok()?;
    let symbols = sections.symbols(endian, data, SHT_SYMTAB).ok()?;
    // The string table in one read, not one read per name.
    let strtab = sections.section(symbols.string_section()).ok()?.data(endian, data).ok()?;
    let strings = StringTable::new(strtab, 0, strtab.len() as u64);
    let mut functions = Vec::new();
    for sym in symbols.symbols() {
        let (value, size) = (sym.st_value(endian), sym.st_size(endian));
        if sym.st_type() != STT_FUNC || size == 0 || value < base {
            continue;
        }
        let (Ok(start), Ok(size)) = (usize::try_from(value - base), usize::try_from(size)) else { continue };
        let Ok(name) = sym.name(endian, strings) else { continue };
        functions.push((start, start + size, String::from_utf8_lossy(name).into_owned()));
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
    fn reads_the_symtab_of_the_test_binary() {
        // The name comes from .symtab itself, not from dladdr.
        let loc = locate(a_static_function() + 1).unwrap();
        let exe = std::env::current_exe().unwrap();
        let table = symtab(exe.to_str().unwrap()).expect("test binaries keep their .symtab");
        let (name, offset) = table.function_at(loc.offset).expect("a_static_function in .symtab");
        assert!(name.contains("a_static_function"), "{name}");
        assert_eq!(offset, 1);
    }

    #[test]
    fn names_static_functions_in_glibc_traces() {
        let addr = a_static_function() + 1;
        let line = format!("/some/where/file.so(+0x1234) [{addr:#x}]");
        let named = name_functions(&format!("{line}\nlibx.so(known+0x10) [0x1]"));
        let (first, second) = named.split_once('\n').unwrap();
        // Demangled, without the hash.
        assert!(first.starts_with("/some/where/file.so("), "{first}");
        assert!(first.ends_with(&format!("symbols::tests::a_static_function+0x1) [{addr:#x}]")), "{first}");
        assert_eq!(second, "libx.so(known+0x10) [0x1]");
    }
}
