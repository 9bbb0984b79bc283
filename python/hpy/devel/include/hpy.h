/* hpy.h: the one header an HPy extension includes.
 *
 * Build with exactly one of -DHPY_ABI_CPYTHON, -DHPY_ABI_UNIVERSAL or
 * -DHPY_ABI_HYBRID.  This file defines the basic types and macros and then
 * pulls in the rest in dependency order; docs/headers.md has the map.
 */
#ifndef HPy_H
#define HPy_H

/* ---- ABI version (keep in sync with hpy/devel/abitag.py) ----------------
 * Minor version N+1 is binary compatible with minor version N; different
 * major versions are not. */
#define HPY_ABI_VERSION 0
#define HPY_ABI_VERSION_MINOR 0
#define HPY_ABI_TAG "hpy0"

/* ---- target ABI --------------------------------------------------------- */
#if defined(HPY_ABI_CPYTHON)
#  if defined(HPY_ABI_HYBRID)
#    error "Conflicting macros are defined: HPY_ABI_CPYTHON and HPY_ABI_HYBRID"
#  endif
#  if defined(HPY_ABI_UNIVERSAL)
#    error "Conflicting macros are defined: HPY_ABI_CPYTHON and HPY_ABI_UNIVERSAL"
#  endif
#  define HPY_ABI "cpython"
#elif defined(HPY_ABI_HYBRID)
#  if defined(HPY_ABI_UNIVERSAL)
#    error "Conflicting macros are defined: HPY_ABI_HYBRID and HPY_ABI_UNIVERSAL"
#  endif
#  define HPY_ABI "hybrid"
#elif defined(HPY_ABI_UNIVERSAL)
#  define HPY_ABI "universal"
#else
#  error "Cannot determine the desired HPy ABI: you must set one of HPY_ABI_CPYTHON, HPY_ABI_UNIVERSAL or HPY_ABI_HYBRID"
#endif

/* System and CPython headers come first and outside extern "C": some of
 * them pull in C++ library headers that must not get C linkage. */
#if defined(HPY_ABI_CPYTHON) || defined(HPY_ABI_HYBRID)
#  ifndef PY_SSIZE_T_CLEAN
#    define PY_SSIZE_T_CLEAN
#  endif
#  include <Python.h>
#endif

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <limits.h>
#include <assert.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---- compiler helpers ---------------------------------------------------- */
#ifdef __GNUC__
#  define _HPy_HIDDEN __attribute__((visibility("hidden")))
#  define _HPy_UNUSED __attribute__((unused))
#else
#  define _HPy_HIDDEN
#  define _HPy_UNUSED
#endif

/* Marks a parameter as unused and renames it, so that using it anyway is a
 * compile error rather than a silent surprise. */
#define _HPy_UNUSED_ARG(x) _hpy_unused_##x _HPy_UNUSED

#if defined(__GNUC__) || defined(__clang__)
#  define _HPy_NO_RETURN __attribute__((__noreturn__))
#elif defined(_MSC_VER)
#  define _HPy_NO_RETURN __declspec(noreturn)
#else
#  define _HPy_NO_RETURN
#endif

#ifdef __has_attribute
#  define _HPY_compiler_has_attribute(x) __has_attribute(x)
#else
#  define _HPY_compiler_has_attribute(x) 0
#endif

/* Attached to the legacy API (HPy_AsPyObject, HPy_FromPyObject).  In the
 * universal ABI a call is a hard error on compilers that support it (gcc,
 * clang >= 14).  The error fires only for calls that reach code generation,
 * so in C `noinline` keeps an optimizing build from inlining the call away
 * (g++ rejects inline+noinline outright, so C++ gets the error at -O0 only). */
#if defined(HPY_ABI_UNIVERSAL) && _HPY_compiler_has_attribute(error)
#  define _HPY_LEGACY_MSG "Cannot use legacy functions when targeting the HPy Universal ABI"
#  if defined(__cplusplus)
#    define _HPY_LEGACY __attribute__((error(_HPY_LEGACY_MSG)))
#  else
#    define _HPY_LEGACY __attribute__((error(_HPY_LEGACY_MSG), noinline))
#  endif
#else
#  define _HPY_LEGACY
#endif

/* ---- kinds of API functions ----------------------------------------------
 * HPyAPI_FUNC           public API: a static inline shim over the context
 *                       (universal) or over CPython / the runtime (cpython).
 * HPyAPI_INLINE_HELPER  public API implemented entirely in the headers.
 * HPyAPI_IMPL           runtime functions the CPython ABI links statically.
 * HPyAPI_HELPER         public helpers compiled into every extension (not
 *                       part of the ABI), e.g. HPyArg_Parse. */
#define HPyAPI_FUNC _HPy_UNUSED static inline
#define HPyAPI_INLINE_HELPER HPyAPI_FUNC
#define HPyAPI_IMPL _HPy_HIDDEN
#define HPyAPI_HELPER _HPy_HIDDEN

/* ---- handles --------------------------------------------------------------
 * All handle-like types are a single opaque word.  Its meaning belongs to the
 * implementation: a PyObject* in the CPython ABI, whatever the runtime
 * chooses in the universal ABI.  The value 0 is the null handle everywhere. */
typedef struct _HPy_s { intptr_t _i; } HPy;
typedef struct { intptr_t _i; } HPyField;
typedef struct { intptr_t _i; } HPyGlobal;
typedef struct { intptr_t _lst; } HPyListBuilder;
typedef struct { intptr_t _tup; } HPyTupleBuilder;
typedef struct { intptr_t _i; } HPyTracker;
typedef struct { intptr_t _i; } HPyThreadState;

/* Build a handle value from an integer (works in C and C++ expressions). */
#if defined(__cplusplus)
#  define _hconv(h) (HPy{(intptr_t)(h)})
#  define _hfconv(h) (HPyField{(intptr_t)(h)})
#  define _htsconv(h) (HPyThreadState{(intptr_t)(h)})
#  define _hgconv(h) (HPyGlobal{(intptr_t)(h)})
#else
#  define _hconv(h) ((HPy){(intptr_t)(h)})
#  define _hfconv(h) ((HPyField){(intptr_t)(h)})
#  define _htsconv(h) ((HPyThreadState){(intptr_t)(h)})
#  define _hgconv(h) ((HPyGlobal){(intptr_t)(h)})
#endif

#define HPy_NULL _hconv(0)
#define HPy_IsNull(h) ((h)._i == 0)
#define HPyField_NULL _hfconv(0)
#define HPyField_IsNull(f) ((f)._i == 0)

/* Reinterpret a handle as a pointer-sized value and back (used e.g. to store
 * a handle in a void* slot). */
HPyAPI_FUNC HPy HPy_FromVoidP(void *p) { return _hconv((intptr_t)p); }
HPyAPI_FUNC void *HPy_AsVoidP(HPy h) { return (void *)h._i; }

typedef struct _HPyContext_s HPyContext;

/* ---- scalar types ---------------------------------------------------------- */
#ifdef HPY_ABI_CPYTHON
typedef Py_ssize_t HPy_ssize_t;
typedef Py_hash_t HPy_hash_t;
typedef Py_UCS4 HPy_UCS4;
#  define HPY_SSIZE_T_MAX PY_SSIZE_T_MAX
#  define HPY_SSIZE_T_MIN PY_SSIZE_T_MIN
#else
typedef intptr_t HPy_ssize_t;
typedef intptr_t HPy_hash_t;
typedef uint32_t HPy_UCS4;
#  define HPY_SSIZE_T_MAX INTPTR_MAX
#  define HPY_SSIZE_T_MIN (-HPY_SSIZE_T_MAX - 1)
#endif

/* What HPy_Compile_s parses: an expression, a file or one statement. */
typedef enum {
    HPy_SourceKind_Expr = 0,
    HPy_SourceKind_File = 1,
    HPy_SourceKind_Single = 2,
} HPy_SourceKind;

/* Which capsule field HPyCapsule_Get / HPyCapsule_Set address.  The context
 * member exists in every ABI, so the enum does too. */
typedef enum {
    HPyCapsule_key_Pointer = 0,
    HPyCapsule_key_Name = 1,
    HPyCapsule_key_Context = 2,
    HPyCapsule_key_Destructor = 3,
} _HPyCapsule_key;

/* ---- the rest, in dependency order ---------------------------------------- */
#include "hpy/cpy_types.h"
#include "hpy/hpyexports.h"
#include "hpy/macros.h"
#include "hpy/hpyfunc.h"
#include "hpy/hpydef.h"
#include "hpy/hpytype.h"
#include "hpy/hpymodule.h"
#include "hpy/runtime/argparse.h"
#include "hpy/runtime/buildvalue.h"
#include "hpy/runtime/format.h"
#include "hpy/runtime/helpers.h"
#include "hpy/runtime/structseq.h"

/* The context struct: every type it mentions is declared by now. */
#include "hpy/generated/ctx.h"

#ifdef HPY_ABI_CPYTHON
#  include "hpy/runtime/ctx_funcs.h"
#  include "hpy/runtime/ctx_type.h"
#  include "hpy/cpython/misc.h"
#  include "hpy/generated/cpython_api.h"
#else
/* The legacy functions are static inline *and* noinline (see _HPY_LEGACY):
 * gcc warns about the combination, but honours it. */
#  if defined(__GNUC__)
#    pragma GCC diagnostic push
#    pragma GCC diagnostic ignored "-Wattributes"
#  endif
#  include "hpy/generated/universal_api.h"
#  if defined(__GNUC__)
#    pragma GCC diagnostic pop
#  endif
#  include "hpy/universal/manual.h"
#endif

#include "hpy/inline_helpers.h"

#ifdef __cplusplus
}
#endif
#endif /* HPy_H */
