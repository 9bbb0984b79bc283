"""pytest integration of hpy.debug.

Load it with ``-p hpy.debug.pytest`` or ``pytest_plugins = ['hpy.debug.pytest']``
in a conftest.py; then a test that asks for the ``hpy_debug`` fixture fails
at teardown if handles it opened in debug-mode modules are still open.
"""

import pytest

from .leakdetector import LeakDetector


@pytest.fixture
def hpy_debug():
    """Run the test under a LeakDetector, which the test receives."""
    with LeakDetector() as detector:
        yield detector
