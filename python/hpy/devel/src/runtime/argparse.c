/* HPyArg_Parse, HPyArg_ParseKeywords and HPyArg_ParseKeywordsDict.
 *
 * Compiled into every extension and written against the public HPy API
 * only.  Each call checks the whole format string (and keyword list) before
 * it converts anything, so a malformed format raises SystemError without
 * touching the caller's output pointers.  docs/helpers.md lists the format
 * units and the error messages.
 */
#include "hpy.h"
#include <limits.h>
#include <string.h>

/* What a format string says, once checked. */
typedef struct {
    const char *suffix;        /* the ":name" or ";message" part, or NULL */
    HPy_ssize_t n_units;
    HPy_ssize_t n_required;    /* units before the first '|' or '$' */
    HPy_ssize_t first_kwonly;  /* first unit after '$' (n_units if none) */
    int has_O;
} ArgFormat;

/* Raise `exc` with a message built from `msg_fmt` (HPyUnicode_FromFormat
 * syntax), prefixed the way the format's suffix asks:
 *   no suffix  -> "function <msg>"
 *   ":name"    -> "name() <msg>"
 *   ";text"    -> "text", replacing the message altogether. */
static void
arg_error(HPyContext *ctx, HPy exc, const char *suffix,
          const char *msg_fmt, ...)
{
    va_list va;
    HPy msg;

    if (suffix != NULL && *suffix == ';') {
        HPyErr_Format(ctx, exc, "%s", suffix + 1);
        return;
    }
    va_start(va, msg_fmt);
    msg = HPyUnicode_FromFormatV(ctx, msg_fmt, va);
    va_end(va);
    if (HPy_IsNull(msg))
        return;
    if (suffix == NULL)
        HPyErr_Format(ctx, exc, "function %U", msg);
    else
        HPyErr_Format(ctx, exc, "%.200s() %U", suffix + 1, msg);
    HPy_Close(ctx, msg);
}

/* Check `fmt` and fill `f`.  `allow_kwonly` says whether '$' is a modifier
 * (the keyword variants) or an unknown unit (HPyArg_Parse). */
static int
check_format(HPyContext *ctx, const char *fmt, int allow_kwonly, ArgFormat *f)
{
    const char *p;
    int optional = 0;

    f->suffix = NULL;
    f->n_units = 0;
    f->n_required = 0;
    f->first_kwonly = -1;
    f->has_O = 0;
    if (fmt == NULL) {
        HPyErr_SetString(ctx, ctx->h_SystemError,
                         "NULL format string passed to HPyArg_Parse");
        return 0;
    }
    /* One pass: this runs on every call. */
    for (p = fmt; ; p++) {
        switch (*p) {
        case '\0':
            goto done;
        case ':':
        case ';':
            f->suffix = p;
            goto done;
        case '|':
            optional = 1;
            break;
        case '$':
            if (!allow_kwonly)
                goto unknown;
            /* keyword-only arguments are optional too */
            optional = 1;
            if (f->first_kwonly < 0)
                f->first_kwonly = f->n_units;
            break;
        case 'O':
            f->has_O = 1;
            /* fall through */
        case 'b': case 'B': case 'h': case 'H': case 'i': case 'I':
        case 'l': case 'k': case 'L': case 'K': case 'n': case 'f':
        case 'd': case 'p': case 's':
            f->n_units++;
            f->n_required += !optional;
            break;
        default:
            goto unknown;
        }
    }
done:
    if (f->first_kwonly < 0)
        f->first_kwonly = f->n_units;
    return 1;
unknown:
    /* The message names the function: find the suffix first. */
    while (*p != '\0' && *p != ':' && *p != ';')
        p++;
    arg_error(ctx, ctx->h_SystemError, *p ? p : NULL,
              "unknown arg format code");
    return 0;
}

/* Advance `*p` to the next format unit, skipping the modifiers. */
static char
next_unit(const char **p)
{
    while (**p == '|' || **p == '$')
        (*p)++;
    return *(*p)++;
}

static int
long_in_range(HPyContext *ctx, HPy arg, long lo, long hi, long *out,
              const char *suffix, const char *what)
{
    long v = HPyLong_AsLong(ctx, arg);
    if (v == -1 && HPyErr_Occurred(ctx))
        return 0;
    if (v < lo) {
        arg_error(ctx, ctx->h_OverflowError, suffix,
                  "%s is less than minimum", what);
        return 0;
    }
    if (v > hi) {
        arg_error(ctx, ctx->h_OverflowError, suffix,
                  "%s is greater than maximum", what);
        return 0;
    }
    *out = v;
    return 1;
}

static int
convert_str(HPyContext *ctx, HPy arg, const char **out, const char *suffix)
{
    HPy_ssize_t size;
    const char *data;

    if (!HPyUnicode_Check(ctx, arg)) {
        arg_error(ctx, ctx->h_TypeError, suffix, "a str is required");
        return 0;
    }
    data = HPyUnicode_AsUTF8AndSize(ctx, arg, &size);
    if (data == NULL)
        return 0;
    /* bounded by size rather than strlen: we are looking for a NUL */
    if (memchr(data, '\0', (size_t)size) != NULL) {
        arg_error(ctx, ctx->h_ValueError, suffix, "embedded null character");
        return 0;
    }
    *out = data;
    return 1;
}

/* The output pointer of one unit, read from the va_list with its exact
 * type ('b' and 'B' take a char *, as upstream documents). */
typedef union {
    char *c;
    short *h;
    unsigned short *H;
    int *i;
    unsigned int *I;
    long *l;
    unsigned long *k;
    long long *L;
    unsigned long long *K;
    HPy_ssize_t *n;
    float *f;
    double *d;
    const char **s;
    HPy *O;
} OutPtr;

static OutPtr
next_output(char unit, va_list *va)
{
    OutPtr out;
    switch (unit) {
    case 'b': case 'B': out.c = va_arg(*va, char *); break;
    case 'h': out.h = va_arg(*va, short *); break;
    case 'H': out.H = va_arg(*va, unsigned short *); break;
    case 'i': case 'p': out.i = va_arg(*va, int *); break;
    case 'I': out.I = va_arg(*va, unsigned int *); break;
    case 'l': out.l = va_arg(*va, long *); break;
    case 'k': out.k = va_arg(*va, unsigned long *); break;
    case 'L': out.L = va_arg(*va, long long *); break;
    case 'K': out.K = va_arg(*va, unsigned long long *); break;
    case 'n': out.n = va_arg(*va, HPy_ssize_t *); break;
    case 'f': out.f = va_arg(*va, float *); break;
    case 'd': out.d = va_arg(*va, double *); break;
    case 's': out.s = va_arg(*va, const char **); break;
    default: out.O = va_arg(*va, HPy *); break;    /* 'O' */
    }
    return out;
}

/* Convert `arg` as `unit` and store it through the next output pointer of
 * `va`.  A null `arg` is an optional argument that was not given: the
 * pointer is consumed and its target left alone.  For 'O', `track` (if not
 * NULL) gets a new handle that is stored instead of `arg` itself. */
static int
convert_arg(HPyContext *ctx, char unit, HPy arg, va_list *va,
            HPyTracker *track, const char *suffix)
{
    OutPtr out = next_output(unit, va);
    long lv;

    if (HPy_IsNull(arg))
        return 1;
    switch (unit) {
    case 'b':
        if (!long_in_range(ctx, arg, 0, UCHAR_MAX, &lv, suffix,
                           "unsigned byte integer"))
            return 0;
        *out.c = (char)(unsigned char)lv;
        return 1;
    case 'h':
        if (!long_in_range(ctx, arg, SHRT_MIN, SHRT_MAX, &lv, suffix,
                           "signed short integer"))
            return 0;
        *out.h = (short)lv;
        return 1;
    case 'i':
        if (!long_in_range(ctx, arg, INT_MIN, INT_MAX, &lv, suffix,
                           "signed integer"))
            return 0;
        *out.i = (int)lv;
        return 1;
    case 'l':
        lv = HPyLong_AsLong(ctx, arg);
        if (lv == -1 && HPyErr_Occurred(ctx))
            return 0;
        *out.l = lv;
        return 1;
    case 'B': case 'H': case 'I': case 'k': {
        /* bitfields: no overflow check, the value is truncated */
        unsigned long v = HPyLong_AsUnsignedLongMask(ctx, arg);
        if (v == (unsigned long)-1 && HPyErr_Occurred(ctx))
            return 0;
        if (unit == 'B')
            *out.c = (char)(unsigned char)v;
        else if (unit == 'H')
            *out.H = (unsigned short)v;
        else if (unit == 'I')
            *out.I = (unsigned int)v;
        else
            *out.k = v;
        return 1;
    }
    case 'L': {
        long long v = HPyLong_AsLongLong(ctx, arg);
        if (v == -1 && HPyErr_Occurred(ctx))
            return 0;
        *out.L = v;
        return 1;
    }
    case 'K': {
        unsigned long long v = HPyLong_AsUnsignedLongLongMask(ctx, arg);
        if (v == (unsigned long long)-1 && HPyErr_Occurred(ctx))
            return 0;
        *out.K = v;
        return 1;
    }
    case 'n': {
        HPy_ssize_t v = HPyLong_AsSsize_t(ctx, arg);
        if (v == -1 && HPyErr_Occurred(ctx))
            return 0;
        *out.n = v;
        return 1;
    }
    case 'f': case 'd': {
        double v = HPyFloat_AsDouble(ctx, arg);
        if (v == -1.0 && HPyErr_Occurred(ctx))
            return 0;
        if (unit == 'f')
            *out.f = (float)v;
        else
            *out.d = v;
        return 1;
    }
    case 'p': {
        int v = HPy_IsTrue(ctx, arg);
        if (v < 0)
            return 0;
        *out.i = v ? 1 : 0;
        return 1;
    }
    case 's':
        return convert_str(ctx, arg, out.s, suffix);
    case 'O':
        if (track != NULL) {
            HPy h = HPy_Dup(ctx, arg);
            if (HPyTracker_Add(ctx, *track, h) < 0) {
                HPy_Close(ctx, h);
                return 0;
            }
            arg = h;
        }
        *out.O = arg;
        return 1;
    }
    /* check_format lets only the format units through */
    HPyErr_SetString(ctx, ctx->h_SystemError,
                     "internal error in HPyArg_Parse");
    return 0;
}

HPyAPI_HELPER int
HPyArg_Parse(HPyContext *ctx, HPyTracker *ht, const HPy *args,
             size_t nargs, const char *fmt, ...)
{
    ArgFormat f;
    const char *p;
    va_list va;
    HPy_ssize_t i;
    int ok = 1;

    if (!check_format(ctx, fmt, 0, &f))
        return 0;
    if (nargs > (size_t)f.n_units) {
        arg_error(ctx, ctx->h_TypeError, f.suffix,
                  "mismatched args (too many arguments for fmt)");
        return 0;
    }
    if ((HPy_ssize_t)nargs < f.n_required) {
        arg_error(ctx, ctx->h_TypeError, f.suffix,
                  "required positional argument missing");
        return 0;
    }
    if (ht != NULL) {
        /* Nothing here needs it yet; callers may rely on getting one. */
        *ht = HPyTracker_New(ctx, 0);
        if (HPy_IsNull(*ht))
            return 0;
    }
    va_start(va, fmt);
    p = fmt;
    for (i = 0; i < f.n_units && ok; i++) {
        char unit = next_unit(&p);
        HPy arg = (size_t)i < nargs ? args[i] : HPy_NULL;
        ok = convert_arg(ctx, unit, arg, &va, NULL, f.suffix);
    }
    va_end(va);
    if (!ok && ht != NULL)
        HPyTracker_Close(ctx, *ht);
    return ok;
}

/* ---- keyword arguments -------------------------------------------------- */

/* A keyword argument name: an open handle, its length in code points and
 * its first code point, so that most names that differ are told apart
 * without another call. Names are compared a code point at a time
 * (HPyUnicode_ReadChar), not through their UTF-8: in debug mode every
 * borrowed UTF-8 buffer is a copy that gets memory-protected when its
 * handle closes, two system calls per keyword name. */
typedef struct {
    HPy h;
    HPy_ssize_t len;
    HPy_UCS4 first;
} KwName;

#define KW_SMALL 8

/* The keyword arguments of one call: either vectorcall-style (a tuple of
 * names, the values after the positional arguments) or a dict. */
typedef struct {
    int is_dict;
    HPy kw;                 /* kwnames tuple or dict, may be null */
    const HPy *values;      /* kwnames: their values */
    HPy_ssize_t n;          /* how many keyword arguments there are */
    KwName *names;          /* kwnames: the names, fetched once */
    KwName small[KW_SMALL];
} KwArgs;

static int
str_equals(const char *a, const char *b, HPy_ssize_t b_len)
{
    return (HPy_ssize_t)strlen(a) == b_len && memcmp(a, b, (size_t)b_len) == 0;
}

/* Decode the code point at `*p`, in a valid UTF-8 string (a C literal),
 * and move `*p` past it. */
static HPy_UCS4
utf8_next(const char **p)
{
    const unsigned char *s = (const unsigned char *)*p;
    HPy_UCS4 c = s[0];
    int n = 0, i;
    if (c >= 0xF0) { c &= 0x07; n = 3; }
    else if (c >= 0xE0) { c &= 0x0F; n = 2; }
    else if (c >= 0xC0) { c &= 0x1F; n = 1; }
    for (i = 1; i <= n && s[i] != 0; i++)
        c = (c << 6) | (s[i] & 0x3F);
    *p = (const char *)(s + i);
    return c;
}

/* A C keyword in the form of a KwName, for comparisons. */
typedef struct {
    const char *s;
    HPy_ssize_t len;    /* in code points */
    HPy_UCS4 first;
} Key;

static Key
key_of(const char *s)
{
    Key k;
    const char *p = s;
    k.s = s;
    k.len = 0;
    k.first = 0;
    for (; *p; p++)
        k.len += ((unsigned char)*p & 0xC0) != 0x80;
    if (k.len > 0) {
        p = s;
        k.first = utf8_next(&p);
    }
    return k;
}

/* Whether keyword argument `name` is `key`. */
static int
name_equals(HPyContext *ctx, const KwName *name, const Key *key)
{
    const char *p = key->s;
    HPy_ssize_t i;
    if (name->len != key->len || (key->len > 0 && name->first != key->first))
        return 0;
    if (key->len > 1)
        utf8_next(&p);
    for (i = 1; i < key->len; i++) {
        if (HPyUnicode_ReadChar(ctx, name->h, i) != utf8_next(&p))
            return 0;
    }
    return 1;
}

static void
kwargs_release(HPyContext *ctx, KwArgs *kw)
{
    HPy_ssize_t j;
    if (kw->names == NULL)
        return;
    for (j = 0; j < kw->n; j++) {
        if (!HPy_IsNull(kw->names[j].h))
            HPy_Close(ctx, kw->names[j].h);
    }
    if (kw->names != kw->small)
        free(kw->names);
    kw->names = NULL;
}

static int
kwargs_init(HPyContext *ctx, KwArgs *kw, int is_dict, HPy h_kw,
            const HPy *values, const char *suffix)
{
    HPy_ssize_t j;

    kw->is_dict = is_dict;
    kw->kw = h_kw;
    kw->values = values;
    kw->n = 0;
    kw->names = NULL;
    if (HPy_IsNull(h_kw))
        return 1;
    kw->n = HPy_Length(ctx, h_kw);
    if (kw->n < 0) {
        if (!is_dict) {
            HPyErr_Clear(ctx);
            arg_error(ctx, ctx->h_SystemError, suffix,
                      "could not retrieve length of keyword names tuple");
        }
        kw->n = 0;
        return 0;
    }
    if (is_dict || kw->n == 0)
        return 1;

    if (kw->n <= KW_SMALL) {
        kw->names = kw->small;
    } else {
        kw->names = (KwName *)calloc((size_t)kw->n, sizeof(KwName));
        if (kw->names == NULL) {
            kw->n = 0;
            HPyErr_NoMemory(ctx);
            return 0;
        }
    }
    for (j = 0; j < kw->n; j++)
        kw->names[j].h = HPy_NULL;
    for (j = 0; j < kw->n; j++) {
        KwName *name = &kw->names[j];
        name->h = HPy_GetItem_i(ctx, h_kw, j);
        if (HPy_IsNull(name->h))
            goto error;
        /* HPyUnicode_ReadChar fails on anything but a str, which makes
         * the type check for non-empty names. (The length comes from
         * HPy_Length, so a str subclass whose __len__ lies is not matched,
         * and its call fails with "mismatched keyword arguments".) */
        name->len = HPy_Length(ctx, name->h);
        name->first = 0;
        if (name->len > 0)
            name->first = HPyUnicode_ReadChar(ctx, name->h, 0);
        if (name->len < 0 || name->first == (HPy_UCS4)-1 ||
                (name->len == 0 && !HPyUnicode_Check(ctx, name->h))) {
            HPyErr_Clear(ctx);
            arg_error(ctx, ctx->h_TypeError, suffix,
                      "keywords must be strings");
            goto error;
        }
    }
    return 1;

error:
    kwargs_release(ctx, kw);
    return 0;
}

/* Look up keyword `key`.  Returns 1 and the value in `*out` (a new handle
 * when `*out_owned`), 0 if it was not passed, -1 on error. */
static int
kwargs_find(HPyContext *ctx, KwArgs *kw, const char *key, HPy *out,
            int *out_owned)
{
    HPy_ssize_t j;
    Key k;

    *out_owned = 0;
    if (kw->n == 0)
        return 0;
    if (kw->is_dict) {
        HPy v = HPy_GetItem_s(ctx, kw->kw, key);
        if (HPy_IsNull(v)) {
            if (!HPyErr_ExceptionMatches(ctx, ctx->h_KeyError))
                return -1;
            HPyErr_Clear(ctx);
            return 0;
        }
        *out = v;
        *out_owned = 1;
        return 1;
    }
    k = key_of(key);
    for (j = 0; j < kw->n; j++) {
        if (name_equals(ctx, &kw->names[j], &k)) {
            *out = kw->values[j];
            return 1;
        }
    }
    return 0;
}

/* Index of the named parameter `name` in `keywords`, or -1. */
static HPy_ssize_t
find_param(const char *keywords[], HPy_ssize_t n_kw, const char *name,
           HPy_ssize_t len)
{
    HPy_ssize_t i;
    for (i = 0; i < n_kw; i++) {
        if (*keywords[i] && str_equals(keywords[i], name, len))
            return i;
    }
    return -1;
}

/* Some keyword argument matched no parameter that was not also given by
 * position: find it and raise TypeError. */
static void
report_extra_keyword(HPyContext *ctx, KwArgs *kw, const char *keywords[],
                     HPy_ssize_t n_kw, size_t nargs, const char *suffix)
{
    HPy keys = HPy_NULL;
    HPy_ssize_t j;

    if (kw->is_dict) {
        keys = HPyDict_Keys(ctx, kw->kw);
        if (HPy_IsNull(keys))
            return;
    }
    for (j = 0; j < kw->n; j++) {
        const char *s;
        HPy_ssize_t len, i;
        HPy key = HPy_NULL;
        int found = 1;

        if (kw->is_dict) {
            key = HPy_GetItem_i(ctx, keys, j);
            if (HPy_IsNull(key))
                goto done;
            if (!HPyUnicode_Check(ctx, key)) {
                HPy_Close(ctx, key);
                arg_error(ctx, ctx->h_TypeError, suffix,
                          "keywords must be strings");
                goto done;
            }
            s = HPyUnicode_AsUTF8AndSize(ctx, key, &len);
        } else {
            /* An error path: borrowing UTF-8 is fine here. */
            s = HPyUnicode_AsUTF8AndSize(ctx, kw->names[j].h, &len);
        }
        if (s == NULL) {
            if (!HPy_IsNull(key))
                HPy_Close(ctx, key);
            goto done;
        }
        i = find_param(keywords, n_kw, s, len);
        if (i < 0) {
            arg_error(ctx, ctx->h_TypeError, suffix,
                      "got an unexpected keyword argument '%s'", s);
        } else if ((size_t)i < nargs) {
            arg_error(ctx, ctx->h_TypeError, suffix,
                      "got multiple values for argument '%s'", s);
        } else {
            found = 0;
        }
        if (!HPy_IsNull(key))
            HPy_Close(ctx, key);
        if (found)
            goto done;
    }
    /* Only reachable with duplicate names in a hand-made kwnames tuple. */
    arg_error(ctx, ctx->h_TypeError, suffix,
              "mismatched keyword arguments");
done:
    if (!HPy_IsNull(keys))
        HPy_Close(ctx, keys);
}

/* Count the parameters of `keywords` and check the positional-only ones
 * ("") come first.  Returns the count, or -1 with an error set. */
static HPy_ssize_t
count_keywords(HPyContext *ctx, const char *keywords[], const char *suffix)
{
    HPy_ssize_t n = 0;

    if (keywords == NULL) {
        arg_error(ctx, ctx->h_SystemError, suffix,
                  "NULL keyword list");
        return -1;
    }
    while (keywords[n] != NULL && !*keywords[n])
        n++;
    for (; keywords[n] != NULL; n++) {
        if (!*keywords[n]) {
            arg_error(ctx, ctx->h_SystemError, suffix,
                      "empty keyword parameter name");
            return -1;
        }
    }
    return n;
}

static int
parse_keywords(HPyContext *ctx, HPyTracker *ht, const HPy *args,
               size_t nargs, HPy h_kw, int is_dict, const char *fmt,
               const char *keywords[], va_list *va)
{
    ArgFormat f;
    KwArgs kw;
    HPy_ssize_t n_kw, i, matched = 0;
    const char *p;
    int ok = 0;

    if (fmt == NULL) {
        HPyErr_SetString(ctx, ctx->h_SystemError,
                         "NULL format string passed to HPyArg_ParseKeywords");
        return 0;
    }
    for (p = fmt; *p != '\0' && *p != ':' && *p != ';'; p++)
        ;
    n_kw = count_keywords(ctx, keywords, *p ? p : NULL);
    if (n_kw < 0 || !check_format(ctx, fmt, 1, &f))
        return 0;
    if (f.has_O && ht == NULL) {
        arg_error(ctx, ctx->h_SystemError, f.suffix,
                  "HPyArg_ParseKeywords cannot use the format character 'O' "
                  "unless an HPyTracker is provided. Please supply an "
                  "HPyTracker.");
        return 0;
    }
    if (f.n_units > n_kw) {
        arg_error(ctx, ctx->h_TypeError, f.suffix,
                  "mismatched args (too few keywords for fmt)");
        return 0;
    }
    if (f.n_units < n_kw) {
        arg_error(ctx, ctx->h_TypeError, f.suffix,
                  "mismatched args (too many keywords for fmt)");
        return 0;
    }
    if (nargs > (size_t)f.first_kwonly) {
        if (nargs > (size_t)f.n_units)
            arg_error(ctx, ctx->h_TypeError, f.suffix,
                      "mismatched args (too many arguments for fmt)");
        else
            arg_error(ctx, ctx->h_TypeError, f.suffix,
                      "keyword only argument passed as positional argument");
        return 0;
    }

    if (ht != NULL) {
        *ht = HPyTracker_New(ctx, 0);
        if (HPy_IsNull(*ht))
            return 0;
    }
    if (!kwargs_init(ctx, &kw, is_dict, h_kw, args + nargs, f.suffix))
        goto done;

    p = fmt;
    for (i = 0; i < f.n_units; i++) {
        char unit = next_unit(&p);
        HPy arg = HPy_NULL;
        HPyTracker *track = ht;
        int owned = 0, converted;

        if ((size_t)i < nargs) {
            arg = args[i];
        } else if (*keywords[i]) {
            int found = kwargs_find(ctx, &kw, keywords[i], &arg, &owned);
            if (found < 0)
                goto done;
            matched += found;
        }
        if (HPy_IsNull(arg) && i < f.n_required) {
            arg_error(ctx, ctx->h_TypeError, f.suffix,
                      "no value for required argument");
            goto done;
        }
        if (owned && ht != NULL) {
            /* keep it open (and any 's' pointer into it valid) until the
             * caller closes the tracker; 'O' then stores it as it is */
            if (HPyTracker_Add(ctx, *ht, arg) < 0) {
                HPy_Close(ctx, arg);
                goto done;
            }
            owned = 0;
            track = NULL;
        }
        converted = convert_arg(ctx, unit, arg, va, track, f.suffix);
        if (owned)
            HPy_Close(ctx, arg);
        if (!converted)
            goto done;
    }
    if (matched != kw.n) {
        report_extra_keyword(ctx, &kw, keywords, n_kw, nargs, f.suffix);
        goto done;
    }
    ok = 1;

done:
    kwargs_release(ctx, &kw);
    if (!ok && ht != NULL)
        HPyTracker_Close(ctx, *ht);
    return ok;
}

HPyAPI_HELPER int
HPyArg_ParseKeywords(HPyContext *ctx, HPyTracker *ht, const HPy *args,
                     size_t nargs, HPy kwnames, const char *fmt,
                     const char *keywords[], ...)
{
    va_list va;
    int ok;

    va_start(va, keywords);
    ok = parse_keywords(ctx, ht, args, nargs, kwnames, 0, fmt, keywords, &va);
    va_end(va);
    return ok;
}

HPyAPI_HELPER int
HPyArg_ParseKeywordsDict(HPyContext *ctx, HPyTracker *ht, const HPy *args,
                         HPy_ssize_t nargs, HPy kw, const char *fmt,
                         const char *keywords[], ...)
{
    va_list va;
    int ok;

    if (nargs < 0) {
        HPyErr_SetString(ctx, ctx->h_SystemError,
                         "negative nargs passed to HPyArg_ParseKeywordsDict");
        return 0;
    }
    va_start(va, keywords);
    ok = parse_keywords(ctx, ht, args, (size_t)nargs, kw, 1, fmt, keywords,
                        &va);
    va_end(va);
    return ok;
}
