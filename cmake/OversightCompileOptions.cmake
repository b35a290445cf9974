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
    OVERSIGHT_VERSION="${PROJECT_VERSION}"
    OVERSIGHT_RELEASE_DATE="${OVERSIGHT_RELEASE_DATE}")
target_compile_options(oversight_compile_options INTERFACE -Wall -Wextra -Wpedantic)
if(OVERSIGHT_WARNINGS_AS_ERRORS)
    target_compile_options(oversight_compile_options INTERFACE -Werror)
endif()

# The sanitizer configuration (scripts/test-sanitized, run in CI): every target,
# tests and the programs they start included, built with AddressSanitizer and
# UndefinedBehaviorSanitizer; any report fails the test that caused it.
option(OVERSIGHT_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(OVERSIGHT_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
