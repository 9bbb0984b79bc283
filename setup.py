"""Build hooks of the `hpy` distribution (metadata is in pyproject.toml).

Two Rust artifacts are built:
- `hpy.universal`, the extension module that loads HPy universal binaries;
- `hpy/devel/lib/cpython/libhpy_cpython.a`, the runtime that hpy.devel links
  statically into every CPython-ABI extension, so that those need no
  installed `hpy` at run time.
"""
import os
import shutil
import subprocess

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py
from setuptools_rust import Binding, RustExtension
from setuptools_rust.build import build_rust

ROOT = os.path.dirname(os.path.abspath(__file__))
STATIC_RUNTIME = "libhpy_cpython.a"
# Installed next to the `hpy` package: run at interpreter start-up, it lets
# `import NAME` load NAME.hpy0.so without the generated NAME.py stub.
IMPORT_HOOK_PTH = "hpy_import_hook.pth"
IMPORT_HOOK_LINE = "import hpy._import_hook; hpy._import_hook.install()\n"


class build_py_with_import_hook(build_py):
    """`build_py`, plus the .pth file of the import hook."""

    def run(self):
        super().run()
        path = os.path.join(self.build_lib, IMPORT_HOOK_PTH)
        with open(path, "w", encoding="utf-8") as f:
            f.write(IMPORT_HOOK_LINE)

    def get_outputs(self, include_bytecode=True):
        return super().get_outputs(include_bytecode) + [os.path.join(self.build_lib, IMPORT_HOOK_PTH)]


class build_rust_and_static_runtime(build_rust):
    """`build_rust`, plus the CPython-ABI runtime as a static library."""

    def run(self):
        super().run()
        cmd = ["cargo", "build", "--release", "--locked", "-p", "hpy-cpython", "--lib"]
        print("building the CPython-ABI runtime:", " ".join(cmd))
        subprocess.check_call(cmd, cwd=ROOT)
        target_dir = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
        built = os.path.join(target_dir, "release", STATIC_RUNTIME)
        if self.inplace:
            lib_root = os.path.join(ROOT, "python")
        else:
            lib_root = self.get_finalized_command("build_py").build_lib
        dest = os.path.join(lib_root, "hpy", "devel", "lib", "cpython")
        os.makedirs(dest, exist_ok=True)
        shutil.copyfile(built, os.path.join(dest, STATIC_RUNTIME))


setup(
    package_dir={"": "python"},
    packages=find_packages("python"),
    package_data={"hpy.devel": ["include/*.h", "include/**/*.h", "src/runtime/*.c", "lib/*/*.a"]},
    zip_safe=False,
    rust_extensions=[
        RustExtension(
            "hpy.universal",
            path="crates/hpy-universal/Cargo.toml",
            binding=Binding.PyO3,
            features=["pyo3/extension-module"],
            args=["--locked"],
        )
    ],
    cmdclass={"build_rust": build_rust_and_static_runtime, "build_py": build_py_with_import_hook},
)
