#pragma once

#include "cachetablemodel.h"

class CacheDatabase;
class CacheNotifier;

// The cached eGain / ECE cases as a table, most recently modified first until the user sorts.
class CaseModel : public CacheTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        SubjectColumn,
        StatusColumn,
        CustomerColumn,
        OwnerColumn,
        SeverityColumn,
        LastModifiedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // Shows every cached case: the first page at once, the rest loaded in the background.
    explicit CaseModel(CacheDatabase &database, CacheNotifier *notifier = nullptr,
                       QObject *parent = nullptr);

protected:
    CacheQuery query() const override;
    QSet<qint64> pendingIds(const PendingTargets &targets) const override;

private:
    static Schema schema();
};
