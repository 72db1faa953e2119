// Whether the CSV code uses SSE2 (every x86-64 has it) or its portable
// scalar paths. HDPOLICY_PORTABLE (the CMake option of that name) forces the
// portable paths on x86-64 too, so that they are compiled and tested on the
// machines CI has, not only on the first ARM machine a user builds on.
#pragma once

#if defined(__SSE2__) && !defined(HDPOLICY_PORTABLE)
#define HDPOLICY_SSE2 1
#include <emmintrin.h>
#endif
