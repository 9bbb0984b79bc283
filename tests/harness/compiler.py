"""`ExtensionCompiler`: what the `compiler` fixture gives each test."""

import textwrap
from dataclasses import dataclass
from pathlib import Path

from . import build, loading
from .paths import our_headers
from .template import ModuleTemplate


@dataclass
class BuiltModule:
    name: str
    path: Path
    source: Path


class ExtensionCompiler:
    """Builds C snippets into modules for one ABI, in one directory.

    `headers` defaults to the hpy.devel under test; `template` is the
    ModuleTemplate subclass that expands markers (a test file may set its
    own: `compiler.template = MyTemplate`).
    """

    def __init__(self, tmp_dir, abi, helper_cache, headers=None,
                 verbose=False, dump_dir=None):
        self.tmp_dir = Path(tmp_dir)
        self.abi = abi
        self.helper_cache = helper_cache
        self.headers = headers or our_headers()
        self.verbose = verbose
        self.dump_dir = Path(dump_dir) if dump_dir else None
        self.template = ModuleTemplate

    @property
    def hpy_abi(self):
        return self.abi.name

    def expand(self, src, name="mytest"):
        return self.template(src, name).expand()

    def write_source(self, src, name="mytest", raw=False):
        """Write the (expanded, unless `raw`) snippet to NAME.c."""
        text = src if raw else self.expand(src, name)
        path = self.tmp_dir / (name + ".c")
        path.write_text(text)
        if self.dump_dir:
            self.dump_dir.mkdir(parents=True, exist_ok=True)
            (self.dump_dir / path.name).write_text(text)
        return path

    def compile_module(self, src, name="mytest", raw=False, extra_cflags=(),
                       extra_sources=()):
        """Build NAME<suffix> from `src`. `extra_sources` are more snippets
        (each expanded with its own template, named extmod_<i>)."""
        sources = [self.write_source(src, name, raw)]
        for i, extra in enumerate(extra_sources):
            sources.append(self.write_source(extra, "extmod_%d" % i, raw))
        if self.dump_dir:
            import pytest  # only here: loading.py must work without pytest
            pytest.skip("--dump-dir: only writing the sources")
        output = self.tmp_dir / (name + self.abi.so_suffix)
        helpers = self.helper_cache.objects(self.headers, self.abi, self.verbose)
        build.link_shared(self.headers, self.abi, sources, output, helpers,
                          extra_cflags, self.verbose)
        return BuiltModule(name, output, sources[0])

    def load_module(self, built, name=None, path=None):
        return loading.load_module(name or built.name, path or built.path,
                                   self.abi.load_mode)

    def make_module(self, src, name="mytest", **kwargs):
        return self.load_module(self.compile_module(src, name, **kwargs))

    def run_with_module(self, built, code, **kwargs):
        """Run `code` in a new interpreter where `mod` is the loaded module."""
        prelude = loading.loader_prelude(built.name, built.path, self.abi.load_mode)
        return loading.run_python(prelude + textwrap.dedent(code), **kwargs)
