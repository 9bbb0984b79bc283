"""The HPy ABI version and the file-name suffixes of built extensions.

The version numbers must match ``HPY_ABI_VERSION``/``HPY_ABI_VERSION_MINOR``
and ``HPY_ABI_TAG`` in ``hpy.h`` and ``ctx->abi_version`` in the runtime.

Public as ``hpy.devel.abitag``. It lives here, outside ``hpy.devel`` (which
imports setuptools), because the import hook (``hpy._import_hook``) needs
the suffixes at interpreter start-up, so it must import nothing heavy.
"""

HPY_ABI_VERSION = 0
HPY_ABI_VERSION_MINOR = 0
HPY_ABI_TAG = 'hpy%d' % HPY_ABI_VERSION

HPY_ABIS = ('cpython', 'hybrid', 'universal')

# How many '-'-separated parts of the SOABI name the interpreter ABI; the
# rest names the platform. Checked in order, so 'cpython' precedes 'cp'.
_ABI_PARTS_BY_PREFIX = (
    ('cpython', 2),   # .cpython-310-x86_64-linux-gnu.so, .cpython-310-darwin.so
    ('cp', 1),        # .cp310-win_amd64.pyd
    ('pypy', 2),      # .pypy38-pp73-x86_64-linux-gnu.so
    ('graalpy', 3),   # .graalpy-38-native-x86_64-darwin.dylib
)


def _default_ext_suffix():
    import sysconfig
    return sysconfig.get_config_var('EXT_SUFFIX')


def parse_ext_suffix(ext_suffix=None):
    """Split an EXT_SUFFIX into ``(abi_tag, file_extension)``.

    ``'.cpython-310-x86_64-linux-gnu.so'`` gives ``('cp310', 'so')``: the
    platform part is dropped and ``cpython-`` is shortened to ``cp`` as in
    wheel tags. Without an argument, the running interpreter's suffix is used.
    """
    if ext_suffix is None:
        ext_suffix = _default_ext_suffix()
    pieces = ext_suffix.split('.')
    if len(pieces) != 3 or pieces[0] != '' or not pieces[1] or not pieces[2]:
        raise ValueError(
            'cannot parse extension suffix %r: expected the form '
            '".<soabi>.<ext>"' % (ext_suffix,))
    _, soabi, ext = pieces
    parts = soabi.split('-')
    keep = len(parts)
    for prefix, n in _ABI_PARTS_BY_PREFIX:
        if parts[0].startswith(prefix):
            keep = n
            break
    abi_tag = '-'.join(parts[:keep]).replace('cpython-', 'cp')
    return abi_tag, ext


def get_hpy_ext_suffix(hpy_abi, ext_suffix=None):
    """Return the file-name suffix of an extension built for ``hpy_abi``.

    On CPython 3.11/Linux: ``cpython`` gives the interpreter's EXT_SUFFIX,
    ``universal`` gives ``.hpy0.so`` and ``hybrid`` gives ``.hpy0-cp311.so``.
    ``ext_suffix`` replaces the interpreter's EXT_SUFFIX (e.g. to cross-build).
    """
    if hpy_abi not in HPY_ABIS:
        raise ValueError('unknown HPy ABI %r; expected one of: %s'
                         % (hpy_abi, ', '.join(HPY_ABIS)))
    if hpy_abi == 'cpython':
        return ext_suffix if ext_suffix is not None else _default_ext_suffix()
    cpy_abi_tag, ext = parse_ext_suffix(ext_suffix)
    if hpy_abi == 'universal':
        return '.%s.%s' % (HPY_ABI_TAG, ext)
    return '.%s-%s.%s' % (HPY_ABI_TAG, cpy_abi_tag, ext)
