# Chooses the Qt major and finds the Qt modules every build needs, exposing versionless targets
# (Qt::Core, ...). find_package(QT NAMES Qt6 Qt5) alone would pick Qt 6 whenever it is installed,
# which on Debian 12 cannot build the terminal and editor, hence the explicit choice.
set(_ferry_qt_components Core Network Test)
if(NOT FERRY_LIBS_ONLY)
    list(APPEND _ferry_qt_components Gui Widgets DBus)
endif()

if(FERRY_QT_MAJOR STREQUAL "auto")
    # Look for the packages' config files only: loading Qt 6 here would define the versionless Qt::
    # targets for Qt 6 even when the build then has to use Qt 5.
    find_path(FERRY_QT6_CONFIG_DIR Qt6Config.cmake
              PATH_SUFFIXES lib/${CMAKE_LIBRARY_ARCHITECTURE}/cmake/Qt6 lib/cmake/Qt6)
    find_path(FERRY_QTERMWIDGET6_CONFIG_DIR qtermwidget6-config.cmake
              PATH_SUFFIXES lib/${CMAKE_LIBRARY_ARCHITECTURE}/cmake/qtermwidget6 lib/cmake/qtermwidget6
                            share/cmake/qtermwidget6)
    find_path(FERRY_KF6SYNTAX_CONFIG_DIR KF6SyntaxHighlightingConfig.cmake
              PATH_SUFFIXES lib/${CMAKE_LIBRARY_ARCHITECTURE}/cmake/KF6SyntaxHighlighting
                            lib/cmake/KF6SyntaxHighlighting)
    set(_ferry_major 5)
    if(FERRY_QT6_CONFIG_DIR AND (FERRY_LIBS_ONLY OR (FERRY_QTERMWIDGET6_CONFIG_DIR AND FERRY_KF6SYNTAX_CONFIG_DIR)))
        set(_ferry_major 6)
    endif()
else()
    set(_ferry_major ${FERRY_QT_MAJOR})
endif()

find_package(QT NAMES Qt${_ferry_major} REQUIRED COMPONENTS Core)
find_package(Qt${QT_VERSION_MAJOR} 5.15 REQUIRED COMPONENTS ${_ferry_qt_components})
message(STATUS "Ferry: building with Qt ${QT_VERSION} (libraries only: ${FERRY_LIBS_ONLY})")
set(CMAKE_AUTOMOC ON)
