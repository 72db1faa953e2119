# Build variants that check the code rather than ship it. Each adds flags to
# every target only when its option is set (see the options in the top-level
# CMakeLists.txt); none is on in the default Release build.

# HDPOLICY_SANITIZE=address,undefined: the sanitizers, stopping at the first
# report (-fno-sanitize-recover) so that a test run under them fails on it.
if(HDPOLICY_SANITIZE)
  add_compile_options(-fsanitize=${HDPOLICY_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${HDPOLICY_SANITIZE})
endif()

# HDPOLICY_FUZZ=ON: libFuzzer harnesses (tests/fuzz). The whole tree is
# compiled with coverage instrumentation (fuzzer-no-link), so that libFuzzer
# sees the library's branches; the harnesses alone link libFuzzer's main.
if(HDPOLICY_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "HDPOLICY_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
  endif()
  if(NOT HDPOLICY_BUILD_TESTS)
    message(FATAL_ERROR "HDPOLICY_FUZZ needs HDPOLICY_BUILD_TESTS=ON (the harnesses live in tests/fuzz)")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link)
  add_link_options(-fsanitize=fuzzer-no-link)
endif()

# HDPOLICY_PORTABLE=ON: the CSV reader and writer take their scalar paths
# (lib/src/simd.hpp), which x86-64 builds otherwise never compile.
if(HDPOLICY_PORTABLE)
  add_compile_definitions(HDPOLICY_PORTABLE=1)
endif()
