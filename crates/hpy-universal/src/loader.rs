//! Loading an HPy binary: dlopen, the ABI version and file-tag checks, the
//! context handed to the extension, and the module built from its
//! `HPyModuleDef`. Error texts match upstream's, which tests compare.

use crate::modes::Mode;
use hpy_sys::{HPyContext, HPyModuleDef, HPY_ABI_VERSION, HPY_ABI_VERSION_MINOR};
use pyo3::exceptions::PyRuntimeError;
use pyo3::ffi;
use pyo3::prelude::*;
use std::ffi::CString;

type VersionGetter = unsafe extern "C" fn() -> u32;
type InitContext = unsafe extern "C" fn(*mut HPyContext);
type InitModule = unsafe extern "C" fn() -> *mut HPyModuleDef;

/// The name the extension's symbols use: the part after the last dot, in
/// ASCII, with '-' replaced by '_'.
fn short_name(name: &str) -> PyResult<String> {
    let short = name.rsplit('.').next().unwrap_or(name);
    if !short.is_ascii() {
        return Err(PyRuntimeError::new_err(format!(
            "HPy extension module name '{name}' is not ASCII; hpy-rs cannot derive its init symbols"
        )));
    }
    Ok(short.replace('-', "_"))
}

/// What the file name says: `Some((major, hybrid))` for `.hpyN` and `.hpyN-...`.
fn abi_tag(path: &str) -> Option<(u32, bool)> {
    let file = path.rsplit('/').next().unwrap_or(path);
    let at = file.find(".hpy")?;
    let rest = &file[at + 4..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let major = digits.parse().ok()?;
    Some((major, rest[digits.len()..].starts_with('-')))
}

struct Library(libloading::Library);

impl Library {
    fn open(path: &str) -> PyResult<Library> {
        // SAFETY: loading a shared object runs its initializers; that is the
        // point of loading an extension, as CPython's own importer does.
        let lib = unsafe {
            libloading::os::unix::Library::open(Some(path), libc_rtld_now())
        };
        lib.map(|l| Library(l.into())).map_err(|e| {
            PyRuntimeError::new_err(format!(
                "Error during loading of the HPy extension module at path '{path}'. Error message from dlopen/WinAPI: {e}"
            ))
        })
    }

    /// # Safety
    /// `T` must be the C type of the symbol.
    unsafe fn get<T: Copy>(&self, symbol: &Symbol) -> Result<T, String> {
        // SAFETY: forwarded to the caller; the name ends with its NUL, so
        // libloading passes it to dlsym without copying it.
        unsafe { self.0.get::<T>(symbol.0.as_bytes()) }.map(|s| *s).map_err(|e| e.to_string())
    }
}

/// The name of an extension's symbol, `PREFIX_shortname`, kept with its
/// terminating NUL so that looking it up needs no copy (a module is
/// loaded again on every `hpy.universal.load`, so this is on a measured
/// path: see the `import` benchmark).
struct Symbol(String);

impl Symbol {
    fn new(prefix: &str, short: &str) -> Symbol {
        let mut s = String::with_capacity(prefix.len() + short.len() + 1);
        s.push_str(prefix);
        s.push_str(short);
        s.push('\0');
        Symbol(s)
    }
}

impl std::fmt::Display for Symbol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0.trim_end_matches('\0'))
    }
}

fn libc_rtld_now() -> std::ffi::c_int {
    libloading::os::unix::RTLD_NOW | libloading::os::unix::RTLD_LOCAL
}

pub fn load<'py>(
    py: Python<'py>,
    name: &Bound<'py, PyAny>,
    path: &Bound<'py, PyAny>,
    spec: &Bound<'py, PyAny>,
    mode: Mode,
) -> PyResult<Bound<'py, PyAny>> {
    let name: String = name.extract()?;
    let path: String = path.extract()?;
    let short = short_name(&name)?;
    let lib = Library::open(&path)?;

    let minor_sym = Symbol::new("get_required_hpy_minor_version_", &short);
    let major_sym = Symbol::new("get_required_hpy_major_version_", &short);
    // SAFETY: HPy_MODINIT defines these as `uint32_t (void)`.
    let getters = unsafe { (lib.get::<VersionGetter>(&minor_sym), lib.get::<VersionGetter>(&major_sym)) };
    let (minor_fn, major_fn) = match getters {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => {
            return Err(PyRuntimeError::new_err(format!(
                "Error during loading of the HPy extension module at path '{path}'. Cannot locate the \
                 required minimal HPy versions as symbols '{minor_sym}' and `{major_sym}`. Error message \
                 from dlopen/WinAPI: {e}"
            )))
        }
    };
    // SAFETY: plain C functions without arguments.
    let (minor, major) = unsafe { (minor_fn(), major_fn()) };
    if major != HPY_ABI_VERSION || minor > HPY_ABI_VERSION_MINOR {
        return Err(PyRuntimeError::new_err(format!(
            "HPy extension module '{short}' requires unsupported version of the HPy runtime. Requested \
             version: {major}.{minor}. Current HPy version: {HPY_ABI_VERSION}.{HPY_ABI_VERSION_MINOR}."
        )));
    }
    let hybrid = match abi_tag(&path) {
        Some((tag, hybrid)) if tag == major => hybrid,
        Some((tag, _)) => {
            return Err(PyRuntimeError::new_err(format!(
                "HPy extension module '{short}' at path '{path}': mismatch between the HPy ABI tag encoded in \
                 the filename and the major version requested by the HPy extension itself. Major version tag \
                 parsed from filename: {tag}. Requested version: {major}.{minor}."
            )))
        }
        None => {
            return Err(PyRuntimeError::new_err(format!(
                "HPy extension module '{short}' at path '{path}': could not find HPy ABI tag encoded in the \
                 filename. The extension claims to be compiled with HPy ABI version: {major}.{minor}."
            )))
        }
    };

    let ctx = mode.context()?;

    let symbol_error = |sym: &Symbol, e: String| {
        PyRuntimeError::new_err(format!(
            "Error during loading of the HPy extension module at path '{path}' while trying to find symbol \
             '{sym}'. Did you use the HPy_MODINIT macro to register your module? Error message from \
             dlsym/WinAPI: {e}"
        ))
    };
    let init_ctx_sym = Symbol::new("HPyInitGlobalContext_", &short);
    // SAFETY: HPy_MODINIT defines it as `void (HPyContext *)`.
    let init_ctx = unsafe { lib.get::<InitContext>(&init_ctx_sym) }.map_err(|e| symbol_error(&init_ctx_sym, e))?;
    let init_sym = Symbol::new("HPyInit_", &short);
    // SAFETY: HPy_MODINIT defines it as `HPyModuleDef *(void)`.
    let init = unsafe { lib.get::<InitModule>(&init_sym) }.map_err(|e| symbol_error(&init_sym, e))?;

    // SAFETY: the context lives for the whole process; the functions come
    // from HPy_MODINIT and have the declared signatures.
    let def = unsafe {
        init_ctx(ctx);
        init()
    };
    if def.is_null() {
        return Err(PyRuntimeError::new_err(format!(
            "Error during loading of the HPy extension module at path '{path}'. Function '{init_sym}' returned NULL."
        )));
    }
    let cname = CString::new(short).map_err(|_| PyRuntimeError::new_err("module name contains NUL"))?;
    // SAFETY: `def` is the extension's static HPyModuleDef; the GIL is held.
    let pydef = unsafe { hpy_runtime::module::create_py_module_def(&*def, &cname, hybrid) }
        .map_err(|()| PyErr::fetch(py))?;
    // SAFETY: `pydef` is a complete, leaked PyModuleDef and `spec` a valid
    // object; the GIL is held.
    let module = unsafe {
        let m = ffi::PyModule_FromDefAndSpec2(pydef, spec.as_ptr(), ffi::PYTHON_API_VERSION);
        Bound::from_owned_ptr_or_err(py, m)?
    };
    // SAFETY: as above; exec only applies to real module objects.
    unsafe {
        if ffi::PyModule_Check(module.as_ptr()) != 0 && ffi::PyModule_ExecDef(module.as_ptr(), pydef) != 0 {
            return Err(PyErr::fetch(py));
        }
    }
    // The extension stays loaded for the life of the process, like any
    // CPython extension: its code is referenced by the module.
    std::mem::forget(lib);
    Ok(module)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags() {
        assert_eq!(abi_tag("/x/mytest.hpy0.so"), Some((0, false)));
        assert_eq!(abi_tag("/x/mytest.hpy0-cp311.so"), Some((0, true)));
        assert_eq!(abi_tag("/x/mytest.hpy999.so"), Some((999, false)));
        assert_eq!(abi_tag("/x/mytest.so"), None);
        assert_eq!(abi_tag("/x/mytest.hpyx.so"), None);
    }

    #[test]
    fn symbols_end_with_nul_but_print_without() {
        let s = Symbol::new("HPyInit_", "mymod");
        assert_eq!(s.0, "HPyInit_mymod\0");
        assert_eq!(s.to_string(), "HPyInit_mymod");
    }

    #[test]
    fn names() {
        assert_eq!(short_name("pkg.sub.my-mod").unwrap(), "my_mod");
        assert_eq!(short_name("mytest").unwrap(), "mytest");
    }
}
