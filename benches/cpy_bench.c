/* The baseline: hpy_bench.c's twin, written against the plain C API the
 * classic way (METH_VARARGS tuples, PyArg_ParseTupleAndKeywords, heap types
 * from PyType_FromSpec). Keep every function doing the same work as its
 * HPy twin.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#define CHURN_HANDLES 100

/* ---- module functions: one per calling convention ---------------------- */

static PyObject *noargs(PyObject *self, PyObject *unused)
{
    Py_RETURN_NONE;
}

static PyObject *onearg(PyObject *self, PyObject *arg)
{
    Py_INCREF(arg);
    return arg;
}

static PyObject *varargs(PyObject *self, PyObject *args)
{
    Py_RETURN_NONE;
}

static PyObject *keywords(PyObject *self, PyObject *args, PyObject *kwargs)
{
    Py_RETURN_NONE;
}

static PyObject *parse_kw(PyObject *self, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"a", "b", NULL};
    long a, b = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "l|l:parse_kw", kwlist, &a, &b))
        return NULL;
    return PyLong_FromLong(a + b);
}

/* ---- calls from C into Python ------------------------------------------ */

static int expect_nargs(PyObject *args, Py_ssize_t expected)
{
    if (PyTuple_GET_SIZE(args) == expected)
        return 1;
    PyErr_SetString(PyExc_TypeError, "wrong number of arguments");
    return 0;
}

static PyObject *call_tuple_dict(PyObject *self, PyObject *args)
{
    if (!expect_nargs(args, 3))
        return NULL;
    return PyObject_Call(PyTuple_GET_ITEM(args, 0), PyTuple_GET_ITEM(args, 1),
                         PyTuple_GET_ITEM(args, 2));
}

static PyObject *call_vector(PyObject *self, PyObject *args)
{
    if (!expect_nargs(args, 3))
        return NULL;
    PyObject *argv[2] = {PyTuple_GET_ITEM(args, 1), PyTuple_GET_ITEM(args, 2)};
    return PyObject_Vectorcall(PyTuple_GET_ITEM(args, 0), argv, 2, NULL);
}

/* ---- allocation ---------------------------------------------------------- */

static PyObject *alloc_int(PyObject *self, PyObject *unused)
{
    return PyLong_FromLong(1000000);
}

static PyObject *alloc_tuple(PyObject *self, PyObject *unused)
{
    return PyTuple_Pack(2, Py_None, Py_None);
}

static PyObject *churn(PyObject *self, PyObject *unused)
{
    PyObject *objects[CHURN_HANDLES];
    for (int i = 0; i < CHURN_HANDLES; i++)
        objects[i] = PyLong_FromLong(i);
    for (int i = 0; i < CHURN_HANDLES; i++)
        Py_DECREF(objects[i]);
    Py_RETURN_NONE;
}

/* ---- types ----------------------------------------------------------------- */

typedef struct {
    PyObject_HEAD
    long x;
} BenchObject;

static PyObject *Bench_noargs(PyObject *self, PyObject *unused)
{
    ((BenchObject *)self)->x++;
    Py_RETURN_NONE;
}

static Py_ssize_t Bench_len(PyObject *self)
{
    return 3;
}

static PyObject *Bench_getitem(PyObject *self, Py_ssize_t i)
{
    return PyLong_FromSsize_t(i);
}

static PyMethodDef Bench_methods[] = {
    {"noargs", Bench_noargs, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

static PyType_Slot Pure_slots[] = {
    {Py_tp_methods, Bench_methods},
    {Py_sq_length, Bench_len},
    {Py_sq_item, Bench_getitem},
    {0, NULL}
};

static PyType_Spec Pure_spec = {
    .name = "cpy_bench.Pure",
    .basicsize = sizeof(BenchObject),
    .flags = Py_TPFLAGS_DEFAULT,
    .slots = Pure_slots,
};

/* In the plain C API every type is "legacy": the twin of the HPy legacy
 * type is the same kind of type as the twin of the pure one. */
static PyType_Slot Legacy_slots[] = {
    {Py_tp_methods, Bench_methods},
    {0, NULL}
};

static PyType_Spec Legacy_spec = {
    .name = "cpy_bench.Legacy",
    .basicsize = sizeof(BenchObject),
    .flags = Py_TPFLAGS_DEFAULT,
    .slots = Legacy_slots,
};

static PyObject *g_Pure;   /* what make_types() made last */

static PyObject *make_types(PyObject *self, PyObject *unused)
{
    PyObject *pure = PyType_FromSpec(&Pure_spec);
    if (pure == NULL)
        return NULL;
    PyObject *legacy = PyType_FromSpec(&Legacy_spec);
    if (legacy == NULL) {
        Py_DECREF(pure);
        return NULL;
    }
    Py_XSETREF(g_Pure, Py_NewRef(pure));
    PyObject *result = PyTuple_Pack(2, pure, legacy);
    Py_DECREF(pure);
    Py_DECREF(legacy);
    return result;
}

static PyObject *make_type(PyObject *self, PyObject *unused)
{
    return PyType_FromSpec(&Pure_spec);
}

static PyObject *new_obj(PyObject *self, PyObject *unused)
{
    PyTypeObject *cls = (PyTypeObject *)g_Pure;
    PyObject *obj = cls->tp_alloc(cls, 0);
    if (obj != NULL)
        ((BenchObject *)obj)->x = 1;
    return obj;
}

static PyMethodDef module_methods[] = {
    {"noargs", noargs, METH_NOARGS, NULL},
    {"onearg", onearg, METH_O, NULL},
    {"varargs", varargs, METH_VARARGS, NULL},
    {"keywords", (PyCFunction)(void (*)(void))keywords, METH_VARARGS | METH_KEYWORDS, NULL},
    {"parse_kw", (PyCFunction)(void (*)(void))parse_kw, METH_VARARGS | METH_KEYWORDS, NULL},
    {"call_tuple_dict", call_tuple_dict, METH_VARARGS, NULL},
    {"call_vector", call_vector, METH_VARARGS, NULL},
    {"alloc_int", alloc_int, METH_NOARGS, NULL},
    {"alloc_tuple", alloc_tuple, METH_NOARGS, NULL},
    {"churn", churn, METH_NOARGS, NULL},
    {"make_types", make_types, METH_NOARGS, NULL},
    {"make_type", make_type, METH_NOARGS, NULL},
    {"new_obj", new_obj, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL}
};

/* Multi-phase init, like HPy modules: every load makes a new module. */
static PyModuleDef_Slot module_slots[] = {
    {0, NULL}
};

static struct PyModuleDef moduledef = {
    PyModuleDef_HEAD_INIT,
    .m_name = "cpy_bench",
    .m_doc = "hpy-rs microbenchmarks (plain C API baseline)",
    .m_size = 0,
    .m_methods = module_methods,
    .m_slots = module_slots,
};

PyMODINIT_FUNC PyInit_cpy_bench(void)
{
    return PyModuleDef_Init(&moduledef);
}
