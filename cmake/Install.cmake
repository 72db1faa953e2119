# What `cmake --install` puts where: the executable; with
# HDPOLICY_INSTALL_LIBRARY, libhdpolicy (shared and static), the public
# headers, the CMake package `find_package(hdpolicy)` and hdpolicy.pc.
# Man pages: docs/CMakeLists.txt.
install(TARGETS hdpolicy RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The HTTP server `hdpolicy serve` starts (cmd/serve_run.hpp): not a command of its own.
install(TARGETS hdpolicy-serve RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/hdpolicy)

# Completions where bash-completion and Debian's zsh look for them; the
# policies (the built-in set, to read or copy for --policies) and examples.
install(FILES ${PROJECT_SOURCE_DIR}/completions/hdpolicy.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME hdpolicy)
install(FILES ${PROJECT_SOURCE_DIR}/completions/_hdpolicy DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/policies/ DESTINATION ${CMAKE_INSTALL_DATADIR}/hdpolicy/policies)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/examples/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
install(FILES ${PROJECT_SOURCE_DIR}/README.md ${PROJECT_SOURCE_DIR}/docs/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})
# hdpolicy.service for systemd, pointing at this installation's hdpolicy. The
# package installs it and enables nothing: no maintainer script starts it.
set(HDPOLICY_SYSTEMD_UNIT_DIR lib/systemd/system CACHE STRING "Where hdpolicy.service is installed, under the prefix")
set(HDPOLICY_UNIT_BINARY ${CMAKE_INSTALL_FULL_BINDIR}/hdpolicy)
configure_file(${PROJECT_SOURCE_DIR}/cmake/hdpolicy.service.in ${PROJECT_BINARY_DIR}/hdpolicy.service @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/hdpolicy.service DESTINATION ${HDPOLICY_SYSTEMD_UNIT_DIR})
# CHANGELOG.md as it is: a Debian changelog (changelog.gz) has another format.
install(FILES ${PROJECT_SOURCE_DIR}/CHANGELOG.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

if(NOT HDPOLICY_INSTALL_LIBRARY)
  return()
endif()

include(CMakePackageConfigHelpers)
set(HDPOLICY_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/hdpolicy)

# Two export sets, so that a program using the shared library needs only the
# headers' dependencies (date, nlohmann_json); the static one also links fmt
# and yaml-cpp, and hdpolicyConfig.cmake offers it when those are found.
install(TARGETS hdpolicy_shared EXPORT hdpolicy-shared LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(TARGETS hdpolicy_core EXPORT hdpolicy-static ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(EXPORT hdpolicy-shared NAMESPACE hdpolicy:: FILE hdpolicy-shared-targets.cmake DESTINATION ${HDPOLICY_CMAKE_DIR})
install(EXPORT hdpolicy-static NAMESPACE hdpolicy:: FILE hdpolicy-static-targets.cmake DESTINATION ${HDPOLICY_CMAKE_DIR})

# The stable facade is what is installed: hdpolicy.hpp, the export macro and
# the generated version.hpp. The other headers of lib/include/hdpolicy/ are
# the library's insides, for this tree's executable and tests; the shared
# library does not export them (-fvisibility=hidden).
install(FILES ${PROJECT_SOURCE_DIR}/lib/include/hdpolicy/hdpolicy.hpp ${PROJECT_SOURCE_DIR}/lib/include/hdpolicy/export.hpp
              ${PROJECT_BINARY_DIR}/include/hdpolicy/version.hpp DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/hdpolicy)

configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/hdpolicyConfig.cmake.in
                              ${PROJECT_BINARY_DIR}/hdpolicyConfig.cmake INSTALL_DESTINATION ${HDPOLICY_CMAKE_DIR})
# 0.x releases may change the API from one minor version to the next.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/hdpolicyConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/hdpolicyConfig.cmake ${PROJECT_BINARY_DIR}/hdpolicyConfigVersion.cmake
        DESTINATION ${HDPOLICY_CMAKE_DIR})

# hdpolicy.pc finds the prefix from its own place (${pcfiledir}), so an
# installation moved or unpacked elsewhere (dpkg -x) still works.
set(HDPOLICY_PC_DIR ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
file(RELATIVE_PATH HDPOLICY_PC_TO_PREFIX /prefix/${HDPOLICY_PC_DIR} /prefix)
string(REGEX REPLACE "/$" "" HDPOLICY_PC_TO_PREFIX "${HDPOLICY_PC_TO_PREFIX}")
configure_file(${PROJECT_SOURCE_DIR}/cmake/hdpolicy.pc.in ${PROJECT_BINARY_DIR}/hdpolicy.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/hdpolicy.pc DESTINATION ${HDPOLICY_PC_DIR})
