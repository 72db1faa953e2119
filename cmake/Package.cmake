# `cpack -G DEB` in a build folder makes hdpolicy_VERSION_amd64.deb of what
# `cmake --install` installs, under /usr: the program, libhdpolicy (shared,
# static, headers, CMake package, pkg-config), man pages, completions, the
# policies and examples. Its dependencies are found by dpkg-shlibdeps (package
# dpkg-dev). Configure the package's build with -DCMAKE_INSTALL_PREFIX=/usr so
# that the library goes to Debian's multiarch folder (lib/x86_64-linux-gnu),
# and with Debian's hardening flags: see .ci/run, step 5.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hdpolicy)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT "hdpolicy maintainers <maintainers@users.noreply.r-seed-b1957d43.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Haidian District policies as exact, explainable computations")
# The long description; CPack indents it and writes the empty line as " .".
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "hdpolicy computes what Haidian District (Beijing) policies grant: premium
subsidies for science-and-technology insurance, job-expansion subsidies,
statutory workdays and legal deadlines, for one claim or a whole CSV file.
Every number comes from YAML policy files that cite the article behind it,
and every answer explains itself in Chinese or English.

The package also holds libhdpolicy for C++ programs (shared and static
library, headers, CMake package and pkg-config file), the man pages
hdpolicy(1) and hdpolicy-policies(5), bash and zsh completions, the
built-in policies and examples.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # hdpolicy_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libhdpolicy.so in the package: a shlibs file (programs linked to it depend
# on this release or a later one of the same soname) and the ldconfig trigger
# (CPack's own GENERATE_SHLIBS runs ldconfig from maintainer scripts instead,
# which lintian flags).
if(HDPOLICY_INSTALL_LIBRARY)
  set(control ${PROJECT_BINARY_DIR}/deb-control)
  file(MAKE_DIRECTORY ${control})
  file(WRITE ${control}/shlibs
       "libhdpolicy ${PROJECT_VERSION_MAJOR}.${PROJECT_VERSION_MINOR} hdpolicy (>= ${PROJECT_VERSION})\n")
  file(WRITE ${control}/triggers "activate-noawait ldconfig\n")
  set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${control}/shlibs ${control}/triggers)
endif()
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# What building a program against libhdpolicy needs beyond the package.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "g++, cmake | pkg-config, libhowardhinnant-date-dev, nlohmann-json3-dev, libfmt-dev, libyaml-cpp-dev")
set(CPACK_STRIP_FILES ON)
include(CPack)
