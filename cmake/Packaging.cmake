# The Debian package of AgentDesk: `cpack -G DEB` in a build tree (scripts/package builds it in
# build-package/ and runs lintian on it; tests/package checks it). The files besides the three
# programs are installed by packaging/CMakeLists.txt, which uses the variables set here.
#
# One source for each fact: the version and the homepage come from project(), the rest from here.

# The application id names the desktop entry, the AppStream component and the icon: the
# homepage's host in reverse (https://agentdesk.example.org -> org.example.agentdesk).
string(REGEX REPLACE "^[a-z]+://([^/:]+).*$" "\\1" _agentdesk_host "${PROJECT_HOMEPAGE_URL}")
string(REPLACE "." ";" _agentdesk_labels "${_agentdesk_host}")
list(REVERSE _agentdesk_labels)
list(JOIN _agentdesk_labels "." AGENTDESK_APP_ID)

set(AGENTDESK_MAINTAINER "AgentDesk authors <maintainers@${_agentdesk_host}>")
set(AGENTDESK_COPYRIGHT "2026 The AgentDesk authors")

# The day the version in project() is released: the date of the AppStream <release>, of the
# Debian changelog entry and of the man pages. Fixed rather than the build time, so that two
# builds of one version make the same package. Update it together with project(VERSION).
set(AGENTDESK_RELEASE_DATE 2026-11-23)
execute_process(COMMAND date -u -d "${AGENTDESK_RELEASE_DATE}" +%s
    OUTPUT_VARIABLE AGENTDESK_RELEASE_EPOCH OUTPUT_STRIP_TRAILING_WHITESPACE
    COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND date -u -R -d "${AGENTDESK_RELEASE_DATE}"
    OUTPUT_VARIABLE AGENTDESK_RELEASE_DATE_RFC2822 OUTPUT_STRIP_TRAILING_WHITESPACE
    COMMAND_ERROR_IS_FATAL ANY)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME agentdesk)
set(CPACK_PACKAGE_VENDOR "The AgentDesk authors")
set(CPACK_PACKAGE_CONTACT "${AGENTDESK_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${AGENTDESK_MAINTAINER}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Debian policy 3.4: the extended description, lines of at most 80 characters
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[
AgentDesk brings three live views into one window for contact-center agents
and their supervisors: the cases and activities of an eGain case-management
server (eGain Case Manager API v3 or Cisco ECE Interaction API v12), and the
callbacks, tickets and voice mails in the event queue of a jtel ACD.

Agents log phone calls and queue callbacks; supervisors move activities
between cases and people. AgentDesk starts from its local cache, keeps working
when the network drops, and keeps every change in a durable outbox until the
server has applied it. Passwords and tokens are kept in the system keychain
(GNOME Keyring or KWallet), never in files.

The package also contains agentdeskctl, the command-line companion for
scripting and bulk work, and agentdesk-sandbox, a local server with demo data
for training and demonstrations.]=])

# dpkg-shlibdeps finds the libraries the programs link; these are loaded at run time and so are
# invisible to it: Qt's SQLite driver (the cache), Qt's platform plugins (xcb, wayland), Qt's SVG
# icon engine and image plugin (the window's icons, resources/), and libsecret, which QtKeychain
# dlopen()s to reach the Secret Service.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6, libsecret-1-0")
# a keychain to keep the secrets in (GNOME Keyring through libsecret, or kwalletd5 on Plasma),
# and Qt's own strings (standard dialogs and buttons) in German, French and Spanish
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | libkf5wallet-bin, qt6-translations-l10n")

set(CPACK_STRIP_FILES ON)
# control files 0644 and directories 0755 whatever the umask of the build (lintian checks both)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)

include(CPack)
