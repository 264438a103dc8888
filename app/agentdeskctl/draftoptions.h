#pragma once

#include "domain/callbackdraft.h"
#include "domain/calltrackdraft.h"
#include "domain/changecaserequest.h"
#include "domain/reassignrequest.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class CtlOptions;
class QCommandLineOption;

// What the options of the write commands say, as the drafts and requests the controllers take.
// Only the form is checked here — numbers, times, which options go together — with messages
// that name the flag; the API rules (C1–C16, P1–P11, J1–J11) are the validators', which the
// controllers run before anything is queued.
namespace DraftOptions {

// the options of create-calltrack, change-case or create-callback, besides the common ones
QList<const QCommandLineOption *> of(const CtlOptions &options, const QString &command);

std::optional<CalltrackDraft> calltrack(const CtlOptions &options, QString *error);
// *pendingActivities: the outbox entries of calltracks still to be created (@<entry>)
std::optional<ChangeCaseRequest> changeCase(const CtlOptions &options,
                                            QStringList *pendingActivities, QString *error);
std::optional<CallbackDraft> callback(const CtlOptions &options, QString *error);

// transfer and pick: the request; a --user given as a login is resolved from the cache later
// (userLogin), ids of calltracks queued offline (@ENTRY) are refused (calltracks cannot move)
std::optional<ReassignRequest> reassign(const CtlOptions &options, const QString &command,
                                        QString *userLogin, QString *error);
} // namespace DraftOptions
