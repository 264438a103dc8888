#pragma once

#include "domain/validationerror.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QPushButton;
class QTableWidget;

// Custom attributes as name = value rows (eGain v3 §7.5 for activities, ECE v12 §5.4 for cases).
// The drafts keep them in a map, which cannot hold one name twice; the editor reports a repeated
// name instead of silently keeping one of the values.
class CustomAttributeEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CustomAttributeEditor(QWidget *parent = nullptr);

    // rows with a name or a value; names without surrounding spaces
    QMap<QString, QString> attributes() const;
    void appendRow(const QString &name, const QString &value);
    void clear();
    // one error per name given in more than one row, under `field` and `rule`
    QList<ValidationError> repeatedNames(const QString &field, const QString &rule) const;

    QTableWidget *table() const { return m_table; }

signals:
    void changed();

private:
    QList<std::pair<QString, QString>> rows() const;
    void removeCurrentRow();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    bool m_appending = false;
};
