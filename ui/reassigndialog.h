#pragma once

#include "cache/teamloadstore.h"
#include "domain/activity.h"
#include "domain/reassignrequest.h"
#include "domain/reassignvalidator.h"
#include "operationdialog.h"

class QCheckBox;
class QComboBox;
class QLabel;
class ReassignController;

// "Transfer to user / queue / department…" and "Pick": hands the selected activities on, or
// takes them over (egain-transfer-pick.md). Before anything is sent the dialog says how many
// activities go and which ones cannot, and why (the rules the cache can decide). The target is
// chosen by name with type-ahead among those the cache has seen, or typed as a numeric ID.
// Unpinning is never the default. More than 75 activities go in several requests, with progress.
class ReassignDialog : public OperationDialog
{
    Q_OBJECT
public:
    ReassignDialog(ReassignController *controller, const QList<Activity> &activities,
                   ReassignRequest::Operation operation, const TeamLoadStore::Targets &targets,
                   const ReassignValidator::Context &context, QWidget *parent = nullptr);

    ReassignRequest request() const;
    // prefills the target (a drop on the Team pane's agent or queue)
    void setTarget(qint64 id);

protected:
    void updateForm() override;
    QList<ValidationError> validateForm() const override;
    void submitForm() override;
    QByteArray encodedDraft() const override;
    QString discardText() const override;

private:
    ReassignRequest::Operation operation() const;
    void fillTargets();
    std::optional<qint64> targetId() const;

    ReassignController *m_controller;
    QList<Activity> m_activities;
    TeamLoadStore::Targets m_targets;
    ReassignValidator::Context m_context;

    QLabel *m_selection;
    QLabel *m_blocked;
    QLabel *m_chunkNote;
    QComboBox *m_operation;
    QComboBox *m_target;
    QCheckBox *m_unpin;
};
