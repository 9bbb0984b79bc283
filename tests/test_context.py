"""The HPyContext handed to extensions: its header fields, its handle
constants, and the contract of slots that are not implemented yet
(runtime: context.rs, unimplemented.rs; member list: api/hpy.toml)."""

import builtins
import tomllib

import pytest

import hpy.universal
from harness.paths import REPO_ROOT

API = tomllib.loads((REPO_ROOT / "api" / "hpy.toml").read_text())["member"]
FUNCTIONS = {m["name"]: m for m in API if "name" in m}
HANDLES = [m for m in API if "handle" in m]

NAME_PREFIXES = {
    "universal": "HPy Universal ABI",
    "debug": "HPy Debug Mode ABI",
    "trace": "HPy Trace Mode ABI",
}

# Families whose every function the runtime implements (tests/test_<family>.py).
IMPLEMENTED = [
    "HPy_Dup", "HPy_Close", "HPyLong_FromInt32_t", "HPyLong_AsUInt64_tMask",
    "HPyLong_AsVoidPtr", "HPyLong_AsDouble", "HPyFloat_FromDouble",
    "HPyFloat_AsDouble", "HPyBool_FromBool", "HPyUnicode_FromString",
    "HPyUnicode_Check", "HPyUnicode_AsUTF8AndSize", "HPyUnicode_AsUTF8String",
    "HPyUnicode_AsASCIIString", "HPyUnicode_AsLatin1String", "HPyErr_SetString",
    "HPyErr_SetObject", "HPyErr_Occurred", "HPyErr_ExceptionMatches",
    "HPyErr_NoMemory", "HPyErr_Clear", "HPyErr_NewException",
    "HPyErr_NewExceptionWithDoc", "HPyErr_WarnEx", "HPyErr_WriteUnraisable",
    "HPyErr_SetFromErrnoWithFilename", "HPyErr_SetFromErrnoWithFilenameObjects",
    "HPy_FatalError", "HPy_GetAttr", "HPy_GetAttr_s", "HPy_HasAttr",
    "HPy_HasAttr_s", "HPy_SetAttr", "HPy_SetAttr_s", "HPy_GetItem",
    "HPy_GetItem_i", "HPy_GetItem_s", "HPy_SetItem", "HPy_SetItem_i",
    "HPy_SetItem_s", "HPy_DelItem", "HPy_DelItem_i", "HPy_DelItem_s",
    "HPy_Contains", "HPy_Length", "HPy_Repr", "HPy_Str", "HPy_ASCII", "HPy_Bytes",
    "HPy_Type", "HPy_RichCompare", "HPy_RichCompareBool", "HPy_Hash",
    "HPy_IsTrue", "HPy_TypeCheck", "HPy_Is", "_HPy_Dump", "HPyNumber_Check",
    "HPy_Add", "HPy_Power", "HPy_InPlacePower", "HPy_InPlaceOr", "HPy_Index",
    "HPy_Call", "HPy_CallMethod", "HPy_CallTupleDict", "HPyCallable_Check",
    "HPyGlobal_Load", "HPyGlobal_Store", "_HPy_CallRealFunctionFromTrampoline",
]


def ctx_member(public_name):
    """`ctx_` + the public name without its _HPy / HPy / HPy_ prefix."""
    return "ctx_" + public_name.lstrip("_")[len("HPy"):].lstrip("_")


def test_ctx_member_names():
    assert ctx_member("HPy_Dup") == "ctx_Dup"
    assert ctx_member("_HPy_New") == "ctx_New"
    assert ctx_member("HPyLong_AsInt32_t") == "ctx_Long_AsInt32_t"
    assert ctx_member("_HPyType_GetBuiltinShape") == "ctx_Type_GetBuiltinShape"


@pytest.fixture
def header_mod(compiler):
    return compiler.make_module("""
        HPyDef_METH(name, "name", HPyFunc_NOARGS)
        static HPy name_impl(HPyContext *ctx, HPy self)
        {
            return HPyUnicode_FromString(ctx, ctx->name);
        }

        HPyDef_METH(abi_version, "abi_version", HPyFunc_NOARGS)
        static HPy abi_version_impl(HPyContext *ctx, HPy self)
        {
            return HPyLong_FromLong(ctx, ctx->abi_version);
        }

        HPyDef_METH(header_macros, "header_macros", HPyFunc_NOARGS)
        static HPy header_macros_impl(HPyContext *ctx, HPy self)
        {
            return HPyUnicode_FromString(ctx, HPY_ABI_TAG);
        }

        HPyDef_METH(address, "address", HPyFunc_NOARGS)
        static HPy address_impl(HPyContext *ctx, HPy self)
        {
            return HPyLong_FromSize_t(ctx, (size_t)ctx);
        }

        @EXPORT(name)
        @EXPORT(abi_version)
        @EXPORT(header_macros)
        @EXPORT(address)
        @INIT
    """)


def test_name(header_mod, hpy_abi):
    load_mode = {"hybrid": "universal", "hybrid+debug": "debug"}.get(hpy_abi, hpy_abi)
    if load_mode == "cpython":
        assert header_mod.name() == "HPy CPython ABI"
    else:
        assert header_mod.name().startswith(NAME_PREFIXES[load_mode])


def test_abi_version(header_mod):
    assert header_mod.abi_version() == 0
    assert header_mod.header_macros() == "hpy0"


@pytest.mark.hpy_abis("universal")
def test_one_universal_context_per_process(header_mod, compiler):
    other = compiler.make_module("""
        HPyDef_METH(address, "address", HPyFunc_NOARGS)
        static HPy address_impl(HPyContext *ctx, HPy self)
        {
            return HPyLong_FromSize_t(ctx, (size_t)ctx);
        }
        @EXPORT(address)
        @INIT
    """, name="other")
    assert header_mod.address() == other.address() != 0


def expected_handle_value(cpython):
    import datetime
    special = {
        "Py_None": None, "Py_True": True, "Py_False": False,
        "Py_NotImplemented": NotImplemented, "Py_Ellipsis": Ellipsis,
        "PyBaseObject_Type": object, "PyType_Type": type, "PyBool_Type": bool,
        "PyLong_Type": int, "PyFloat_Type": float, "PyUnicode_Type": str,
        "PyTuple_Type": tuple, "PyList_Type": list, "PyComplex_Type": complex,
        "PyBytes_Type": bytes, "PyMemoryView_Type": memoryview,
        "PyCapsule_Type": type(datetime.datetime_CAPI), "PySlice_Type": slice,
        "PyEval_GetBuiltins()": builtins.__dict__,
    }
    if cpython in special:
        return special[cpython]
    assert cpython.startswith("PyExc_"), cpython
    return getattr(builtins, cpython[len("PyExc_"):])


def test_handles(compiler):
    cases = "".join('        case %d: h = ctx->%s; break;\n' % (i, m["handle"])
                    for i, m in enumerate(HANDLES))
    mod = compiler.make_module("""
        HPyDef_METH(handle, "handle", HPyFunc_O)
        static HPy handle_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            HPy h;
            switch (HPyLong_AsLong(ctx, arg)) {
%s
            default: return HPy_NULL;
            }
            return HPy_Dup(ctx, h);
        }
        @EXPORT(handle)
        @INIT
    """ % cases)
    assert len(HANDLES) == 83
    for i, member in enumerate(HANDLES):
        assert mod.handle(i) is expected_handle_value(member["cpython"]), member["handle"]


def test_unimplemented_list_is_consistent():
    names = hpy.universal._unimplemented()
    assert isinstance(names, list)
    assert len(names) == len(set(names))
    assert set(names) <= set(FUNCTIONS), set(names) - set(FUNCTIONS)
    still_missing = set(IMPLEMENTED) & set(names)
    assert not still_missing
    assert set(IMPLEMENTED) <= set(FUNCTIONS)


def test_every_context_function_is_implemented():
    """hpy.universal._unimplemented() walks every slot of the universal
    context and compares it with the generated "not implemented" stub (the
    walker itself is proven by hpy-runtime's Rust test of the same name)."""
    assert hpy.universal._unimplemented() == []