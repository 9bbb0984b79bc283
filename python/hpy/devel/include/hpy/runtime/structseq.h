/* Struct sequences: named tuples with a fixed set of fields, close to
 * CPython's PyStructSequence API (compiled into each extension, not part of
 * the ABI).  There is no n_in_sequence: every field is visible.  Instances
 * are created in one go by HPyStructSequence_New, so they are never
 * observable half-initialized. */
#ifndef HPY_RUNTIME_STRUCTSEQ_H
#define HPY_RUNTIME_STRUCTSEQ_H

#include "hpy.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
    /* UTF-8 field name; NULL ends the list; HPyStructSequence_UnnamedField
     * makes the field reachable by index only. */
    const char *name;
    const char *doc;        /* UTF-8, may be NULL */
} HPyStructSequence_Field;

typedef struct {
    const char *name;       /* type name, UTF-8, not NULL */
    const char *doc;        /* UTF-8, may be NULL */
    HPyStructSequence_Field *fields;  /* NULL-name-terminated, not NULL */
} HPyStructSequence_Desc;

/* Marker name for an unnamed field. */
_HPy_HIDDEN extern const char *const HPyStructSequence_UnnamedField;

/* Create the type described by `desc`.  HPy_NULL on error. */
HPyAPI_HELPER HPy
HPyStructSequence_NewType(HPyContext *ctx, HPyStructSequence_Desc *desc);

/* Create an instance of `type` (made by HPyStructSequence_NewType) from
 * exactly as many values as it has fields; otherwise raise TypeError.
 * HPy_NULL on error. */
HPyAPI_HELPER HPy
HPyStructSequence_New(HPyContext *ctx, HPy type, HPy_ssize_t nargs, HPy *args);

#ifdef __cplusplus
}
#endif

#endif /* HPY_RUNTIME_STRUCTSEQ_H */
