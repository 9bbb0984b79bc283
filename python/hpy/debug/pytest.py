"""pytest integration of hpy.debug.

As a plugin (``pytest -p hpy.debug.pytest``, or ``pytest_plugins =
['hpy.debug.pytest']`` in a top-level conftest.py), it fails every test that
leaves handles open in modules loaded in debug mode: the test's own code runs
under a LeakDetector, and an HPyLeakError at its end fails it. Mark a test
``@pytest.mark.hpy_debug_allow_leaks`` to skip the check.

Without the plugin, a test can ask for the ``hpy_debug`` fixture (import it
into the test module: ``from hpy.debug.pytest import hpy_debug``), which does
the same for that test and hands it the LeakDetector.
"""

import pytest

from .leakdetector import HPyLeakError, LeakDetector

__all__ = ['LeakDetector', 'hpy_debug']


@pytest.fixture
def hpy_debug():
    """Run the test under a LeakDetector, which the test receives."""
    with LeakDetector() as detector:
        yield detector


def pytest_configure(config):
    config.addinivalue_line(
        'markers',
        'hpy_debug_allow_leaks: do not fail the test when it leaves HPy '
        'handles open (hpy.debug.pytest plugin)')


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    if (item.get_closest_marker('hpy_debug_allow_leaks') is not None
            or 'hpy_debug' in getattr(item, 'fixturenames', ())):
        return (yield)
    detector = LeakDetector()
    detector.start()
    try:
        result = yield
    except BaseException:
        # The test failed already: its own error is the one to show.
        try:
            detector.stop()
        except HPyLeakError:
            pass
        raise
    detector.stop()
    return result
