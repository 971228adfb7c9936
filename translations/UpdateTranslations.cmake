# Runs lupdate over Ferry's sources into <TS_DIR>/ferry_<lang>.ts, merging with what is there. One script for
# the update_translations target and for tst_translations, which runs it on copies to see whether the
# committed files are current.
#   cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<repository> -DTS_DIR=<directory> -DLANGUAGES=de,fr
#         [-DPLURALS=en] -P UpdateTranslations.cmake
# PLURALS names the source language's own catalog, which holds only the messages with plural forms ("%n
# session(s)"): English needs it to say "1 session" and "2 sessions".
foreach(_var LUPDATE SOURCE_DIR TS_DIR LANGUAGES)
    if(NOT DEFINED ${_var})
        message(FATAL_ERROR "UpdateTranslations.cmake: ${_var} is not set")
    endif()
endforeach()

# Every folder with user-visible strings. sessions and sftp translate through Q_DECLARE_TR_FUNCTIONS,
# which lupdate finds in their headers.
set(_sources app ui terminal sessions sftp)
set(_inputs "")
foreach(_dir IN LISTS _sources)
    list(APPEND _inputs "${SOURCE_DIR}/${_dir}")
endforeach()

string(REPLACE "," ";" _languages "${LANGUAGES}")
set(_ts_files "")
foreach(_lang IN LISTS _languages)
    list(APPEND _ts_files "${TS_DIR}/ferry_${_lang}.ts")
endforeach()

# No source locations: line numbers would change the files on every edit of the code around a string,
# burying the changes that matter to translators. Strings that left the code are dropped.
execute_process(
    COMMAND "${LUPDATE}" -silent -locations none -no-obsolete -source-language en ${_inputs} -ts ${_ts_files}
    RESULT_VARIABLE _result
    OUTPUT_VARIABLE _output
    ERROR_VARIABLE _output)
if(NOT _result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${_result}):\n${_output}")
endif()
# lupdate reports what it cannot parse (tr() in a class without Q_OBJECT, for example) but still succeeds.
if(_output)
    message(WARNING "lupdate:\n${_output}")
endif()

if(DEFINED PLURALS AND NOT PLURALS STREQUAL "")
    execute_process(
        COMMAND "${LUPDATE}" -silent -locations none -no-obsolete -pluralonly -source-language en
                -target-language ${PLURALS} ${_inputs} -ts "${TS_DIR}/ferry_${PLURALS}.ts"
        RESULT_VARIABLE _result
        OUTPUT_VARIABLE _output
        ERROR_VARIABLE _output)
    if(NOT _result EQUAL 0)
        message(FATAL_ERROR "lupdate -pluralonly failed (${_result}):\n${_output}")
    endif()
endif()
