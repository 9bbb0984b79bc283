from setuptools import setup, Extension

# Build with: python setup.py --hpy-abi=hybrid build_ext --inplace
setup(name="vec2", hpy_ext_modules=[Extension("vec2", sources=["vec2.c"])],
      setup_requires=["hpy>=0.9"])
