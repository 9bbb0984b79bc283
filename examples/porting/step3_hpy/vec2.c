/* Step 3: pure HPy. This builds for every ABI: one universal binary for any
   HPy-capable Python, or a CPython-ABI extension at full speed. */
#include <math.h>
#include <stddef.h>
#include "hpy.h"

typedef struct {
    double x, y;            /* no PyObject_HEAD in a pure HPy type */
} Vec2Object;

HPyType_HELPERS(Vec2Object)

static HPyGlobal Vec2_Type;    /* set by the module's exec slot */

static HPy Vec2_from(HPyContext *ctx, HPy type, double x, double y)
{
    Vec2Object *v;
    HPy h = HPy_New(ctx, type, &v);
    if (!HPy_IsNull(h)) {
        v->x = x;
        v->y = y;
    }
    return h;
}

HPyDef_SLOT(Vec2_new, HPy_tp_new)
static HPy Vec2_new_impl(HPyContext *ctx, HPy type, const HPy *args,
                         HPy_ssize_t nargs, HPy kw)
{
    static const char *kwlist[] = {"x", "y", NULL};
    double x = 0.0, y = 0.0;
    HPyTracker ht;
    if (!HPyArg_ParseKeywordsDict(ctx, &ht, args, nargs, kw, "|dd", kwlist, &x, &y))
        return HPy_NULL;
    HPyTracker_Close(ctx, ht);
    return Vec2_from(ctx, type, x, y);
}

HPyDef_METH(Vec2_norm, "norm", HPyFunc_NOARGS, .doc = "Euclidean length.")
static HPy Vec2_norm_impl(HPyContext *ctx, HPy self)
{
    Vec2Object *v = Vec2Object_AsStruct(ctx, self);
    return HPyFloat_FromDouble(ctx, hypot(v->x, v->y));
}

/* True if h is a Vec2; -1 on error. */
static int is_vec2(HPyContext *ctx, HPy h)
{
    HPy type = HPyGlobal_Load(ctx, Vec2_Type);
    if (HPy_IsNull(type))
        return -1;
    int res = HPy_TypeCheck(ctx, h, type);
    HPy_Close(ctx, type);
    return res;
}

HPyDef_SLOT(Vec2_add, HPy_nb_add)
static HPy Vec2_add_impl(HPyContext *ctx, HPy a, HPy b)
{
    int ok_a = is_vec2(ctx, a), ok_b = is_vec2(ctx, b);
    if (ok_a < 0 || ok_b < 0)
        return HPy_NULL;
    if (!ok_a || !ok_b)
        return HPy_Dup(ctx, ctx->h_NotImplemented);
    Vec2Object *va = Vec2Object_AsStruct(ctx, a), *vb = Vec2Object_AsStruct(ctx, b);
    HPy type = HPy_Type(ctx, a);
    HPy res = Vec2_from(ctx, type, va->x + vb->x, va->y + vb->y);
    HPy_Close(ctx, type);
    return res;
}

HPyDef_SLOT(Vec2_repr, HPy_tp_repr)
static HPy Vec2_repr_impl(HPyContext *ctx, HPy self)
{
    Vec2Object *v = Vec2Object_AsStruct(ctx, self);
    HPy x = HPyFloat_FromDouble(ctx, v->x), y = HPyFloat_FromDouble(ctx, v->y);
    HPy r = HPy_NULL;
    if (!HPy_IsNull(x) && !HPy_IsNull(y))
        r = HPyUnicode_FromFormat(ctx, "Vec2(%R, %R)", x, y);
    HPy_Close(ctx, x);
    HPy_Close(ctx, y);
    return r;
}

HPyDef_MEMBER(Vec2_x, "x", HPyMember_DOUBLE, offsetof(Vec2Object, x), .readonly = 1)
HPyDef_MEMBER(Vec2_y, "y", HPyMember_DOUBLE, offsetof(Vec2Object, y), .readonly = 1)

static HPyDef *Vec2_defines[] = {
    &Vec2_new, &Vec2_norm, &Vec2_add, &Vec2_repr, &Vec2_x, &Vec2_y, NULL
};

static HPyType_Spec Vec2_spec = {
    .name = "vec2.Vec2",
    .basicsize = sizeof(Vec2Object),
    .builtin_shape = SHAPE(Vec2Object),
    .defines = Vec2_defines,
};

HPyDef_METH(dot, "dot", HPyFunc_VARARGS, .doc = "dot(a, b): the dot product of two Vec2.")
static HPy dot_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
{
    HPy a, b;
    if (!HPyArg_Parse(ctx, NULL, args, nargs, "OO", &a, &b))
        return HPy_NULL;
    int ok_a = is_vec2(ctx, a), ok_b = is_vec2(ctx, b);
    if (ok_a < 0 || ok_b < 0)
        return HPy_NULL;
    if (!ok_a || !ok_b) {
        HPyErr_SetString(ctx, ctx->h_TypeError, "dot() arguments must be Vec2");
        return HPy_NULL;
    }
    Vec2Object *va = Vec2Object_AsStruct(ctx, a), *vb = Vec2Object_AsStruct(ctx, b);
    return HPyFloat_FromDouble(ctx, va->x * vb->x + va->y * vb->y);
}

HPyDef_SLOT(vec2_exec, HPy_mod_exec)
static int vec2_exec_impl(HPyContext *ctx, HPy module)
{
    HPy type = HPyType_FromSpec(ctx, &Vec2_spec, NULL);
    if (HPy_IsNull(type))
        return -1;
    HPyGlobal_Store(ctx, &Vec2_Type, type);
    int res = HPy_SetAttr_s(ctx, module, "Vec2", type);
    HPy_Close(ctx, type);
    return res;
}

static HPyDef *module_defines[] = { &dot, &vec2_exec, NULL };
static HPyGlobal *module_globals[] = { &Vec2_Type, NULL };

static HPyModuleDef moduledef = {
    .doc = "2-D vectors (step 3: pure HPy)",
    .defines = module_defines,
    .globals = module_globals,
};

HPy_MODINIT(vec2, moduledef)
