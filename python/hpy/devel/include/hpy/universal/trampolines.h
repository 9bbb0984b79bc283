/* Trampolines for the universal and hybrid ABIs.
 *
 * A trampoline is the function CPython calls.  It does not convert anything
 * itself: it stores its parameters in an _HPyFunc_args_XXX struct and passes
 * that to the runtime with _HPy_CallRealFunctionFromTrampoline, which opens
 * handles, calls IMPL with the right context, closes the handles and writes
 * `result` (when the struct has one).
 *
 * The structs are ABI: the runtime (ours or any other HPy 0.9 runtime) reads
 * them by layout.  Do not reorder, retype or drop fields.
 *
 * Used by name at expansion time, declared elsewhere: _ctx_for_trampolines
 * (hpymodule.h), HPyCFunction (hpydef.h), _HPy_CallRealFunctionFromTrampoline
 * (generated/universal_api.h).  Included by hpyfunc.h.
 */
#ifndef HPY_UNIVERSAL_TRAMPOLINES_H
#define HPY_UNIVERSAL_TRAMPOLINES_H

#include <stdlib.h> /* abort() */

/* IMPL goes through void (*)(void), the one function type gcc's
 * -Wcast-function-type (in -Wextra) accepts from and to any other. */
#define _HPyFunc_CALL_REAL(SIG, IMPL, ARGS)                                 \
    _HPy_CallRealFunctionFromTrampoline(                                    \
        _ctx_for_trampolines, (SIG),                                        \
        (HPyCFunction)(void (*)(void))(IMPL), (ARGS))

/* Define `static RET SYM PARAMS` for signature HPyFunc_KIND.  The variadic
 * part initialises the fields of _HPyFunc_args_KIND that precede `result`,
 * in order; `result` starts at 0 and is what the trampoline returns. */
#define _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, KIND, RET, PARAMS, ...)    \
    static RET SYM PARAMS                                                   \
    {                                                                       \
        _HPyFunc_args_##KIND a = { __VA_ARGS__, 0 };                        \
        _HPyFunc_CALL_REAL(HPyFunc_##KIND, IMPL, &a);                       \
        return a.result;                                                    \
    }

/* The same for slots that return nothing: the struct has no `result`. */
#define _HPyFunc_UNIVERSAL_TRAMPOLINE_VOID(SYM, IMPL, KIND, PARAMS, ...)    \
    static void SYM PARAMS                                                  \
    {                                                                       \
        _HPyFunc_args_##KIND a = { __VA_ARGS__ };                           \
        _HPyFunc_CALL_REAL(HPyFunc_##KIND, IMPL, &a);                       \
    }

/* ---- methods ---- */

typedef struct {
    cpy_PyObject *self;
    cpy_PyObject *result;
} _HPyFunc_args_NOARGS;
#define _HPyFunc_TRAMPOLINE_HPyFunc_NOARGS(SYM, IMPL)                       \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, NOARGS, cpy_PyObject *,        \
        (cpy_PyObject *self), self)

typedef struct {
    cpy_PyObject *self;
    cpy_PyObject *arg;
    cpy_PyObject *result;
} _HPyFunc_args_O;
#define _HPyFunc_TRAMPOLINE_HPyFunc_O(SYM, IMPL)                            \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, O, cpy_PyObject *,             \
        (cpy_PyObject *self, cpy_PyObject *arg), self, arg)

/* METH_FASTCALL */
typedef struct {
    cpy_PyObject *self;
    cpy_PyObject *const *args;
    HPy_ssize_t nargs;
    cpy_PyObject *result;
} _HPyFunc_args_VARARGS;
#define _HPyFunc_TRAMPOLINE_HPyFunc_VARARGS(SYM, IMPL)                      \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, VARARGS, cpy_PyObject *,       \
        (cpy_PyObject *self, cpy_PyObject *const *args, HPy_ssize_t nargs), \
        self, args, nargs)

/* METH_FASTCALL | METH_KEYWORDS, and vectorcall for HPy_tp_call and
 * HPyDef_CALL_FUNCTION: so `nargsf` may carry PY_VECTORCALL_ARGUMENTS_OFFSET
 * and the runtime must mask it. */
typedef struct {
    cpy_PyObject *self;
    cpy_PyObject *const *args;
    size_t nargsf;
    cpy_PyObject *kwnames;
    cpy_PyObject *result;
} _HPyFunc_args_KEYWORDS;
#define _HPyFunc_TRAMPOLINE_HPyFunc_KEYWORDS(SYM, IMPL)                     \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, KEYWORDS, cpy_PyObject *,      \
        (cpy_PyObject *self, cpy_PyObject *const *args, size_t nargs,       \
         cpy_PyObject *kwnames),                                            \
        self, args, nargs, kwnames)

/* ---- slots taking and returning objects ---- */

typedef struct {
    cpy_PyObject *arg0;
    cpy_PyObject *result;
} _HPyFunc_args_UNARYFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_UNARYFUNC(SYM, IMPL)                    \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, UNARYFUNC, cpy_PyObject *,     \
        (cpy_PyObject *arg0), arg0)

typedef struct {
    cpy_PyObject *arg0;
    cpy_PyObject *arg1;
    cpy_PyObject *result;
} _HPyFunc_args_BINARYFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_BINARYFUNC(SYM, IMPL)                   \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, BINARYFUNC, cpy_PyObject *,    \
        (cpy_PyObject *arg0, cpy_PyObject *arg1), arg0, arg1)

typedef struct {
    cpy_PyObject *arg0;
    cpy_PyObject *arg1;
    cpy_PyObject *arg2;
    cpy_PyObject *result;
} _HPyFunc_args_TERNARYFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_TERNARYFUNC(SYM, IMPL)                  \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, TERNARYFUNC, cpy_PyObject *,   \
        (cpy_PyObject *arg0, cpy_PyObject *arg1, cpy_PyObject *arg2),       \
        arg0, arg1, arg2)

typedef struct {
    cpy_PyObject *arg0;
    HPy_ssize_t arg1;
    cpy_PyObject *result;
} _HPyFunc_args_SSIZEARGFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_SSIZEARGFUNC(SYM, IMPL)                 \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, SSIZEARGFUNC, cpy_PyObject *,  \
        (cpy_PyObject *arg0, HPy_ssize_t arg1), arg0, arg1)

typedef struct {
    cpy_PyObject *arg0;
    HPy_ssize_t arg1;
    HPy_ssize_t arg2;
    cpy_PyObject *result;
} _HPyFunc_args_SSIZESSIZEARGFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_SSIZESSIZEARGFUNC(SYM, IMPL)            \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, SSIZESSIZEARGFUNC,             \
        cpy_PyObject *,                                                     \
        (cpy_PyObject *arg0, HPy_ssize_t arg1, HPy_ssize_t arg2),           \
        arg0, arg1, arg2)

typedef struct {
    cpy_PyObject *arg0;
    char *arg1;
    cpy_PyObject *result;
} _HPyFunc_args_GETATTRFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_GETATTRFUNC(SYM, IMPL)                  \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, GETATTRFUNC, cpy_PyObject *,   \
        (cpy_PyObject *arg0, char *arg1), arg0, arg1)

typedef struct {
    cpy_PyObject *arg0;
    cpy_PyObject *arg1;
    cpy_PyObject *result;
} _HPyFunc_args_GETATTROFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_GETATTROFUNC(SYM, IMPL)                 \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, GETATTROFUNC, cpy_PyObject *,  \
        (cpy_PyObject *arg0, cpy_PyObject *arg1), arg0, arg1)

typedef struct {
    cpy_PyObject *arg0;
    cpy_PyObject *result;
} _HPyFunc_args_REPRFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_REPRFUNC(SYM, IMPL)                     \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, REPRFUNC, cpy_PyObject *,      \
        (cpy_PyObject *arg0), arg0)

/* CPython passes the comparison as an int; HPy types it as HPy_RichCmpOp. */
typedef struct {
    cpy_PyObject *arg0;
    cpy_PyObject *arg1;
    HPy_RichCmpOp arg2;
    cpy_PyObject *result;
} _HPyFunc_args_RICHCMPFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_RICHCMPFUNC(SYM, IMPL)                  \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, RICHCMPFUNC, cpy_PyObject *,   \
        (cpy_PyObject *self, cpy_PyObject *obj, int op),                    \
        self, obj, (HPy_RichCmpOp)op)

typedef struct {
    cpy_PyObject *arg0;
    cpy_PyObject *result;
} _HPyFunc_args_GETITERFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_GETITERFUNC(SYM, IMPL)                  \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, GETITERFUNC, cpy_PyObject *,   \
        (cpy_PyObject *arg0), arg0)

typedef struct {
    cpy_PyObject *arg0;
    cpy_PyObject *result;
} _HPyFunc_args_ITERNEXTFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_ITERNEXTFUNC(SYM, IMPL)                 \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, ITERNEXTFUNC, cpy_PyObject *,  \
        (cpy_PyObject *arg0), arg0)

typedef struct {
    cpy_PyObject *arg0;
    cpy_PyObject *arg1;
    cpy_PyObject *arg2;
    cpy_PyObject *result;
} _HPyFunc_args_DESCRGETFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_DESCRGETFUNC(SYM, IMPL)                 \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, DESCRGETFUNC, cpy_PyObject *,  \
        (cpy_PyObject *arg0, cpy_PyObject *arg1, cpy_PyObject *arg2),       \
        arg0, arg1, arg2)

/* tp_new: CPython passes the positional arguments as a tuple; the runtime
 * unpacks it into the (args, nargs) the HPy function expects. */
typedef struct {
    cpy_PyObject *self;
    cpy_PyObject *args;
    cpy_PyObject *kw;
    cpy_PyObject *result;
} _HPyFunc_args_NEWFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_NEWFUNC(SYM, IMPL)                      \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, NEWFUNC, cpy_PyObject *,       \
        (cpy_PyObject *self, cpy_PyObject *args, cpy_PyObject *kw),         \
        self, args, kw)

typedef struct {
    cpy_PyObject *arg0;
    void *arg1;
    cpy_PyObject *result;
} _HPyFunc_args_GETTER;
#define _HPyFunc_TRAMPOLINE_HPyFunc_GETTER(SYM, IMPL)                       \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, GETTER, cpy_PyObject *,        \
        (cpy_PyObject *arg0, void *arg1), arg0, arg1)

/* Py_mod_create; the module def is not passed on.  The runtime also checks
 * that the result is a module object of the right kind. */
typedef struct {
    cpy_PyObject *spec;
    cpy_PyObject *result;
} _HPyFunc_args_MOD_CREATE;
#define _HPyFunc_TRAMPOLINE_HPyFunc_MOD_CREATE(SYM, IMPL)                   \
    static cpy_PyObject *SYM(cpy_PyObject *spec, cpy_PyModuleDef *def)      \
    {                                                                       \
        _HPyFunc_args_MOD_CREATE a = { spec, 0 };                           \
        (void)def;                                                          \
        _HPyFunc_CALL_REAL(HPyFunc_MOD_CREATE, IMPL, &a);                   \
        return a.result;                                                    \
    }

/* ---- slots returning a status or a number ---- */

typedef struct {
    cpy_PyObject *arg0;
    int result;
} _HPyFunc_args_INQUIRY;
#define _HPyFunc_TRAMPOLINE_HPyFunc_INQUIRY(SYM, IMPL)                      \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, INQUIRY, int,                  \
        (cpy_PyObject *arg0), arg0)

typedef struct {
    cpy_PyObject *arg0;
    HPy_ssize_t result;
} _HPyFunc_args_LENFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_LENFUNC(SYM, IMPL)                      \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, LENFUNC, HPy_ssize_t,          \
        (cpy_PyObject *arg0), arg0)

typedef struct {
    cpy_PyObject *arg0;
    HPy_hash_t result;
} _HPyFunc_args_HASHFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_HASHFUNC(SYM, IMPL)                     \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, HASHFUNC, HPy_hash_t,          \
        (cpy_PyObject *arg0), arg0)

typedef struct {
    cpy_PyObject *arg0;
    HPy_ssize_t arg1;
    cpy_PyObject *arg2;
    int result;
} _HPyFunc_args_SSIZEOBJARGPROC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_SSIZEOBJARGPROC(SYM, IMPL)              \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, SSIZEOBJARGPROC, int,          \
        (cpy_PyObject *arg0, HPy_ssize_t arg1, cpy_PyObject *arg2),         \
        arg0, arg1, arg2)

typedef struct {
    cpy_PyObject *arg0;
    HPy_ssize_t arg1;
    HPy_ssize_t arg2;
    cpy_PyObject *arg3;
    int result;
} _HPyFunc_args_SSIZESSIZEOBJARGPROC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_SSIZESSIZEOBJARGPROC(SYM, IMPL)         \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, SSIZESSIZEOBJARGPROC, int,     \
        (cpy_PyObject *arg0, HPy_ssize_t arg1, HPy_ssize_t arg2,            \
         cpy_PyObject *arg3),                                               \
        arg0, arg1, arg2, arg3)

typedef struct {
    cpy_PyObject *arg0;
    cpy_PyObject *arg1;
    cpy_PyObject *arg2;
    int result;
} _HPyFunc_args_OBJOBJARGPROC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_OBJOBJARGPROC(SYM, IMPL)                \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, OBJOBJARGPROC, int,            \
        (cpy_PyObject *arg0, cpy_PyObject *arg1, cpy_PyObject *arg2),       \
        arg0, arg1, arg2)

typedef struct {
    cpy_PyObject *arg0;
    char *arg1;
    cpy_PyObject *arg2;
    int result;
} _HPyFunc_args_SETATTRFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_SETATTRFUNC(SYM, IMPL)                  \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, SETATTRFUNC, int,              \
        (cpy_PyObject *arg0, char *arg1, cpy_PyObject *arg2),               \
        arg0, arg1, arg2)

typedef struct {
    cpy_PyObject *arg0;
    cpy_PyObject *arg1;
    cpy_PyObject *arg2;
    int result;
} _HPyFunc_args_SETATTROFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_SETATTROFUNC(SYM, IMPL)                 \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, SETATTROFUNC, int,             \
        (cpy_PyObject *arg0, cpy_PyObject *arg1, cpy_PyObject *arg2),       \
        arg0, arg1, arg2)

typedef struct {
    cpy_PyObject *arg0;
    cpy_PyObject *arg1;
    cpy_PyObject *arg2;
    int result;
} _HPyFunc_args_DESCRSETFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_DESCRSETFUNC(SYM, IMPL)                 \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, DESCRSETFUNC, int,             \
        (cpy_PyObject *arg0, cpy_PyObject *arg1, cpy_PyObject *arg2),       \
        arg0, arg1, arg2)

/* tp_init: positional arguments arrive as a tuple, as for tp_new. */
typedef struct {
    cpy_PyObject *self;
    cpy_PyObject *args;
    cpy_PyObject *kw;
    int result;
} _HPyFunc_args_INITPROC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_INITPROC(SYM, IMPL)                     \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, INITPROC, int,                 \
        (cpy_PyObject *self, cpy_PyObject *args, cpy_PyObject *kw),         \
        self, args, kw)

typedef struct {
    cpy_PyObject *arg0;
    cpy_PyObject *arg1;
    void *arg2;
    int result;
} _HPyFunc_args_SETTER;
#define _HPyFunc_TRAMPOLINE_HPyFunc_SETTER(SYM, IMPL)                       \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, SETTER, int,                   \
        (cpy_PyObject *arg0, cpy_PyObject *arg1, void *arg2),               \
        arg0, arg1, arg2)

typedef struct {
    cpy_PyObject *arg0;
    cpy_PyObject *arg1;
    int result;
} _HPyFunc_args_OBJOBJPROC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_OBJOBJPROC(SYM, IMPL)                   \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, OBJOBJPROC, int,               \
        (cpy_PyObject *arg0, cpy_PyObject *arg1), arg0, arg1)

/* bf_getbuffer: the runtime fills `view` from the HPy_buffer IMPL fills. */
typedef struct {
    cpy_PyObject *self;
    cpy_Py_buffer *view;
    int flags;
    int result;
} _HPyFunc_args_GETBUFFERPROC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_GETBUFFERPROC(SYM, IMPL)                \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, GETBUFFERPROC, int,            \
        (cpy_PyObject *self, cpy_Py_buffer *view, int flags),               \
        self, view, flags)

/* tp_traverse: the runtime adapts `visit` to an HPyFunc_visitproc. */
typedef struct {
    cpy_PyObject *self;
    cpy_visitproc visit;
    void *arg;
    int result;
} _HPyFunc_args_TRAVERSEPROC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_TRAVERSEPROC(SYM, IMPL)                 \
    _HPyFunc_UNIVERSAL_TRAMPOLINE(SYM, IMPL, TRAVERSEPROC, int,             \
        (cpy_PyObject *self, cpy_visitproc visit, void *arg),               \
        self, visit, arg)

/* ---- slots returning nothing ---- */

typedef struct {
    cpy_PyObject *self;
    cpy_Py_buffer *view;
} _HPyFunc_args_RELEASEBUFFERPROC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_RELEASEBUFFERPROC(SYM, IMPL)            \
    _HPyFunc_UNIVERSAL_TRAMPOLINE_VOID(SYM, IMPL, RELEASEBUFFERPROC,        \
        (cpy_PyObject *self, cpy_Py_buffer *view), self, view)

typedef struct {
    void *arg0;
} _HPyFunc_args_FREEFUNC;
#define _HPyFunc_TRAMPOLINE_HPyFunc_FREEFUNC(SYM, IMPL)                     \
    _HPyFunc_UNIVERSAL_TRAMPOLINE_VOID(SYM, IMPL, FREEFUNC,                 \
        (void *arg0), arg0)

/* tp_finalize */
typedef struct {
    cpy_PyObject *arg0;
} _HPyFunc_args_DESTRUCTOR;
#define _HPyFunc_TRAMPOLINE_HPyFunc_DESTRUCTOR(SYM, IMPL)                   \
    _HPyFunc_UNIVERSAL_TRAMPOLINE_VOID(SYM, IMPL, DESTRUCTOR,               \
        (cpy_PyObject *arg0), arg0)

/* ---- special cases ---- */

/* HPy_tp_destroy has no CPython slot: the runtime's own tp_dealloc calls the
 * HPy implementation directly.  The trampoline only fills HPyDef's
 * cpy_trampoline field and must never run. */
#define _HPyFunc_TRAMPOLINE_HPyFunc_DESTROYFUNC(SYM, IMPL)                  \
    static void SYM(void) { abort(); }

/* A capsule destructor gets the capsule itself as the args pointer; the
 * runtime reads its name, pointer and context and calls IMPL with them. */
#define HPyCapsule_DESTRUCTOR_TRAMPOLINE(SYM, IMPL)                         \
    static void SYM(cpy_PyObject *capsule)                                  \
    {                                                                       \
        _HPyFunc_CALL_REAL(HPyFunc_CAPSULE_DESTRUCTOR, IMPL, capsule);      \
    }

#endif /* HPY_UNIVERSAL_TRAMPOLINES_H */
