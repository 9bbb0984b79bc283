/* Step 1: the extension as it was, written against the CPython C API.
   A type Vec2 (x, y) with a method, a number slot and a repr, and a module
   function dot(). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <math.h>

typedef struct {
    PyObject_HEAD
    double x, y;
} Vec2Object;

static PyTypeObject *Vec2_Type;   /* set when the module is created */

static PyObject *Vec2_from(PyTypeObject *tp, double x, double y)
{
    Vec2Object *v = (Vec2Object *)tp->tp_alloc(tp, 0);
    if (v == NULL)
        return NULL;
    v->x = x;
    v->y = y;
    return (PyObject *)v;
}

static PyObject *Vec2_new(PyTypeObject *tp, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"x", "y", NULL};
    double x = 0.0, y = 0.0;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|dd", kwlist, &x, &y))
        return NULL;
    return Vec2_from(tp, x, y);
}

static PyObject *Vec2_norm(PyObject *self, PyObject *unused)
{
    Vec2Object *v = (Vec2Object *)self;
    return PyFloat_FromDouble(hypot(v->x, v->y));
}

static PyObject *Vec2_add(PyObject *a, PyObject *b)
{
    if (!PyObject_TypeCheck(a, Vec2_Type) || !PyObject_TypeCheck(b, Vec2_Type))
        Py_RETURN_NOTIMPLEMENTED;
    Vec2Object *va = (Vec2Object *)a, *vb = (Vec2Object *)b;
    return Vec2_from(Py_TYPE(a), va->x + vb->x, va->y + vb->y);
}

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

static PyMethodDef Vec2_methods[] = {
    {"norm", Vec2_norm, METH_NOARGS, "Euclidean length."},
    {NULL}
};

static PyType_Slot Vec2_slots[] = {
    {Py_tp_new, Vec2_new},
    {Py_tp_repr, Vec2_repr},
    {Py_nb_add, Vec2_add},
    {Py_tp_members, Vec2_members},
    {Py_tp_methods, Vec2_methods},
    {0, NULL}
};

static PyType_Spec Vec2_spec = {
    .name = "vec2.Vec2",
    .basicsize = sizeof(Vec2Object),
    .flags = Py_TPFLAGS_DEFAULT,
    .slots = Vec2_slots,
};

static PyObject *dot(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "O!O!", Vec2_Type, &a, Vec2_Type, &b))
        return NULL;
    Vec2Object *va = (Vec2Object *)a, *vb = (Vec2Object *)b;
    return PyFloat_FromDouble(va->x * vb->x + va->y * vb->y);
}

static PyMethodDef module_methods[] = {
    {"dot", dot, METH_VARARGS, "dot(a, b): the dot product of two Vec2."},
    {NULL}
};

static struct PyModuleDef moduledef = {
    PyModuleDef_HEAD_INIT, "vec2", "2-D vectors (step 1: CPython C API)", -1, module_methods,
};

PyMODINIT_FUNC PyInit_vec2(void)
{
    PyObject *m = PyModule_Create(&moduledef);
    if (m == NULL)
        return NULL;
    Vec2_Type = (PyTypeObject *)PyType_FromSpec(&Vec2_spec);
    if (Vec2_Type == NULL || PyModule_AddObject(m, "Vec2", (PyObject *)Vec2_Type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    Py_INCREF(Vec2_Type);   /* PyModule_AddObject stole one reference */
    return m;
}
