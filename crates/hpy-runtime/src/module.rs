//! Turning an `HPyModuleDef` into a CPython `PyModuleDef`: module functions,
//! the `HPy_mod_create`/`HPy_mod_exec` slots, and legacy methods.

use crate::err::system_error;
use crate::handles::{hpy, py};
use core::ffi::{c_int, c_void, CStr};
use hpy_sys::*;
use pyo3_ffi as ffi;

const CREATE_ALONE: &str = "A custom HPy_mod_create slot must produce the whole module by itself: \
it cannot return a builtin module object nor use anything else from the HPyModuleDef. \
Either leave HPy_mod_create out and let the runtime build the module from the HPyModuleDef, \
or define nothing but the HPy_mod_create slot.";

fn system_error_string(msg: String) {
    let msg = std::ffi::CString::new(msg).unwrap_or_else(|_| c"invalid HPyModuleDef".into());
    system_error(&msg);
}

/// CPython calling convention flags for a module function signature.
fn meth_flags(sig: HPyFunc_Signature) -> Option<c_int> {
    Some(match sig {
        HPyFunc_Signature::VARARGS => ffi::METH_FASTCALL,
        HPyFunc_Signature::KEYWORDS => ffi::METH_FASTCALL | ffi::METH_KEYWORDS,
        HPyFunc_Signature::NOARGS => ffi::METH_NOARGS,
        HPyFunc_Signature::O => ffi::METH_O,
        _ => return None,
    })
}

/// The defines of a module or type, up to their NULL terminator.
///
/// # Safety
/// `defines` is NULL or a NULL-terminated array of valid `HPyDef` pointers.
pub unsafe fn defines<'a>(defines: *mut *mut HPyDef) -> &'a [&'a HPyDef] {
    if defines.is_null() {
        return &[];
    }
    // SAFETY: the array is NULL-terminated (caller's contract), and every
    // entry before the terminator is a non-NULL pointer to a valid
    // definition, which has the representation of `&HPyDef`.
    unsafe {
        let mut n = 0;
        while !(*defines.add(n)).is_null() {
            n += 1;
        }
        core::slice::from_raw_parts(defines.cast::<&HPyDef>(), n)
    }
}

fn method_def(meth: &HPyMeth) -> Result<ffi::PyMethodDef, ()> {
    let Some(flags) = meth_flags(meth.signature) else {
        // Upstream's exact text, which its tests compare.
        // SAFETY: called with the GIL held, during module creation.
        unsafe { ffi::PyErr_SetString(ffi::PyExc_ValueError, c"Unsupported HPyMeth signature".as_ptr()) };
        return Err(());
    };
    // SAFETY: a CPython method entry is a union of function pointer types;
    // the trampoline has the C signature that `flags` announces.
    let ml_meth = unsafe { core::mem::transmute::<cpy_PyCFunction, ffi::PyMethodDefPointer>(meth.cpy_trampoline) };
    Ok(ffi::PyMethodDef { ml_name: meth.name, ml_meth, ml_flags: flags, ml_doc: meth.doc })
}

/// Build the `PyModuleDef` for `def`. `allow_legacy` is false for pure
/// universal modules (`NAME.hpy0.so`), which may not carry legacy methods.
/// The result is leaked on purpose: CPython keeps pointers into it for the
/// life of the module.
///
/// # Safety
/// `def` points to a valid `HPyModuleDef`; the GIL is held.
///
/// The error is the Python exception this sets, hence `Result<_, ()>`.
#[allow(clippy::result_unit_err)]
pub unsafe fn create_py_module_def(
    def: &HPyModuleDef,
    name: &CStr,
    allow_legacy: bool,
) -> Result<*mut ffi::PyModuleDef, ()> {
    if def.size < 0 {
        system_error(c"HPy does not permit HPyModuleDef.size < 0");
        return Err(());
    }
    if def.size > 0 {
        system_error(c"Module state is not supported yet in HPy, set HPyModuleDef.size = 0 if module state is not needed");
        return Err(());
    }
    if !def.legacy_methods.is_null() && !allow_legacy {
        system_error(c"HPyModuleDef.legacy_methods is not allowed in a universal-ABI module: build it with --hpy-abi=hybrid to use legacy methods");
        return Err(());
    }
    // SAFETY: the extension's definition array is NULL-terminated.
    let defs = unsafe { defines(def.defines) };
    // Exact sizes: the tables are leaked as boxed slices, and a Vec with
    // spare capacity would be reallocated to shrink it.
    let count = |kind| defs.iter().filter(|d| d.kind == kind).count();
    let legacy_methods = if def.legacy_methods.is_null() {
        0
    } else {
        // SAFETY: legacy methods are a CPython method table ending with a
        // NULL name (hybrid ABI contract).
        unsafe {
            let p = def.legacy_methods.cast::<ffi::PyMethodDef>();
            (0..).take_while(|&i| !(*p.add(i)).ml_name.is_null()).count()
        }
    };
    let mut methods = Vec::with_capacity(count(HPyDef_Kind::Meth) + legacy_methods + 1);
    let mut slots = Vec::with_capacity(count(HPyDef_Kind::Slot) + 1);
    let mut has_create = false;
    let mut has_other = false;
    for d in defs {
        match d.kind {
            HPyDef_Kind::Meth => {
                has_other = true;
                // SAFETY: `kind` says the union holds a method.
                methods.push(method_def(unsafe { &d.u.meth })?);
            }
            HPyDef_Kind::Slot => {
                // SAFETY: `kind` says the union holds a slot.
                let slot = unsafe { &d.u.slot };
                let py_slot = match slot.slot {
                    HPySlot_Slot::mod_create if has_create => {
                        system_error(c"Multiple definitions of the HPy_mod_create slot in HPyModuleDef.defines.");
                        return Err(());
                    }
                    HPySlot_Slot::mod_create => {
                        has_create = true;
                        ffi::Py_mod_create
                    }
                    HPySlot_Slot::mod_exec => {
                        has_other = true;
                        ffi::Py_mod_exec
                    }
                    other => {
                        system_error_string(format!("Unsupported slot in HPyModuleDef.defines (value: {}).", other.0));
                        return Err(());
                    }
                };
                slots.push(ffi::PyModuleDef_Slot { slot: py_slot, value: slot.cpy_trampoline.map_or(core::ptr::null_mut(), |f| f as *mut c_void) });
            }
            kind => {
                system_error_string(format!(
                    "HPyModuleDef.defines may only contain methods and the HPy_mod_create/HPy_mod_exec slots; found an HPyDef of kind {}",
                    kind.0
                ));
                return Err(());
            }
        }
    }
    if has_create && has_other {
        system_error_string(format!("HPyModuleDef defines a HPy_mod_create slot and some other slots or methods. {CREATE_ALONE}"));
        return Err(());
    }
    if has_create && (!def.legacy_methods.is_null() || !def.doc.is_null() || !def.globals.is_null()) {
        system_error_string(format!(
            "HPyModuleDef defines a HPy_mod_create slot and some of the other fields are not set to their default value. {CREATE_ALONE}"
        ));
        return Err(());
    }
    if legacy_methods > 0 {
        // SAFETY: counted above: the table has that many entries before
        // its terminator.
        methods.extend_from_slice(unsafe {
            core::slice::from_raw_parts(def.legacy_methods.cast::<ffi::PyMethodDef>(), legacy_methods)
        });
    }
    methods.push(ffi::PyMethodDef::zeroed());
    slots.push(ffi::PyModuleDef_Slot { slot: 0, value: core::ptr::null_mut() });

    let name: &'static CStr = Box::leak(name.to_owned().into_boxed_c_str());
    let pydef = ffi::PyModuleDef {
        m_base: ffi::PyModuleDef_HEAD_INIT,
        m_name: name.as_ptr(),
        m_doc: def.doc,
        m_size: 0,
        m_methods: Box::leak(methods.into_boxed_slice()).as_mut_ptr(),
        m_slots: Box::leak(slots.into_boxed_slice()).as_mut_ptr(),
        m_traverse: None,
        m_clear: None,
        m_free: None,
    };
    Ok(Box::into_raw(Box::new(pydef)))
}

/// `HPy_mod_create` may not return a plain module object (upstream rule).
pub fn check_create_result(result: HPy) -> HPy {
    let obj = py(result);
    // SAFETY: GIL held; `obj` is a new reference or NULL.
    unsafe {
        if !obj.is_null() && ffi::PyModule_Check(obj) != 0 {
            ffi::Py_DECREF(obj);
            system_error(c"HPy_mod_create slot returned a builtin module object. This is currently not supported.");
            return HPy::NULL;
        }
    }
    hpy(obj)
}

unsafe extern "C" fn global_store(_: *mut HPyContext, global: *mut HPyGlobal, h: HPy) {
    // SAFETY: `global` points to the extension's HPyGlobal; it holds NULL or
    // a strong reference that we replace. GIL held.
    unsafe {
        let old = (*global)._i as *mut ffi::PyObject;
        ffi::Py_XINCREF(py(h));
        (*global)._i = h._i;
        ffi::Py_XDECREF(old);
    }
}

unsafe extern "C" fn global_load(_: *mut HPyContext, global: HPyGlobal) -> HPy {
    let obj = global._i as *mut ffi::PyObject;
    if obj.is_null() {
        system_error(c"HPyGlobal_Load: the global was never stored to");
        return HPy::NULL;
    }
    // SAFETY: a stored global holds a strong reference. GIL held.
    unsafe { crate::handles::new_ref(obj) }
}


pub(crate) fn install(ctx: &mut HPyContext) {
    ctx.ctx_Global_Store = global_store;
    ctx.ctx_Global_Load = global_load;
}
