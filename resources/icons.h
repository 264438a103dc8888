#pragma once

#include <QIcon>

// The icons of AgentDesk's actions and window. Each action icon is looked up in the desktop's
// icon theme by its freedesktop name first, so AgentDesk looks like the rest of the desktop; the
// bundled SVG of the same name stands in where the theme has none (no theme, a minimal one).
namespace Icons {

enum Icon {
    NewCalltrack, // document-new
    MoveToCase, // go-jump
    NewCallback, // call-start
    Sync, // view-refresh
    Outbox, // mail-outbox
    Filter, // edit-find
    Profiles, // system-users
    Quit, // application-exit
    Copy, // edit-copy
    KeyboardShortcuts, // preferences-desktop-keyboard
    About, // help-about
    ReadingPane, // document-preview
    Transfer, // mail-forward
    Pick, // go-bottom
    Application, // AgentDesk's own icon, always the bundled one
};

QIcon get(Icon icon);

// the freedesktop name the theme is asked for (empty for Application)
QString themeName(Icon icon);

} // namespace Icons
