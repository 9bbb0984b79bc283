"""Build HPy extensions with setuptools.

In setup.py, pass ``hpy_ext_modules=[Extension(...), ...]`` to ``setup()``
(the ``distutils.setup_keywords`` entry point calls
:func:`handle_hpy_ext_modules`) and choose the ABI with the global option
``--hpy-abi={cpython,hybrid,universal}``, given before the command::

    python setup.py --hpy-abi=universal build_ext --inplace

Code that drives distutils itself calls ``HPyDevel().fix_distribution(dist)``
after setting ``dist.hpy_ext_modules`` (and optionally ``dist.hpy_abi`` and
``dist.hpy_use_static_libs``). See docs/building.md.
"""

import setuptools
import distutils

if distutils is not getattr(setuptools, '_distutils', None):
    raise ImportError(
        "hpy.devel needs setuptools' own copy of distutils, but 'distutils' "
        "is %r. Upgrade setuptools (>= 64) and make sure the environment "
        "variable SETUPTOOLS_USE_DISTUTILS is unset or 'local'." % (distutils,))

from distutils.errors import DistutilsSetupError  # noqa: E402

from .abitag import (  # noqa: E402
    HPY_ABI_TAG, HPY_ABI_VERSION, HPY_ABI_VERSION_MINOR, HPY_ABIS,
    get_hpy_ext_suffix, parse_ext_suffix,
)
from .commands import DEFAULT_HPY_ABI  # noqa: E402
from .layout import BuildFlags, HPyDevel  # noqa: E402

__all__ = [
    'BuildFlags', 'DEFAULT_HPY_ABI', 'HPY_ABIS', 'HPY_ABI_TAG',
    'HPY_ABI_VERSION', 'HPY_ABI_VERSION_MINOR', 'HPY_GLOBAL_OPTIONS',
    'HPyDevel', 'get_hpy_ext_suffix', 'handle_hpy_ext_modules',
    'parse_ext_suffix',
]

# Global setup.py options; distutils stores them as dist.hpy_abi and
# dist.hpy_use_static_libs.
HPY_GLOBAL_OPTIONS = [
    ('hpy-abi=', None,
     'HPy ABI to build hpy_ext_modules for: %s (default: %s)'
     % (', '.join(HPY_ABIS), DEFAULT_HPY_ABI)),
    ('hpy-use-static-libs', None,
     "link hpy.devel's prebuilt helper libraries, when it ships them, "
     'instead of compiling the helper sources'),
]


def handle_hpy_ext_modules(dist, attr, value):
    """setuptools hook for the ``hpy_ext_modules`` argument of ``setup()``.

    Registered as the ``distutils.setup_keywords`` entry point
    ``hpy_ext_modules``; setuptools calls it while the Distribution is
    created, before the command line is parsed.
    """
    if attr != 'hpy_ext_modules':
        raise DistutilsSetupError('unexpected setup keyword %r' % (attr,))
    _check_extension_list(value)
    existing = [opt[0] for opt in dist.global_options]
    dist.global_options = dist.global_options + [
        opt for opt in HPY_GLOBAL_OPTIONS if opt[0] not in existing]
    HPyDevel().fix_distribution(dist)


def _check_extension_list(value):
    from distutils.extension import Extension  # setuptools' derives from it
    if not isinstance(value, (list, tuple)) or not all(
            isinstance(ext, Extension) for ext in value):
        raise DistutilsSetupError(
            'hpy_ext_modules must be a list of Extension instances, got %r'
            % (value,))
