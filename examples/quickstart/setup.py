from setuptools import setup, Extension

setup(
    name="hpy-quickstart",
    hpy_ext_modules=[Extension("quickstart", sources=["quickstart.c"])],
    setup_requires=["hpy>=0.9"],
)
