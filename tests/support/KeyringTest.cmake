# For lofty_add_test(... KEYRING): the test starts inside a private session bus (dbus-run-session)
# where gnome-keyring-daemon runs unlocked, with HOME and the XDG folders in the build tree, so it
# reaches the real Secret Service without ever touching the user's own keyring. Without
# dbus-run-session or gnome-keyring-daemon the test runs plainly and its keychain slots QSKIP
# (PrivateHome::haveSessionBus()).
find_program(LOFTY_DBUS_RUN_SESSION dbus-run-session)
find_program(LOFTY_GNOME_KEYRING_DAEMON gnome-keyring-daemon)

# Sets <command_var> to the test's command line and appends the private folders to <environment_var>.
function(lofty_keyring_test_command name command_var environment_var)
    if(NOT (LOFTY_DBUS_RUN_SESSION AND LOFTY_GNOME_KEYRING_DAEMON))
        set(${command_var} ${name} PARENT_SCOPE)
        return()
    endif()
    set(root "${CMAKE_CURRENT_BINARY_DIR}/${name}-keyring")
    file(MAKE_DIRECTORY "${root}/home" "${root}/config" "${root}/data" "${root}/cache" "${root}/run")
    file(CHMOD "${root}/run" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
    set(${command_var} ${LOFTY_DBUS_RUN_SESSION} -- sh -c
        "printf '\\n' | ${LOFTY_GNOME_KEYRING_DAEMON} --unlock --components=secrets >/dev/null && exec \"$0\""
        $<TARGET_FILE:${name}> PARENT_SCOPE)
    set(${environment_var} ${${environment_var}} "HOME=${root}/home" "XDG_CONFIG_HOME=${root}/config"
        "XDG_DATA_HOME=${root}/data" "XDG_CACHE_HOME=${root}/cache" "XDG_RUNTIME_DIR=${root}/run" PARENT_SCOPE)
endfunction()
