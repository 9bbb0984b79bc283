"""The HPy ABI version and the file-name suffixes of built extensions
(implemented in ``hpy._abitag``, which the import hook shares)."""

from hpy._abitag import (  # noqa: F401
    HPY_ABI_TAG, HPY_ABI_VERSION, HPY_ABI_VERSION_MINOR, HPY_ABIS,
    get_hpy_ext_suffix, parse_ext_suffix,
)
