#include "optionaldatetimeedit.h"

#include "core/displaytime.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QRegularExpression>
#include <QTime>

using namespace Qt::StringLiterals;

OptionalDateTimeEdit::OptionalDateTimeEdit(const QString &checkText, const QString &editName,
                                           QWidget *parent)
    : QWidget(parent)
    , m_enabled(new QCheckBox(checkText, this))
    , m_edit(new QDateTimeEdit(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_enabled);
    layout->addWidget(m_edit, 1);

    QString checkName = checkText;
    m_enabled->setAccessibleName(checkName.remove(u'&'));
    m_edit->setAccessibleName(editName);
    m_edit->setCalendarPopup(true);
    // the locale's layout; minutes are as precise as a due date gets
    QString format = DisplayTime::dateTimeFormat();
    format.remove(QRegularExpression(u"[:.]ss"_s));
    m_edit->setDisplayFormat(format);
    // a suggestion for when the box is ticked: tomorrow, at the start of this hour
    const QDateTime now = QDateTime::currentDateTime();
    m_edit->setDateTime(QDateTime(now.date().addDays(1), QTime(now.time().hour(), 0)));
    m_edit->setEnabled(false);

    connect(m_enabled, &QCheckBox::toggled, m_edit, &QWidget::setEnabled);
    connect(m_enabled, &QCheckBox::toggled, this, &OptionalDateTimeEdit::changed);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &OptionalDateTimeEdit::changed);
}

qint64 OptionalDateTimeEdit::msecsSinceEpoch() const
{
    return m_enabled->isChecked() ? m_edit->dateTime().toMSecsSinceEpoch() : 0;
}

void OptionalDateTimeEdit::setDateTime(const QDateTime &moment)
{
    if (moment.isValid())
        m_edit->setDateTime(moment.toLocalTime());
    m_enabled->setChecked(moment.isValid());
}
