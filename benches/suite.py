"""The benchmarks: what the Python side of each loop does.

Each benchmark is a function `setup(env) -> run(n)`. `env.mod` is the loaded
module (hpy_bench in any ABI/mode, or its plain C twin cpy_bench) and
`env.load()` loads it again. `run(n)` performs the operation n times; the
loop is the same for every variant, so comparing variants compares what
the extension and its runtime do. A setup that raises marks the benchmark
"n/a" for that variant, with the exception as the reason.

`cg_n` is the iteration count under callgrind (the worker runs n and 2n
and the runner takes the difference, so interpreter start-up and loop set-up
cancel out). Keep this file importable by any Python 3 with no dependency:
upstream's venv runs it too.
"""

import gc

BENCHMARKS = {}


class Benchmark:
    def __init__(self, name, what, setup, cg_n, simple=False):
        self.name = name
        self.what = what          # one line for the table
        self.setup = setup
        self.cg_n = cg_n
        self.simple = simple      # the "simple call" of the per-call targets


def benchmark(name, what, cg_n=3000, simple=False):
    def register(setup):
        BENCHMARKS[name] = Benchmark(name, what, setup, cg_n, simple)
        return setup
    return register


def _types(env):
    """(Pure, Legacy or None), made once per module."""
    if getattr(env, "types", None) is None:
        env.types = env.mod.make_types()
    return env.types


def _pure_obj(env):
    _types(env)
    return env.mod.new_obj()


def _target(a, b):
    return b


# ---- module functions --------------------------------------------------------

@benchmark("call_noargs", "`f()`: module function, no arguments", simple=True)
def _call_noargs(env):
    f = env.mod.noargs

    def run(n):
        for _ in range(n):
            f()
    return run


@benchmark("call_onearg", "`f(None)`: module function, one argument")
def _call_onearg(env):
    f = env.mod.onearg

    def run(n):
        for _ in range(n):
            f(None)
    return run


@benchmark("call_varargs", "`f(None, None)`: module function, varargs")
def _call_varargs(env):
    f = env.mod.varargs

    def run(n):
        for _ in range(n):
            f(None, None)
    return run


@benchmark("call_keywords", "`f(None, b=None)`: module function, keywords")
def _call_keywords(env):
    f = env.mod.keywords

    def run(n):
        for _ in range(n):
            f(None, b=None)
    return run


@benchmark("parse_kw", "`f(1, b=2)`: HPyArg_ParseKeywords `\"l|l\"`")
def _parse_kw(env):
    f = env.mod.parse_kw
    if f(1, b=2) != 3:
        raise AssertionError("parse_kw(1, b=2) != 3")

    def run(n):
        for _ in range(n):
            f(1, b=2)
    return run


# ---- methods and slots -------------------------------------------------------

@benchmark("meth_pure", "`o.noargs()`: method of a pure HPy type")
def _meth_pure(env):
    obj = _pure_obj(env)

    def run(n):
        for _ in range(n):
            obj.noargs()
    return run


@benchmark("meth_legacy", "`o.noargs()`: method of a legacy-shaped type")
def _meth_legacy(env):
    legacy = _types(env)[1]
    if legacy is None:
        raise NotImplementedError("legacy types need the hybrid or CPython ABI")
    obj = legacy()

    def run(n):
        for _ in range(n):
            obj.noargs()
    return run


@benchmark("method_lookup", "`o.noargs`: method lookup, no call")
def _method_lookup(env):
    obj = _pure_obj(env)

    def run(n):
        for _ in range(n):
            obj.noargs
    return run


@benchmark("slot_len", "`len(o)`: HPy_sq_length")
def _slot_len(env):
    obj = _pure_obj(env)
    if len(obj) != 3:
        raise AssertionError("len(obj) != 3")

    def run(n):
        for _ in range(n):
            len(obj)
    return run


@benchmark("slot_getitem", "`o[0]`: HPy_sq_item")
def _slot_getitem(env):
    obj = _pure_obj(env)
    if obj[5] != 5:
        raise AssertionError("obj[5] != 5")

    def run(n):
        for _ in range(n):
            obj[0]
    return run


# ---- calls from C into Python ------------------------------------------------

@benchmark("call_tuple_dict", "`f(g, (1,), {'b': 2})`: HPy_CallTupleDict")
def _call_tuple_dict(env):
    f = env.mod.call_tuple_dict
    args, kwargs = (1,), {"b": 2}
    if f(_target, args, kwargs) != 2:
        raise AssertionError("call_tuple_dict gave a wrong result")

    def run(n):
        for _ in range(n):
            f(_target, args, kwargs)
    return run


@benchmark("call_vector", "`f(g, 1, 2)`: HPy_Call (vectorcall from C)")
def _call_vector(env):
    f = env.mod.call_vector
    if f(_target, 1, 2) != 2:
        raise AssertionError("call_vector gave a wrong result")

    def run(n):
        for _ in range(n):
            f(_target, 1, 2)
    return run


# ---- allocation --------------------------------------------------------------

@benchmark("alloc_int", "`f()` returns a new int")
def _alloc_int(env):
    f = env.mod.alloc_int

    def run(n):
        for _ in range(n):
            f()
    return run


@benchmark("alloc_tuple", "`f()` returns a new 2-tuple")
def _alloc_tuple(env):
    f = env.mod.alloc_tuple

    def run(n):
        for _ in range(n):
            f()
    return run


@benchmark("alloc_obj_die", "`f()` returns a new object, which dies (HPy_New)")
def _alloc_obj_die(env):
    _types(env)
    f = env.mod.new_obj

    def run(n):
        for _ in range(n):
            f()
    return run


@benchmark("alloc_obj_survive", "`objs[i] = f()`: new objects that live until the end")
def _alloc_obj_survive(env):
    _types(env)
    f = env.mod.new_obj

    def run(n):
        objs = [None] * n
        for i in range(n):
            objs[i] = f()
        del objs
    return run


@benchmark("churn", "`f()` opens 100 handles, then closes them", cg_n=1000)
def _churn(env):
    f = env.mod.churn

    def run(n):
        for _ in range(n):
            f()
    return run


# ---- module and type creation ------------------------------------------------

@benchmark("import", "load the module again (13 functions)", cg_n=600)
def _import(env):
    load = env.load
    if not hasattr(load(), "noargs"):
        raise AssertionError("reloaded module has no 'noargs'")

    def run(n):
        for _ in range(n):
            load()
    return run


@benchmark("type_create", "`HPyType_FromSpec` of a type with 1 method, 2 slots", cg_n=600)
def _type_create(env):
    f = env.mod.make_type

    def run(n):
        for _ in range(n):
            f()
        gc.collect()   # types are cycles: their destruction belongs to the op
    return run
