/* HPy_EXPORTED_SYMBOL: marks the module entry points (see HPy_MODINIT) as
 * visible from outside the shared library. */
#ifndef HPY_HPYEXPORTS_H
#define HPY_HPYEXPORTS_H

#ifndef HPy_EXPORTED_SYMBOL
#  if defined(_WIN32) || defined(__CYGWIN__)
#    define HPy_EXPORTED_SYMBOL __declspec(dllexport)
#  else
#    define HPy_EXPORTED_SYMBOL __attribute__((visibility("default")))
#  endif
#endif

#endif /* HPY_HPYEXPORTS_H */
