# Embeds every *.yaml under a policies directory into a C++ source file, so the
# installed binary carries its default policies, and every *.txt (the texts
# the documents quote, policies/sources/), so that `hdpolicy check` verifies
# the quotes from any directory. Regenerated whenever such a file changes or
# one is added (CONFIGURE_DEPENDS re-runs the glob).
set(HDPOLICY_EMBED_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_policies_script.cmake)

function(hdpolicy_embed_policies policies_dir output)
  file(GLOB_RECURSE yaml_files CONFIGURE_DEPENDS ${policies_dir}/*.yaml)
  file(GLOB_RECURSE source_files CONFIGURE_DEPENDS ${policies_dir}/*.txt)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DPOLICIES_DIR=${policies_dir} -DOUTPUT=${output}
            -P ${HDPOLICY_EMBED_SCRIPT}
    DEPENDS ${yaml_files} ${source_files} ${HDPOLICY_EMBED_SCRIPT}
    COMMENT "Embedding policies from ${policies_dir}"
    VERBATIM)
endfunction()
