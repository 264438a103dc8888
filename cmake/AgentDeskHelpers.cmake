# agentdesk_add_test(<name> SOURCES <files…> [LIBS <targets…>] [SANDBOX] [KEYCHAIN] [TIMEOUT <s>])
#
# Builds a Qt Test executable and registers it with CTest. Every test runs on the
# offscreen platform, in English, with its own HOME/XDG directories, so no test touches the user's
# real settings, data or keyring. SANDBOX passes the path of agentdesk-sandbox in
# AGENTDESK_SANDBOX; KEYCHAIN runs the test inside a private D-Bus session with an
# unlocked gnome-keyring.
find_program(AGENTDESK_DBUS_RUN_SESSION dbus-run-session)
find_program(AGENTDESK_GNOME_KEYRING_DAEMON gnome-keyring-daemon)

function(agentdesk_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "SANDBOX;KEYCHAIN" "TIMEOUT" "SOURCES;LIBS")
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 120)
    endif()
    qt_add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${arg_LIBS})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${PROJECT_BINARY_DIR}/tests)

    set(home ${CMAKE_CURRENT_BINARY_DIR}/home/${name})
    set(env
        "QT_QPA_PLATFORM=offscreen"
        # English messages and formats whatever the machine's language; a test of another
        # language sets its own
        "LC_ALL=C.UTF-8"
        "LANGUAGE="
        "HOME=${home}"
        "XDG_CONFIG_HOME=${home}/config"
        "XDG_DATA_HOME=${home}/data"
        "XDG_CACHE_HOME=${home}/cache"
        "XDG_RUNTIME_DIR=${home}/runtime")
    if(arg_SANDBOX)
        add_dependencies(${name} agentdesk-sandbox)
        list(APPEND env "AGENTDESK_SANDBOX=$<TARGET_FILE:agentdesk-sandbox>")
    endif()

    if(arg_KEYCHAIN)
        if(NOT AGENTDESK_DBUS_RUN_SESSION OR NOT AGENTDESK_GNOME_KEYRING_DAEMON)
            message(FATAL_ERROR "${name} needs dbus-run-session and gnome-keyring (scripts/install-deps)")
        endif()
        add_test(NAME ${name}
            COMMAND ${AGENTDESK_DBUS_RUN_SESSION} -- sh -c
                "printf %s agentdesk-test | ${AGENTDESK_GNOME_KEYRING_DAEMON} --unlock --components=secrets >/dev/null && exec \"$0\""
                $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set_tests_properties(${name} PROPERTIES TIMEOUT ${arg_TIMEOUT} ENVIRONMENT "${env}")
    # the runtime dir must exist and be private, or Qt warns on every start
    file(MAKE_DIRECTORY ${home}/runtime)
    file(CHMOD ${home}/runtime DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
endfunction()
