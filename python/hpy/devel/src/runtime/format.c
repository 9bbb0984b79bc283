/* HPyUnicode_FromFormat(V) and HPyErr_Format.
 *
 * Compiled into every extension and written against the public HPy API
 * only.  The text is assembled as UTF-8 in a C buffer and turned into a str
 * once at the end.  Each conversion is checked completely before its
 * argument is read from the va_list.  docs/helpers.md lists the
 * conversions.
 */
#include "hpy.h"
#include <stdint.h>
#include <string.h>

#define MAX_UNICODE 0x10ffff

/* ---- the output buffer -------------------------------------------------- */

typedef struct {
    char *buf;              /* `small` or heap memory */
    HPy_ssize_t len;
    HPy_ssize_t cap;        /* always keeps room for a final NUL */
    int needs_decode;       /* holds a NUL or a surrogate (see finish) */
    char small[256];
} Writer;

static void
writer_init(Writer *w)
{
    w->buf = w->small;
    w->len = 0;
    w->cap = (HPy_ssize_t)sizeof(w->small);
    w->needs_decode = 0;
}

static void
writer_free(Writer *w)
{
    if (w->buf != w->small)
        free(w->buf);
    w->buf = NULL;
}

/* Make room for `n` more bytes (plus the final NUL). */
static int
writer_reserve(HPyContext *ctx, Writer *w, HPy_ssize_t n)
{
    HPy_ssize_t need, cap;
    char *buf;

    if (n < w->cap - w->len)
        return 1;
    if (n > HPY_SSIZE_T_MAX - 1 - w->len)
        goto nomem;
    need = w->len + n + 1;
    cap = w->cap <= HPY_SSIZE_T_MAX / 2 ? w->cap * 2 : HPY_SSIZE_T_MAX;
    if (cap < need)
        cap = need;
    if (w->buf == w->small) {
        buf = (char *)malloc((size_t)cap);
        if (buf != NULL)
            memcpy(buf, w->small, (size_t)w->len);
    } else {
        buf = (char *)realloc(w->buf, (size_t)cap);
    }
    if (buf == NULL)
        goto nomem;
    w->buf = buf;
    w->cap = cap;
    return 1;

nomem:
    HPyErr_NoMemory(ctx);
    return 0;
}

/* The writers below need the room reserved beforehand. */
static void
put(Writer *w, const char *s, HPy_ssize_t n)
{
    memcpy(w->buf + w->len, s, (size_t)n);
    w->len += n;
}

static void
put_fill(Writer *w, char c, HPy_ssize_t n)
{
    if (n > 0) {
        memset(w->buf + w->len, c, (size_t)n);
        w->len += n;
    }
}

static HPy
writer_finish(HPyContext *ctx, Writer *w)
{
    HPy result;

    if (!w->needs_decode) {
        w->buf[w->len] = '\0';
        result = HPyUnicode_FromString(ctx, w->buf);
    } else {
        /* HPyUnicode_FromString would stop at a NUL and reject a
         * surrogate (only %c writes those) */
        HPy bytes = HPyBytes_FromStringAndSize(ctx, w->buf, w->len);
        if (HPy_IsNull(bytes)) {
            result = HPy_NULL;
        } else {
            result = HPyUnicode_FromEncodedObject(ctx, bytes, "utf-8",
                                                  "surrogatepass");
            HPy_Close(ctx, bytes);
        }
    }
    writer_free(w);
    return result;
}

/* ---- UTF-8 -------------------------------------------------------------- */

/* Length of the well-formed UTF-8 sequence at s[0..n), or minus the length
 * of the ill-formed part to replace by one U+FFFD (as Python's "replace"
 * error handler does: one per maximal invalid subpart). */
static HPy_ssize_t
utf8_seq(const unsigned char *s, HPy_ssize_t n)
{
    unsigned char c = s[0];
    unsigned char lo = 0x80, hi = 0xbf;
    HPy_ssize_t len, i;

    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf)
        len = 2;
    else if (c >= 0xe0 && c <= 0xef)
        len = 3;
    else if (c >= 0xf0 && c <= 0xf4)
        len = 4;
    else
        return -1;
    /* the second byte's range excludes overlong forms, surrogates and
     * code points above U+10FFFF */
    if (c == 0xe0)
        lo = 0xa0;
    else if (c == 0xed)
        hi = 0x9f;
    else if (c == 0xf0)
        lo = 0x90;
    else if (c == 0xf4)
        hi = 0x8f;
    for (i = 1; i < len; i++) {
        if (i >= n || s[i] < lo || s[i] > hi)
            return -i;
        lo = 0x80;
        hi = 0xbf;
    }
    return len;
}

static const char REPLACEMENT_CHAR[] = "\xef\xbf\xbd";

/* Characters in s[0..n) once decoded with "replace". */
static HPy_ssize_t
utf8_count_lossy(const char *s, HPy_ssize_t n)
{
    HPy_ssize_t chars = 0, k;
    while (n > 0) {
        k = utf8_seq((const unsigned char *)s, n);
        if (k < 0)
            k = -k;
        s += k;
        n -= k;
        chars++;
    }
    return chars;
}

/* Append s[0..n), replacing ill-formed parts by U+FFFD, after `pad`
 * spaces. */
static int
put_utf8_lossy(HPyContext *ctx, Writer *w, const char *s, HPy_ssize_t n,
               HPy_ssize_t pad)
{
    /* each invalid byte may grow into a 3-byte U+FFFD */
    if (n > (HPY_SSIZE_T_MAX - pad) / 3) {
        HPyErr_NoMemory(ctx);
        return 0;
    }
    if (!writer_reserve(ctx, w, pad + 3 * n))
        return 0;
    put_fill(w, ' ', pad);
    while (n > 0) {
        HPy_ssize_t k = utf8_seq((const unsigned char *)s, n);
        if (k > 0) {
            put(w, s, k);
        } else {
            k = -k;
            put(w, REPLACEMENT_CHAR, 3);
        }
        s += k;
        n -= k;
    }
    return 1;
}

/* Byte offset of character number `nchars` in the valid UTF-8 s[0..n). */
static HPy_ssize_t
utf8_offset(const char *s, HPy_ssize_t n, HPy_ssize_t nchars)
{
    HPy_ssize_t i;
    for (i = 0; i < n; i++) {
        if (((unsigned char)s[i] & 0xc0) != 0x80) {
            if (nchars == 0)
                return i;
            nchars--;
        }
    }
    return n;
}

static HPy_ssize_t
utf8_count(const char *s, HPy_ssize_t n)
{
    HPy_ssize_t i, chars = 0;
    for (i = 0; i < n; i++)
        chars += ((unsigned char)s[i] & 0xc0) != 0x80;
    return chars;
}

/* ---- conversions -------------------------------------------------------- */

/* One parsed "%[0][width][.precision][l|ll|z]conv". */
typedef struct {
    int zeropad;
    HPy_ssize_t width;      /* -1: not given */
    HPy_ssize_t precision;  /* -1: not given */
    char size;              /* 0, 'l' (long), 'q' (long long), 'z' (size_t) */
    char conv;
} Spec;

static int
parse_number(HPyContext *ctx, const char **f, HPy_ssize_t *out,
             const char *too_big)
{
    HPy_ssize_t v = 0;
    while (**f >= '0' && **f <= '9') {
        int d = **f - '0';
        if (v > (HPY_SSIZE_T_MAX - d) / 10) {
            HPyErr_SetString(ctx, ctx->h_ValueError, too_big);
            return 0;
        }
        v = v * 10 + d;
        (*f)++;
    }
    *out = v;
    return 1;
}

static int
is_int_conv(char c)
{
    return c == 'd' || c == 'i' || c == 'u';
}

/* Parse the spec that starts after the '%' at `*f`; on success `*f` points
 * after it.  Every check that does not need the argument happens here. */
static int
parse_spec(HPyContext *ctx, const char **f, Spec *spec)
{
    const char *p = *f;

    spec->zeropad = 0;
    spec->width = -1;
    spec->precision = -1;
    spec->size = 0;
    if (*p == '0') {
        spec->zeropad = 1;
        p++;
    }
    if (*p >= '0' && *p <= '9') {
        if (!parse_number(ctx, &p, &spec->width, "width too big"))
            return 0;
    }
    if (*p == '.') {
        p++;
        if (*p >= '0' && *p <= '9') {
            if (!parse_number(ctx, &p, &spec->precision, "precision too big"))
                return 0;
        }
    }
    if (p[0] == 'l' && is_int_conv(p[1])) {
        spec->size = 'l';
        p++;
    } else if (p[0] == 'l' && p[1] == 'l' && is_int_conv(p[2])) {
        spec->size = 'q';
        p += 2;
    } else if (p[0] == 'z' && is_int_conv(p[1])) {
        spec->size = 'z';
        p++;
    }
    spec->conv = *p;
    if (*p == '\0' || strchr("cdiuxpsUVSRA", *p) == NULL) {
        HPyErr_SetString(ctx, ctx->h_SystemError, "invalid format string");
        return 0;
    }
    if (spec->zeropad && strchr("sUVSRApc", *p) != NULL) {
        HPyErr_Format(ctx, ctx->h_SystemError,
                      "formatting unit '%%%c' does not support 0-padding",
                      (int)*p);
        return 0;
    }
    if ((*p == 'c' || *p == 'p') &&
            (spec->width != -1 || spec->precision != -1)) {
        HPyErr_Format(ctx, ctx->h_SystemError,
                      "formatting unit '%%%c' does not support width nor "
                      "precision", (int)*p);
        return 0;
    }
    *f = p + 1;
    return 1;
}

/* Digits of `v` in `base` into the end of buf[0..32); returns the start. */
static char *
format_digits(char *end, unsigned long long v, unsigned base)
{
    static const char digits[] = "0123456789abcdef";
    char *p = end;
    do {
        *--p = digits[v % base];
        v /= base;
    } while (v != 0);
    return p;
}

static int
write_integer(HPyContext *ctx, Writer *w, const Spec *spec, va_list *va)
{
    char buf[32];
    char *end = buf + sizeof(buf), *digits;
    unsigned long long mag;
    int negative = 0;
    HPy_ssize_t len, precision, width;

    if (spec->conv == 'x') {
        /* callers pass an int (upstream reads one): print its bits */
        mag = (unsigned int)va_arg(*va, int);
    } else if (spec->conv == 'u') {
        switch (spec->size) {
        case 'l': mag = va_arg(*va, unsigned long); break;
        case 'q': mag = va_arg(*va, unsigned long long); break;
        case 'z': mag = va_arg(*va, size_t); break;
        default:  mag = va_arg(*va, unsigned int); break;
        }
    } else {
        long long v;
        switch (spec->size) {
        case 'l': v = va_arg(*va, long); break;
        case 'q': v = va_arg(*va, long long); break;
        case 'z': v = va_arg(*va, HPy_ssize_t); break;
        default:  v = va_arg(*va, int); break;
        }
        negative = v < 0;
        /* negate in unsigned arithmetic: also right for LLONG_MIN */
        mag = negative ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    }
    digits = format_digits(end, mag, spec->conv == 'x' ? 16 : 10);
    len = end - digits;

    /* precision: minimum number of digits; width: minimum total size,
     * padded with zeros after the sign or with spaces before it */
    precision = spec->precision > len ? spec->precision : len;
    width = spec->width > precision + negative ? spec->width
                                               : precision + negative;
    if (!writer_reserve(ctx, w, width))
        return 0;
    if (spec->zeropad) {
        if (negative)
            put(w, "-", 1);
        put_fill(w, '0', width - precision - negative);
    } else {
        put_fill(w, ' ', width - precision - negative);
        if (negative)
            put(w, "-", 1);
    }
    put_fill(w, '0', precision - len);
    put(w, digits, len);
    return 1;
}

static int
write_char(HPyContext *ctx, Writer *w, va_list *va)
{
    int ch = va_arg(*va, int);
    char buf[4];
    HPy_ssize_t n;

    if (ch < 0 || ch > MAX_UNICODE) {
        HPyErr_SetString(ctx, ctx->h_OverflowError,
                         "character argument not in range(0x110000)");
        return 0;
    }
    if (ch == 0 || (ch >= 0xd800 && ch <= 0xdfff))
        w->needs_decode = 1;
    if (ch < 0x80) {
        buf[0] = (char)ch;
        n = 1;
    } else if (ch < 0x800) {
        buf[0] = (char)(0xc0 | (ch >> 6));
        buf[1] = (char)(0x80 | (ch & 0x3f));
        n = 2;
    } else if (ch < 0x10000) {
        /* a surrogate gets the 3-byte form "surrogatepass" decodes */
        buf[0] = (char)(0xe0 | (ch >> 12));
        buf[1] = (char)(0x80 | ((ch >> 6) & 0x3f));
        buf[2] = (char)(0x80 | (ch & 0x3f));
        n = 3;
    } else {
        buf[0] = (char)(0xf0 | (ch >> 18));
        buf[1] = (char)(0x80 | ((ch >> 12) & 0x3f));
        buf[2] = (char)(0x80 | ((ch >> 6) & 0x3f));
        buf[3] = (char)(0x80 | (ch & 0x3f));
        n = 4;
    }
    if (!writer_reserve(ctx, w, n))
        return 0;
    put(w, buf, n);
    return 1;
}

static int
write_pointer(HPyContext *ctx, Writer *w, va_list *va)
{
    /* our own rendering: always "0x" and lowercase hex, NULL is "0x0" */
    char buf[32];
    char *end = buf + sizeof(buf);
    char *digits = format_digits(end, (uintptr_t)va_arg(*va, void *), 16);

    if (!writer_reserve(ctx, w, 2 + (end - digits)))
        return 0;
    put(w, "0x", 2);
    put(w, digits, end - digits);
    return 1;
}

/* A C string: precision counts bytes, width counts characters. */
static int
write_c_string(HPyContext *ctx, Writer *w, const Spec *spec, const char *s)
{
    HPy_ssize_t n, chars;

    if (spec->precision >= 0) {
        /* not strlen: `s` need not be terminated within the precision */
        for (n = 0; n < spec->precision && s[n] != '\0'; n++)
            ;
    } else {
        n = (HPy_ssize_t)strlen(s);
    }
    chars = spec->width > 0 ? utf8_count_lossy(s, n) : 0;
    return put_utf8_lossy(ctx, w, s, n,
                          spec->width > chars ? spec->width - chars : 0);
}

/* A str object: precision and width count characters. */
static int
write_str_object(HPyContext *ctx, Writer *w, const Spec *spec, HPy h)
{
    HPy_ssize_t n, chars, pad = 0;
    const char *s = HPyUnicode_AsUTF8AndSize(ctx, h, &n);

    if (s == NULL)
        return 0;
    if (spec->precision >= 0)
        n = utf8_offset(s, n, spec->precision);
    if (spec->width > 0) {
        chars = utf8_count(s, n);
        if (spec->width > chars)
            pad = spec->width - chars;
    }
    if (!writer_reserve(ctx, w, pad + n))
        return 0;
    put_fill(w, ' ', pad);
    put(w, s, n);
    return 1;
}

/* %U and the object half of %V.  The handle is duplicated so that the UTF-8
 * buffer is released with the copy, not kept until the caller closes it. */
static int
write_unicode_arg(HPyContext *ctx, Writer *w, const Spec *spec, HPy h)
{
    HPy copy;
    int ok;

    if (!HPyUnicode_Check(ctx, h)) {
        HPyErr_Format(ctx, ctx->h_SystemError,
                      "formatting unit '%%%c' requires a str object",
                      (int)spec->conv);
        return 0;
    }
    copy = HPy_Dup(ctx, h);
    ok = write_str_object(ctx, w, spec, copy);
    HPy_Close(ctx, copy);
    return ok;
}

static int
write_object(HPyContext *ctx, Writer *w, const Spec *spec, HPy h)
{
    HPy s;
    int ok;

    if (HPy_IsNull(h)) {
        HPyErr_Format(ctx, ctx->h_SystemError,
                      "HPy_NULL passed as value for formatting unit '%%%c'",
                      (int)spec->conv);
        return 0;
    }
    if (spec->conv == 'S')
        s = HPy_Str(ctx, h);
    else if (spec->conv == 'R')
        s = HPy_Repr(ctx, h);
    else
        s = HPy_ASCII(ctx, h);
    if (HPy_IsNull(s))
        return 0;
    ok = write_str_object(ctx, w, spec, s);
    HPy_Close(ctx, s);
    return ok;
}

static int
write_conversion(HPyContext *ctx, Writer *w, const Spec *spec, va_list *va)
{
    switch (spec->conv) {
    case 'c':
        return write_char(ctx, w, va);
    case 'p':
        return write_pointer(ctx, w, va);
    case 's': {
        const char *s = va_arg(*va, const char *);
        if (s == NULL) {
            HPyErr_SetString(ctx, ctx->h_SystemError,
                "null c string passed as value for formatting unit '%s'");
            return 0;
        }
        return write_c_string(ctx, w, spec, s);
    }
    case 'U': {
        HPy h = va_arg(*va, HPy);
        if (HPy_IsNull(h)) {
            HPyErr_SetString(ctx, ctx->h_SystemError,
                "HPy_NULL passed as value for formatting unit '%U'");
            return 0;
        }
        return write_unicode_arg(ctx, w, spec, h);
    }
    case 'V': {
        HPy h = va_arg(*va, HPy);
        const char *s = va_arg(*va, const char *);
        if (!HPy_IsNull(h))
            return write_unicode_arg(ctx, w, spec, h);
        if (s == NULL) {
            HPyErr_SetString(ctx, ctx->h_SystemError,
                "HPy_NULL and null c string passed as values for "
                "formatting unit '%V'");
            return 0;
        }
        return write_c_string(ctx, w, spec, s);
    }
    case 'S':
    case 'R':
    case 'A':
        return write_object(ctx, w, spec, va_arg(*va, HPy));
    default:    /* d i u x */
        return write_integer(ctx, w, spec, va);
    }
}

/* Copy the literal text at `*f` up to the next '%' or the end. */
static int
write_literal(HPyContext *ctx, Writer *w, const char **f)
{
    const char *start = *f, *p;

    for (p = start; *p != '\0' && *p != '%'; p++) {
        if ((unsigned char)*p > 127) {
            HPyErr_Format(ctx, ctx->h_ValueError,
                          "expected an ASCII-encoded format string, "
                          "got a non-ASCII byte: 0x%02x",
                          (unsigned int)(unsigned char)*p);
            return 0;
        }
    }
    if (!writer_reserve(ctx, w, p - start))
        return 0;
    put(w, start, p - start);
    *f = p;
    return 1;
}

HPyAPI_HELPER HPy
HPyUnicode_FromFormatV(HPyContext *ctx, const char *format, va_list vargs)
{
    Writer w;
    va_list va;
    const char *f = format;
    int ok = 1;

    if (format == NULL) {
        HPyErr_SetString(ctx, ctx->h_SystemError,
                         "NULL format string passed to HPyUnicode_FromFormat");
        return HPy_NULL;
    }
    writer_init(&w);
    /* a copy we can hand around by address */
    va_copy(va, vargs);
    while (ok && *f != '\0') {
        Spec spec;
        if (*f != '%') {
            ok = write_literal(ctx, &w, &f);
        } else if (f[1] == '%') {
            ok = writer_reserve(ctx, &w, 1);
            if (ok)
                put(&w, "%", 1);
            f += 2;
        } else {
            f++;
            ok = parse_spec(ctx, &f, &spec) &&
                 write_conversion(ctx, &w, &spec, &va);
        }
    }
    va_end(va);
    if (!ok) {
        writer_free(&w);
        return HPy_NULL;
    }
    return writer_finish(ctx, &w);
}

HPyAPI_HELPER HPy
HPyUnicode_FromFormat(HPyContext *ctx, const char *fmt, ...)
{
    va_list va;
    HPy result;

    va_start(va, fmt);
    result = HPyUnicode_FromFormatV(ctx, fmt, va);
    va_end(va);
    return result;
}

HPyAPI_HELPER HPy
HPyErr_Format(HPyContext *ctx, HPy h_type, const char *fmt, ...)
{
    va_list va;
    HPy msg;

    va_start(va, fmt);
    msg = HPyUnicode_FromFormatV(ctx, fmt, va);
    va_end(va);
    /* if formatting failed, its own error is the one to report */
    if (!HPy_IsNull(msg)) {
        HPyErr_SetObject(ctx, h_type, msg);
        HPy_Close(ctx, msg);
    }
    return HPy_NULL;
}
