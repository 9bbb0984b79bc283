"""HPyModuleDef: the doc, module functions of every signature, the
HPy_mod_create / HPy_mod_exec slots and their rules, HPyGlobal
(runtime: module.rs and call.rs's trampoline entry)."""

import weakref

import pytest

from harness import CONTEXT_ABIS

# module.rs's explanation, appended to both HPy_mod_create errors.
CREATE_ALONE = (
    "A custom HPy_mod_create slot must produce the whole module by itself: "
    "it cannot return a builtin module object nor use anything else from the "
    "HPyModuleDef. Either leave HPy_mod_create out and let the runtime build "
    "the module from the HPyModuleDef, or define nothing but the "
    "HPy_mod_create slot.")
CREATE_AND_OTHERS = ("HPyModuleDef defines a HPy_mod_create slot and some other "
                     "slots or methods. " + CREATE_ALONE)
CREATE_AND_FIELDS = ("HPyModuleDef defines a HPy_mod_create slot and some of the "
                     "other fields are not set to their default value. " + CREATE_ALONE)

# `import_module(ctx, name)` for snippets, through builtins.__import__.
IMPORT_HELPER = """
    static inline HPy import_module(HPyContext *ctx, const char *name)
    {
        HPy imp = HPy_GetItem_s(ctx, ctx->h_Builtins, "__import__");
        if (HPy_IsNull(imp))
            return HPy_NULL;
        HPy h_name = HPyUnicode_FromString(ctx, name);
        HPy m = HPy_IsNull(h_name) ? HPy_NULL : HPy_Call(ctx, imp, &h_name, 1, HPy_NULL);
        HPy_Close(ctx, h_name);
        HPy_Close(ctx, imp);
        return m;
    }
"""

# A module whose defines are only `create` (plus what `extra_defines` adds),
# with the given extra HPyModuleDef fields.
CREATE_MODULE = IMPORT_HELPER + """
    HPyDef_SLOT(create, HPy_mod_create)
    static HPy create_impl(HPyContext *ctx, HPy spec)
    {
        %(body)s
    }
    %(extra_code)s
    static HPyDef *moduledefs[] = { &create, %(extra_defines)s NULL };
    static HPyModuleDef moduledef = {
        .defines = moduledefs,
        %(fields)s
    };
    @HPy_MODINIT(moduledef)
"""


def create_module_src(body, extra_code="", extra_defines="", fields=""):
    return CREATE_MODULE % dict(body=body, extra_code=extra_code,
                                extra_defines=extra_defines, fields=fields)


def test_doc_and_name(compiler):
    mod = compiler.make_module("@INIT")
    assert type(mod).__name__ == "module"
    assert mod.__name__ == "mytest"
    assert mod.__doc__ == "hpy-rs test module"


def test_other_name(compiler):
    mod = compiler.make_module("@INIT", name="other_name")
    assert mod.__name__ == "other_name"


def test_no_doc_and_no_defines(compiler):
    mod = compiler.make_module("""
        static HPyModuleDef moduledef = { .doc = NULL, .defines = NULL };
        @HPy_MODINIT(moduledef)
    """)
    assert mod.__doc__ is None
    assert [n for n in vars(mod) if not n.startswith("__")] == []


@pytest.fixture
def functions(compiler):
    return compiler.make_module("""
        HPyDef_METH(noargs, "noargs", HPyFunc_NOARGS, .doc = "no arguments")
        static HPy noargs_impl(HPyContext *ctx, HPy self)
        {
            return HPy_Dup(ctx, self);
        }

        HPyDef_METH(one, "one", HPyFunc_O)
        static HPy one_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            return HPy_Dup(ctx, arg);
        }

        HPyDef_METH(count, "count", HPyFunc_VARARGS)
        static HPy count_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            return HPyLong_FromSize_t(ctx, nargs);
        }

        HPyDef_METH(last, "last", HPyFunc_VARARGS)
        static HPy last_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            if (nargs == 0)
                return HPy_Dup(ctx, ctx->h_None);
            return HPy_Dup(ctx, args[nargs - 1]);
        }

        /* kw_nargs / kw_names / kw_last: nargs, kwnames (None if NULL) and
           the last of all argument values (keyword values follow the
           positional ones). */
        HPyDef_METH(kw_nargs, "kw_nargs", HPyFunc_KEYWORDS)
        static HPy kw_nargs_impl(HPyContext *ctx, HPy self, const HPy *args,
                                 size_t nargs, HPy kwnames)
        {
            return HPyLong_FromSize_t(ctx, nargs);
        }

        HPyDef_METH(kw_names, "kw_names", HPyFunc_KEYWORDS)
        static HPy kw_names_impl(HPyContext *ctx, HPy self, const HPy *args,
                                 size_t nargs, HPy kwnames)
        {
            return HPy_Dup(ctx, HPy_IsNull(kwnames) ? ctx->h_None : kwnames);
        }

        HPyDef_METH(kw_last, "kw_last", HPyFunc_KEYWORDS)
        static HPy kw_last_impl(HPyContext *ctx, HPy self, const HPy *args,
                                size_t nargs, HPy kwnames)
        {
            size_t n = nargs;
            if (!HPy_IsNull(kwnames))
                n += (size_t)HPy_Length(ctx, kwnames);
            if (n == 0)
                return HPy_Dup(ctx, ctx->h_None);
            return HPy_Dup(ctx, args[n - 1]);
        }

        @EXPORT(noargs)
        @EXPORT(one)
        @EXPORT(count)
        @EXPORT(last)
        @EXPORT(kw_nargs)
        @EXPORT(kw_names)
        @EXPORT(kw_last)
        @INIT
    """)


def test_function_attributes(functions):
    mod = functions
    f = mod.noargs
    assert type(f).__name__ == "builtin_function_or_method"
    assert f.__name__ == "noargs"
    assert f.__doc__ == "no arguments"
    assert mod.one.__doc__ is None
    assert f.__self__ is mod
    assert f.__module__ == "mytest"


def test_noargs(functions):
    assert functions.noargs() is functions
    with pytest.raises(TypeError, match=r"^mytest.noargs\(\) takes no arguments \(1 given\)$"):
        functions.noargs(1)
    with pytest.raises(TypeError, match="takes no keyword arguments"):
        functions.noargs(a=1)


def test_o(functions):
    obj = object()
    assert functions.one(obj) is obj
    with pytest.raises(TypeError, match=r"^mytest.one\(\) takes exactly one argument \(0 given\)$"):
        functions.one()
    with pytest.raises(TypeError, match=r"^mytest.one\(\) takes exactly one argument \(2 given\)$"):
        functions.one(1, 2)
    with pytest.raises(TypeError, match="takes no keyword arguments"):
        functions.one(x=1)


def test_varargs(functions):
    assert functions.count() == 0
    assert functions.count(1, 2, 3) == 3
    assert functions.count(*range(100)) == 100
    obj = object()
    assert functions.last(1, obj) is obj
    assert functions.last() is None
    with pytest.raises(TypeError, match="count\\(\\) takes no keyword arguments"):
        functions.count(1, a=2)


def test_keywords(functions):
    assert functions.kw_nargs() == 0
    assert functions.kw_nargs(1, 2, a=3) == 2
    assert functions.kw_names(1) is None
    assert functions.kw_names(1, a=2, b=3) == ("a", "b")
    assert functions.kw_names(**{"x": 1}) == ("x",)
    assert functions.kw_last(1, 2) == 2
    assert functions.kw_last(1, a=2, b="last") == "last"
    assert functions.kw_last() is None


def test_definitions_in_another_file(compiler):
    # The trampolines of every file reach the context through the one
    # _ctx_for_trampolines that HPy_MODINIT defines.
    main = """
        extern HPyDef f_noargs;
        extern HPyDef f_keywords;
        extern HPyDef exec_other;
        @EXPORT(f_noargs)
        @EXPORT(f_keywords)
        @EXPORT(exec_other)
        @INIT
    """
    other = """
        HPyDef_METH(f_noargs, "noargs", HPyFunc_NOARGS)
        static HPy f_noargs_impl(HPyContext *ctx, HPy self)
        {
            return HPyLong_FromLong(ctx, 12345);
        }
        HPyDef_METH(f_keywords, "keywords", HPyFunc_KEYWORDS)
        static HPy f_keywords_impl(HPyContext *ctx, HPy self, const HPy *args,
                                   size_t nargs, HPy kwnames)
        {
            return HPy_Dup(ctx, HPy_IsNull(kwnames) ? ctx->h_None : kwnames);
        }
        HPyDef_SLOT(exec_other, HPy_mod_exec)
        static int exec_other_impl(HPyContext *ctx, HPy mod)
        {
            return HPy_SetAttr_s(ctx, mod, "answer", ctx->h_True);
        }
    """
    mod = compiler.make_module(main, extra_sources=[other])
    assert mod.noargs() == 12345
    assert mod.keywords(1, a=2) == ("a",)
    assert mod.answer is True


def test_unsupported_signature_upstream_error(compiler):
    with pytest.raises(ValueError) as e:
        compiler.make_module("""
            HPyDef f = {
                .kind = HPyDef_Kind_Meth,
                .meth = { .name = "f", .signature = (HPyFunc_Signature)1234 },
            };
            @EXPORT(f)
            @INIT
        """)
    assert str(e.value) == "Unsupported HPyMeth signature"


def test_exec_slots_run_in_order(compiler):
    mod = compiler.make_module("""
        HPyDef_SLOT(exec1, HPy_mod_exec)
        static int exec1_impl(HPyContext *ctx, HPy mod)
        {
            HPy s = HPyUnicode_FromString(ctx, "1");
            int r = HPy_SetAttr_s(ctx, mod, "order", s);
            HPy_Close(ctx, s);
            return r;
        }

        HPyDef_SLOT(exec2, HPy_mod_exec)
        static int exec2_impl(HPyContext *ctx, HPy mod)
        {
            HPy old = HPy_GetAttr_s(ctx, mod, "order");
            if (HPy_IsNull(old))
                return -1;
            HPy two = HPyUnicode_FromString(ctx, "2");
            HPy s = HPy_Add(ctx, old, two);
            HPy_Close(ctx, old);
            HPy_Close(ctx, two);
            if (HPy_IsNull(s))
                return -1;
            int r = HPy_SetAttr_s(ctx, mod, "order", s);
            HPy_Close(ctx, s);
            return r;
        }

        HPyDef_METH(f, "f", HPyFunc_NOARGS)
        static HPy f_impl(HPyContext *ctx, HPy self)
        {
            return HPy_GetAttr_s(ctx, self, "order");
        }

        @EXPORT(exec1)
        @EXPORT(f)
        @EXPORT(exec2)
        @INIT
    """)
    assert mod.order == "12"
    assert mod.f() == "12"
    assert mod.__doc__ == "hpy-rs test module"


EXEC_MODULE = """
    HPyDef_SLOT(exec, HPy_mod_exec)
    static int exec_impl(HPyContext *ctx, HPy mod)
    {
        %s
    }
    @EXPORT(exec)
    @INIT
"""


def test_exec_error(compiler):
    with pytest.raises(RuntimeError, match="^exec failed$"):
        compiler.make_module(EXEC_MODULE % """
            HPyErr_SetString(ctx, ctx->h_RuntimeError, "exec failed");
            return -1;
        """)


def test_exec_fails_without_exception(compiler):
    with pytest.raises(SystemError) as e:
        compiler.make_module(EXEC_MODULE % "return -1;")
    assert str(e.value) == "execution of module mytest failed without setting an exception"


def test_exec_succeeds_with_exception(compiler):
    with pytest.raises(SystemError) as e:
        compiler.make_module(EXEC_MODULE % """
            HPyErr_SetString(ctx, ctx->h_ValueError, "left over");
            return 0;
        """)
    assert str(e.value) == "execution of module mytest raised unreported exception"


def test_create_returns_non_module(compiler):
    mod = compiler.make_module(create_module_src("""
        HPy types = import_module(ctx, "types");
        if (HPy_IsNull(types))
            return HPy_NULL;
        HPy ns_type = HPy_GetAttr_s(ctx, types, "SimpleNamespace");
        HPy_Close(ctx, types);
        if (HPy_IsNull(ns_type))
            return HPy_NULL;
        HPy ns = HPy_CallTupleDict(ctx, ns_type, HPy_NULL, HPy_NULL);
        HPy_Close(ctx, ns_type);
        if (HPy_IsNull(ns) || HPy_SetAttr_s(ctx, ns, "spec", spec) < 0)
            return HPy_NULL;
        return ns;
    """))
    assert type(mod).__name__ == "SimpleNamespace"
    assert mod.spec.name == "mytest"


def test_create_returns_module(compiler):
    with pytest.raises(SystemError) as e:
        compiler.make_module(create_module_src('return import_module(ctx, "types");'))
    assert str(e.value) == ("HPy_mod_create slot returned a builtin module object. "
                            "This is currently not supported.")


def test_create_raises(compiler):
    with pytest.raises(RuntimeError, match="^Test error$"):
        compiler.make_module(create_module_src("""
            HPyErr_SetString(ctx, ctx->h_RuntimeError, "Test error");
            return HPy_NULL;
        """))


def test_create_returns_null_without_exception(compiler):
    with pytest.raises(SystemError) as e:
        compiler.make_module(create_module_src("return HPy_NULL;"))
    assert str(e.value) == "creation of module mytest failed without setting an exception"


def test_create_with_exec(compiler):
    with pytest.raises(SystemError) as e:
        compiler.make_module(create_module_src(
            "return HPy_Dup(ctx, spec);",
            extra_code="""
                HPyDef_SLOT(exec, HPy_mod_exec)
                static int exec_impl(HPyContext *ctx, HPy mod) { return 0; }
            """,
            extra_defines="&exec,"))
    assert str(e.value) == CREATE_AND_OTHERS


def test_create_with_method(compiler):
    with pytest.raises(SystemError) as e:
        compiler.make_module(create_module_src(
            "return HPy_Dup(ctx, spec);",
            extra_code="""
                HPyDef_METH(f, "f", HPyFunc_NOARGS)
                static HPy f_impl(HPyContext *ctx, HPy self) { return HPy_Dup(ctx, self); }
            """,
            extra_defines="&f,"))
    assert str(e.value) == CREATE_AND_OTHERS


def test_create_with_doc(compiler):
    with pytest.raises(SystemError) as e:
        compiler.make_module(create_module_src("return HPy_Dup(ctx, spec);",
                                               fields='.doc = "not allowed",'))
    assert str(e.value) == CREATE_AND_FIELDS


def test_create_with_globals(compiler):
    with pytest.raises(SystemError) as e:
        compiler.make_module(create_module_src(
            "return HPy_Dup(ctx, spec);",
            extra_code="""
                static HPyGlobal g;
                static HPyGlobal *globals[] = { &g, NULL };
            """,
            fields=".globals = globals,"))
    assert str(e.value) == CREATE_AND_FIELDS


def test_create_twice(compiler):
    with pytest.raises(SystemError) as e:
        compiler.make_module(create_module_src(
            "return HPy_Dup(ctx, spec);",
            extra_code="""
                HPyDef_SLOT(create2, HPy_mod_create)
                static HPy create2_impl(HPyContext *ctx, HPy spec) { return HPy_Dup(ctx, spec); }
            """,
            extra_defines="&create2,"))
    assert str(e.value) == "Multiple definitions of the HPy_mod_create slot in HPyModuleDef.defines."


def test_create_alone_may_return_the_spec(compiler):
    # Any object that is not a module is accepted as "the module".
    mod = compiler.make_module(create_module_src("return HPy_Dup(ctx, spec);"))
    assert type(mod).__name__ == "ModuleSpec"
    assert mod.name == "mytest"


def test_unsupported_slot(compiler):
    with pytest.raises(SystemError) as e:
        compiler.make_module("""
            HPyDef_SLOT(repr_slot, HPy_tp_repr)
            static HPy repr_slot_impl(HPyContext *ctx, HPy self)
            {
                return HPy_Dup(ctx, ctx->h_None);
            }
            @EXPORT(repr_slot)
            @INIT
        """)
    assert str(e.value) == "Unsupported slot in HPyModuleDef.defines (value: 66)."


def test_member_def_is_rejected(compiler):
    with pytest.raises(SystemError) as e:
        compiler.make_module("""
            HPyDef_MEMBER(member, "member", HPyMember_INT, 0)
            @EXPORT(member)
            @INIT
        """)
    assert str(e.value) == ("HPyModuleDef.defines may only contain methods and the "
                            "HPy_mod_create/HPy_mod_exec slots; found an HPyDef of kind 3")


@pytest.mark.parametrize("size, message", [
    (-1, "HPy does not permit HPyModuleDef.size < 0"),
    (8, "Module state is not supported yet in HPy, set HPyModuleDef.size = 0 "
        "if module state is not needed"),
])
def test_module_state_size(compiler, size, message):
    with pytest.raises(SystemError) as e:
        compiler.make_module("""
            static HPyModuleDef moduledef = { .size = %d };
            @HPy_MODINIT(moduledef)
        """ % size)
    assert str(e.value) == message


@pytest.mark.hpy_abis("universal", "debug", "trace")
def test_legacy_methods_rejected_in_universal_binaries(compiler):
    with pytest.raises(SystemError) as e:
        compiler.make_module("""
            /* Never read: the table is refused before being looked at. */
            static char not_a_method_table[64];
            static HPyModuleDef moduledef = {
                .legacy_methods = (cpy_PyMethodDef *)not_a_method_table,
            };
            @HPy_MODINIT(moduledef)
        """)
    assert str(e.value) == ("HPyModuleDef.legacy_methods is not allowed in a "
                            "universal-ABI module: build it with --hpy-abi=hybrid "
                            "to use legacy methods")


@pytest.fixture
def globals_mod(compiler):
    return compiler.make_module("""
        static HPyGlobal stored_at_exec;
        static HPyGlobal stored_later;
        static HPyGlobal never_stored;

        HPyDef_SLOT(exec, HPy_mod_exec)
        static int exec_impl(HPyContext *ctx, HPy mod)
        {
            HPy s = HPyUnicode_FromString(ctx, "set by exec");
            if (HPy_IsNull(s))
                return -1;
            HPyGlobal_Store(ctx, &stored_at_exec, s);
            HPy_Close(ctx, s);
            return 0;
        }

        HPyDef_METH(load_exec, "load_exec", HPyFunc_NOARGS)
        static HPy load_exec_impl(HPyContext *ctx, HPy self)
        {
            return HPyGlobal_Load(ctx, stored_at_exec);
        }

        HPyDef_METH(store, "store", HPyFunc_O)
        static HPy store_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            HPyGlobal_Store(ctx, &stored_later, arg);
            return HPy_Dup(ctx, ctx->h_None);
        }

        HPyDef_METH(store_null, "store_null", HPyFunc_NOARGS)
        static HPy store_null_impl(HPyContext *ctx, HPy self)
        {
            HPyGlobal_Store(ctx, &stored_later, HPy_NULL);
            return HPy_Dup(ctx, ctx->h_None);
        }

        HPyDef_METH(load, "load", HPyFunc_NOARGS)
        static HPy load_impl(HPyContext *ctx, HPy self)
        {
            return HPyGlobal_Load(ctx, stored_later);
        }

        HPyDef_METH(load_never, "load_never", HPyFunc_NOARGS)
        static HPy load_never_impl(HPyContext *ctx, HPy self)
        {
            return HPyGlobal_Load(ctx, never_stored);
        }

        @EXPORT(exec)
        @EXPORT(load_exec)
        @EXPORT(store)
        @EXPORT(store_null)
        @EXPORT(load)
        @EXPORT(load_never)
        @EXPORT_GLOBAL(stored_at_exec)
        @EXPORT_GLOBAL(stored_later)
        @EXPORT_GLOBAL(never_stored)
        @INIT
    """)


def test_global_stored_at_exec(globals_mod):
    assert globals_mod.load_exec() == "set by exec"


def test_global_store_and_load(globals_mod):
    obj = object()
    globals_mod.store(obj)
    assert globals_mod.load() is obj
    assert globals_mod.load() is obj


def test_global_keeps_and_releases_its_object(globals_mod):
    class Obj:
        pass

    obj = Obj()
    ref = weakref.ref(obj)
    globals_mod.store(obj)
    del obj
    assert ref() is not None       # the global holds it
    globals_mod.store(None)
    assert ref() is None           # replaced: released


@pytest.mark.hpy_abis(*CONTEXT_ABIS)
def test_global_never_stored(globals_mod):
    with pytest.raises(SystemError) as e:
        globals_mod.load_never()
    assert str(e.value) == "HPyGlobal_Load: the global was never stored to"


@pytest.mark.hpy_abis(*CONTEXT_ABIS)
def test_global_stored_null(globals_mod):
    globals_mod.store(1)
    globals_mod.store_null()
    with pytest.raises(SystemError, match="^HPyGlobal_Load: the global was never stored to$"):
        globals_mod.load()
