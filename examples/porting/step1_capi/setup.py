from setuptools import setup, Extension

setup(name="vec2", ext_modules=[Extension("vec2", sources=["vec2.c"])])
