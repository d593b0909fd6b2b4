# cmake -DPROGRAM=catalog_markdown -DREADME=README.md -P readme_table.cmake
# README.md must contain the catalog table exactly as the code prints it.
execute_process(COMMAND ${PROGRAM} OUTPUT_VARIABLE table RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "catalog_markdown failed: ${rc}")
endif()
file(READ ${README} readme)
string(FIND "${readme}" "${table}" at)
if(at EQUAL -1)
    message(FATAL_ERROR "README.md's model table is out of date: paste the output of build/native/tests/catalog_markdown")
endif()
message(STATUS "README.md documents the catalog as the code has it")
