"""HPy 0.9, the handle-based C API for Python extensions, with a Rust runtime.

Subpackages: ``hpy.devel`` (headers and setuptools integration),
``hpy.universal`` (the runtime that loads universal-ABI modules),
``hpy.debug`` and ``hpy.trace`` (Python side of the debug and trace modes).
"""
