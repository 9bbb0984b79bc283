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
    install_functions(&mut ctx);
    // SAFETY: contexts are created by hpy.universal with the GIL held.
    unsafe { crate::generated::handles::fill(&mut ctx) };
    ctx
}

/// Every family puts its functions into `ctx`.
fn install_functions(ctx: &mut HPyContext) {
    crate::handles::install(ctx);
    crate::long::install(ctx);
    crate::float::install(ctx);
    crate::bool_::install(ctx);
    crate::unicode::install(ctx);
    crate::err::install(ctx);
    crate::object::install(ctx);
    crate::number::install(ctx);
    crate::call::install(ctx);
    crate::trampoline::install(ctx);
    crate::module::install(ctx);
    crate::bytes::install(ctx);
    crate::list::install(ctx);
    crate::dict::install(ctx);
    crate::tuple::install(ctx);
    crate::tracker::install(ctx);
    crate::slice::install(ctx);
    crate::import::install(ctx);
    crate::eval::install(ctx);
    crate::capsule::install(ctx);
    crate::contextvar::install(ctx);
    crate::thread::install(ctx);
    crate::legacy::install(ctx);
    crate::type_::install(ctx);
    crate::field::install(ctx);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Walks the whole table: with only the generated stubs every function
    /// slot is reported, and once the families are installed none is.
    #[test]
    fn every_context_function_is_implemented() {
        let mut ctx = crate::generated::unimplemented::context(UNIVERSAL_NAME.as_ptr());
        let functions = hpy_sys::MEMBER_NAMES.iter().filter(|n| n.starts_with("ctx_")).count();
        assert_eq!(unimplemented_slots(&ctx).len(), functions);
        install_functions(&mut ctx);
        let missing: Vec<_> = unimplemented_slots(&ctx).into_iter().map(|i| hpy_sys::SLOT_NAMES[i]).collect();
        assert!(missing.is_empty(), "not implemented: {missing:?}");
    }
}
