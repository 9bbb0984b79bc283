// GENERATED FILE: do not edit. Source: api/hpy.toml. Regenerate with `cargo run -p hpy-codegen`.
use hpy_sys::HPyContext;
use pyo3_ffi as ffi;

/// Fill every constant handle of `ctx` with a new strong reference.
///
/// # Safety
/// The GIL must be held and the interpreter initialized.
pub unsafe fn fill(ctx: &mut HPyContext) {
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_None = unsafe { crate::handles::new_ref(ffi::Py_None()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_True = unsafe { crate::handles::new_ref(ffi::Py_True()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_False = unsafe { crate::handles::new_ref(ffi::Py_False()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_NotImplemented = unsafe { crate::handles::new_ref(ffi::Py_NotImplemented()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_Ellipsis = unsafe { crate::handles::new_ref(ffi::Py_Ellipsis()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_BaseException = unsafe { crate::handles::new_ref(ffi::PyExc_BaseException) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_Exception = unsafe { crate::handles::new_ref(ffi::PyExc_Exception) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_StopAsyncIteration = unsafe { crate::handles::new_ref(ffi::PyExc_StopAsyncIteration) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_StopIteration = unsafe { crate::handles::new_ref(ffi::PyExc_StopIteration) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_GeneratorExit = unsafe { crate::handles::new_ref(ffi::PyExc_GeneratorExit) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_ArithmeticError = unsafe { crate::handles::new_ref(ffi::PyExc_ArithmeticError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_LookupError = unsafe { crate::handles::new_ref(ffi::PyExc_LookupError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_AssertionError = unsafe { crate::handles::new_ref(ffi::PyExc_AssertionError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_AttributeError = unsafe { crate::handles::new_ref(ffi::PyExc_AttributeError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_BufferError = unsafe { crate::handles::new_ref(ffi::PyExc_BufferError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_EOFError = unsafe { crate::handles::new_ref(ffi::PyExc_EOFError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_FloatingPointError = unsafe { crate::handles::new_ref(ffi::PyExc_FloatingPointError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_OSError = unsafe { crate::handles::new_ref(ffi::PyExc_OSError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_ImportError = unsafe { crate::handles::new_ref(ffi::PyExc_ImportError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_ModuleNotFoundError = unsafe { crate::handles::new_ref(ffi::PyExc_ModuleNotFoundError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_IndexError = unsafe { crate::handles::new_ref(ffi::PyExc_IndexError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_KeyError = unsafe { crate::handles::new_ref(ffi::PyExc_KeyError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_KeyboardInterrupt = unsafe { crate::handles::new_ref(ffi::PyExc_KeyboardInterrupt) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_MemoryError = unsafe { crate::handles::new_ref(ffi::PyExc_MemoryError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_NameError = unsafe { crate::handles::new_ref(ffi::PyExc_NameError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_OverflowError = unsafe { crate::handles::new_ref(ffi::PyExc_OverflowError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_RuntimeError = unsafe { crate::handles::new_ref(ffi::PyExc_RuntimeError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_RecursionError = unsafe { crate::handles::new_ref(ffi::PyExc_RecursionError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_NotImplementedError = unsafe { crate::handles::new_ref(ffi::PyExc_NotImplementedError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_SyntaxError = unsafe { crate::handles::new_ref(ffi::PyExc_SyntaxError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_IndentationError = unsafe { crate::handles::new_ref(ffi::PyExc_IndentationError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_TabError = unsafe { crate::handles::new_ref(ffi::PyExc_TabError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_ReferenceError = unsafe { crate::handles::new_ref(ffi::PyExc_ReferenceError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_SystemError = unsafe { crate::handles::new_ref(ffi::PyExc_SystemError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_SystemExit = unsafe { crate::handles::new_ref(ffi::PyExc_SystemExit) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_TypeError = unsafe { crate::handles::new_ref(ffi::PyExc_TypeError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_UnboundLocalError = unsafe { crate::handles::new_ref(ffi::PyExc_UnboundLocalError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_UnicodeError = unsafe { crate::handles::new_ref(ffi::PyExc_UnicodeError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_UnicodeEncodeError = unsafe { crate::handles::new_ref(ffi::PyExc_UnicodeEncodeError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_UnicodeDecodeError = unsafe { crate::handles::new_ref(ffi::PyExc_UnicodeDecodeError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_UnicodeTranslateError = unsafe { crate::handles::new_ref(ffi::PyExc_UnicodeTranslateError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_ValueError = unsafe { crate::handles::new_ref(ffi::PyExc_ValueError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_ZeroDivisionError = unsafe { crate::handles::new_ref(ffi::PyExc_ZeroDivisionError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_BlockingIOError = unsafe { crate::handles::new_ref(ffi::PyExc_BlockingIOError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_BrokenPipeError = unsafe { crate::handles::new_ref(ffi::PyExc_BrokenPipeError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_ChildProcessError = unsafe { crate::handles::new_ref(ffi::PyExc_ChildProcessError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_ConnectionError = unsafe { crate::handles::new_ref(ffi::PyExc_ConnectionError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_ConnectionAbortedError = unsafe { crate::handles::new_ref(ffi::PyExc_ConnectionAbortedError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_ConnectionRefusedError = unsafe { crate::handles::new_ref(ffi::PyExc_ConnectionRefusedError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_ConnectionResetError = unsafe { crate::handles::new_ref(ffi::PyExc_ConnectionResetError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_FileExistsError = unsafe { crate::handles::new_ref(ffi::PyExc_FileExistsError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_FileNotFoundError = unsafe { crate::handles::new_ref(ffi::PyExc_FileNotFoundError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_InterruptedError = unsafe { crate::handles::new_ref(ffi::PyExc_InterruptedError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_IsADirectoryError = unsafe { crate::handles::new_ref(ffi::PyExc_IsADirectoryError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_NotADirectoryError = unsafe { crate::handles::new_ref(ffi::PyExc_NotADirectoryError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_PermissionError = unsafe { crate::handles::new_ref(ffi::PyExc_PermissionError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_ProcessLookupError = unsafe { crate::handles::new_ref(ffi::PyExc_ProcessLookupError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_TimeoutError = unsafe { crate::handles::new_ref(ffi::PyExc_TimeoutError) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_Warning = unsafe { crate::handles::new_ref(ffi::PyExc_Warning) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_UserWarning = unsafe { crate::handles::new_ref(ffi::PyExc_UserWarning) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_DeprecationWarning = unsafe { crate::handles::new_ref(ffi::PyExc_DeprecationWarning) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_PendingDeprecationWarning = unsafe { crate::handles::new_ref(ffi::PyExc_PendingDeprecationWarning) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_SyntaxWarning = unsafe { crate::handles::new_ref(ffi::PyExc_SyntaxWarning) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_RuntimeWarning = unsafe { crate::handles::new_ref(ffi::PyExc_RuntimeWarning) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_FutureWarning = unsafe { crate::handles::new_ref(ffi::PyExc_FutureWarning) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_ImportWarning = unsafe { crate::handles::new_ref(ffi::PyExc_ImportWarning) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_UnicodeWarning = unsafe { crate::handles::new_ref(ffi::PyExc_UnicodeWarning) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_BytesWarning = unsafe { crate::handles::new_ref(ffi::PyExc_BytesWarning) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_ResourceWarning = unsafe { crate::handles::new_ref(ffi::PyExc_ResourceWarning) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_BaseObjectType = unsafe { crate::handles::new_ref(core::ptr::addr_of_mut!(ffi::PyBaseObject_Type).cast::<ffi::PyObject>()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_TypeType = unsafe { crate::handles::new_ref(core::ptr::addr_of_mut!(ffi::PyType_Type).cast::<ffi::PyObject>()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_BoolType = unsafe { crate::handles::new_ref(core::ptr::addr_of_mut!(ffi::PyBool_Type).cast::<ffi::PyObject>()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_LongType = unsafe { crate::handles::new_ref(core::ptr::addr_of_mut!(ffi::PyLong_Type).cast::<ffi::PyObject>()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_FloatType = unsafe { crate::handles::new_ref(core::ptr::addr_of_mut!(ffi::PyFloat_Type).cast::<ffi::PyObject>()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_UnicodeType = unsafe { crate::handles::new_ref(core::ptr::addr_of_mut!(ffi::PyUnicode_Type).cast::<ffi::PyObject>()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_TupleType = unsafe { crate::handles::new_ref(core::ptr::addr_of_mut!(ffi::PyTuple_Type).cast::<ffi::PyObject>()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_ListType = unsafe { crate::handles::new_ref(core::ptr::addr_of_mut!(ffi::PyList_Type).cast::<ffi::PyObject>()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_ComplexType = unsafe { crate::handles::new_ref(core::ptr::addr_of_mut!(ffi::PyComplex_Type).cast::<ffi::PyObject>()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_BytesType = unsafe { crate::handles::new_ref(core::ptr::addr_of_mut!(ffi::PyBytes_Type).cast::<ffi::PyObject>()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_MemoryViewType = unsafe { crate::handles::new_ref(core::ptr::addr_of_mut!(ffi::PyMemoryView_Type).cast::<ffi::PyObject>()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_CapsuleType = unsafe { crate::handles::new_ref(core::ptr::addr_of_mut!(ffi::PyCapsule_Type).cast::<ffi::PyObject>()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_SliceType = unsafe { crate::handles::new_ref(core::ptr::addr_of_mut!(ffi::PySlice_Type).cast::<ffi::PyObject>()) };
    // SAFETY: the caller holds the GIL; CPython's own objects live for the interpreter's life.
    ctx.h_Builtins = unsafe { crate::handles::new_ref(ffi::PyEval_GetBuiltins()) };
}
