/* Small public macros and the comparison-operator enum. */
#ifndef HPY_MACROS_H
#define HPY_MACROS_H

/* HPy_New(ctx, type, &ptr) with ptr of any object-pointer type: the cast to
 * void** lives here so callers need no cast and get no warning. */
#define HPy_New(ctx, cls, data) (_HPy_New((ctx), (cls), ((void **)(data))))

/* Rich comparison operators; same values as CPython's Py_LT..Py_GE. */
typedef enum {
    HPy_LT = 0,
    HPy_LE = 1,
    HPy_EQ = 2,
    HPy_NE = 3,
    HPy_GT = 4,
    HPy_GE = 5,
} HPy_RichCmpOp;

/* Return True/False from a richcompare implementation by comparing two C
 * values with `op`.  A macro because the operands may have any type. */
#define HPy_RETURN_RICHCOMPARE(ctx, val1, val2, op)                          \
    do {                                                                     \
        int _hpy_richcmp_res;                                                \
        switch (op) {                                                        \
        case HPy_EQ: _hpy_richcmp_res = ((val1) == (val2)); break;           \
        case HPy_NE: _hpy_richcmp_res = ((val1) != (val2)); break;           \
        case HPy_LT: _hpy_richcmp_res = ((val1) <  (val2)); break;           \
        case HPy_GT: _hpy_richcmp_res = ((val1) >  (val2)); break;           \
        case HPy_LE: _hpy_richcmp_res = ((val1) <= (val2)); break;           \
        case HPy_GE: _hpy_richcmp_res = ((val1) >= (val2)); break;           \
        default:                                                             \
            HPy_FatalError(ctx, "Invalid value for HPy_RichCmpOp");          \
        }                                                                    \
        return HPy_Dup((ctx), _hpy_richcmp_res ? (ctx)->h_True               \
                                               : (ctx)->h_False);            \
    } while (0)

/* pid_t helpers: pick the C integer type of the same size.  Outside the
 * CPython headers SIZEOF_PID_T is unknown and pid_t is assumed to be int. */
#if !defined(SIZEOF_PID_T) || SIZEOF_PID_T == SIZEOF_INT
#  define _HPy_PARSE_PID "i"
#  define HPyLong_FromPid HPyLong_FromLong
#  define HPyLong_AsPid HPyLong_AsLong
#elif SIZEOF_PID_T == SIZEOF_LONG
#  define _HPy_PARSE_PID "l"
#  define HPyLong_FromPid HPyLong_FromLong
#  define HPyLong_AsPid HPyLong_AsLong
#elif defined(SIZEOF_LONG_LONG) && SIZEOF_PID_T == SIZEOF_LONG_LONG
#  define _HPy_PARSE_PID "L"
#  define HPyLong_FromPid HPyLong_FromLongLong
#  define HPyLong_AsPid HPyLong_AsLongLong
#else
#  error "sizeof(pid_t) is neither sizeof(int), sizeof(long) or sizeof(long long)"
#endif

/* Release the GIL for the enclosed block:
 *     HPy_BEGIN_LEAVE_PYTHON(ctx)
 *         ... code that does not touch Python objects ...
 *     HPy_END_LEAVE_PYTHON(ctx)
 * The two macros open and close one C block, so they must pair up. */
#define HPy_BEGIN_LEAVE_PYTHON(context)                                      \
    {                                                                        \
        HPyThreadState _token = HPy_LeavePythonExecution(context);

#define HPy_END_LEAVE_PYTHON(context)                                        \
        HPy_ReenterPythonExecution(context, _token);                         \
    }

#endif /* HPY_MACROS_H */
