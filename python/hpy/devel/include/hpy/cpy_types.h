/* CPython types that appear in HPy declarations (legacy methods and slots,
 * HPy_AsPyObject/HPy_FromPyObject, trampolines).
 *
 * CPython and hybrid ABI: aliases of the real types from Python.h.
 * Universal ABI: incomplete struct types, so the declarations still compile
 * but no legacy object can be built or inspected.
 */
#ifndef HPY_CPY_TYPES_H
#define HPY_CPY_TYPES_H

#ifdef HPY_ABI_UNIVERSAL

typedef struct _HPy_Universal_forbidden_PyObject cpy_PyObject;
typedef struct _HPy_Universal_forbidden_PyMethodDef cpy_PyMethodDef;
typedef struct _HPy_Universal_forbidden_PyModuleDef cpy_PyModuleDef;
typedef struct _HPy_Universal_forbidden_Py_buffer cpy_Py_buffer;

/* Declared early, with _HPY_LEGACY, so that any use is reported with a
 * clear message; the definitions come from generated/universal_api.h. */
#if defined(__GNUC__)
#  pragma GCC diagnostic push
#  pragma GCC diagnostic ignored "-Wattributes"
#endif
HPyAPI_FUNC _HPY_LEGACY cpy_PyObject *HPy_AsPyObject(HPyContext *ctx, HPy h);
HPyAPI_FUNC _HPY_LEGACY HPy HPy_FromPyObject(HPyContext *ctx, cpy_PyObject *obj);
#if defined(__GNUC__)
#  pragma GCC diagnostic pop
#endif

#else /* CPython or hybrid ABI: hpy.h has already included Python.h */

typedef PyObject cpy_PyObject;
typedef PyMethodDef cpy_PyMethodDef;
typedef PyModuleDef cpy_PyModuleDef;
typedef Py_buffer cpy_Py_buffer;

#endif /* HPY_ABI_UNIVERSAL */

/* Function-pointer types of the CPython side of trampolines. */
typedef cpy_PyObject *(*cpy_PyCFunction)(cpy_PyObject *, cpy_PyObject *const *,
                                         HPy_ssize_t);
typedef int (*cpy_visitproc)(cpy_PyObject *, void *);
typedef cpy_PyObject *(*cpy_getter)(cpy_PyObject *, void *);
typedef int (*cpy_setter)(cpy_PyObject *, cpy_PyObject *, void *);
typedef void (*cpy_PyCapsule_Destructor)(cpy_PyObject *);
typedef cpy_PyObject *(*cpy_vectorcallfunc)(cpy_PyObject *callable,
                                            cpy_PyObject *const *args,
                                            size_t nargsf,
                                            cpy_PyObject *kwnames);

#endif /* HPY_CPY_TYPES_H */
