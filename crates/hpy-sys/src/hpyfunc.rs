//! The C types of the functions behind HPy trampolines, one per calling
//! convention of `hpy/hpyfunc_signatures.h` (`HPyFunc_noargs`,
//! `HPyFunc_unaryfunc`, ...), under their C names without the `HPyFunc_`
//! prefix. The runtime's and debug mode's trampolines cast an
//! `HPyCFunction` to the type its `HPyFunc_Signature` names.
//!
//! Unlike the crate's `HPyFunc_keywords` (a nullable field type), these
//! are plain function pointers: a trampoline has checked for NULL.

use crate::{HPy, HPyContext, HPy_RichCmpOp, HPy_buffer, HPy_hash_t, HPy_ssize_t};
use core::ffi::{c_char, c_int, c_void};

type Ctx = *mut HPyContext;

/// `HPyFunc_NOARGS` methods.
pub type noargs = unsafe extern "C" fn(Ctx, HPy) -> HPy;
/// `HPyFunc_O` methods.
pub type o = unsafe extern "C" fn(Ctx, HPy, HPy) -> HPy;
/// `HPyFunc_VARARGS` methods.
pub type varargs = unsafe extern "C" fn(Ctx, HPy, *const HPy, usize) -> HPy;
/// `HPyFunc_KEYWORDS` methods (and `HPy_tp_call` / vectorcall functions).
pub type keywords = unsafe extern "C" fn(Ctx, HPy, *const HPy, usize, HPy) -> HPy;
/// `HPyFunc_UNARYFUNC`, also `REPRFUNC`, `GETITERFUNC`, `ITERNEXTFUNC`.
pub type unaryfunc = unsafe extern "C" fn(Ctx, HPy) -> HPy;
/// `HPyFunc_BINARYFUNC`, also `GETATTROFUNC`.
pub type binaryfunc = unsafe extern "C" fn(Ctx, HPy, HPy) -> HPy;
/// `HPyFunc_TERNARYFUNC`, also `DESCRGETFUNC`.
pub type ternaryfunc = unsafe extern "C" fn(Ctx, HPy, HPy, HPy) -> HPy;
/// `HPyFunc_INQUIRY`.
pub type inquiry = unsafe extern "C" fn(Ctx, HPy) -> c_int;
/// `HPyFunc_LENFUNC`.
pub type lenfunc = unsafe extern "C" fn(Ctx, HPy) -> HPy_ssize_t;
/// `HPyFunc_HASHFUNC`.
pub type hashfunc = unsafe extern "C" fn(Ctx, HPy) -> HPy_hash_t;
/// `HPyFunc_SSIZEARGFUNC`.
pub type ssizeargfunc = unsafe extern "C" fn(Ctx, HPy, HPy_ssize_t) -> HPy;
/// `HPyFunc_SSIZESSIZEARGFUNC`.
pub type ssizessizeargfunc = unsafe extern "C" fn(Ctx, HPy, HPy_ssize_t, HPy_ssize_t) -> HPy;
/// `HPyFunc_SSIZEOBJARGPROC`.
pub type ssizeobjargproc = unsafe extern "C" fn(Ctx, HPy, HPy_ssize_t, HPy) -> c_int;
/// `HPyFunc_SSIZESSIZEOBJARGPROC`.
pub type ssizessizeobjargproc = unsafe extern "C" fn(Ctx, HPy, HPy_ssize_t, HPy_ssize_t, HPy) -> c_int;
/// `HPyFunc_OBJOBJARGPROC`, also `SETATTROFUNC`, `DESCRSETFUNC`.
pub type objobjargproc = unsafe extern "C" fn(Ctx, HPy, HPy, HPy) -> c_int;
/// `HPyFunc_OBJOBJPROC`.
pub type objobjproc = unsafe extern "C" fn(Ctx, HPy, HPy) -> c_int;
/// `HPyFunc_GETATTRFUNC`.
pub type getattrfunc = unsafe extern "C" fn(Ctx, HPy, *mut c_char) -> HPy;
/// `HPyFunc_SETATTRFUNC`.
pub type setattrfunc = unsafe extern "C" fn(Ctx, HPy, *mut c_char, HPy) -> c_int;
/// `HPyFunc_RICHCMPFUNC`.
pub type richcmpfunc = unsafe extern "C" fn(Ctx, HPy, HPy, HPy_RichCmpOp) -> HPy;
/// `HPyFunc_GETTER`.
pub type getter = unsafe extern "C" fn(Ctx, HPy, *mut c_void) -> HPy;
/// `HPyFunc_SETTER`.
pub type setter = unsafe extern "C" fn(Ctx, HPy, HPy, *mut c_void) -> c_int;
/// `HPyFunc_DESTRUCTOR`.
pub type destructor = unsafe extern "C" fn(Ctx, HPy);
/// `HPyFunc_FREEFUNC`.
pub type freefunc = unsafe extern "C" fn(Ctx, *mut c_void);
/// `HPyFunc_GETBUFFERPROC`.
pub type getbufferproc = unsafe extern "C" fn(Ctx, HPy, *mut HPy_buffer, c_int) -> c_int;
/// `HPyFunc_RELEASEBUFFERPROC`.
pub type releasebufferproc = unsafe extern "C" fn(Ctx, HPy, *mut HPy_buffer);
/// `HPyFunc_INITPROC`.
pub type initproc = unsafe extern "C" fn(Ctx, HPy, *const HPy, HPy_ssize_t, HPy) -> c_int;
/// `HPyFunc_NEWFUNC`.
pub type newfunc = unsafe extern "C" fn(Ctx, HPy, *const HPy, HPy_ssize_t, HPy) -> HPy;
