/* HPy_BuildValue: build a Python value from a Py_BuildValue-like format
 * (compiled into each extension, not part of the ABI). */
#ifndef HPY_RUNTIME_BUILDVALUE_H
#define HPY_RUNTIME_BUILDVALUE_H

#include "hpy.h"

#ifdef __cplusplus
extern "C" {
#endif

HPyAPI_HELPER HPy
HPy_BuildValue(HPyContext *ctx, const char *fmt, ...);

#ifdef __cplusplus
}
#endif

#endif /* HPY_RUNTIME_BUILDVALUE_H */
