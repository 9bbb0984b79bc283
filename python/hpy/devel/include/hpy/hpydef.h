/* HPyDef: the descriptions of methods, slots, members and get/set
 * descriptors that modules (HPyModuleDef.defines) and types
 * (HPyType_Spec.defines) are built from, plus the HPyDef_* macros that
 * declare the implementation, emit its CPython trampoline and fill an HPyDef
 * in one go.
 *
 * The struct layouts and enum values are ABI: the runtime reads them.
 */
#ifndef HPY_HPYDEF_H
#define HPY_HPYDEF_H

#include <stddef.h> /* offsetof, for HPyDef_MEMBER users */

#include "hpy/hpyfunc.h"
#include "hpy/cpy_types.h"

/* A generic function pointer; HPyFunc_Signature says what it really is. */
typedef void *(*HPyCFunction)();

typedef void (*HPyFunc_Capsule_Destructor)(const char *name, void *pointer,
                                           void *context);

/* _HPyDef_FN_CAST(T, f): cast one function pointer type to another through
 * the generic void(*)(void), which -Wcast-function-type accepts. */
#define _HPyDef_FN_CAST(T, f) ((T)(void (*)(void))(f))

typedef struct {
    HPySlot_Slot slot;              /* which slot to fill */
    HPyCFunction impl;              /* the HPy implementation */
    cpy_PyCFunction cpy_trampoline; /* what CPython calls; calls impl */
} HPySlot;

typedef struct {
    const char *name;               /* attribute name, UTF-8 */
    HPyCFunction impl;
    cpy_PyCFunction cpy_trampoline;
    HPyFunc_Signature signature;    /* the C signature of impl */
    const char *doc;                /* UTF-8, may be NULL */
} HPyMeth;

/* C type of a member field (values follow CPython's T_* / Py_T_*). */
typedef enum {
    HPyMember_SHORT = 0,
    HPyMember_INT = 1,
    HPyMember_LONG = 2,
    HPyMember_FLOAT = 3,
    HPyMember_DOUBLE = 4,
    HPyMember_STRING = 5,
    HPyMember_OBJECT = 6,
    HPyMember_CHAR = 7,             /* one-character string */
    HPyMember_BYTE = 8,             /* signed 8-bit int */
    HPyMember_UBYTE = 9,
    HPyMember_USHORT = 10,
    HPyMember_UINT = 11,
    HPyMember_ULONG = 12,
    HPyMember_STRING_INPLACE = 13,  /* char array inside the struct */
    HPyMember_BOOL = 14,            /* stored as a char */
    HPyMember_OBJECT_EX = 16,       /* like OBJECT, but NULL raises AttributeError */
    HPyMember_LONGLONG = 17,
    HPyMember_ULONGLONG = 18,
    HPyMember_HPYSSIZET = 19,       /* HPy_ssize_t */
    HPyMember_NONE = 20,            /* always reads as None */
} HPyMember_FieldType;

typedef struct {
    const char *name;
    HPyMember_FieldType type;
    HPy_ssize_t offset;             /* byte offset in the object's struct */
    int readonly;
    const char *doc;
} HPyMember;

typedef struct {
    const char *name;
    HPyCFunction getter_impl;       /* may be NULL */
    HPyCFunction setter_impl;       /* may be NULL */
    cpy_getter getter_cpy_trampoline;  /* NULL iff getter_impl is NULL */
    cpy_setter setter_cpy_trampoline;  /* NULL iff setter_impl is NULL */
    const char *doc;
    void *closure;                  /* passed to getter_impl/setter_impl */
} HPyGetSet;

typedef enum {
    HPyDef_Kind_Slot = 1,
    HPyDef_Kind_Meth = 2,
    HPyDef_Kind_Member = 3,
    HPyDef_Kind_GetSet = 4,
} HPyDef_Kind;

/* `kind` selects the active member of the anonymous union. */
typedef struct {
    HPyDef_Kind kind;
    union {
        HPySlot slot;
        HPyMeth meth;
        HPyMember member;
        HPyGetSet getset;
    };
} HPyDef;

typedef struct {
    cpy_PyCapsule_Destructor cpy_trampoline;
    HPyFunc_Capsule_Destructor impl;
} HPyCapsule_Destructor;

/* A call function for HPy_SetCallFunction / HPy_tp_call (vectorcall). */
typedef struct {
    cpy_vectorcallfunc cpy_trampoline;
    HPyFunc_keywords impl;
} HPyCallFunction;

/* ---- HPyDef_* macros --------------------------------------------------------
 * Each one defines a global `HPyDef SYM` (what goes into a defines array),
 * forward-declares the implementation with the right signature and emits its
 * CPython trampoline.  The plain forms expect the implementation to be named
 * SYM_impl (SYM_get / SYM_set for descriptors); the *_IMPL forms take the
 * name explicitly.  Trailing arguments are extra designated initializers,
 * e.g. `.doc = "..."`, `.readonly = 1`, `.closure = ptr`. */

/* The signature an implementation of SLOT has (defined in hpyslots.h). */
#define HPySlot_SIG(SLOT) _HPySlot_SIG__##SLOT

/* The enum turns an unknown SLOT into a plain "undeclared" error. */
#define HPyDef_SLOT_IMPL(SYM, IMPL, SLOT)                                     \
    enum { SYM##_slot = SLOT };                                               \
    _HPyDef_SLOT(SYM, IMPL, SLOT, HPySlot_SIG(SLOT))

#define HPyDef_SLOT(SYM, SLOT) HPyDef_SLOT_IMPL(SYM, SYM##_impl, SLOT)

#define _HPyDef_SLOT(SYM, IMPL, SLOT, SIG)                                    \
    HPyFunc_DECLARE(IMPL, SIG);                                               \
    HPyFunc_TRAMPOLINE(SYM##_trampoline, IMPL, SIG)                           \
    HPyDef SYM = {                                                            \
        .kind = HPyDef_Kind_Slot,                                             \
        .slot = {                                                             \
            .slot = SLOT,                                                     \
            .impl = _HPyDef_FN_CAST(HPyCFunction, IMPL),                      \
            .cpy_trampoline =                                                 \
                _HPyDef_FN_CAST(cpy_PyCFunction, SYM##_trampoline),           \
        }                                                                     \
    };

#define HPyDef_METH_IMPL(SYM, NAME, IMPL, SIG, ...)                           \
    HPyFunc_DECLARE(IMPL, SIG);                                               \
    HPyFunc_TRAMPOLINE(SYM##_trampoline, IMPL, SIG)                           \
    HPyDef SYM = {                                                            \
        .kind = HPyDef_Kind_Meth,                                             \
        .meth = {                                                             \
            .name = NAME,                                                     \
            .impl = _HPyDef_FN_CAST(HPyCFunction, IMPL),                      \
            .cpy_trampoline =                                                 \
                _HPyDef_FN_CAST(cpy_PyCFunction, SYM##_trampoline),           \
            .signature = SIG,                                                 \
            __VA_ARGS__                                                       \
        }                                                                     \
    };

#define HPyDef_METH(SYM, NAME, SIG, ...)                                      \
    HPyDef_METH_IMPL(SYM, NAME, SYM##_impl, SIG, __VA_ARGS__)

/* TYPE is an HPyMember_FieldType, OFFSET usually offsetof(MyObject, field). */
#define HPyDef_MEMBER(SYM, NAME, TYPE, OFFSET, ...)                           \
    HPyDef SYM = {                                                            \
        .kind = HPyDef_Kind_Member,                                           \
        .member = {                                                           \
            .name = NAME,                                                     \
            .type = TYPE,                                                     \
            .offset = OFFSET,                                                 \
            __VA_ARGS__                                                       \
        }                                                                     \
    };

#define HPyDef_GET_IMPL(SYM, NAME, GETIMPL, ...)                              \
    HPyFunc_DECLARE(GETIMPL, HPyFunc_GETTER);                                 \
    HPyFunc_TRAMPOLINE(SYM##_get_trampoline, GETIMPL, HPyFunc_GETTER)         \
    HPyDef SYM = {                                                            \
        .kind = HPyDef_Kind_GetSet,                                           \
        .getset = {                                                           \
            .name = NAME,                                                     \
            .getter_impl = _HPyDef_FN_CAST(HPyCFunction, GETIMPL),            \
            .getter_cpy_trampoline =                                          \
                _HPyDef_FN_CAST(cpy_getter, SYM##_get_trampoline),            \
            __VA_ARGS__                                                       \
        }                                                                     \
    };

#define HPyDef_GET(SYM, NAME, ...)                                            \
    HPyDef_GET_IMPL(SYM, NAME, SYM##_get, __VA_ARGS__)

#define HPyDef_SET_IMPL(SYM, NAME, SETIMPL, ...)                              \
    HPyFunc_DECLARE(SETIMPL, HPyFunc_SETTER);                                 \
    HPyFunc_TRAMPOLINE(SYM##_set_trampoline, SETIMPL, HPyFunc_SETTER)         \
    HPyDef SYM = {                                                            \
        .kind = HPyDef_Kind_GetSet,                                           \
        .getset = {                                                           \
            .name = NAME,                                                     \
            .setter_impl = _HPyDef_FN_CAST(HPyCFunction, SETIMPL),            \
            .setter_cpy_trampoline =                                          \
                _HPyDef_FN_CAST(cpy_setter, SYM##_set_trampoline),            \
            __VA_ARGS__                                                       \
        }                                                                     \
    };

#define HPyDef_SET(SYM, NAME, ...)                                            \
    HPyDef_SET_IMPL(SYM, NAME, SYM##_set, __VA_ARGS__)

#define HPyDef_GETSET_IMPL(SYM, NAME, GETIMPL, SETIMPL, ...)                  \
    HPyFunc_DECLARE(GETIMPL, HPyFunc_GETTER);                                 \
    HPyFunc_TRAMPOLINE(SYM##_get_trampoline, GETIMPL, HPyFunc_GETTER)         \
    HPyFunc_DECLARE(SETIMPL, HPyFunc_SETTER);                                 \
    HPyFunc_TRAMPOLINE(SYM##_set_trampoline, SETIMPL, HPyFunc_SETTER)         \
    HPyDef SYM = {                                                            \
        .kind = HPyDef_Kind_GetSet,                                           \
        .getset = {                                                           \
            .name = NAME,                                                     \
            .getter_impl = _HPyDef_FN_CAST(HPyCFunction, GETIMPL),            \
            .setter_impl = _HPyDef_FN_CAST(HPyCFunction, SETIMPL),            \
            .getter_cpy_trampoline =                                          \
                _HPyDef_FN_CAST(cpy_getter, SYM##_get_trampoline),            \
            .setter_cpy_trampoline =                                          \
                _HPyDef_FN_CAST(cpy_setter, SYM##_set_trampoline),            \
            __VA_ARGS__                                                       \
        }                                                                     \
    };

#define HPyDef_GETSET(SYM, NAME, ...)                                         \
    HPyDef_GETSET_IMPL(SYM, NAME, SYM##_get, SYM##_set, __VA_ARGS__)

/* Defines `static HPyCapsule_Destructor SYM` for an implementation
 * `static void SYM_impl(const char *name, void *pointer, void *context)`. */
#define HPyCapsule_DESTRUCTOR(SYM)                                            \
    static void SYM##_impl(const char *name, void *pointer, void *context);   \
    HPyCapsule_DESTRUCTOR_TRAMPOLINE(SYM##_trampoline, SYM##_impl)            \
    static _HPy_UNUSED HPyCapsule_Destructor SYM = {                          \
        .cpy_trampoline = SYM##_trampoline,                                   \
        .impl = SYM##_impl                                                    \
    };

/* Defines `static HPyCallFunction SYM` for an HPyFunc_KEYWORDS
 * implementation SYM_impl. */
#define HPyDef_CALL_FUNCTION(SYM)                                             \
    HPyFunc_DECLARE(SYM##_impl, HPyFunc_KEYWORDS);                            \
    HPyFunc_TRAMPOLINE(SYM##_trampoline, SYM##_impl, HPyFunc_KEYWORDS)        \
    static _HPy_UNUSED HPyCallFunction SYM = {                                \
        .cpy_trampoline = SYM##_trampoline,                                   \
        .impl = SYM##_impl                                                    \
    };

#endif /* HPY_HPYDEF_H */
