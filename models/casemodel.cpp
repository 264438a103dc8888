#include "casemodel.h"

#include "vocabulary.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// The stored fields, in the order of the SELECT after the id.
enum Field {
    SubjectField,
    StatusField,
    CustomerField,
    OwnerField,
    SeverityField,
    LastModifiedField,
};

using Kind = CompactTable::Kind;

void fillRow(CompactTable &table, int slot, const QSqlQuery &row)
{
    table.setText(slot, SubjectField, row.value(1).toString());
    // the server sends no display names for these two: AgentDesk's words for its values
    table.setShared(slot, StatusField,
                    Vocabulary::caseStatus(row.value(StatusField + 1).toString()));
    table.setShared(slot, SeverityField,
                    Vocabulary::caseSeverity(row.value(SeverityField + 1).toString()));
    for (const int field : {CustomerField, OwnerField})
        table.setShared(slot, field, row.value(field + 1).toString());
    table.setNumber(slot, LastModifiedField, row.value(LastModifiedField + 1).toLongLong());
}

} // namespace

CompactTableModel::Schema CaseModel::schema()
{
    return {
        {Kind::Text, Kind::Shared, Kind::Shared, Kind::Shared, Kind::Shared, Kind::Number},
        {
            //: the server's case number
            {tr("ID"), CompactTable::IdField, Format::Number},
            {tr("Subject"), SubjectField},
            {tr("Status"), StatusField},
            {tr("Customer"), CustomerField},
            //: the agent who owns the case
            {tr("Owner"), OwnerField},
            {tr("Severity"), SeverityField},
            {tr("Last modified"), LastModifiedField, Format::DateTime},
        },
        {CompactTable::IdField, SubjectField, StatusField, CustomerField, OwnerField,
         SeverityField},
        LastModifiedColumn,
        Qt::DescendingOrder,
    };
}

CaseModel::CaseModel(CacheDatabase &database, CacheNotifier *notifier, QObject *parent)
    : CacheTableModel(schema(), &database, notifier, CacheChange::Table::Cases, parent)
{
    reload();
}

CacheQuery CaseModel::query() const
{
    CacheQuery query;
    query.table = u"cases"_s;
    query.columns = {u"id"_s,         u"subject"_s,  u"status"_s,          u"customer_name"_s,
                     u"owner_name"_s, u"severity"_s, u"last_modified_ms"_s};
    // on the cases_last_modified index
    query.firstPageOrder = u"last_modified_ms DESC, id DESC"_s;
    query.fill = fillRow;
    return query;
}

QSet<qint64> CaseModel::pendingIds(const PendingTargets &targets) const
{
    return targets.caseIds;
}
