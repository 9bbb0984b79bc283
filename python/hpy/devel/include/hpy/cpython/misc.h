/* CPython ABI: handle <-> PyObject* conversion, the per-file context, and
 * the API functions that are written by hand instead of generated (see
 * HEADERS_CONTRACT: HPy_Dup, HPy_Close, HPy_Is, HPy_FromPyObject,
 * HPy_AsPyObject, HPyErr_Occurred, HPy_FatalError, _HPy_New, _HPy_AsStruct_Object,
 * _HPy_AsStruct_Legacy, HPyField_*,
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
 * The runtime linked into every CPython-ABI extension (libhpy_cpython.a)
 * owns the context: its handles are filled and its functions are the
 * runtime's, so code that does call through it (HPyTracker_Close, say) works.
 * It is filled by PyInit_<name>, before any HPy code of the extension runs,
 * so getting it is just taking its address. */
_HPy_HIDDEN extern struct _HPyContext_s _HPy_CPython_Ctx;

HPyAPI_FUNC HPyContext *_HPyGetContext(void)
{
    return &_HPy_CPython_Ctx;
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

/* The C struct of a pure HPy object follows PyObject_HEAD, rounded up to the
 * alignment of any C type (the runtime uses the same offset); a legacy
 * object's struct is the object itself. */
#ifdef _WIN32
#define _HPy_PAYLOAD_ALIGN 8
#else
#define _HPy_PAYLOAD_ALIGN 16
#endif
#define _HPy_OBJECT_HEAD_SIZE \
    ((sizeof(PyObject) + _HPy_PAYLOAD_ALIGN - 1) / _HPy_PAYLOAD_ALIGN * _HPy_PAYLOAD_ALIGN)

HPyAPI_FUNC void *_HPy_AsStruct_Object(HPyContext *ctx, HPy h)
{
    (void)ctx;
    return (char *)_h2py(h) + _HPy_OBJECT_HEAD_SIZE;
}

HPyAPI_FUNC void *_HPy_AsStruct_Legacy(HPyContext *ctx, HPy h)
{
    (void)ctx;
    return _h2py(h);
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
                                         HPyCapsule_Destructor *dtor)
{
    return ctx_Capsule_Set(ctx, capsule, HPyCapsule_key_Destructor,
                           (void *)dtor);
}

#endif /* HPY_CPYTHON_MISC_H */
