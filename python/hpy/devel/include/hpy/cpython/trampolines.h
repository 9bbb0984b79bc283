/* Trampolines for the CPython ABI.
 *
 * Here an HPy is the PyObject* itself, so a trampoline converts its
 * arguments with _py2h, calls IMPL with the one global context and converts
 * the result back with _h2py.  Nothing goes through the runtime except the
 * few steps that need knowledge of type layouts (tp_traverse, module create).
 *
 * Used by name at expansion time, declared elsewhere: _HPyGetContext, _py2h,
 * _h2py (cpython/misc.h) and call_traverseproc_from_trampoline
 * (runtime/ctx_type.h).  Included by hpyfunc.h.
 */
#ifndef HPY_CPYTHON_TRAMPOLINES_H
#define HPY_CPYTHON_TRAMPOLINES_H

#include <stdlib.h> /* abort() */

/* Call IMPL, cast to the signature's function type TYPE, with the context.
 * The cast matches upstream, which accepts any IMPL expression. */
#define _HPyFunc_CPY_CALL(TYPE, IMPL, ...)                                  \
    ((TYPE)(IMPL))(_HPyGetContext(), __VA_ARGS__)

/* An array of PyObject* read as an array of HPy: same representation. */
#define _HPyFunc_CPY_HANDLES(PY_ARRAY) ((const HPy *)(PY_ARRAY))

/* The items of a tuple as an array of HPy. */
#define _HPyFunc_CPY_TUPLE_HANDLES(TUPLE)                                   \
    _HPyFunc_CPY_HANDLES(&PyTuple_GET_ITEM((TUPLE), 0))

/* ---- methods ---- */

#define _HPyFunc_TRAMPOLINE_HPyFunc_NOARGS(SYM, IMPL)                       \
    static PyObject *SYM(PyObject *self)                                    \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_noargs, IMPL, _py2h(self))); \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_O(SYM, IMPL)                            \
    static PyObject *SYM(PyObject *self, PyObject *arg)                     \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_o, IMPL,                     \
                                       _py2h(self), _py2h(arg)));           \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_VARARGS(SYM, IMPL)                      \
    static PyObject *SYM(PyObject *self, PyObject *const *args,             \
                         Py_ssize_t nargs)                                  \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_varargs, IMPL, _py2h(self),  \
                                       _HPyFunc_CPY_HANDLES(args),          \
                                       (size_t)nargs));                     \
    }

/* Also the vectorcall entry of HPy_tp_call and HPyDef_CALL_FUNCTION, where
 * nargsf may carry PY_VECTORCALL_ARGUMENTS_OFFSET. */
#define _HPyFunc_TRAMPOLINE_HPyFunc_KEYWORDS(SYM, IMPL)                     \
    static PyObject *SYM(PyObject *self, PyObject *const *args,             \
                         size_t nargsf, PyObject *kwnames)                  \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_keywords, IMPL, _py2h(self), \
                                       _HPyFunc_CPY_HANDLES(args),          \
                                       (size_t)PyVectorcall_NARGS(nargsf),  \
                                       _py2h(kwnames)));                    \
    }

/* ---- slots taking and returning objects ---- */

#define _HPyFunc_TRAMPOLINE_HPyFunc_UNARYFUNC(SYM, IMPL)                    \
    static PyObject *SYM(PyObject *arg0)                                    \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_unaryfunc, IMPL,             \
                                       _py2h(arg0)));                       \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_BINARYFUNC(SYM, IMPL)                   \
    static PyObject *SYM(PyObject *arg0, PyObject *arg1)                    \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_binaryfunc, IMPL,            \
                                       _py2h(arg0), _py2h(arg1)));          \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_TERNARYFUNC(SYM, IMPL)                  \
    static PyObject *SYM(PyObject *arg0, PyObject *arg1, PyObject *arg2)    \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_ternaryfunc, IMPL,           \
                                       _py2h(arg0), _py2h(arg1),            \
                                       _py2h(arg2)));                       \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_SSIZEARGFUNC(SYM, IMPL)                 \
    static PyObject *SYM(PyObject *arg0, Py_ssize_t arg1)                   \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_ssizeargfunc, IMPL,          \
                                       _py2h(arg0), arg1));                 \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_SSIZESSIZEARGFUNC(SYM, IMPL)            \
    static PyObject *SYM(PyObject *arg0, Py_ssize_t arg1, Py_ssize_t arg2)  \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_ssizessizeargfunc, IMPL,     \
                                       _py2h(arg0), arg1, arg2));           \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_GETATTRFUNC(SYM, IMPL)                  \
    static PyObject *SYM(PyObject *arg0, char *arg1)                        \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_getattrfunc, IMPL,           \
                                       _py2h(arg0), arg1));                 \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_GETATTROFUNC(SYM, IMPL)                 \
    static PyObject *SYM(PyObject *arg0, PyObject *arg1)                    \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_getattrofunc, IMPL,          \
                                       _py2h(arg0), _py2h(arg1)));          \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_REPRFUNC(SYM, IMPL)                     \
    static PyObject *SYM(PyObject *arg0)                                    \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_reprfunc, IMPL,              \
                                       _py2h(arg0)));                       \
    }

/* CPython passes the comparison as an int; HPy types it as HPy_RichCmpOp
 * (same values). */
#define _HPyFunc_TRAMPOLINE_HPyFunc_RICHCMPFUNC(SYM, IMPL)                  \
    static PyObject *SYM(PyObject *self, PyObject *obj, int op)             \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_richcmpfunc, IMPL,           \
                                       _py2h(self), _py2h(obj),             \
                                       (HPy_RichCmpOp)op));                 \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_GETITERFUNC(SYM, IMPL)                  \
    static PyObject *SYM(PyObject *arg0)                                    \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_getiterfunc, IMPL,           \
                                       _py2h(arg0)));                       \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_ITERNEXTFUNC(SYM, IMPL)                 \
    static PyObject *SYM(PyObject *arg0)                                    \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_iternextfunc, IMPL,          \
                                       _py2h(arg0)));                       \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_DESCRGETFUNC(SYM, IMPL)                 \
    static PyObject *SYM(PyObject *arg0, PyObject *arg1, PyObject *arg2)    \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_descrgetfunc, IMPL,          \
                                       _py2h(arg0), _py2h(arg1),            \
                                       _py2h(arg2)));                       \
    }

/* tp_new gets its positional arguments as a tuple. */
#define _HPyFunc_TRAMPOLINE_HPyFunc_NEWFUNC(SYM, IMPL)                      \
    static PyObject *SYM(PyObject *type, PyObject *args, PyObject *kw)      \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_newfunc, IMPL, _py2h(type),  \
                                       _HPyFunc_CPY_TUPLE_HANDLES(args),    \
                                       PyTuple_GET_SIZE(args), _py2h(kw))); \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_GETTER(SYM, IMPL)                       \
    static PyObject *SYM(PyObject *arg0, void *arg1)                        \
    {                                                                       \
        return _h2py(_HPyFunc_CPY_CALL(HPyFunc_getter, IMPL,                \
                                       _py2h(arg0), arg1));                 \
    }

/* In the runtime library linked into the extension (also declared by
 * runtime/ctx_module.h): checks a mod_create result and, when it is not
 * acceptable, sets an exception and replaces *result with NULL. */
#ifdef __cplusplus
extern "C" {
#endif
_HPy_HIDDEN void _HPyModule_CheckCreateSlotResult(cpy_PyObject **result);
#ifdef __cplusplus
}
#endif

/* Py_mod_create: the module def is not passed on. */
#define _HPyFunc_TRAMPOLINE_HPyFunc_MOD_CREATE(SYM, IMPL)                   \
    static PyObject *SYM(PyObject *spec, PyModuleDef *def)                  \
    {                                                                       \
        PyObject *result;                                                   \
        (void)def;                                                          \
        result = _h2py(_HPyFunc_CPY_CALL(HPyFunc_mod_create, IMPL,          \
                                         _py2h(spec)));                     \
        _HPyModule_CheckCreateSlotResult(&result);                          \
        return result;                                                      \
    }

/* ---- slots returning a status or a number ---- */

#define _HPyFunc_TRAMPOLINE_HPyFunc_INQUIRY(SYM, IMPL)                      \
    static int SYM(PyObject *arg0)                                          \
    {                                                                       \
        return _HPyFunc_CPY_CALL(HPyFunc_inquiry, IMPL, _py2h(arg0));       \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_LENFUNC(SYM, IMPL)                      \
    static Py_ssize_t SYM(PyObject *arg0)                                   \
    {                                                                       \
        return _HPyFunc_CPY_CALL(HPyFunc_lenfunc, IMPL, _py2h(arg0));       \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_HASHFUNC(SYM, IMPL)                     \
    static Py_hash_t SYM(PyObject *arg0)                                    \
    {                                                                       \
        return _HPyFunc_CPY_CALL(HPyFunc_hashfunc, IMPL, _py2h(arg0));      \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_SSIZEOBJARGPROC(SYM, IMPL)              \
    static int SYM(PyObject *arg0, Py_ssize_t arg1, PyObject *arg2)         \
    {                                                                       \
        return _HPyFunc_CPY_CALL(HPyFunc_ssizeobjargproc, IMPL,             \
                                 _py2h(arg0), arg1, _py2h(arg2));           \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_SSIZESSIZEOBJARGPROC(SYM, IMPL)         \
    static int SYM(PyObject *arg0, Py_ssize_t arg1, Py_ssize_t arg2,        \
                   PyObject *arg3)                                          \
    {                                                                       \
        return _HPyFunc_CPY_CALL(HPyFunc_ssizessizeobjargproc, IMPL,        \
                                 _py2h(arg0), arg1, arg2, _py2h(arg3));     \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_OBJOBJARGPROC(SYM, IMPL)                \
    static int SYM(PyObject *arg0, PyObject *arg1, PyObject *arg2)          \
    {                                                                       \
        return _HPyFunc_CPY_CALL(HPyFunc_objobjargproc, IMPL,               \
                                 _py2h(arg0), _py2h(arg1), _py2h(arg2));    \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_SETATTRFUNC(SYM, IMPL)                  \
    static int SYM(PyObject *arg0, char *arg1, PyObject *arg2)              \
    {                                                                       \
        return _HPyFunc_CPY_CALL(HPyFunc_setattrfunc, IMPL,                 \
                                 _py2h(arg0), arg1, _py2h(arg2));           \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_SETATTROFUNC(SYM, IMPL)                 \
    static int SYM(PyObject *arg0, PyObject *arg1, PyObject *arg2)          \
    {                                                                       \
        return _HPyFunc_CPY_CALL(HPyFunc_setattrofunc, IMPL,                \
                                 _py2h(arg0), _py2h(arg1), _py2h(arg2));    \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_DESCRSETFUNC(SYM, IMPL)                 \
    static int SYM(PyObject *arg0, PyObject *arg1, PyObject *arg2)          \
    {                                                                       \
        return _HPyFunc_CPY_CALL(HPyFunc_descrsetfunc, IMPL,                \
                                 _py2h(arg0), _py2h(arg1), _py2h(arg2));    \
    }

/* tp_init gets its positional arguments as a tuple. */
#define _HPyFunc_TRAMPOLINE_HPyFunc_INITPROC(SYM, IMPL)                     \
    static int SYM(PyObject *self, PyObject *args, PyObject *kw)            \
    {                                                                       \
        return _HPyFunc_CPY_CALL(HPyFunc_initproc, IMPL, _py2h(self),       \
                                 _HPyFunc_CPY_TUPLE_HANDLES(args),          \
                                 PyTuple_GET_SIZE(args), _py2h(kw));        \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_SETTER(SYM, IMPL)                       \
    static int SYM(PyObject *arg0, PyObject *arg1, void *arg2)              \
    {                                                                       \
        return _HPyFunc_CPY_CALL(HPyFunc_setter, IMPL,                      \
                                 _py2h(arg0), _py2h(arg1), arg2);           \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_OBJOBJPROC(SYM, IMPL)                   \
    static int SYM(PyObject *arg0, PyObject *arg1)                          \
    {                                                                       \
        return _HPyFunc_CPY_CALL(HPyFunc_objobjproc, IMPL,                  \
                                 _py2h(arg0), _py2h(arg1));                 \
    }

/* HPy_buffer has Py_buffer's layout (hpyfunc.h) and an HPy is a PyObject*
 * here, so CPython's view is handed over as is: no copy. */
#define _HPyFunc_TRAMPOLINE_HPyFunc_GETBUFFERPROC(SYM, IMPL)                \
    static int SYM(PyObject *self, Py_buffer *view, int flags)              \
    {                                                                       \
        return _HPyFunc_CPY_CALL(HPyFunc_getbufferproc, IMPL, _py2h(self),  \
                                 (HPy_buffer *)view, flags);                \
    }

/* The object's data pointer depends on how the runtime laid out the type,
 * so the runtime does the unwrapping and adapts `visit`. */
#define _HPyFunc_TRAMPOLINE_HPyFunc_TRAVERSEPROC(SYM, IMPL)                 \
    static int SYM(PyObject *self, visitproc visit, void *arg)              \
    {                                                                       \
        return call_traverseproc_from_trampoline(                           \
            (HPyFunc_traverseproc)(IMPL), self, visit, arg);                \
    }

/* ---- slots returning nothing ---- */

#define _HPyFunc_TRAMPOLINE_HPyFunc_RELEASEBUFFERPROC(SYM, IMPL)            \
    static void SYM(PyObject *self, Py_buffer *view)                        \
    {                                                                       \
        _HPyFunc_CPY_CALL(HPyFunc_releasebufferproc, IMPL, _py2h(self),     \
                          (HPy_buffer *)view);                              \
    }

#define _HPyFunc_TRAMPOLINE_HPyFunc_FREEFUNC(SYM, IMPL)                     \
    static void SYM(void *arg0)                                             \
    {                                                                       \
        _HPyFunc_CPY_CALL(HPyFunc_freefunc, IMPL, arg0);                    \
    }

/* tp_finalize */
#define _HPyFunc_TRAMPOLINE_HPyFunc_DESTRUCTOR(SYM, IMPL)                   \
    static void SYM(PyObject *arg0)                                         \
    {                                                                       \
        _HPyFunc_CPY_CALL(HPyFunc_destructor, IMPL, _py2h(arg0));           \
    }

/* ---- special cases ---- */

/* HPy_tp_destroy has no CPython slot: the runtime's tp_dealloc calls the HPy
 * implementation directly.  This only fills HPyDef's cpy_trampoline field. */
#define _HPyFunc_TRAMPOLINE_HPyFunc_DESTROYFUNC(SYM, IMPL)                  \
    static void SYM(void) { abort(); }

/* No context is involved: IMPL gets the capsule's name, pointer and
 * context. */
#define HPyCapsule_DESTRUCTOR_TRAMPOLINE(SYM, IMPL)                         \
    static void SYM(PyObject *capsule)                                      \
    {                                                                       \
        const char *name = PyCapsule_GetName(capsule);                      \
        IMPL(name, PyCapsule_GetPointer(capsule, name),                     \
             PyCapsule_GetContext(capsule));                                \
    }

#endif /* HPY_CPYTHON_TRAMPOLINES_H */
