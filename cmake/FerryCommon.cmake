# One INTERFACE target carrying the language level, warnings and Qt defines every Ferry target uses.
add_library(ferry_common INTERFACE)
target_compile_features(ferry_common INTERFACE cxx_std_17)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_definitions(ferry_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x050F00
    FERRY_VERSION="${PROJECT_VERSION}")
target_compile_options(ferry_common INTERFACE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
if(FERRY_WERROR)
    target_compile_options(ferry_common INTERFACE -Werror)
endif()
if(FERRY_SANITIZE)
    target_compile_options(ferry_common INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                  -fno-sanitize-recover=undefined)
    target_link_options(ferry_common INTERFACE -fsanitize=address,undefined)
endif()
if(FERRY_TSAN)
    target_compile_options(ferry_common INTERFACE -fsanitize=thread -fno-omit-frame-pointer)
    target_link_options(ferry_common INTERFACE -fsanitize=thread)
endif()

find_program(CCACHE_PROGRAM ccache)
if(CCACHE_PROGRAM)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CCACHE_PROGRAM})
endif()

# Fails the configure step when a widget-free library links QtGui or QtWidgets, directly or through
# another target. tests/unit also checks the linked binaries.
function(ferry_assert_widget_free target)
    set(_seen "")
    set(_todo ${target})
    while(_todo)
        list(POP_FRONT _todo _t)
        if(_t IN_LIST _seen)
            continue()
        endif()
        list(APPEND _seen ${_t})
        if(_t MATCHES "^Qt[56]?::(Gui|Widgets)$")
            message(FATAL_ERROR "${target} must stay QtCore-only but links ${_t} (see DESIGN.md)")
        endif()
        if(TARGET ${_t})
            get_target_property(_libs ${_t} INTERFACE_LINK_LIBRARIES)
            get_target_property(_type ${_t} TYPE)
            if(NOT _type STREQUAL "INTERFACE_LIBRARY")
                get_target_property(_own ${_t} LINK_LIBRARIES)
                if(_own)
                    list(APPEND _libs ${_own})
                endif()
            endif()
            foreach(_l IN LISTS _libs)
                if(_l AND NOT _l MATCHES "^\\$<")
                    list(APPEND _todo ${_l})
                endif()
            endforeach()
        endif()
    endwhile()
endfunction()
