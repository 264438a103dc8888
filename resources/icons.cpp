#include "icons.h"

using namespace Qt::StringLiterals;

QString Icons::themeName(Icon icon)
{
    switch (icon) {
    case NewCalltrack:
        return u"document-new"_s;
    case MoveToCase:
        return u"go-jump"_s;
    case NewCallback:
        return u"call-start"_s;
    case Sync:
        return u"view-refresh"_s;
    case Outbox:
        return u"mail-outbox"_s;
    case Filter:
        return u"edit-find"_s;
    case Profiles:
        return u"system-users"_s;
    case Quit:
        return u"application-exit"_s;
    case Copy:
        return u"edit-copy"_s;
    case KeyboardShortcuts:
        return u"preferences-desktop-keyboard"_s;
    case About:
        return u"help-about"_s;
    case ReadingPane:
        return u"document-preview"_s;
    case Transfer:
        return u"mail-forward"_s;
    case Pick:
        return u"go-bottom"_s;
    case Application:
        break;
    }
    return {};
}

QIcon Icons::get(Icon icon)
{
    // the installed hicolor icon is this same file
    if (icon == Application)
        return QIcon(u":/icons/agentdesk.svg"_s);
    const QString name = themeName(icon);
    return QIcon::fromTheme(name, QIcon(u":/icons/%1.svg"_s.arg(name)));
}
