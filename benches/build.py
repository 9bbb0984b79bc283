"""Build one benchmark extension with the interpreter that runs this script.

    build.py hpy ABI SOURCE OUT_DIR [MACRO...]     HPy source, with this interpreter's hpy.devel
    build.py plain NAME SOURCE OUT_DIR [MACRO...]  plain C extension

Prints the path of the built binary as the last line of stdout. Runs under
our venv and under upstream's, so it uses the documented hpy.devel entry
point (HPyDevel().fix_distribution on a distutils Distribution) and nothing
specific to either implementation. Compiler flags are Python's own (-O3).
"""

import os
import sys


def _distribution(out_dir):
    from distutils.core import Distribution  # setuptools' copy, as hpy.devel requires
    dist = Distribution()
    build_ext = dist.get_option_dict("build_ext")
    build_ext["build_lib"] = ("bench", out_dir)
    build_ext["build_temp"] = ("bench", os.path.join(out_dir, "tmp"))
    build_ext["force"] = ("bench", True)
    # The loader stub goes to build_py's build_lib.
    dist.get_option_dict("build_py")["build_lib"] = ("bench", out_dir)
    return dist


def _binary(dist):
    outputs = dist.get_command_obj("build_ext").get_outputs()
    binaries = [p for p in outputs if not p.endswith((".py", ".pyc"))]
    if len(binaries) != 1:
        raise SystemExit("expected one binary, build_ext made %r" % (outputs,))
    return os.path.abspath(binaries[0])


def build_hpy(abi, source, out_dir, macros):
    from distutils.core import Extension
    from hpy.devel import HPyDevel
    dist = _distribution(out_dir)
    dist.hpy_abi = abi
    dist.hpy_use_static_libs = False
    dist.hpy_ext_modules = [Extension("hpy_bench", [source], define_macros=macros)]
    dist.py_modules = ["hpy_bench"]
    HPyDevel().fix_distribution(dist)
    dist.run_command("build_ext")
    return _binary(dist)


def build_plain(name, source, out_dir, macros):
    from distutils.core import Extension
    dist = _distribution(out_dir)
    dist.ext_modules = [Extension(name, [source], define_macros=macros)]
    dist.run_command("build_ext")
    return _binary(dist)


def main(argv):
    kind, what, source, out_dir = argv[1:5]
    macros = [(name, None) for name in argv[5:]]
    os.makedirs(out_dir, exist_ok=True)
    source = os.path.abspath(source)
    out_dir = os.path.abspath(out_dir)
    os.chdir(out_dir)
    build = build_hpy if kind == "hpy" else build_plain
    path = build(what, source, out_dir, macros)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
