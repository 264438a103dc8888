#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcCache)

// What AgentDesk logs, and where. Every message still goes to stderr exactly as the logging rules
// (setFilterRules, QT_LOGGING_RULES) decide; the file log adds one file per program,
// <directory>/<program>.log, rotated by size (RotatingLogFile). The file always records the
// agentdesk.* categories from info up — also where a program keeps stderr quieter, as
// agentdeskctl does — and whatever the rules switch on besides (debug included). Secrets are
// redacted from every line before it reaches the file.
namespace Logging {

// <GenericDataLocation>/AgentDesk/agentdesk/logs (~/.local/share/AgentDesk/agentdesk/logs on
// Linux): a fixed name like the cache's, so that both programs log side by side.
QString defaultDirectory();

// Installs the file log for program ("agentdesk", "agentdeskctl"): call once, right after the
// application object exists. An empty directory means defaultDirectory(). False when the log
// was installed already.
bool installFileLog(const QString &program, const QString &directory = {});

// The file the installed log writes to; empty before installFileLog().
QString filePath();

// message with the values of credentials replaced by <redacted>: Authorization and
// X-egain-session values, Bearer/Basic credentials, and password, client_secret, code_verifier,
// access_token and similar fields in JSON, form or query syntax.
QString redacted(const QString &message);

} // namespace Logging
