"""HPyErr_* and HPy_FatalError (runtime: err.rs)."""

import sys
import warnings

import pytest

from harness import CONTEXT_ABIS


@pytest.fixture
def mod(compiler):
    return compiler.make_module("""
        #include <errno.h>

        HPyDef_METH(set_string, "set_string", HPyFunc_O)
        static HPy set_string_impl(HPyContext *ctx, HPy self, HPy type)
        {
            HPyErr_SetString(ctx, type, "h\\xc3\\xa9llo from C");
            return HPy_NULL;
        }

        HPyDef_METH(set_object, "set_object", HPyFunc_VARARGS)
        static HPy set_object_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            HPyErr_SetObject(ctx, args[0], args[1]);
            return HPy_NULL;
        }

        /* The public HPyErr_SetString etc. return HPy_NULL for convenience. */
        HPyDef_METH(setters_return_null, "setters_return_null", HPyFunc_NOARGS)
        static HPy setters_return_null_impl(HPyContext *ctx, HPy self)
        {
            int ok = 1;
            ok &= HPy_IsNull(HPyErr_SetString(ctx, ctx->h_ValueError, "a"));
            ok &= HPy_IsNull(HPyErr_SetObject(ctx, ctx->h_ValueError, ctx->h_None));
            ok &= HPy_IsNull(HPyErr_NoMemory(ctx));
            errno = EINVAL;
            ok &= HPy_IsNull(HPyErr_SetFromErrno(ctx, ctx->h_OSError));
            HPyErr_Clear(ctx);
            return HPyBool_FromBool(ctx, ok);
        }

        /* Occurred before, after setting, after clearing: a 3-digit code. */
        HPyDef_METH(occurred_and_clear, "occurred_and_clear", HPyFunc_NOARGS)
        static HPy occurred_and_clear_impl(HPyContext *ctx, HPy self)
        {
            long code = 100 * HPyErr_Occurred(ctx);
            HPyErr_SetString(ctx, ctx->h_KeyError, "x");
            code += 10 * HPyErr_Occurred(ctx);
            HPyErr_Clear(ctx);
            code += HPyErr_Occurred(ctx);
            return HPyLong_FromLong(ctx, code);
        }

        /* Raise KeyError and report whether it matches `arg` (then clear). */
        HPyDef_METH(key_error_matches, "key_error_matches", HPyFunc_O)
        static HPy key_error_matches_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            HPyErr_SetString(ctx, ctx->h_KeyError, "x");
            int r = HPyErr_ExceptionMatches(ctx, arg);
            HPyErr_Clear(ctx);
            return HPyLong_FromLong(ctx, r);
        }

        HPyDef_METH(no_memory, "no_memory", HPyFunc_NOARGS)
        static HPy no_memory_impl(HPyContext *ctx, HPy self)
        {
            return HPyErr_NoMemory(ctx);
        }

        HPyDef_METH(from_errno, "from_errno", HPyFunc_O)
        static HPy from_errno_impl(HPyContext *ctx, HPy self, HPy type)
        {
            errno = ENOENT;
            return HPyErr_SetFromErrno(ctx, type);
        }

        HPyDef_METH(from_errno_filename, "from_errno_filename", HPyFunc_O)
        static HPy from_errno_filename_impl(HPyContext *ctx, HPy self, HPy type)
        {
            errno = EACCES;
            return HPyErr_SetFromErrnoWithFilename(ctx, type, "some/file");
        }

        HPyDef_METH(from_errno_filename_null, "from_errno_filename_null", HPyFunc_O)
        static HPy from_errno_filename_null_impl(HPyContext *ctx, HPy self, HPy type)
        {
            errno = EACCES;
            return HPyErr_SetFromErrnoWithFilename(ctx, type, NULL);
        }

        HPyDef_METH(from_errno_objects, "from_errno_objects", HPyFunc_VARARGS)
        static HPy from_errno_objects_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            errno = EEXIST;
            if (nargs == 2)
                return HPyErr_SetFromErrnoWithFilenameObject(ctx, args[0], args[1]);
            return HPyErr_SetFromErrnoWithFilenameObjects(ctx, args[0], args[1], args[2]);
        }

        HPyDef_METH(new_exception, "new_exception", HPyFunc_VARARGS)
        static HPy new_exception_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            const char *name = HPyUnicode_AsUTF8AndSize(ctx, args[0], NULL);
            if (name == NULL)
                return HPy_NULL;
            HPy base = HPy_Is(ctx, args[1], ctx->h_None) ? HPy_NULL : args[1];
            HPy dict = HPy_Is(ctx, args[2], ctx->h_None) ? HPy_NULL : args[2];
            return HPyErr_NewException(ctx, name, base, dict);
        }

        HPyDef_METH(new_exception_with_doc, "new_exception_with_doc", HPyFunc_VARARGS)
        static HPy new_exception_with_doc_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            const char *name = HPyUnicode_AsUTF8AndSize(ctx, args[0], NULL);
            if (name == NULL)
                return HPy_NULL;
            const char *doc = NULL;
            if (!HPy_Is(ctx, args[1], ctx->h_None)) {
                doc = HPyUnicode_AsUTF8AndSize(ctx, args[1], NULL);
                if (doc == NULL)
                    return HPy_NULL;
            }
            HPy base = HPy_Is(ctx, args[2], ctx->h_None) ? HPy_NULL : args[2];
            return HPyErr_NewExceptionWithDoc(ctx, name, doc, base, HPy_NULL);
        }

        HPyDef_METH(new_exception_null_name, "new_exception_null_name", HPyFunc_NOARGS)
        static HPy new_exception_null_name_impl(HPyContext *ctx, HPy self)
        {
            return HPyErr_NewException(ctx, NULL, HPy_NULL, HPy_NULL);
        }

        /* warn(category or None, message, stacklevel) -> WarnEx's result */
        HPyDef_METH(f_warn, "warn", HPyFunc_VARARGS)
        static HPy f_warn_impl(HPyContext *ctx, HPy self, const HPy *args, size_t nargs)
        {
            HPy category = HPy_Is(ctx, args[0], ctx->h_None) ? HPy_NULL : args[0];
            const char *msg = HPyUnicode_AsUTF8AndSize(ctx, args[1], NULL);
            if (msg == NULL)
                return HPy_NULL;
            HPy_ssize_t level = HPyLong_AsSsize_t(ctx, args[2]);
            if (HPyErr_WarnEx(ctx, category, msg, level) < 0)
                return HPy_NULL;
            return HPy_Dup(ctx, ctx->h_None);
        }

        /* Raise ValueError, then report it as unraisable in the context of
           `arg` (or of nothing if arg is None). */
        HPyDef_METH(write_unraisable, "write_unraisable", HPyFunc_O)
        static HPy write_unraisable_impl(HPyContext *ctx, HPy self, HPy arg)
        {
            HPyErr_SetString(ctx, ctx->h_ValueError, "unraisable!");
            HPyErr_WriteUnraisable(ctx, HPy_Is(ctx, arg, ctx->h_None) ? HPy_NULL : arg);
            return HPyLong_FromLong(ctx, HPyErr_Occurred(ctx));
        }

        /* Returning a result with an exception set is a bug CPython reports. */
        HPyDef_METH(result_and_error, "result_and_error", HPyFunc_NOARGS)
        static HPy result_and_error_impl(HPyContext *ctx, HPy self)
        {
            HPyErr_SetString(ctx, ctx->h_ValueError, "pending");
            return HPy_Dup(ctx, ctx->h_None);
        }

        /* NULL without an exception: also reported by CPython. */
        HPyDef_METH(null_without_error, "null_without_error", HPyFunc_NOARGS)
        static HPy null_without_error_impl(HPyContext *ctx, HPy self)
        {
            return HPy_NULL;
        }

        @EXPORT(set_string)
        @EXPORT(set_object)
        @EXPORT(setters_return_null)
        @EXPORT(occurred_and_clear)
        @EXPORT(key_error_matches)
        @EXPORT(no_memory)
        @EXPORT(from_errno)
        @EXPORT(from_errno_filename)
        @EXPORT(from_errno_filename_null)
        @EXPORT(from_errno_objects)
        @EXPORT(new_exception)
        @EXPORT(new_exception_with_doc)
        @EXPORT(new_exception_null_name)
        @EXPORT(f_warn)
        @EXPORT(write_unraisable)
        @EXPORT(result_and_error)
        @EXPORT(null_without_error)
        @INIT
    """)


def test_set_string(mod):
    for exc in (ValueError, KeyError, RuntimeError):
        with pytest.raises(exc) as e:
            mod.set_string(exc)
        assert type(e.value) is exc
        assert e.value.args == ("h\u00e9llo from C",)


def test_set_string_custom_class(mod):
    class MyError(Exception):
        pass

    with pytest.raises(MyError, match="from C"):
        mod.set_string(MyError)


def test_set_object(mod):
    with pytest.raises(KeyError) as e:
        mod.set_object(KeyError, "key")
    assert e.value.args == ("key",)

    # A tuple value gives the constructor's arguments.
    with pytest.raises(OSError) as e:
        mod.set_object(OSError, (2, "gone"))
    assert e.value.errno == 2 and e.value.strerror == "gone"

    # An instance is raised as is.
    instance = ValueError("mine")
    with pytest.raises(ValueError) as e:
        mod.set_object(ValueError, instance)
    assert e.value is instance


def test_setters_return_null(mod):
    assert mod.setters_return_null() is True


def test_occurred_and_clear(mod):
    assert mod.occurred_and_clear() == 10


def test_exception_matches(mod):
    assert mod.key_error_matches(KeyError) == 1
    assert mod.key_error_matches(LookupError) == 1
    assert mod.key_error_matches(Exception) == 1
    assert mod.key_error_matches(IndexError) == 0
    assert mod.key_error_matches((IndexError, KeyError)) == 1
    assert mod.key_error_matches((IndexError, TypeError)) == 0


def test_no_memory(mod):
    with pytest.raises(MemoryError):
        mod.no_memory()


def test_set_from_errno(mod):
    import errno
    with pytest.raises(FileNotFoundError) as e:
        mod.from_errno(OSError)
    assert e.value.errno == errno.ENOENT
    assert e.value.filename is None


def test_set_from_errno_with_filename(mod):
    import errno
    with pytest.raises(PermissionError) as e:
        mod.from_errno_filename(OSError)
    assert e.value.errno == errno.EACCES
    assert e.value.filename == "some/file"
    with pytest.raises(PermissionError) as e:
        mod.from_errno_filename_null(OSError)
    assert e.value.filename is None


def test_set_from_errno_with_filename_objects(mod):
    import errno
    with pytest.raises(FileExistsError) as e:
        mod.from_errno_objects(OSError, "a")
    assert (e.value.errno, e.value.filename, e.value.filename2) == (errno.EEXIST, "a", None)
    with pytest.raises(FileExistsError) as e:
        mod.from_errno_objects(OSError, "a", b"b")
    assert (e.value.filename, e.value.filename2) == ("a", b"b")


def test_new_exception(mod):
    MyError = mod.new_exception("mymod.MyError", None, None)
    assert isinstance(MyError, type)
    assert issubclass(MyError, Exception)
    assert MyError.__name__ == "MyError"
    assert MyError.__module__ == "mymod"
    assert MyError.__bases__ == (Exception,)


def test_new_exception_base_and_dict(mod):
    Err = mod.new_exception("pkg.sub.Err", ValueError, {"answer": 42})
    assert Err.__bases__ == (ValueError,)
    assert Err.__module__ == "pkg.sub"
    assert Err.answer == 42
    Both = mod.new_exception("m.Both", (KeyError, TypeError), None)
    assert Both.__bases__ == (KeyError, TypeError)


def test_new_exception_with_doc(mod):
    Err = mod.new_exception_with_doc("m.Err", "Some doc.", None)
    assert Err.__doc__ == "Some doc."
    assert issubclass(Err, Exception)
    NoDoc = mod.new_exception_with_doc("m.NoDoc", None, RuntimeError)
    assert NoDoc.__doc__ is None
    assert issubclass(NoDoc, RuntimeError)


def test_new_exception_errors(mod):
    with pytest.raises(SystemError, match="^PyErr_NewException: name must be module.class$"):
        mod.new_exception("nodot", None, None)


@pytest.mark.hpy_abis(*CONTEXT_ABIS)
def test_new_exception_null_name(mod):
    with pytest.raises(SystemError) as e:
        mod.new_exception_null_name()
    assert str(e.value) == "exception name must not be NULL"


def test_warn(mod):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        mod.warn(UserWarning, "careful", 1)
        mod.warn(None, "no category", 1)
    assert [(x.category, str(x.message)) for x in w] == [
        (UserWarning, "careful"), (RuntimeWarning, "no category")]


def test_warn_as_error(mod):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(DeprecationWarning, match="^old$"):
            mod.warn(DeprecationWarning, "old", 1)


def test_write_unraisable(mod):
    seen = []
    old_hook = sys.unraisablehook
    sys.unraisablehook = seen.append
    try:
        marker = object()
        assert mod.write_unraisable(marker) == 0
        assert mod.write_unraisable(None) == 0
    finally:
        sys.unraisablehook = old_hook
    assert [type(u.exc_value) for u in seen] == [ValueError, ValueError]
    assert str(seen[0].exc_value) == "unraisable!"
    assert seen[0].object is marker
    assert seen[1].object is None


def test_result_with_pending_error(mod):
    with pytest.raises(SystemError, match="returned a result with an exception set"):
        mod.result_and_error()


def test_null_without_error(mod):
    with pytest.raises(SystemError, match="returned NULL without setting an exception"):
        mod.null_without_error()


def test_fatal_error(compiler, hpy_abi):
    built = compiler.compile_module("""
        HPyDef_METH(die, "die", HPyFunc_NOARGS)
        static HPy die_impl(HPyContext *ctx, HPy self)
        {
            HPy_FatalError(ctx, "boom from the HPy test");
            return HPy_NULL;
        }
        HPyDef_METH(die_null, "die_null", HPyFunc_NOARGS)
        static HPy die_null_impl(HPyContext *ctx, HPy self)
        {
            HPy_FatalError(ctx, NULL);
            return HPy_NULL;
        }
        @EXPORT(die)
        @EXPORT(die_null)
        @INIT
    """)
    result = compiler.run_with_module(built, "mod.die()")
    assert result.returncode == -6, result.stderr  # SIGABRT
    assert "Fatal Python error: " in result.stderr
    assert "boom from the HPy test" in result.stderr

    result = compiler.run_with_module(built, "mod.die_null()")
    assert result.returncode == -6, result.stderr
    if hpy_abi in CONTEXT_ABIS:
        assert "(no message)" in result.stderr
