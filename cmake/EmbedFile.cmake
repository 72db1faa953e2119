# Embeds one file (the page and the OpenAPI template of `hdpolicy serve`) into
# a C++ source defining `std::string_view FUNCTION()` in namespace hdpolicy,
# so the binary serves them with no file beside it (and no request reads a
# file). Regenerated when the file changes.
set(HDPOLICY_EMBED_FILE_SCRIPT ${CMAKE_CURRENT_LIST_DIR}/embed_file_script.cmake)

function(hdpolicy_embed_file input function output)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DFUNCTION=${function} -DOUTPUT=${output}
            -P ${HDPOLICY_EMBED_FILE_SCRIPT}
    DEPENDS ${input} ${HDPOLICY_EMBED_FILE_SCRIPT}
    COMMENT "Embedding ${input}"
    VERBATIM)
endfunction()
