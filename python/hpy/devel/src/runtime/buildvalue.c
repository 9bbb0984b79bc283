/* HPy_BuildValue: build a Python value from a format string and C values.
 *
 * Compiled into every extension and written against the public HPy API
 * only.  The format is checked in full before the first value is read from
 * the va_list, so a malformed format raises SystemError without reading
 * any argument; building then walks a format that is known to be good.
 * docs/helpers.md lists the units.
 */
#include "hpy.h"
#include <stdio.h>
#include <string.h>

/* Deeper nesting is reported as an error rather than risking the C stack. */
#define MAX_DEPTH 200

#define VALUE_UNITS "iIkKlLnsfdOS"

static const char N_UNIT_MESSAGE[] =
    "HPy_BuildValue does not support the 'N' formatting unit. "
    "Instead, use the 'O' formatting unit and manually close "
    "the handle in the caller if necessary. HPy API functions "
    "never 'steal' handles and always make a duplicate handle if "
    "needed, the 'ownership' of the original handle is never "
    "'transferred'. ";

static int
format_error(HPyContext *ctx, const char *what)
{
    char msg[128];
    snprintf(msg, sizeof(msg),
             "%s in the format string passed to HPy_BuildValue", what);
    HPyErr_SetString(ctx, ctx->h_SystemError, msg);
    return -1;
}

static int
unmatched(HPyContext *ctx, char bracket)
{
    char what[16];
    snprintf(what, sizeof(what), "unmatched '%c'", bracket);
    return format_error(ctx, what);
}

static int
bad_char(HPyContext *ctx, char c)
{
    char what[32];
    unsigned char u = (unsigned char)c;
    if (u >= 0x20 && u < 0x7f)
        snprintf(what, sizeof(what), "bad format char '%c'", c);
    else
        snprintf(what, sizeof(what), "bad format char '\\x%02x'", u);
    return format_error(ctx, what);
}

static int
is_closer(char c)
{
    return c == ')' || c == ']' || c == '}';
}

static char
closer_of(char open)
{
    return open == '(' ? ')' : open == '[' ? ']' : '}';
}

static char
opener_of(char close)
{
    return close == ')' ? '(' : close == ']' ? '[' : '{';
}

/* ---- checking ------------------------------------------------------------
 * seq  := (sep | item)* close          sep := ' ' | '\t' | ','
 * item := unit | '(' seq | '[' seq | '{' dict
 * dict := pair (',' pair)* [','] '}'   pair := item ':' item   (spaces ok)
 * An unclosed bracket at the end of the string is reported as the
 * outermost one still open; a wrong closing bracket as the innermost. */

typedef struct {
    HPyContext *ctx;
    const char *p;
    int depth;
    char outermost;
} Checker;

static int check_item(Checker *c);

static void
skip_seps(const char **p, int commas)
{
    while (**p == ' ' || **p == '\t' || (commas && **p == ','))
        (*p)++;
}

/* At the end of the string or at a closing bracket that is not `close`. */
static int
bad_end(Checker *c, char close)
{
    if (*c->p == '\0')
        return unmatched(c->ctx, c->outermost);
    if (close == '\0')
        return unmatched(c->ctx, *c->p);
    return unmatched(c->ctx, opener_of(close));
}

static int
check_seq(Checker *c, char close)
{
    for (;;) {
        skip_seps(&c->p, 1);
        if (*c->p == close) {
            if (close != '\0')
                c->p++;
            return 0;
        }
        if (*c->p == '\0' || is_closer(*c->p))
            return bad_end(c, close);
        if (check_item(c) < 0)
            return -1;
    }
}

/* The key or value of a dict pair; `what` names it if it is missing. */
static int
check_dict_part(Checker *c, const char *what)
{
    skip_seps(&c->p, 0);
    if (*c->p == '\0' || (is_closer(*c->p) && *c->p != '}'))
        return bad_end(c, '}');
    if (*c->p == '}' || *c->p == ',' || *c->p == ':')
        return format_error(c->ctx, what);
    return check_item(c);
}

static int
check_dict(Checker *c)
{
    int need_comma = 0;
    for (;;) {
        skip_seps(&c->p, 0);
        if (*c->p == '}') {
            c->p++;
            return 0;
        }
        if (*c->p == '\0' || is_closer(*c->p))
            return bad_end(c, '}');
        if (*c->p == ',') {
            if (!need_comma)
                return format_error(c->ctx, "unexpected ','");
            c->p++;
            need_comma = 0;
            continue;
        }
        if (need_comma)
            return format_error(c->ctx, "missing ','");
        if (check_dict_part(c, "missing dict key before ':'") < 0)
            return -1;
        skip_seps(&c->p, 0);
        if (*c->p == '\0' || (is_closer(*c->p) && *c->p != '}'))
            return bad_end(c, '}');
        if (*c->p != ':')
            return format_error(c->ctx, "missing ':'");
        c->p++;
        if (check_dict_part(c, "missing dict value after ':'") < 0)
            return -1;
        need_comma = 1;
    }
}

static int
check_item(Checker *c)
{
    char ch = *c->p;
    int r;

    if (ch == '(' || ch == '[' || ch == '{') {
        if (c->depth >= MAX_DEPTH)
            return format_error(c->ctx, "too deep nesting");
        if (c->depth == 0)
            c->outermost = ch;
        c->p++;
        c->depth++;
        r = ch == '{' ? check_dict(c) : check_seq(c, closer_of(ch));
        c->depth--;
        return r;
    }
    if (ch == 'N') {
        HPyErr_SetString(c->ctx, c->ctx->h_SystemError, N_UNIT_MESSAGE);
        return -1;
    }
    if (strchr(VALUE_UNITS, ch) == NULL)
        return bad_char(c->ctx, ch);
    c->p++;
    return 0;
}

/* ---- building (on a checked format) ------------------------------------- */

typedef struct {
    HPyContext *ctx;
    const char *p;
    va_list *va;
} Builder;

/* Skip one item of a checked format. */
static const char *
skip_item(const char *p)
{
    int depth = 0;
    do {
        if (*p == '(' || *p == '[' || *p == '{')
            depth++;
        else if (is_closer(*p))
            depth--;
        p++;
    } while (depth > 0);
    return p;
}

/* The number of items of the sequence at `p`, up to `close`. */
static HPy_ssize_t
count_items(const char *p, char close)
{
    HPy_ssize_t n = 0;
    for (;;) {
        skip_seps(&p, 1);
        if (*p == close)
            return n;
        p = skip_item(p);
        n++;
    }
}

/* Build one item.  The result is a new handle, except that for 'O' and 'S'
 * it is the caller's handle and `*borrowed` is set. */
static HPy build_item(Builder *b, int *borrowed);

static HPy
build_owned(Builder *b)
{
    int borrowed;
    HPy h = build_item(b, &borrowed);
    if (borrowed && !HPy_IsNull(h))
        h = HPy_Dup(b->ctx, h);
    return h;
}

static HPy
build_tuple(Builder *b, char close)
{
    HPyContext *ctx = b->ctx;
    HPy_ssize_t i, n = count_items(b->p, close);
    HPyTupleBuilder tb = HPyTupleBuilder_New(ctx, n);

    if (tb._tup == 0)
        return HPy_NULL;
    for (i = 0; i < n; i++) {
        int borrowed;
        HPy item;
        skip_seps(&b->p, 1);
        item = build_item(b, &borrowed);
        if (HPy_IsNull(item)) {
            HPyTupleBuilder_Cancel(ctx, tb);
            return HPy_NULL;
        }
        HPyTupleBuilder_Set(ctx, tb, i, item);
        if (!borrowed)
            HPy_Close(ctx, item);
    }
    skip_seps(&b->p, 1);
    if (close != '\0')
        b->p++;
    return HPyTupleBuilder_Build(ctx, tb);
}

static HPy
build_list(Builder *b)
{
    HPyContext *ctx = b->ctx;
    HPy_ssize_t i, n = count_items(b->p, ']');
    HPyListBuilder lb = HPyListBuilder_New(ctx, n);

    if (lb._lst == 0)
        return HPy_NULL;
    for (i = 0; i < n; i++) {
        int borrowed;
        HPy item;
        skip_seps(&b->p, 1);
        item = build_item(b, &borrowed);
        if (HPy_IsNull(item)) {
            HPyListBuilder_Cancel(ctx, lb);
            return HPy_NULL;
        }
        HPyListBuilder_Set(ctx, lb, i, item);
        if (!borrowed)
            HPy_Close(ctx, item);
    }
    skip_seps(&b->p, 1);
    b->p++;
    return HPyListBuilder_Build(ctx, lb);
}

static HPy
build_dict(Builder *b)
{
    HPyContext *ctx = b->ctx;
    HPy dict = HPyDict_New(ctx);

    if (HPy_IsNull(dict))
        return HPy_NULL;
    for (;;) {
        int kb, vb, r;
        HPy key, value;

        skip_seps(&b->p, 1);
        if (*b->p == '}')
            break;
        key = build_item(b, &kb);
        if (HPy_IsNull(key))
            goto error;
        skip_seps(&b->p, 0);
        b->p++;                     /* ':' */
        skip_seps(&b->p, 0);
        value = build_item(b, &vb);
        if (HPy_IsNull(value)) {
            if (!kb)
                HPy_Close(ctx, key);
            goto error;
        }
        r = HPy_SetItem(ctx, dict, key, value);
        if (!kb)
            HPy_Close(ctx, key);
        if (!vb)
            HPy_Close(ctx, value);
        if (r < 0)
            goto error;
    }
    b->p++;
    return dict;

error:
    HPy_Close(ctx, dict);
    return HPy_NULL;
}

static HPy
build_item(Builder *b, int *borrowed)
{
    HPyContext *ctx = b->ctx;
    char unit = *b->p++;

    *borrowed = 0;
    switch (unit) {
    case '(':
        return build_tuple(b, ')');
    case '[':
        return build_list(b);
    case '{':
        return build_dict(b);
    case 'i':
        return HPyLong_FromLong(ctx, va_arg(*b->va, int));
    case 'I':
        return HPyLong_FromUnsignedLong(ctx, va_arg(*b->va, unsigned int));
    case 'l':
        return HPyLong_FromLong(ctx, va_arg(*b->va, long));
    case 'k':
        return HPyLong_FromUnsignedLong(ctx, va_arg(*b->va, unsigned long));
    case 'L':
        return HPyLong_FromLongLong(ctx, va_arg(*b->va, long long));
    case 'K': {
        unsigned long long v = va_arg(*b->va, unsigned long long);
        return HPyLong_FromUnsignedLongLong(ctx, v);
    }
    case 'n':
        return HPyLong_FromSsize_t(ctx, va_arg(*b->va, HPy_ssize_t));
    case 'f':   /* a float argument arrives promoted to double */
    case 'd':
        return HPyFloat_FromDouble(ctx, va_arg(*b->va, double));
    case 's': {
        const char *s = va_arg(*b->va, const char *);
        if (s == NULL)      /* as in CPython: NULL builds None */
            return HPy_Dup(ctx, ctx->h_None);
        return HPyUnicode_FromString(ctx, s);
    }
    case 'O':
    case 'S': {
        HPy h = va_arg(*b->va, HPy);
        if (HPy_IsNull(h)) {
            /* most likely the call that made it failed: keep its error */
            if (!HPyErr_Occurred(ctx))
                HPyErr_SetString(ctx, ctx->h_SystemError,
                                 "HPy_NULL object passed to HPy_BuildValue");
            return HPy_NULL;
        }
        *borrowed = 1;
        return h;
    }
    }
    HPyErr_SetString(ctx, ctx->h_SystemError,
                     "internal error in HPy_BuildValue");
    return HPy_NULL;
}

HPyAPI_HELPER HPy
HPy_BuildValue(HPyContext *ctx, const char *fmt, ...)
{
    Checker c = { ctx, fmt, 0, '\0' };
    Builder b;
    va_list va;
    HPy_ssize_t n;
    HPy result;

    if (fmt == NULL) {
        HPyErr_SetString(ctx, ctx->h_SystemError,
                         "NULL format string passed to HPy_BuildValue");
        return HPy_NULL;
    }
    if (check_seq(&c, '\0') < 0)
        return HPy_NULL;

    /* No unit: None; one: that value; more: a tuple of them. */
    n = count_items(fmt, '\0');
    if (n == 0)
        return HPy_Dup(ctx, ctx->h_None);
    va_start(va, fmt);
    b.ctx = ctx;
    b.p = fmt;
    b.va = &va;
    if (n == 1) {
        skip_seps(&b.p, 1);
        result = build_owned(&b);
    } else {
        result = build_tuple(&b, '\0');
    }
    va_end(va);
    return result;
}
