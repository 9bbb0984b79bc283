/* Argument parsing helpers (compiled into each extension, not part of the
 * ABI).  `fmt` uses the HPyArg_Parse format language; handles stored through
 * "O" are borrowed unless added to the tracker `ht`. */
#ifndef HPY_RUNTIME_ARGPARSE_H
#define HPY_RUNTIME_ARGPARSE_H

#include "hpy.h"

#ifdef __cplusplus
extern "C" {
#endif

/* For HPyFunc_VARARGS. */
HPyAPI_HELPER int
HPyArg_Parse(HPyContext *ctx, HPyTracker *ht, const HPy *args,
             size_t nargs, const char *fmt, ...);

/* For HPyFunc_KEYWORDS (vectorcall style: keyword names in `kwnames`).
 * `keywords` is a NULL-terminated array of parameter names. */
HPyAPI_HELPER int
HPyArg_ParseKeywords(HPyContext *ctx, HPyTracker *ht, const HPy *args,
                     size_t nargs, HPy kwnames, const char *fmt,
                     const char *keywords[], ...);

/* Same, with the keyword arguments in a dict (e.g. HPy_tp_init/new). */
HPyAPI_HELPER int
HPyArg_ParseKeywordsDict(HPyContext *ctx, HPyTracker *ht, const HPy *args,
                         HPy_ssize_t nargs, HPy kw, const char *fmt,
                         const char *keywords[], ...);

#ifdef __cplusplus
}
#endif

#endif /* HPY_RUNTIME_ARGPARSE_H */
