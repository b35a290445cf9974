# Project-wide compile settings: strict Qt string handling from the first commit,
# and warnings that CI turns into errors.
add_library(oversight_compile_options INTERFACE)
target_compile_definitions(oversight_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    OVERSIGHT_VERSION="${PROJECT_VERSION}")
target_compile_options(oversight_compile_options INTERFACE -Wall -Wextra -Wpedantic)
if(OVERSIGHT_WARNINGS_AS_ERRORS)
    target_compile_options(oversight_compile_options INTERFACE -Werror)
endif()
