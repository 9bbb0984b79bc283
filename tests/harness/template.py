"""Expanding a test's C snippet into a complete HPy module source.

A snippet is C code with marker lines, each alone on its line:

    @EXPORT(sym)              add the HPyDef `sym` (method or slot) to the module
    @EXPORT_GLOBAL(var)       add the HPyGlobal `var` to HPyModuleDef.globals
    @EXPORT_LEGACY(table)     set HPyModuleDef.legacy_methods (hybrid only)
    @INIT                     emit the HPyModuleDef and HPy_MODINIT
    @HPy_MODINIT(moddef)      only HPy_MODINIT, for a snippet that writes its
                              own HPyModuleDef `moddef`
    @DEFINE_CALL(name, func, n)
                              define and export `name(a1..an)`, returning
                              func(ctx, a1, ..., an), an HPy-returning function
    @DEFINE_CALL_INT(name, func, n)
                              the same for an int-returning function: -1 with
                              an exception set raises it, anything else is
                              returned as a Python int

A marker `@FOO(a, b)` calls the template's method `FOO('a', 'b')`, so a test
file can add markers by subclassing `ModuleTemplate` (see `compiler.template`).
Arguments are split on commas: they cannot contain commas themselves.

Name HPyDefs so they cannot clash with libc (`f_dup`, not `dup`): HPyDef
symbols are global, and the dynamic linker binds `&dup` to libc's dup().
"""

import re
import textwrap

MODULE_DOC = "hpy-rs test module"

_MARKER = re.compile(r"^\s*@([A-Za-z_][A-Za-z0-9_]*)(?:\((.*)\))?\s*$")


class TemplateError(Exception):
    pass


class ModuleTemplate:
    def __init__(self, src, name):
        self.src = textwrap.dedent(src)
        self.name = name
        self.defines = []
        self.globals = []
        self.legacy_methods = "NULL"
        self.initialized = False

    def expand(self):
        out = ["#include <hpy.h>"]
        for line in self.src.splitlines():
            m = _MARKER.match(line)
            if not m:
                out.append(line)
                continue
            method = getattr(self, m.group(1), None)
            if method is None:
                raise TemplateError("unknown marker @%s" % m.group(1))
            args = [a.strip() for a in m.group(2).split(",")] if m.group(2) else []
            text = method(*args)
            if text:
                out.append(textwrap.dedent(text))
        return "\n".join(out) + "\n"

    # -- module contents --------------------------------------------------

    def _check_open(self, marker):
        if self.initialized:
            raise TemplateError("@%s after @INIT" % marker)

    def EXPORT(self, sym):
        self._check_open("EXPORT")
        self.defines.append(sym)

    def EXPORT_GLOBAL(self, var):
        self._check_open("EXPORT_GLOBAL")
        self.globals.append(var)

    def EXPORT_LEGACY(self, table):
        self._check_open("EXPORT_LEGACY")
        self.legacy_methods = table

    def INIT(self):
        self._check_open("INIT")
        self.initialized = True
        defines = "".join("    &%s,\n" % d for d in self.defines)
        lines = ["static HPyDef *moduledefs[] = {\n%s    NULL\n};" % defines]
        globals_field = ""
        if self.globals:
            globs = "".join("    &%s,\n" % g for g in self.globals)
            lines.append("static HPyGlobal *module_globals[] = {\n%s    NULL\n};" % globs)
            globals_field = "    .globals = module_globals,\n"
        lines.append(
            "static HPyModuleDef moduledef = {\n"
            '    .doc = "%s",\n'
            "    .size = 0,\n"
            "    .legacy_methods = %s,\n"
            "    .defines = moduledefs,\n"
            "%s"
            "};" % (MODULE_DOC, self.legacy_methods, globals_field))
        lines.append("HPy_MODINIT(%s, moduledef)" % self.name)
        return "\n".join(lines)

    def HPy_MODINIT(self, moddef):
        self._check_open("HPy_MODINIT")
        self.initialized = True
        return "HPy_MODINIT(%s, %s)" % (self.name, moddef)

    # -- shortcuts for one-call test functions ----------------------------

    def _define_call(self, name, func, n, returns_int):
        n = int(n)
        if n < 1:
            raise TemplateError("@DEFINE_CALL needs at least one argument")
        # A prefixed C symbol: a global HPyDef named like a libc function
        # (`index`, `abs`, ...) would be interposed by it at load time.
        sym = "def_" + name
        self.EXPORT(sym)
        if returns_int:
            call = "int r = %s(ctx, %%s);\n" % func + (
                "    if (r == -1 && HPyErr_Occurred(ctx))\n"
                "        return HPy_NULL;\n"
                "    return HPyLong_FromLong(ctx, r);")
        else:
            call = "return %s(ctx, %%s);" % func
        if n == 1:
            return (
                'HPyDef_METH(%(s)s, "%(n)s", HPyFunc_O)\n'
                "static HPy %(s)s_impl(HPyContext *ctx, HPy self, HPy arg)\n"
                "{\n    %(body)s\n}\n"
                % {"s": sym, "n": name, "body": call % "arg"})
        args = ", ".join("args[%d]" % i for i in range(n))
        return (
            'HPyDef_METH(%(s)s, "%(n)s", HPyFunc_VARARGS)\n'
            "static HPy %(s)s_impl(HPyContext *ctx, HPy self,\n"
            "                      const HPy *args, size_t nargs)\n"
            "{\n"
            "    if (nargs != %(k)d) {\n"
            '        HPyErr_SetString(ctx, ctx->h_TypeError, "%(n)s: expected %(k)d arguments");\n'
            "        return HPy_NULL;\n"
            "    }\n"
            "    %(body)s\n"
            "}\n" % {"s": sym, "n": name, "k": n, "body": call % args})

    def DEFINE_CALL(self, name, func, n):
        return self._define_call(name, func, n, returns_int=False)

    def DEFINE_CALL_INT(self, name, func, n):
        return self._define_call(name, func, n, returns_int=True)
