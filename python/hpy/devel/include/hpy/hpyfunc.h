/* Function signatures, forward declarations and CPython trampolines.
 *
 * Every HPy-level C function (method, slot, getter, ...) has one of the
 * signatures listed in HPyFunc_Signature.  CPython cannot call such a function
 * directly, so each one gets a small generated "trampoline" with the matching
 * CPython signature:
 *
 *   - CPython ABI (cpython/trampolines.h): the trampoline converts PyObject*
 *     to HPy and calls the implementation inline.
 *   - universal/hybrid ABI (universal/trampolines.h): the trampoline packs its
 *     arguments into an _HPyFunc_args_XXX struct and hands it to the runtime
 *     through _HPy_CallRealFunctionFromTrampoline.
 *
 * Needs, declared before this file: HPy, HPyField, HPyContext, HPy_ssize_t,
 * HPy_hash_t, HPy_RichCmpOp and the cpy_* types.  The macros expand later and
 * may also use names declared after it (HPyCFunction, _ctx_for_trampolines,
 * _HPy_CallRealFunctionFromTrampoline, _HPyGetContext, _h2py, _py2h).
 */
#ifndef HPY_HPYFUNC_H
#define HPY_HPYFUNC_H

/* The numbers are ABI: they travel to the runtime with every call. */
typedef enum {
    HPyFunc_VARARGS = 1,            /* METH_FASTCALL */
    HPyFunc_KEYWORDS = 2,           /* METH_FASTCALL | METH_KEYWORDS */
    HPyFunc_NOARGS = 3,             /* METH_NOARGS */
    HPyFunc_O = 4,                  /* METH_O */
    HPyFunc_DESTROYFUNC = 5,
    HPyFunc_GETBUFFERPROC = 6,
    HPyFunc_RELEASEBUFFERPROC = 7,
    HPyFunc_UNARYFUNC = 8,
    HPyFunc_BINARYFUNC = 9,
    HPyFunc_TERNARYFUNC = 10,
    HPyFunc_INQUIRY = 11,
    HPyFunc_LENFUNC = 12,
    HPyFunc_SSIZEARGFUNC = 13,
    HPyFunc_SSIZESSIZEARGFUNC = 14,
    HPyFunc_SSIZEOBJARGPROC = 15,
    HPyFunc_SSIZESSIZEOBJARGPROC = 16,
    HPyFunc_OBJOBJARGPROC = 17,
    HPyFunc_FREEFUNC = 18,
    HPyFunc_GETATTRFUNC = 19,
    HPyFunc_GETATTROFUNC = 20,
    HPyFunc_SETATTRFUNC = 21,
    HPyFunc_SETATTROFUNC = 22,
    HPyFunc_REPRFUNC = 23,
    HPyFunc_HASHFUNC = 24,
    HPyFunc_RICHCMPFUNC = 25,
    HPyFunc_GETITERFUNC = 26,
    HPyFunc_ITERNEXTFUNC = 27,
    HPyFunc_DESCRGETFUNC = 28,
    HPyFunc_DESCRSETFUNC = 29,
    HPyFunc_INITPROC = 30,
    HPyFunc_NEWFUNC = 31,
    HPyFunc_GETTER = 32,
    HPyFunc_SETTER = 33,
    HPyFunc_OBJOBJPROC = 34,
    HPyFunc_TRAVERSEPROC = 35,
    HPyFunc_DESTRUCTOR = 36,
    HPyFunc_CAPSULE_DESTRUCTOR = 37,
    HPyFunc_VECTORCALLFUNC = 38,
    HPyFunc_MOD_CREATE = 39,
} HPyFunc_Signature;

/* HPyFunc_DECLARE(SYM, SIG): forward-declare `static RET SYM(...)` with the
 * C signature of SIG.  HPyFunc_TRAMPOLINE(SYM, IMPL, SIG): define the CPython
 * entry point SYM that calls IMPL.
 *
 * The `SYM##_sig` enumerator is never read.  It is there so that a SIG that
 * is not an HPyFunc_Signature member fails with "undeclared identifier"
 * instead of a confusing error about an unknown _HPyFunc_..._XXX macro. */
#define HPyFunc_DECLARE(SYM, SIG)       \
    enum { SYM##_sig = SIG };           \
    _HPyFunc_DECLARE_##SIG(SYM)

#define HPyFunc_TRAMPOLINE(SYM, IMPL, SIG)  \
    enum { SYM##_sig = SIG };               \
    _HPyFunc_TRAMPOLINE_##SIG(SYM, IMPL)

/* The buffer-protocol view handed to HPy_bf_getbuffer/HPy_bf_releasebuffer.
 * Field for field the same as CPython's Py_buffer (the CPython ABI casts
 * between the two); `obj` is an owned handle. */
typedef struct {
    void *buf;
    HPy obj;
    HPy_ssize_t len;
    HPy_ssize_t itemsize;
    int readonly;
    int ndim;
    char *format;
    HPy_ssize_t *shape;
    HPy_ssize_t *strides;
    HPy_ssize_t *suboffsets;
    void *internal;
} HPy_buffer;

/* The callback an HPy_tp_traverse implementation calls once per HPyField. */
typedef int (*HPyFunc_visitproc)(HPyField *, void *);

/* Visit one HPyField from a tp_traverse implementation.  Like CPython's
 * Py_VISIT, it expects the function's parameters to be named `visit` and
 * `arg`, and returns early with the first non-zero result. */
#define HPy_VISIT(hpyfield)                                 \
    do {                                                    \
        if (!HPyField_IsNull(*(hpyfield))) {                \
            int _hpy_visit_ret = visit((hpyfield), arg);    \
            if (_hpy_visit_ret)                             \
                return _hpy_visit_ret;                      \
        }                                                   \
    } while (0)

/* Relative to this directory, so no particular -I order is needed. */
#include "hpyfunc_signatures.h"
#include "hpyslots.h"

#ifdef HPY_ABI_CPYTHON
#  include "cpython/trampolines.h"
#else
#  include "universal/trampolines.h"
#endif

#endif /* HPY_HPYFUNC_H */
