# cmake -P script: writes hdpolicy.1 with the built program (`hdpolicy __man`,
# from the option definitions --help prints), and each page gzipped for
# installation (gzip -9n: no name or time stamp, so the .deb is reproducible).
# Variables: HDPOLICY (the program), PAGES (the hand-written pages), OUT_DIR, GZIP.
execute_process(COMMAND ${HDPOLICY} __man OUTPUT_FILE ${OUT_DIR}/hdpolicy.1 RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "hdpolicy __man failed: ${failed}")
endif()
foreach(page IN LISTS PAGES)
  get_filename_component(name ${page} NAME)
  configure_file(${page} ${OUT_DIR}/${name} COPYONLY)
endforeach()
if(GZIP)
  file(GLOB pages ${OUT_DIR}/*.[1-9])
  foreach(page IN LISTS pages)
    execute_process(COMMAND ${GZIP} -9n -c ${page} OUTPUT_FILE ${page}.gz)
  endforeach()
endif()
