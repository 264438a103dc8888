#pragma once

#include <QList>
#include <QWidget>

class QCheckBox;
class QDateTime;
class QDateTimeEdit;

// A date and time the user may leave unset, such as a due date: a check box that enables the
// editor. The drafts keep such a moment as epoch ms with 0 for none.
class OptionalDateTimeEdit : public QWidget
{
    Q_OBJECT
public:
    // checkText: what ticking the box means, e.g. "Due by"; editName: the editor's accessible name
    OptionalDateTimeEdit(const QString &checkText, const QString &editName,
                         QWidget *parent = nullptr);

    // epoch ms UTC; 0 when unset
    qint64 msecsSinceEpoch() const;
    // sets and ticks; an invalid moment unticks
    void setDateTime(const QDateTime &moment);

    QCheckBox *checkBox() const { return m_enabled; }
    QDateTimeEdit *dateTimeEdit() const { return m_edit; }

signals:
    void changed();

private:
    QCheckBox *m_enabled;
    QDateTimeEdit *m_edit;
};
