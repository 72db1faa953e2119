// HDPOLICY_EXPORT: what libhdpolicy.so exports. The library is compiled with
// -fvisibility=hidden, so only what is marked here (the facade,
// hdpolicy/hdpolicy.hpp) is a symbol other programs can link to.
#pragma once

#if defined(__GNUC__) || defined(__clang__)
#define HDPOLICY_EXPORT __attribute__((visibility("default")))
#else
#define HDPOLICY_EXPORT
#endif
