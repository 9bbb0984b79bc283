/* Modules: HPyModuleDef and HPy_MODINIT, which emits the entry points the
 * loader looks for.
 *
 * HPy only does multi-phase initialization (PEP 489): the module's name
 * comes from its spec, and module setup code goes in an HPy_mod_exec slot.
 */
#ifndef HPY_HPYMODULE_H
#define HPY_HPYMODULE_H

/* Universal/hybrid trampolines reach the runtime through the global
 * `_ctx_for_trampolines`, which HPy_MODINIT defines and the loader sets
 * through HPyInitGlobalContext_<name>.
 *
 * Normally it is one hidden global per shared library.  To link several HPy
 * modules into one binary, define HPY_EMBEDDED_MODULES: each module's file
 * then gets a private copy, declared at its top with
 * HPY_MOD_EMBEDDABLE(modname), and all of that module's definitions must
 * live in that one file. */
#ifdef HPY_EMBEDDED_MODULES
#  define _HPy_CTX_MODIFIER static
/* _HPy_UNUSED: in the CPython ABI nothing reads it. */
#  define HPY_MOD_EMBEDDABLE(modname) \
    _HPy_CTX_MODIFIER _HPy_UNUSED HPyContext *_ctx_for_trampolines;
#else
#  define _HPy_CTX_MODIFIER _HPy_HIDDEN
#  define HPY_MOD_EMBEDDABLE(modname)
_HPy_HIDDEN extern HPyContext *_ctx_for_trampolines;
#endif

/* Field order and types are ABI. */
typedef struct {
    const char *doc;                    /* UTF-8, may be NULL */
    HPy_ssize_t size;                   /* module state size; 0 = none,
                                           negative is an error */
    cpy_PyMethodDef *legacy_methods;    /* NULL-terminated; not allowed in
                                           the universal ABI */
    HPyDef **defines;                   /* NULL-terminated; methods and
                                           module slots */
    HPyGlobal **globals;                /* NULL-terminated */
} HPyModuleDef;

#ifdef __cplusplus
#  define HPy_EXPORTED_FUNC extern "C" HPy_EXPORTED_SYMBOL
#else
#  define HPy_EXPORTED_FUNC HPy_EXPORTED_SYMBOL
#endif

#ifdef HPY_ABI_CPYTHON

#include "hpy/runtime/ctx_module.h"

/* A regular CPython extension: PyInit_<name> hands CPython a module def
 * converted from the HPyModuleDef by the runtime. */
#define HPy_MODINIT(ext_name, mod_def)                                        \
    PyMODINIT_FUNC PyInit_##ext_name(void);                                   \
    PyMODINIT_FUNC                                                            \
    PyInit_##ext_name(void)                                                   \
    {                                                                         \
        return _HPyModuleDef_AsPyInit(&mod_def);                              \
    }

#else /* universal and hybrid */

/* HPy_MODINIT(ext_name, mod_def) exports, for the loader:
 *   uint32_t get_required_hpy_major_version_<ext_name>(void)
 *   uint32_t get_required_hpy_minor_version_<ext_name>(void)
 *       the ABI version the module was compiled for;
 *   void HPyInitGlobalContext_<ext_name>(HPyContext *ctx)
 *       stores the context the trampolines will use;
 *   HPyModuleDef *HPyInit_<ext_name>(void)
 *       returns the module definition (it gets no context and must not call
 *       the API).
 * The prototypes come first for -Wmissing-prototypes. */
#define HPy_MODINIT(ext_name, mod_def)                                        \
    HPy_EXPORTED_FUNC uint32_t                                                \
    get_required_hpy_major_version_##ext_name(void);                          \
    HPy_EXPORTED_FUNC uint32_t                                                \
    get_required_hpy_minor_version_##ext_name(void);                          \
    HPy_EXPORTED_FUNC void                                                    \
    HPyInitGlobalContext_##ext_name(HPyContext *ctx);                         \
    HPy_EXPORTED_FUNC HPyModuleDef *                                          \
    HPyInit_##ext_name(void);                                                 \
                                                                              \
    HPy_EXPORTED_FUNC uint32_t                                                \
    get_required_hpy_major_version_##ext_name(void)                           \
    {                                                                         \
        return HPY_ABI_VERSION;                                               \
    }                                                                         \
    HPy_EXPORTED_FUNC uint32_t                                                \
    get_required_hpy_minor_version_##ext_name(void)                           \
    {                                                                         \
        return HPY_ABI_VERSION_MINOR;                                         \
    }                                                                         \
    _HPy_CTX_MODIFIER HPyContext *_ctx_for_trampolines;                       \
    HPy_EXPORTED_FUNC void                                                    \
    HPyInitGlobalContext_##ext_name(HPyContext *ctx)                          \
    {                                                                         \
        _ctx_for_trampolines = ctx;                                           \
    }                                                                         \
    HPy_EXPORTED_FUNC HPyModuleDef *                                          \
    HPyInit_##ext_name(void)                                                  \
    {                                                                         \
        return &mod_def;                                                      \
    }

#endif /* HPY_ABI_CPYTHON */

#endif /* HPY_HPYMODULE_H */
