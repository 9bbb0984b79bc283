/* The C type of an implementation for each HPyFunc_Signature.
 *
 * For every signature XXX there is a function-pointer typedef HPyFunc_xxx and
 * a macro _HPyFunc_DECLARE_HPyFunc_XXX(SYM) that forward-declares SYM with
 * the same prototype; HPyFunc_DECLARE (hpyfunc.h) dispatches to the macro.
 *
 * HPyFunc_CAPSULE_DESTRUCTOR and HPyFunc_VECTORCALLFUNC have no entry: their
 * implementations are declared by HPyCapsule_DESTRUCTOR and
 * HPyDef_CALL_FUNCTION (hpydef.h).  Included by hpyfunc.h only.
 */
#ifndef HPY_HPYFUNC_SIGNATURES_H
#define HPY_HPYFUNC_SIGNATURES_H

/* ---- methods (HPyDef_METH) ---- */

typedef HPy (*HPyFunc_noargs)(HPyContext *ctx, HPy self);
#define _HPyFunc_DECLARE_HPyFunc_NOARGS(SYM) \
    static HPy SYM(HPyContext *ctx, HPy self)

typedef HPy (*HPyFunc_o)(HPyContext *ctx, HPy self, HPy arg);
#define _HPyFunc_DECLARE_HPyFunc_O(SYM) \
    static HPy SYM(HPyContext *ctx, HPy self, HPy arg)

typedef HPy (*HPyFunc_varargs)(HPyContext *ctx, HPy self, const HPy *args,
                               size_t nargs);
#define _HPyFunc_DECLARE_HPyFunc_VARARGS(SYM) \
    static HPy SYM(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)

/* Also the signature of HPy_tp_call and of HPyDef_CALL_FUNCTION. */
typedef HPy (*HPyFunc_keywords)(HPyContext *ctx, HPy self, const HPy *args,
                                size_t nargs, HPy kwnames);
#define _HPyFunc_DECLARE_HPyFunc_KEYWORDS(SYM)                            \
    static HPy SYM(HPyContext *ctx, HPy self, const HPy *args, size_t nargs, \
                   HPy kwnames)

/* ---- object-returning slots ---- */

typedef HPy (*HPyFunc_unaryfunc)(HPyContext *ctx, HPy);
#define _HPyFunc_DECLARE_HPyFunc_UNARYFUNC(SYM) \
    static HPy SYM(HPyContext *ctx, HPy)

typedef HPy (*HPyFunc_binaryfunc)(HPyContext *ctx, HPy, HPy);
#define _HPyFunc_DECLARE_HPyFunc_BINARYFUNC(SYM) \
    static HPy SYM(HPyContext *ctx, HPy, HPy)

typedef HPy (*HPyFunc_ternaryfunc)(HPyContext *ctx, HPy, HPy, HPy);
#define _HPyFunc_DECLARE_HPyFunc_TERNARYFUNC(SYM) \
    static HPy SYM(HPyContext *ctx, HPy, HPy, HPy)

typedef HPy (*HPyFunc_ssizeargfunc)(HPyContext *ctx, HPy, HPy_ssize_t);
#define _HPyFunc_DECLARE_HPyFunc_SSIZEARGFUNC(SYM) \
    static HPy SYM(HPyContext *ctx, HPy, HPy_ssize_t)

typedef HPy (*HPyFunc_ssizessizeargfunc)(HPyContext *ctx, HPy, HPy_ssize_t,
                                         HPy_ssize_t);
#define _HPyFunc_DECLARE_HPyFunc_SSIZESSIZEARGFUNC(SYM) \
    static HPy SYM(HPyContext *ctx, HPy, HPy_ssize_t, HPy_ssize_t)

typedef HPy (*HPyFunc_getattrfunc)(HPyContext *ctx, HPy, char *);
#define _HPyFunc_DECLARE_HPyFunc_GETATTRFUNC(SYM) \
    static HPy SYM(HPyContext *ctx, HPy, char *)

typedef HPy (*HPyFunc_getattrofunc)(HPyContext *ctx, HPy, HPy);
#define _HPyFunc_DECLARE_HPyFunc_GETATTROFUNC(SYM) \
    static HPy SYM(HPyContext *ctx, HPy, HPy)

typedef HPy (*HPyFunc_reprfunc)(HPyContext *ctx, HPy);
#define _HPyFunc_DECLARE_HPyFunc_REPRFUNC(SYM) \
    static HPy SYM(HPyContext *ctx, HPy)

typedef HPy (*HPyFunc_richcmpfunc)(HPyContext *ctx, HPy, HPy, HPy_RichCmpOp);
#define _HPyFunc_DECLARE_HPyFunc_RICHCMPFUNC(SYM) \
    static HPy SYM(HPyContext *ctx, HPy, HPy, HPy_RichCmpOp)

typedef HPy (*HPyFunc_getiterfunc)(HPyContext *ctx, HPy);
#define _HPyFunc_DECLARE_HPyFunc_GETITERFUNC(SYM) \
    static HPy SYM(HPyContext *ctx, HPy)

typedef HPy (*HPyFunc_iternextfunc)(HPyContext *ctx, HPy);
#define _HPyFunc_DECLARE_HPyFunc_ITERNEXTFUNC(SYM) \
    static HPy SYM(HPyContext *ctx, HPy)

typedef HPy (*HPyFunc_descrgetfunc)(HPyContext *ctx, HPy, HPy, HPy);
#define _HPyFunc_DECLARE_HPyFunc_DESCRGETFUNC(SYM) \
    static HPy SYM(HPyContext *ctx, HPy, HPy, HPy)

typedef HPy (*HPyFunc_newfunc)(HPyContext *ctx, HPy type, const HPy *args,
                               HPy_ssize_t nargs, HPy kw);
#define _HPyFunc_DECLARE_HPyFunc_NEWFUNC(SYM)                          \
    static HPy SYM(HPyContext *ctx, HPy type, const HPy *args,         \
                   HPy_ssize_t nargs, HPy kw)

typedef HPy (*HPyFunc_getter)(HPyContext *ctx, HPy, void *);
#define _HPyFunc_DECLARE_HPyFunc_GETTER(SYM) \
    static HPy SYM(HPyContext *ctx, HPy, void *)

/* The module's create slot receives the module spec. */
typedef HPy (*HPyFunc_mod_create)(HPyContext *ctx, HPy);
#define _HPyFunc_DECLARE_HPyFunc_MOD_CREATE(SYM) \
    static HPy SYM(HPyContext *ctx, HPy)

/* ---- status- or value-returning slots ---- */

typedef int (*HPyFunc_inquiry)(HPyContext *ctx, HPy);
#define _HPyFunc_DECLARE_HPyFunc_INQUIRY(SYM) \
    static int SYM(HPyContext *ctx, HPy)

typedef HPy_ssize_t (*HPyFunc_lenfunc)(HPyContext *ctx, HPy);
#define _HPyFunc_DECLARE_HPyFunc_LENFUNC(SYM) \
    static HPy_ssize_t SYM(HPyContext *ctx, HPy)

typedef HPy_hash_t (*HPyFunc_hashfunc)(HPyContext *ctx, HPy);
#define _HPyFunc_DECLARE_HPyFunc_HASHFUNC(SYM) \
    static HPy_hash_t SYM(HPyContext *ctx, HPy)

typedef int (*HPyFunc_ssizeobjargproc)(HPyContext *ctx, HPy, HPy_ssize_t, HPy);
#define _HPyFunc_DECLARE_HPyFunc_SSIZEOBJARGPROC(SYM) \
    static int SYM(HPyContext *ctx, HPy, HPy_ssize_t, HPy)

typedef int (*HPyFunc_ssizessizeobjargproc)(HPyContext *ctx, HPy, HPy_ssize_t,
                                            HPy_ssize_t, HPy);
#define _HPyFunc_DECLARE_HPyFunc_SSIZESSIZEOBJARGPROC(SYM) \
    static int SYM(HPyContext *ctx, HPy, HPy_ssize_t, HPy_ssize_t, HPy)

typedef int (*HPyFunc_objobjargproc)(HPyContext *ctx, HPy, HPy, HPy);
#define _HPyFunc_DECLARE_HPyFunc_OBJOBJARGPROC(SYM) \
    static int SYM(HPyContext *ctx, HPy, HPy, HPy)

typedef int (*HPyFunc_setattrfunc)(HPyContext *ctx, HPy, char *, HPy);
#define _HPyFunc_DECLARE_HPyFunc_SETATTRFUNC(SYM) \
    static int SYM(HPyContext *ctx, HPy, char *, HPy)

typedef int (*HPyFunc_setattrofunc)(HPyContext *ctx, HPy, HPy, HPy);
#define _HPyFunc_DECLARE_HPyFunc_SETATTROFUNC(SYM) \
    static int SYM(HPyContext *ctx, HPy, HPy, HPy)

typedef int (*HPyFunc_descrsetfunc)(HPyContext *ctx, HPy, HPy, HPy);
#define _HPyFunc_DECLARE_HPyFunc_DESCRSETFUNC(SYM) \
    static int SYM(HPyContext *ctx, HPy, HPy, HPy)

typedef int (*HPyFunc_initproc)(HPyContext *ctx, HPy self, const HPy *args,
                                HPy_ssize_t nargs, HPy kw);
#define _HPyFunc_DECLARE_HPyFunc_INITPROC(SYM)                         \
    static int SYM(HPyContext *ctx, HPy self, const HPy *args,         \
                   HPy_ssize_t nargs, HPy kw)

typedef int (*HPyFunc_setter)(HPyContext *ctx, HPy, HPy, void *);
#define _HPyFunc_DECLARE_HPyFunc_SETTER(SYM) \
    static int SYM(HPyContext *ctx, HPy, HPy, void *)

typedef int (*HPyFunc_objobjproc)(HPyContext *ctx, HPy, HPy);
#define _HPyFunc_DECLARE_HPyFunc_OBJOBJPROC(SYM) \
    static int SYM(HPyContext *ctx, HPy, HPy)

typedef int (*HPyFunc_getbufferproc)(HPyContext *ctx, HPy, HPy_buffer *, int);
#define _HPyFunc_DECLARE_HPyFunc_GETBUFFERPROC(SYM) \
    static int SYM(HPyContext *ctx, HPy, HPy_buffer *, int)

/* ---- void slots ---- */

typedef void (*HPyFunc_releasebufferproc)(HPyContext *ctx, HPy, HPy_buffer *);
#define _HPyFunc_DECLARE_HPyFunc_RELEASEBUFFERPROC(SYM) \
    static void SYM(HPyContext *ctx, HPy, HPy_buffer *)

typedef void (*HPyFunc_freefunc)(HPyContext *ctx, void *);
#define _HPyFunc_DECLARE_HPyFunc_FREEFUNC(SYM) \
    static void SYM(HPyContext *ctx, void *)

/* HPy_tp_finalize. */
typedef void (*HPyFunc_destructor)(HPyContext *ctx, HPy);
#define _HPyFunc_DECLARE_HPyFunc_DESTRUCTOR(SYM) \
    static void SYM(HPyContext *ctx, HPy)

/* ---- context-free slots: they may run where no HPy call is allowed ---- */

/* HPy_tp_traverse: called during GC with the object's C struct. */
typedef int (*HPyFunc_traverseproc)(void *object, HPyFunc_visitproc visit,
                                    void *arg);
#define _HPyFunc_DECLARE_HPyFunc_TRAVERSEPROC(SYM) \
    static int SYM(void *object, HPyFunc_visitproc visit, void *arg)

/* HPy_tp_destroy: called from the type's dealloc with the object's C struct. */
typedef void (*HPyFunc_destroyfunc)(void *);
#define _HPyFunc_DECLARE_HPyFunc_DESTROYFUNC(SYM) \
    static void SYM(void *)

#endif /* HPY_HPYFUNC_SIGNATURES_H */
