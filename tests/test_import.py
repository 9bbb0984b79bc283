"""HPyImport_ImportModule (crates/hpy-runtime/src/import.rs)."""

import sys

import pytest

IMPORT_MODULE = """
    /* the name comes as bytes; None passes NULL */
    HPyDef_METH(import_, "import_", HPyFunc_O)
    static HPy import__impl(HPyContext *ctx, HPy self, HPy arg)
    {
        const char *name = NULL;
        if (!HPy_Is(ctx, arg, ctx->h_None)) {
            name = HPyBytes_AsString(ctx, arg);
            if (name == NULL)
                return HPy_NULL;
        }
        return HPyImport_ImportModule(ctx, name);
    }
    @EXPORT(import_)
    @INIT
"""


@pytest.fixture
def mod(compiler):
    return compiler.make_module(IMPORT_MODULE)


def test_import(mod):
    assert mod.import_(b"sys") is sys
    import os.path
    assert mod.import_(b"os.path") is os.path


def test_import_missing(mod):
    with pytest.raises(ImportError):
        mod.import_(b"This is the name of a module which does not exist")


def test_import_null(mod):
    with pytest.raises(SystemError, match="must not be NULL"):
        mod.import_(None)
