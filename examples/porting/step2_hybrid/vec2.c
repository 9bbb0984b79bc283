/* Step 2: halfway. The module and most of Vec2 are HPy, but two pieces
   still use the C API: Vec2's repr and members (legacy_slots), and the
   module function dot() (legacy_methods). Build it with --hpy-abi=hybrid;
   the result loads through hpy.universal, in debug mode too. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <math.h>
#include "hpy.h"

typedef struct {
    PyObject_HEAD          /* a legacy type keeps the C API layout */
    double x, y;
} Vec2Object;

HPyType_LEGACY_HELPERS(Vec2Object)

static HPyGlobal Vec2_Type;             /* for the HPy code */
static PyTypeObject *Vec2_PyType;       /* for the C API code, not ported yet */

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

/* --- ported to HPy ------------------------------------------------------ */

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

/* --- still C API ---------------------------------------------------------- */

static PyObject *Vec2_repr(PyObject *self)
{
    Vec2Object *v = (Vec2Object *)self;
    PyObject *x = PyFloat_FromDouble(v->x), *y = PyFloat_FromDouble(v->y);
    PyObject *r = (x && y) ? PyUnicode_FromFormat("Vec2(%R, %R)", x, y) : NULL;
    Py_XDECREF(x);
    Py_XDECREF(y);
    return r;
}

static PyMemberDef Vec2_members[] = {
    {"x", T_DOUBLE, offsetof(Vec2Object, x), READONLY, NULL},
    {"y", T_DOUBLE, offsetof(Vec2Object, y), READONLY, NULL},
    {NULL}
};

static PyType_Slot Vec2_legacy_slots[] = {
    {Py_tp_repr, Vec2_repr},
    {Py_tp_members, Vec2_members},
    {0, NULL}
};

static PyObject *dot(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "O!O!", Vec2_PyType, &a, Vec2_PyType, &b))
        return NULL;
    Vec2Object *va = (Vec2Object *)a, *vb = (Vec2Object *)b;
    return PyFloat_FromDouble(va->x * vb->x + va->y * vb->y);
}

static PyMethodDef legacy_methods[] = {
    {"dot", dot, METH_VARARGS, "dot(a, b): the dot product of two Vec2."},
    {NULL}
};

/* --- the type and the module ---------------------------------------------- */

static HPyDef *Vec2_defines[] = { &Vec2_new, &Vec2_norm, &Vec2_add, NULL };

static HPyType_Spec Vec2_spec = {
    .name = "vec2.Vec2",
    .basicsize = sizeof(Vec2Object),
    .builtin_shape = SHAPE(Vec2Object),     /* HPyType_BuiltinShape_Legacy */
    .legacy_slots = Vec2_legacy_slots,
    .defines = Vec2_defines,
};

HPyDef_SLOT(vec2_exec, HPy_mod_exec)
static int vec2_exec_impl(HPyContext *ctx, HPy module)
{
    HPy type = HPyType_FromSpec(ctx, &Vec2_spec, NULL);
    if (HPy_IsNull(type))
        return -1;
    HPyGlobal_Store(ctx, &Vec2_Type, type);
    /* The C API half keeps a borrowed pointer; the module keeps the type alive. */
    PyObject *py_type = HPy_AsPyObject(ctx, type);
    Vec2_PyType = (PyTypeObject *)py_type;
    Py_DECREF(py_type);
    int res = HPy_SetAttr_s(ctx, module, "Vec2", type);
    HPy_Close(ctx, type);
    return res;
}

static HPyDef *module_defines[] = { &vec2_exec, NULL };
static HPyGlobal *module_globals[] = { &Vec2_Type, NULL };

static HPyModuleDef moduledef = {
    .doc = "2-D vectors (step 2: hybrid)",
    .defines = module_defines,
    .legacy_methods = legacy_methods,
    .globals = module_globals,
};

HPy_MODINIT(vec2, moduledef)
