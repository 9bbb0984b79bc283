/* CPython ABI: handle <-> PyObject* conversion, the per-file context, and
 * the API functions that are written by hand instead of generated (see
 * HEADERS_CONTRACT: HPy_Dup, HPy_Close, HPy_Is, HPy_FromPyObject,
 * HPy_AsPyObject, HPyErr_Occurred, HPy_FatalError, _HPy_New, HPyField_*,
 * HPyGlobal_*, HPy_TypeCheck), plus the capsule accessors.
 *
 * In this ABI a handle is the PyObject* itself and owns one reference, so
 * HPy_Dup/HPy_Close are Py_XINCREF/Py_XDECREF.  Included by hpy.h after the
 * context struct and before generated/cpython_api.h, which uses _h2py/_py2h.
 */
#ifndef HPY_CPYTHON_MISC_H
#define HPY_CPYTHON_MISC_H

/* ---- conversions (no reference count changes) ---------------------------- */

HPyAPI_FUNC PyObject *_h2py(HPy h) { return (PyObject *)h._i; }
HPyAPI_FUNC HPy _py2h(PyObject *o) { HPy h = { (intptr_t)o }; return h; }

HPyAPI_FUNC PyObject *_hf2py(HPyField f) { return (PyObject *)f._i; }
HPyAPI_FUNC HPyField _py2hf(PyObject *o) { HPyField f = { (intptr_t)o }; return f; }

HPyAPI_FUNC PyObject *_hg2py(HPyGlobal g) { return (PyObject *)g._i; }
HPyAPI_FUNC HPyGlobal _py2hg(PyObject *o) { HPyGlobal g = { (intptr_t)o }; return g; }

HPyAPI_FUNC PyThreadState *_h2threads(HPyThreadState s)
{
    return (PyThreadState *)s._i;
}

HPyAPI_FUNC HPyThreadState _threads2h(PyThreadState *s)
{
    HPyThreadState h = { (intptr_t)s };
    return h;
}

/* An array of PyObject* is an array of HPy: same size, same representation. */
HPyAPI_FUNC const HPy *_arr_py2h(PyObject *const *py_arr)
{
    assert(sizeof(HPy) == sizeof(PyObject *));
    return (const HPy *)py_arr;
}

/* ---- the context ------------------------------------------------------------
 * Nothing is called through it in this ABI, so only the identity fields and
 * the handle constants are filled; the function pointers stay NULL.  Each
 * translation unit has its own copy, filled on first use (under the GIL). */
static _HPy_UNUSED struct _HPyContext_s _HPy_cpython_ctx;

HPyAPI_FUNC HPyContext *_HPyGetContext(void)
{
    HPyContext *ctx = &_HPy_cpython_ctx;
    if (ctx->name != NULL)
        return ctx;

    ctx->abi_version = HPY_ABI_VERSION;

    ctx->h_None = _py2h(Py_None);
    ctx->h_True = _py2h(Py_True);
    ctx->h_False = _py2h(Py_False);
    ctx->h_NotImplemented = _py2h(Py_NotImplemented);
    ctx->h_Ellipsis = _py2h(Py_Ellipsis);

    ctx->h_BaseException = _py2h(PyExc_BaseException);
    ctx->h_Exception = _py2h(PyExc_Exception);
    ctx->h_StopAsyncIteration = _py2h(PyExc_StopAsyncIteration);
    ctx->h_StopIteration = _py2h(PyExc_StopIteration);
    ctx->h_GeneratorExit = _py2h(PyExc_GeneratorExit);
    ctx->h_ArithmeticError = _py2h(PyExc_ArithmeticError);
    ctx->h_LookupError = _py2h(PyExc_LookupError);
    ctx->h_AssertionError = _py2h(PyExc_AssertionError);
    ctx->h_AttributeError = _py2h(PyExc_AttributeError);
    ctx->h_BufferError = _py2h(PyExc_BufferError);
    ctx->h_EOFError = _py2h(PyExc_EOFError);
    ctx->h_FloatingPointError = _py2h(PyExc_FloatingPointError);
    ctx->h_OSError = _py2h(PyExc_OSError);
    ctx->h_ImportError = _py2h(PyExc_ImportError);
    ctx->h_ModuleNotFoundError = _py2h(PyExc_ModuleNotFoundError);
    ctx->h_IndexError = _py2h(PyExc_IndexError);
    ctx->h_KeyError = _py2h(PyExc_KeyError);
    ctx->h_KeyboardInterrupt = _py2h(PyExc_KeyboardInterrupt);
    ctx->h_MemoryError = _py2h(PyExc_MemoryError);
    ctx->h_NameError = _py2h(PyExc_NameError);
    ctx->h_OverflowError = _py2h(PyExc_OverflowError);
    ctx->h_RuntimeError = _py2h(PyExc_RuntimeError);
    ctx->h_RecursionError = _py2h(PyExc_RecursionError);
    ctx->h_NotImplementedError = _py2h(PyExc_NotImplementedError);
    ctx->h_SyntaxError = _py2h(PyExc_SyntaxError);
    ctx->h_IndentationError = _py2h(PyExc_IndentationError);
    ctx->h_TabError = _py2h(PyExc_TabError);
    ctx->h_ReferenceError = _py2h(PyExc_ReferenceError);
    ctx->h_SystemError = _py2h(PyExc_SystemError);
    ctx->h_SystemExit = _py2h(PyExc_SystemExit);
    ctx->h_TypeError = _py2h(PyExc_TypeError);
    ctx->h_UnboundLocalError = _py2h(PyExc_UnboundLocalError);
    ctx->h_UnicodeError = _py2h(PyExc_UnicodeError);
    ctx->h_UnicodeEncodeError = _py2h(PyExc_UnicodeEncodeError);
    ctx->h_UnicodeDecodeError = _py2h(PyExc_UnicodeDecodeError);
    ctx->h_UnicodeTranslateError = _py2h(PyExc_UnicodeTranslateError);
    ctx->h_ValueError = _py2h(PyExc_ValueError);
    ctx->h_ZeroDivisionError = _py2h(PyExc_ZeroDivisionError);
    ctx->h_BlockingIOError = _py2h(PyExc_BlockingIOError);
    ctx->h_BrokenPipeError = _py2h(PyExc_BrokenPipeError);
    ctx->h_ChildProcessError = _py2h(PyExc_ChildProcessError);
    ctx->h_ConnectionError = _py2h(PyExc_ConnectionError);
    ctx->h_ConnectionAbortedError = _py2h(PyExc_ConnectionAbortedError);
    ctx->h_ConnectionRefusedError = _py2h(PyExc_ConnectionRefusedError);
    ctx->h_ConnectionResetError = _py2h(PyExc_ConnectionResetError);
    ctx->h_FileExistsError = _py2h(PyExc_FileExistsError);
    ctx->h_FileNotFoundError = _py2h(PyExc_FileNotFoundError);
    ctx->h_InterruptedError = _py2h(PyExc_InterruptedError);
    ctx->h_IsADirectoryError = _py2h(PyExc_IsADirectoryError);
    ctx->h_NotADirectoryError = _py2h(PyExc_NotADirectoryError);
    ctx->h_PermissionError = _py2h(PyExc_PermissionError);
    ctx->h_ProcessLookupError = _py2h(PyExc_ProcessLookupError);
    ctx->h_TimeoutError = _py2h(PyExc_TimeoutError);

    ctx->h_Warning = _py2h(PyExc_Warning);
    ctx->h_UserWarning = _py2h(PyExc_UserWarning);
    ctx->h_DeprecationWarning = _py2h(PyExc_DeprecationWarning);
    ctx->h_PendingDeprecationWarning = _py2h(PyExc_PendingDeprecationWarning);
    ctx->h_SyntaxWarning = _py2h(PyExc_SyntaxWarning);
    ctx->h_RuntimeWarning = _py2h(PyExc_RuntimeWarning);
    ctx->h_FutureWarning = _py2h(PyExc_FutureWarning);
    ctx->h_ImportWarning = _py2h(PyExc_ImportWarning);
    ctx->h_UnicodeWarning = _py2h(PyExc_UnicodeWarning);
    ctx->h_BytesWarning = _py2h(PyExc_BytesWarning);
    ctx->h_ResourceWarning = _py2h(PyExc_ResourceWarning);

    ctx->h_BaseObjectType = _py2h((PyObject *)&PyBaseObject_Type);
    ctx->h_TypeType = _py2h((PyObject *)&PyType_Type);
    ctx->h_BoolType = _py2h((PyObject *)&PyBool_Type);
    ctx->h_LongType = _py2h((PyObject *)&PyLong_Type);
    ctx->h_FloatType = _py2h((PyObject *)&PyFloat_Type);
    ctx->h_UnicodeType = _py2h((PyObject *)&PyUnicode_Type);
    ctx->h_TupleType = _py2h((PyObject *)&PyTuple_Type);
    ctx->h_ListType = _py2h((PyObject *)&PyList_Type);
    ctx->h_ComplexType = _py2h((PyObject *)&PyComplex_Type);
    ctx->h_BytesType = _py2h((PyObject *)&PyBytes_Type);
    ctx->h_MemoryViewType = _py2h((PyObject *)&PyMemoryView_Type);
    ctx->h_CapsuleType = _py2h((PyObject *)&PyCapsule_Type);
    ctx->h_SliceType = _py2h((PyObject *)&PySlice_Type);

    ctx->h_Builtins = _py2h(PyEval_GetBuiltins());

    /* Last: a non-NULL name marks the context as initialized. */
    ctx->name = "HPy CPython ABI";
    return ctx;
}

/* ---- handles ------------------------------------------------------------------ */

HPyAPI_FUNC HPy HPy_Dup(HPyContext *ctx, HPy h)
{
    (void)ctx;
    Py_XINCREF(_h2py(h));
    return h;
}

HPyAPI_FUNC void HPy_Close(HPyContext *ctx, HPy h)
{
    (void)ctx;
    Py_XDECREF(_h2py(h));
}

HPyAPI_FUNC int HPy_Is(HPyContext *ctx, HPy obj, HPy other)
{
    (void)ctx;
    return _h2py(obj) == _h2py(other);
}

HPyAPI_FUNC int HPy_TypeCheck(HPyContext *ctx, HPy obj, HPy type)
{
    (void)ctx;
    return PyObject_TypeCheck(_h2py(obj), (PyTypeObject *)_h2py(type));
}

/* Both directions return a new reference / new handle. */
HPyAPI_FUNC HPy HPy_FromPyObject(HPyContext *ctx, cpy_PyObject *obj)
{
    (void)ctx;
    Py_XINCREF(obj);
    return _py2h(obj);
}

HPyAPI_FUNC cpy_PyObject *HPy_AsPyObject(HPyContext *ctx, HPy h)
{
    PyObject *obj = _h2py(h);
    (void)ctx;
    Py_XINCREF(obj);
    return obj;
}

/* ---- errors ------------------------------------------------------------------- */

HPyAPI_FUNC int HPyErr_Occurred(HPyContext *ctx)
{
    (void)ctx;
    return PyErr_Occurred() != NULL;
}

HPyAPI_FUNC _HPy_NO_RETURN void HPy_FatalError(HPyContext *ctx, const char *message)
{
    (void)ctx;
    Py_FatalError(message);
}

/* ---- objects ------------------------------------------------------------------ */

HPyAPI_FUNC HPy _HPy_New(HPyContext *ctx, HPy h_type, void **data)
{
    return ctx_New(ctx, h_type, data);
}

/* ---- fields and globals: a PyObject* holding its own reference --------------- */

HPyAPI_FUNC void HPyField_Store(HPyContext *ctx, HPy target_object,
                                HPyField *target_field, HPy h)
{
    PyObject *old = _hf2py(*target_field);
    PyObject *obj = _h2py(h);
    (void)ctx;
    (void)target_object;
    Py_XINCREF(obj);
    *target_field = _py2hf(obj);
    Py_XDECREF(old);
}

HPyAPI_FUNC HPy HPyField_Load(HPyContext *ctx, HPy source_object,
                              HPyField source_field)
{
    PyObject *obj = _hf2py(source_field);
    (void)ctx;
    (void)source_object;
    Py_XINCREF(obj);
    return _py2h(obj);
}

HPyAPI_FUNC void HPyGlobal_Store(HPyContext *ctx, HPyGlobal *global, HPy h)
{
    PyObject *old = _hg2py(*global);
    PyObject *obj = _h2py(h);
    (void)ctx;
    Py_XINCREF(obj);
    *global = _py2hg(obj);
    Py_XDECREF(old);
}

HPyAPI_FUNC HPy HPyGlobal_Load(HPyContext *ctx, HPyGlobal global)
{
    PyObject *obj = _hg2py(global);
    (void)ctx;
    Py_XINCREF(obj);
    return _py2h(obj);
}

/* ---- capsules: direct CPython calls ---------------------------------------------- */

HPyAPI_FUNC void *HPyCapsule_GetPointer(HPyContext *ctx, HPy capsule,
                                        const char *utf8_name)
{
    (void)ctx;
    return PyCapsule_GetPointer(_h2py(capsule), utf8_name);
}

HPyAPI_FUNC const char *HPyCapsule_GetName(HPyContext *ctx, HPy capsule)
{
    (void)ctx;
    return PyCapsule_GetName(_h2py(capsule));
}

HPyAPI_FUNC void *HPyCapsule_GetContext(HPyContext *ctx, HPy capsule)
{
    (void)ctx;
    return PyCapsule_GetContext(_h2py(capsule));
}

HPyAPI_FUNC int HPyCapsule_SetPointer(HPyContext *ctx, HPy capsule, void *pointer)
{
    (void)ctx;
    return PyCapsule_SetPointer(_h2py(capsule), pointer);
}

HPyAPI_FUNC int HPyCapsule_SetName(HPyContext *ctx, HPy capsule,
                                   const char *utf8_name)
{
    (void)ctx;
    return PyCapsule_SetName(_h2py(capsule), utf8_name);
}

HPyAPI_FUNC int HPyCapsule_SetContext(HPyContext *ctx, HPy capsule, void *context)
{
    (void)ctx;
    return PyCapsule_SetContext(_h2py(capsule), context);
}

/* The runtime validates the destructor, as it does for HPyCapsule_New. */
HPyAPI_FUNC int HPyCapsule_SetDestructor(HPyContext *ctx, HPy capsule,
                                         HPyCapsule_Destructor *destructor)
{
    return ctx_Capsule_Set(ctx, capsule, HPyCapsule_key_Destructor,
                           (void *)destructor);
}

#endif /* HPY_CPYTHON_MISC_H */
