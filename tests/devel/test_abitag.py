"""hpy.devel.abitag: ABI version constants and extension file-name suffixes."""

import sysconfig

import pytest

from hpy.devel import abitag
from hpy.devel.abitag import (
    HPY_ABI_TAG, HPY_ABI_VERSION, HPY_ABI_VERSION_MINOR, get_hpy_ext_suffix,
    parse_ext_suffix,
)


def test_version_constants():
    assert HPY_ABI_VERSION == 0
    assert HPY_ABI_VERSION_MINOR == 0
    assert HPY_ABI_TAG == 'hpy0'


@pytest.mark.parametrize('suffix, tag, ext', [
    ('.cpython-38-x86_64-linux-gnu.so', 'cp38', 'so'),
    ('.cpython-38d-x86_64-linux-gnu.so', 'cp38d', 'so'),
    ('.cpython-310-x86_64-linux-gnu.so', 'cp310', 'so'),
    ('.cpython-310d-x86_64-linux-gnu.so', 'cp310d', 'so'),
    ('.cpython-313t-x86_64-linux-gnu.so', 'cp313t', 'so'),
    ('.cpython-310-darwin.so', 'cp310', 'so'),
    ('.cp310-win_amd64.pyd', 'cp310', 'pyd'),
    ('.pypy38-pp73-x86_64-linux-gnu.so', 'pypy38-pp73', 'so'),
    ('.graalpy-38-native-x86_64-darwin.dylib', 'graalpy-38-native', 'dylib'),
    ('.someimpl-1-2.so', 'someimpl-1-2', 'so'),
])
def test_parse_ext_suffix(suffix, tag, ext):
    assert parse_ext_suffix(suffix) == (tag, ext)


def test_parse_ext_suffix_defaults_to_interpreter():
    expected = parse_ext_suffix(sysconfig.get_config_var('EXT_SUFFIX'))
    assert parse_ext_suffix() == expected


@pytest.mark.parametrize('bad', ['.so', 'cpython-310.so', '.a.b.c', '..so'])
def test_parse_ext_suffix_rejects_malformed(bad):
    with pytest.raises(ValueError):
        parse_ext_suffix(bad)


def test_get_hpy_ext_suffix():
    linux38 = '.cpython-38-x86_64-linux-gnu.so'
    assert get_hpy_ext_suffix('universal', linux38) == '.hpy0.so'
    assert get_hpy_ext_suffix('hybrid', linux38) == '.hpy0-cp38.so'
    assert get_hpy_ext_suffix('cpython', linux38) == linux38
    assert get_hpy_ext_suffix('universal', '.cp310-win_amd64.pyd') == '.hpy0.pyd'
    assert (get_hpy_ext_suffix('hybrid', '.cp310-win_amd64.pyd')
            == '.hpy0-cp310.pyd')


def test_get_hpy_ext_suffix_for_this_interpreter():
    ext_suffix = sysconfig.get_config_var('EXT_SUFFIX')
    cpy_tag, ext = parse_ext_suffix(ext_suffix)
    assert get_hpy_ext_suffix('cpython') == ext_suffix
    assert get_hpy_ext_suffix('universal') == '.hpy0.' + ext
    assert get_hpy_ext_suffix('hybrid') == '.hpy0-%s.%s' % (cpy_tag, ext)


def test_get_hpy_ext_suffix_rejects_unknown_abi():
    with pytest.raises(ValueError, match='debug'):
        get_hpy_ext_suffix('debug')


def test_matches_header_macros():
    # HPY_ABI_VERSION/HPY_ABI_TAG are also #defined in hpy.h; keep in sync.
    from hpy.devel import HPyDevel
    import re
    hpy_h = HPyDevel().include_dir / 'hpy.h'
    if not hpy_h.exists():
        pytest.skip('hpy.h not present')
    text = hpy_h.read_text()
    version = re.search(r'#\s*define\s+HPY_ABI_VERSION\s+(\d+)', text)
    minor = re.search(r'#\s*define\s+HPY_ABI_VERSION_MINOR\s+(\d+)', text)
    tag = re.search(r'#\s*define\s+HPY_ABI_TAG\s+"([^"]*)"', text)
    assert version and int(version.group(1)) == abitag.HPY_ABI_VERSION
    assert minor and int(minor.group(1)) == abitag.HPY_ABI_VERSION_MINOR
    assert tag and tag.group(1) == abitag.HPY_ABI_TAG
