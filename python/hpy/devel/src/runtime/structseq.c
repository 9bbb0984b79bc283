/* HPyStructSequence_NewType and HPyStructSequence_New.
 *
 * Compiled into every extension and written against the public HPy API
 * only, the same way for every ABI: a struct sequence type is a
 * collections.namedtuple class, so one source behaves alike whether it is
 * built for the CPython ABI or the universal one.  On top of namedtuple's
 * behaviour the class gets the attributes of CPython's struct sequences
 * (n_fields, n_sequence_fields, n_unnamed_fields), its __module__ and
 * __doc__ come from the descriptor, and each field its doc.
 */
#include "hpy.h"
#include <string.h>

/* namedtuple(rename=True) turns each "_" into "_<index>". */
const char *const HPyStructSequence_UnnamedField = "_";

/* Positional and keyword arguments for collections.namedtuple. */
enum { NT_TYPENAME, NT_FIELDS, NT_RENAME, NT_DEFAULTS, NT_MODULE, NT_NARGS };

/* A tuple of `n` handles made by `make(ctx, i, data)`; HPy_NULL on error. */
typedef HPy (*MakeItem)(HPyContext *ctx, HPy_ssize_t i, void *data);

static HPy
tuple_of(HPyContext *ctx, HPy_ssize_t n, MakeItem make, void *data)
{
    HPy_ssize_t i, done = 0;
    HPy result = HPy_NULL;
    HPy *items = (HPy *)calloc(n > 0 ? (size_t)n : 1, sizeof(HPy));

    if (items == NULL) {
        HPyErr_NoMemory(ctx);
        return HPy_NULL;
    }
    for (; done < n; done++) {
        items[done] = make(ctx, done, data);
        if (HPy_IsNull(items[done]))
            goto out;
    }
    result = HPyTuple_FromArray(ctx, items, n);
out:
    for (i = 0; i < done; i++)
        HPy_Close(ctx, items[i]);
    free(items);
    return result;
}

static HPy
make_field_name(HPyContext *ctx, HPy_ssize_t i, void *data)
{
    HPyStructSequence_Field *fields = (HPyStructSequence_Field *)data;
    return HPyUnicode_FromString(ctx, fields[i].name);
}

static HPy
make_none(HPyContext *ctx, HPy_ssize_t i, void *data)
{
    (void)i;
    (void)data;
    return HPy_Dup(ctx, ctx->h_None);
}

static HPy
make_kwname(HPyContext *ctx, HPy_ssize_t i, void *data)
{
    static const char *const names[] = { "rename", "defaults", "module" };
    (void)data;
    return HPyUnicode_FromString(ctx, names[i]);
}

/* The module part of "pkg.mod.Name" as a str, or "builtins" when there is
 * no dot (what CPython gives struct sequences in that case). */
static HPy
module_name(HPyContext *ctx, const char *name, const char *last_dot)
{
    size_t n;
    char *buf;
    HPy result;

    if (last_dot == NULL)
        return HPyUnicode_FromString(ctx, "builtins");
    n = (size_t)(last_dot - name);
    buf = (char *)malloc(n + 1);
    if (buf == NULL) {
        HPyErr_NoMemory(ctx);
        return HPy_NULL;
    }
    memcpy(buf, name, n);
    buf[n] = '\0';
    result = HPyUnicode_FromString(ctx, buf);
    free(buf);
    return result;
}

static HPy
call_namedtuple(HPyContext *ctx, HPyStructSequence_Desc *desc, HPy_ssize_t n)
{
    const char *dot = strrchr(desc->name, '.');
    HPy argv[NT_NARGS] = { HPy_NULL, HPy_NULL, HPy_NULL, HPy_NULL, HPy_NULL };
    HPy collections, namedtuple = HPy_NULL, kwnames = HPy_NULL;
    HPy result = HPy_NULL;
    int i;

    collections = HPyImport_ImportModule(ctx, "collections");
    if (HPy_IsNull(collections))
        return HPy_NULL;
    namedtuple = HPy_GetAttr_s(ctx, collections, "namedtuple");
    HPy_Close(ctx, collections);
    if (HPy_IsNull(namedtuple))
        return HPy_NULL;

    argv[NT_TYPENAME] = HPyUnicode_FromString(ctx, dot ? dot + 1 : desc->name);
    if (HPy_IsNull(argv[NT_TYPENAME]))
        goto out;
    argv[NT_FIELDS] = tuple_of(ctx, n, make_field_name, desc->fields);
    if (HPy_IsNull(argv[NT_FIELDS]))
        goto out;
    argv[NT_RENAME] = HPy_Dup(ctx, ctx->h_True);
    /* like a struct sequence made from a short sequence, missing trailing
     * fields are None when the class is called from Python */
    argv[NT_DEFAULTS] = tuple_of(ctx, n, make_none, NULL);
    if (HPy_IsNull(argv[NT_DEFAULTS]))
        goto out;
    argv[NT_MODULE] = module_name(ctx, desc->name, dot);
    if (HPy_IsNull(argv[NT_MODULE]))
        goto out;
    kwnames = tuple_of(ctx, NT_NARGS - NT_RENAME, make_kwname, NULL);
    if (HPy_IsNull(kwnames))
        goto out;
    result = HPy_Call(ctx, namedtuple, argv, NT_RENAME, kwnames);

out:
    for (i = 0; i < NT_NARGS; i++) {
        if (!HPy_IsNull(argv[i]))
            HPy_Close(ctx, argv[i]);
    }
    if (!HPy_IsNull(kwnames))
        HPy_Close(ctx, kwnames);
    HPy_Close(ctx, namedtuple);
    return result;
}

static int
set_ssize_attr(HPyContext *ctx, HPy obj, const char *name, HPy_ssize_t v)
{
    HPy h = HPyLong_FromSsize_t(ctx, v);
    int r;
    if (HPy_IsNull(h))
        return -1;
    r = HPy_SetAttr_s(ctx, obj, name, h);
    HPy_Close(ctx, h);
    return r;
}

static int
set_doc(HPyContext *ctx, HPy obj, const char *doc)
{
    HPy h = doc ? HPyUnicode_FromString(ctx, doc) : HPy_Dup(ctx, ctx->h_None);
    int r;
    if (HPy_IsNull(h))
        return -1;
    r = HPy_SetAttr_s(ctx, obj, "__doc__", h);
    HPy_Close(ctx, h);
    return r;
}

/* Give each field accessor the doc of its field.  The accessor is found
 * through _fields, which holds the names after renaming. */
static int
set_field_docs(HPyContext *ctx, HPy type, HPyStructSequence_Field *fields,
               HPy_ssize_t n)
{
    HPy_ssize_t i;
    HPy names = HPy_GetAttr_s(ctx, type, "_fields");
    int r = 0;

    if (HPy_IsNull(names))
        return -1;
    for (i = 0; i < n && r == 0; i++) {
        HPy name, accessor;
        if (fields[i].doc == NULL)
            continue;
        name = HPy_GetItem_i(ctx, names, i);
        if (HPy_IsNull(name)) {
            r = -1;
            break;
        }
        accessor = HPy_GetAttr(ctx, type, name);
        HPy_Close(ctx, name);
        if (HPy_IsNull(accessor)) {
            r = -1;
            break;
        }
        r = set_doc(ctx, accessor, fields[i].doc);
        HPy_Close(ctx, accessor);
    }
    HPy_Close(ctx, names);
    return r;
}

HPyAPI_HELPER HPy
HPyStructSequence_NewType(HPyContext *ctx, HPyStructSequence_Desc *desc)
{
    HPy_ssize_t n = 0, n_unnamed = 0;
    HPy type;

    if (desc == NULL || desc->name == NULL) {
        HPyErr_SetString(ctx, ctx->h_SystemError,
                "Struct sequence descriptor does not define the name field.");
        return HPy_NULL;
    }
    if (desc->fields == NULL) {
        HPyErr_SetString(ctx, ctx->h_SystemError,
                "Struct sequence descriptor does not define the fields.");
        return HPy_NULL;
    }
    for (; desc->fields[n].name != NULL; n++) {
        if (desc->fields[n].name == HPyStructSequence_UnnamedField)
            n_unnamed++;
    }

    type = call_namedtuple(ctx, desc, n);
    if (HPy_IsNull(type))
        return HPy_NULL;
    if (set_doc(ctx, type, desc->doc) < 0 ||
            set_ssize_attr(ctx, type, "n_fields", n) < 0 ||
            set_ssize_attr(ctx, type, "n_sequence_fields", n) < 0 ||
            set_ssize_attr(ctx, type, "n_unnamed_fields", n_unnamed) < 0 ||
            set_field_docs(ctx, type, desc->fields, n) < 0) {
        HPy_Close(ctx, type);
        return HPy_NULL;
    }
    return type;
}

HPyAPI_HELPER HPy
HPyStructSequence_New(HPyContext *ctx, HPy type, HPy_ssize_t nargs, HPy *args)
{
    HPy h_n = HPy_GetAttr_s(ctx, type, "n_fields");
    HPy_ssize_t n = -1;

    if (!HPy_IsNull(h_n)) {
        n = HPyLong_AsSsize_t(ctx, h_n);
        HPy_Close(ctx, h_n);
    }
    if (n < 0) {
        HPyErr_Clear(ctx);
        return HPyErr_Format(ctx, ctx->h_TypeError,
                             "%R does not look like a struct sequence type",
                             type);
    }
    if (nargs != n) {
        return HPyErr_Format(ctx, ctx->h_TypeError,
                             "expected exactly %zd arguments but got %zd",
                             n, nargs);
    }
    return HPy_Call(ctx, type, args, (size_t)nargs, HPy_NULL);
}
