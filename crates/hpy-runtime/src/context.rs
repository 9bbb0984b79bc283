//! Building the contexts that `hpy.universal` hands to extensions.

use hpy_sys::HPyContext;
use std::sync::OnceLock;

/// The name of the universal context. Upstream's tests check the prefix.
pub const UNIVERSAL_NAME: &core::ffi::CStr = c"HPy Universal ABI (hpy-rs, CPython backend)";

struct ContextPtr(*mut HPyContext);
// SAFETY: the context is only ever used with the GIL held, which serializes
// every access to it.
unsafe impl Send for ContextPtr {}
// SAFETY: as above.
unsafe impl Sync for ContextPtr {}

static UNIVERSAL: OnceLock<ContextPtr> = OnceLock::new();

/// A context whose functions are the runtime's CPython implementations.
pub fn new_universal_context(name: &'static core::ffi::CStr) -> HPyContext {
    let mut ctx = crate::generated::unimplemented::context(name.as_ptr());
    crate::handles::install(&mut ctx);
    crate::long::install(&mut ctx);
    crate::float::install(&mut ctx);
    crate::bool_::install(&mut ctx);
    crate::unicode::install(&mut ctx);
    crate::err::install(&mut ctx);
    crate::object::install(&mut ctx);
    crate::number::install(&mut ctx);
    crate::call::install(&mut ctx);
    crate::trampoline::install(&mut ctx);
    crate::module::install(&mut ctx);
    crate::bytes::install(&mut ctx);
    crate::list::install(&mut ctx);
    crate::dict::install(&mut ctx);
    crate::tuple::install(&mut ctx);
    crate::tracker::install(&mut ctx);
    crate::slice::install(&mut ctx);
    crate::import::install(&mut ctx);
    crate::eval::install(&mut ctx);
    crate::capsule::install(&mut ctx);
    crate::contextvar::install(&mut ctx);
    crate::thread::install(&mut ctx);
    crate::legacy::install(&mut ctx);
    crate::type_::install(&mut ctx);
    crate::field::install(&mut ctx);
    // SAFETY: contexts are created by hpy.universal with the GIL held.
    unsafe { crate::generated::handles::fill(&mut ctx) };
    ctx
}

/// The process-wide universal context, created on first use. It is never
/// freed: extensions keep pointers to it for the life of the process.
///
/// Must be called with the GIL held.
pub fn universal() -> *mut HPyContext {
    UNIVERSAL.get_or_init(|| ContextPtr(Box::into_raw(Box::new(new_universal_context(UNIVERSAL_NAME))))).0
}

/// The address of every function slot of `ctx` that still raises
/// "not implemented", as slot indices.
pub fn unimplemented_slots(ctx: &HPyContext) -> Vec<usize> {
    let stubs = crate::generated::unimplemented::addresses();
    let base = (ctx as *const HPyContext).cast::<u8>();
    hpy_sys::MEMBER_OFFSETS
        .iter()
        .enumerate()
        .filter(|&(i, &off)| {
            // SAFETY: `off` is the offset of a pointer-sized member inside `ctx`.
            let value = unsafe { base.add(off).cast::<usize>().read_unaligned() };
            stubs[i] != 0 && value == stubs[i]
        })
        .map(|(i, _)| i)
        .collect()
}
