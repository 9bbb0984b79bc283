/* Creating types: HPyType_Spec and its parameters, the HPy_TPFLAGS_* flags
 * and the HPyType_HELPERS macro that generates MyObject_AsStruct.
 *
 * Struct layouts and enum values are ABI.
 */
#ifndef HPY_HPYTYPE_H
#define HPY_HPYTYPE_H

#include <stdbool.h>

#ifdef __GNUC__
#  define HPyAPI_UNUSED __attribute__((unused)) static inline
#else
#  define HPyAPI_UNUSED static inline
#endif

/* The built-in type whose instance layout a type extends.  It decides where
 * an object's C struct starts, i.e. what MyObject_AsStruct computes.  Set it
 * with `.builtin_shape = SHAPE(MyObject)` and pass the matching base class
 * (ctx->h_LongType, ...) in the spec params.
 *   Legacy: the struct starts with PyObject_HEAD (required for legacy_slots).
 *   Object: a pure HPy type deriving from object (the default, 0). */
typedef enum {
    HPyType_BuiltinShape_Legacy = -1,
    HPyType_BuiltinShape_Object = 0,
    HPyType_BuiltinShape_Type = 1,
    HPyType_BuiltinShape_Long = 2,
    HPyType_BuiltinShape_Float = 3,
    HPyType_BuiltinShape_Unicode = 4,
    HPyType_BuiltinShape_Tuple = 5,
    HPyType_BuiltinShape_List = 6,
} HPyType_BuiltinShape;

typedef struct {
    cpy_vectorcallfunc cpy_trampoline;
    HPyCallFunction impl;
} HPyType_Vectorcall;

typedef struct {
    const char *name;        /* type name, UTF-8 ("module.Name") */
    int basicsize;           /* sizeof the type's C struct, or 0 */
    int itemsize;            /* variable-size types: not supported yet */
    unsigned long flags;     /* HPy_TPFLAGS_* */
    HPyType_BuiltinShape builtin_shape;
    void *legacy_slots;      /* NULL-terminated PyType_Slot array, or NULL;
                                needs HPyType_BuiltinShape_Legacy */
    HPyDef **defines;        /* NULL-terminated, or NULL */
    const char *doc;         /* UTF-8, may be NULL */
} HPyType_Spec;

typedef enum {
    HPyType_SpecParam_Base = 1,        /* one base class; may repeat */
    HPyType_SpecParam_BasesTuple = 2,  /* a tuple of bases; excludes _Base */
    HPyType_SpecParam_Metaclass = 3,
} HPyType_SpecParam_Kind;

/* HPyType_FromSpec takes an array of these ending with a zero kind. */
typedef struct {
    HPyType_SpecParam_Kind kind;
    HPy object;
} HPyType_SpecParam;

/* Every HPy type is a heap type with a version tag. */
#define _Py_TPFLAGS_HEAPTYPE (1UL << 9)
#define _Py_TPFLAGS_HAVE_VERSION_TAG (1UL << 18)

#define HPy_TPFLAGS_DEFAULT (_Py_TPFLAGS_HEAPTYPE | _Py_TPFLAGS_HAVE_VERSION_TAG)
#define HPy_TPFLAGS_BASETYPE (1UL << 10)        /* may be subclassed */
#define HPy_TPFLAGS_HAVE_VECTORCALL (1UL << 11)  /* PEP 590 */
#define HPy_TPFLAGS_HAVE_GC (1UL << 14)         /* tracked by CPython's GC */

/* The accessor behind MyObject_AsStruct, chosen by shape. */
#define HPyType_BuiltinShape_Legacy_AsStruct _HPy_AsStruct_Legacy
#define HPyType_BuiltinShape_Object_AsStruct _HPy_AsStruct_Object
#define HPyType_BuiltinShape_Type_AsStruct _HPy_AsStruct_Type
#define HPyType_BuiltinShape_Long_AsStruct _HPy_AsStruct_Long
#define HPyType_BuiltinShape_Float_AsStruct _HPy_AsStruct_Float
#define HPyType_BuiltinShape_Unicode_AsStruct _HPy_AsStruct_Unicode
#define HPyType_BuiltinShape_Tuple_AsStruct _HPy_AsStruct_Tuple
#define HPyType_BuiltinShape_List_AsStruct _HPy_AsStruct_List

/* HPyType_HELPERS(MyObject) or HPyType_HELPERS(MyObject, SHAPE) defines
 *   - MyObject_SHAPE, read through SHAPE(MyObject), for the spec;
 *   - static inline MyObject *MyObject_AsStruct(HPyContext *, HPy), valid
 *     only for instances of the type (debug mode checks this).
 * The shape defaults to HPyType_BuiltinShape_Object.  Because the shape may
 * be omitted, the macro is variadic and appends the default as an extra
 * argument that the helpers below ignore when a shape was given. */
#define HPyType_HELPERS(...)                                                  \
    _HPyType_HELPER_X(                                                        \
        _HPyType_HELPER_DEFINE_SHAPE(__VA_ARGS__, HPyType_BuiltinShape_Object)); \
    HPyAPI_UNUSED _HPyType_HELPER_X(_HPyType_HELPER_TYPE(__VA_ARGS__))        \
    _HPyType_HELPER_X(_HPyType_HELPER_FNAME(__VA_ARGS__))(HPyContext *ctx, HPy h) \
    {                                                                         \
        return (_HPyType_HELPER_X(_HPyType_HELPER_TYPE(__VA_ARGS__)))         \
            _HPyType_HELPER_X(_HPyType_HELPER_AS_STRUCT(__VA_ARGS__,          \
                                  HPyType_BuiltinShape_Object))(ctx, h);      \
    }

/* Same as HPyType_HELPERS(TYPE, HPyType_BuiltinShape_Legacy). */
#define HPyType_LEGACY_HELPERS(TYPE)                                          \
    HPyType_HELPERS(TYPE, HPyType_BuiltinShape_Legacy)

#define SHAPE(TYPE) ((HPyType_BuiltinShape)TYPE##_SHAPE)

#define _HPyType_HELPER_TYPE(TYPE, ...) TYPE *
#define _HPyType_HELPER_FNAME(TYPE, ...) TYPE##_AsStruct
#define _HPyType_HELPER_DEFINE_SHAPE(TYPE, SHAPE, ...)                        \
    enum { TYPE##_SHAPE = (int)SHAPE }
#define _HPyType_HELPER_AS_STRUCT(TYPE, SHAPE, ...) SHAPE##_AsStruct
/* One extra expansion pass, for MSVC's traditional preprocessor. */
#define _HPyType_HELPER_X(X) X

#endif /* HPY_HPYTYPE_H */
