#pragma once

#include <QString>

#include <memory>

class DesktopSession;
class MainWindow;

// The main window as an agent meets it on a first start: an empty settings file and data
// directory, the training profile on the bundled sandbox (started as `agentdesk --training`
// starts it, secrets in the test's private gnome-keyring), after its first sync.
namespace TrainingWindow {
// An empty string, or what went wrong. user: the sandbox user to sign in as (empty: the agent).
QString open(std::unique_ptr<DesktopSession> &desktop, const QString &user = {});
} // namespace TrainingWindow
