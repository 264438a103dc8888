#include "cache/sqlitestatement.h"

#include "cache/failureinjection.h"
#include "cache/sqlstatement.h"
#include "core/logging.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

CacheError databaseError(sqlite3 *handle, const char *sql)
{
    CacheError error {CacheError::Kind::Database,
                      u"%1 (%2)"_s.arg(QString::fromUtf8(sqlite3_errmsg(handle)))
                          .arg(sqlite3_extended_errcode(handle))};
    qCWarning(lcCache).noquote() << "statement failed:" << error.message << "in"
                                 << QString::fromUtf8(sql).simplified().left(120);
    return error;
}

} // namespace

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *sql)
    : m_handle(handle(db))
{
    if (!m_handle) {
        m_prepareError = SqlStatement::notOpen();
        return;
    }
    if (sqlite3_prepare_v2(m_handle, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        m_prepareError = databaseError(m_handle, sql);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int parameter, qint64 value)
{
    sqlite3_bind_int64(m_statement, parameter, value);
}

void SqliteStatement::bind(int parameter, QByteArrayView utf8)
{
    if (utf8.isNull())
        sqlite3_bind_null(m_statement, parameter);
    else
        sqlite3_bind_text64(m_statement, parameter, utf8.data(), sqlite3_uint64(utf8.size()),
                            SQLITE_STATIC, SQLITE_UTF8);
}

void SqliteStatement::bindValue(int parameter, const QVariant &value)
{
    const auto bindText = [this, parameter](const QByteArray &utf8) {
        sqlite3_bind_text64(m_statement, parameter, utf8.constData(), sqlite3_uint64(utf8.size()),
                            SQLITE_TRANSIENT, SQLITE_UTF8);
    };
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return bindNull(parameter);
    case QMetaType::QString:
        if (const QString text = value.toString(); !text.isNull())
            return bindText(text.toUtf8());
        return bindNull(parameter);
    case QMetaType::QByteArray:
        if (const QByteArray bytes = value.toByteArray(); !bytes.isNull())
            return bindText(bytes);
        return bindNull(parameter);
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return bind(parameter, value.toLongLong());
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, parameter, value.toDouble());
        return;
    default:
        if (value.isNull())
            return bindNull(parameter);
        return bindText(value.toString().toUtf8());
    }
}

void SqliteStatement::bindNull(int parameter)
{
    sqlite3_bind_null(m_statement, parameter);
}

std::optional<CacheError> SqliteStatement::step()
{
    if (m_prepareError)
        return m_prepareError;
    std::optional<CacheError> error;
    if (FailureInjection::shouldFail()) {
        qCDebug(lcCache).noquote() << "injected failure in" << sqlite3_sql(m_statement);
        error = CacheError {CacheError::Kind::Database, u"injected failure (test hook)"_s};
    } else {
        int result = SQLITE_ROW;
        while (result == SQLITE_ROW)
            result = sqlite3_step(m_statement);
        if (result != SQLITE_DONE)
            error = databaseError(m_handle, sqlite3_sql(m_statement));
    }
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return error;
}

bool SqliteStatement::next()
{
    if (m_prepareError) {
        m_readError = m_prepareError;
        return false;
    }
    if (!m_reading) {
        m_readError.reset();
        if (FailureInjection::shouldFail()) {
            qCDebug(lcCache).noquote() << "injected failure in" << sqlite3_sql(m_statement);
            m_readError
                = CacheError {CacheError::Kind::Database, u"injected failure (test hook)"_s};
            sqlite3_clear_bindings(m_statement);
            return false;
        }
        m_reading = true;
    }
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        m_readError = databaseError(m_handle, sqlite3_sql(m_statement));
    m_reading = false;
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    return false;
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(m_statement, column);
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
    }
    case SQLITE_BLOB: {
        const auto *bytes = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
        return QByteArray(bytes, sqlite3_column_bytes(m_statement, column));
    }
    default:
        return {};
    }
}

qint64 SqliteStatement::changes() const
{
    return sqlite3_changes64(m_handle);
}

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}
