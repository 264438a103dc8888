#include "domain/callbackvalidator.h"

#include "core/displaytime.h"

#include <QDate>
#include <QTime>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView text)
{
    return std::all_of(text.cbegin(), text.cend(), isAsciiDigit);
}

// jtel §8.1: yyyy-mm-dd or yyyymmdd. Returns whether the layout fits; `date` is then set, and
// invalid for a day that does not exist.
bool parseDate(const QString &text, QDate &date)
{
    QString digits;
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-')
        digits = text.left(4) + text.mid(5, 2) + text.mid(8, 2);
    else if (text.size() == 8)
        digits = text;
    if (digits.size() != 8 || !allDigits(digits))
        return false;
    date = QDate(digits.left(4).toInt(), digits.mid(4, 2).toInt(), digits.mid(6, 2).toInt());
    return true;
}

// jtel §8.1: hh:mm or hhmm, the same contract as parseDate()
bool parseTime(const QString &text, QTime &time)
{
    QString digits;
    if (text.size() == 5 && text.at(2) == u':')
        digits = text.left(2) + text.mid(3, 2);
    else if (text.size() == 4)
        digits = text;
    if (digits.size() != 4 || !allDigits(digits))
        return false;
    time = QTime(digits.left(2).toInt(), digits.mid(2, 2).toInt());
    return true;
}

QDateTime wallClock(qint64 localMs)
{
    return QDateTime::fromMSecsSinceEpoch(localMs, Qt::UTC);
}

} // namespace

bool CallbackValidator::isE164(const QString &number)
{
    const QStringView digits
        = QStringView(number).startsWith(u'+') ? QStringView(number).mid(1) : QStringView(number);
    return digits.size() >= 8 && digits.size() <= 15 && allDigits(digits) && digits.front() != u'0';
}

QString CallbackValidator::normalizedE164(const QString &number)
{
    QString trimmed = number.trimmed();
    if (isE164(trimmed) && trimmed.startsWith(u'+'))
        return trimmed.mid(1);
    return trimmed;
}

qint64 CallbackValidator::wallClockMs(const QDateTime &moment)
{
    return QDateTime(moment.date(), moment.time(), Qt::UTC).toMSecsSinceEpoch();
}

std::optional<qint64> CallbackValidator::appointmentLocalMs(const CallbackDraft &draft,
                                                            qint64 nowLocalMs)
{
    QDate date;
    QTime time;
    if (!draft.appointmentDate.isEmpty()
        && (!parseDate(draft.appointmentDate, date) || !date.isValid()))
        return std::nullopt;
    if (!draft.appointmentTime.isEmpty()
        && (!parseTime(draft.appointmentTime, time) || !time.isValid()))
        return std::nullopt;
    // §8.3: a date alone means 00:00 of that day, a date and time that exact moment
    if (date.isValid())
        return QDateTime(date, time.isValid() ? time : QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    if (!time.isValid())
        return std::nullopt;
    // §8.3: a time alone is its next occurrence, later today if still ahead, otherwise tomorrow
    const QDateTime now = wallClock(nowLocalMs);
    QDateTime next(now.date(), time, Qt::UTC);
    if (next <= now)
        next = next.addDays(1);
    return next.toMSecsSinceEpoch();
}

QString CallbackValidator::appointmentSummary(const CallbackDraft &draft, qint64 nowLocalMs)
{
    if (draft.appointmentDate.isEmpty() && draft.appointmentTime.isEmpty())
        return tr("No appointment: the event is distributed as soon as possible.");
    const auto appointment = appointmentLocalMs(draft, nowLocalMs);
    if (!appointment)
        return {};
    const QDateTime moment = wallClock(*appointment);
    const QDate today = wallClock(nowLocalMs).date();
    // in the user's format: the entry fields keep the server's yyyy-MM-dd and HH:mm
    const QString date = DisplayTime::date(moment.date());
    const QString time = DisplayTime::time(moment.time());
    // §8.3: a past date, or date and time, means "try now"
    if (*appointment <= nowLocalMs)
        return tr("The appointment %1 %2 has passed: the event is distributed as soon as possible.")
            .arg(date, time);
    if (moment.date() == today)
        return tr("Distributed no earlier than today at %1.").arg(time);
    if (moment.date() == today.addDays(1))
        return tr("Distributed no earlier than tomorrow, %1, at %2.").arg(date, time);
    return tr("Distributed no earlier than %1 at %2.").arg(date, time);
}

QList<ValidationError> CallbackValidator::validate(const CallbackDraft &draft, qint64 nowLocalMs)
{
    Q_UNUSED(nowLocalMs)
    QList<ValidationError> errors;
    const auto report
        = [&errors](const QString &field, const QString &rule, const QString &message) {
              errors.append({field, rule, message});
          };

    // J1: any positive type. §6 documents 1–6 but says higher ids may exist (chat, …), and the
    // server's list is not available to the client, so an unknown positive type is left to it.
    if (draft.typeId <= 0) {
        report(
            u"typeId"_s, u"J1"_s,
            tr("The event type %1 is not valid; use a type ID greater than 0 (3 for a callback).")
                .arg(draft.typeId));
    }

    // J2: AcdGroupsID alone, or AcdConfigurationGroupsID with AcdAgentGroupsID
    const auto checkId = [&](const std::optional<qint64> &id, const QString &field,
                             const QString &rule, const QString &what) {
        if (id && *id <= 0) {
            //: %1 is e.g. "ACD group", %2 the id typed
            report(field, rule,
                   tr("The %1 ID %2 is not valid; IDs are greater than 0.").arg(what).arg(*id));
        }
    };
    checkId(draft.groupId, u"groupId"_s, u"J2"_s, tr("ACD group"));
    checkId(draft.configurationGroupId, u"configurationGroupId"_s, u"J2"_s,
            tr("configuration group"));
    checkId(draft.agentGroupId, u"agentGroupId"_s, u"J2"_s, tr("agent group"));
    const bool pairStarted = draft.configurationGroupId || draft.agentGroupId;
    if (draft.groupId && pairStarted) {
        report(u"groupId"_s, u"J2"_s,
               tr("Address the event either to an ACD group or to a configuration group with an "
                  "agent group, not both."));
    } else if (!draft.groupId && !pairStarted) {
        report(u"groupId"_s, u"J2"_s,
               tr("Choose the ACD group, or a configuration group with an agent group, that will "
                  "distribute the event."));
    } else if (!draft.groupId && !draft.agentGroupId) {
        report(u"agentGroupId"_s, u"J2"_s,
               tr("Choose the agent group that goes with configuration group %1.")
                   .arg(*draft.configurationGroupId));
    } else if (!draft.groupId && !draft.configurationGroupId) {
        report(u"configurationGroupId"_s, u"J2"_s,
               tr("Choose the configuration group of agent group %1.").arg(*draft.agentGroupId));
    }

    // J4: only the id's form; group membership is the server's to check
    checkId(draft.usersId, u"usersId"_s, u"J4"_s, tr("user"));

    // J5, J6: telephone events carry E.164 numbers
    const bool telephone = isTelephoneEvent(draft.typeId);
    const auto checkNumber = [&](const QString &number, const QString &field, const QString &rule,
                                 const QString &what) {
        const QString digits = number.startsWith(u'+') ? number.mid(1) : number;
        const auto bad = std::find_if(digits.cbegin(), digits.cend(),
                                      [](QChar c) { return !isAsciiDigit(c); });
        if (bad != digits.cend() && (bad->isLetter() || *bad == u'@')) {
            //: %1 is "sender" or "receiver"
            report(field, rule,
                   tr("The %1 \"%2\" is not a phone number; voice mails and callbacks need a "
                      "number in E.164, digits only with an optional leading '+' (for example "
                      "4922199900011).")
                       .arg(what, number));
        } else if (bad != digits.cend()) {
            report(field, rule,
                   tr("The %1 \"%2\" contains \"%3\"; a phone number in E.164 has digits only, "
                      "with an optional leading '+' (for example 4922199900011).")
                       .arg(what, number, *bad == u' ' ? tr("a space") : QString(*bad)));
        } else if (digits.startsWith(u'0')) {
            report(field, rule,
                   tr("The %1 \"%2\" starts with 0; enter the number with its country code instead "
                      "(for example 4922199900011 rather than 022199900011).")
                       .arg(what, number));
        } else if (digits.size() < 8) {
            report(field, rule,
                   tr("The %1 \"%2\" is too short; a phone number in E.164 has 8 to 15 digits, "
                      "country code included.")
                       .arg(what, number));
        } else if (digits.size() > 15) {
            report(field, rule,
                   tr("The %1 \"%2\" is too long; a phone number in E.164 has 8 to 15 digits.")
                       .arg(what, number));
        }
    };
    const QString sender = draft.sender.trimmed();
    if (sender.isEmpty()) {
        report(u"sender"_s, u"J5"_s,
               telephone ? tr("Enter the sender: the caller's phone number, with country code.")
                         : tr("Enter the sender, for example the customer's email address."));
    } else if (telephone) {
        checkNumber(sender, u"sender"_s, u"J5"_s, tr("sender"));
    }
    const QString receiver = draft.receiver.trimmed();
    if (telephone && !receiver.isEmpty())
        checkNumber(receiver, u"receiver"_s, u"J6"_s, tr("receiver"));

    // J7
    if (draft.subject.trimmed().isEmpty())
        report(u"subject"_s, u"J7"_s, tr("Enter a subject."));

    // J8: the encoder sends any non-empty body; with no valid type J1 has said enough
    if (!draft.body.isEmpty() && draft.typeId > 0 && draft.typeId != CallbackType) {
        report(
            u"body"_s, u"J8"_s,
            tr("Only callback events carry a body text; clear it, or create a callback (type 3)."));
    }

    // J9: well-formed and absolute; http(s) only, since agents open the link in their browser
    if (!draft.crmUrl.isEmpty()) {
        const QUrl url(draft.crmUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (url.isValid() && !url.isRelative() && scheme != u"http"_s && scheme != u"https"_s) {
            report(
                u"crmUrl"_s, u"J9"_s,
                tr("The CRM link \"%1\" must start with http:// or https://.").arg(draft.crmUrl));
        } else if (!url.isValid() || url.isRelative() || url.host().isEmpty()) {
            report(u"crmUrl"_s, u"J9"_s,
                   tr("The CRM link \"%1\" is not a complete web address; use one such as "
                      "https://crm.example.com/contacts/88412.")
                       .arg(draft.crmUrl));
        }
    }

    // J10: the range of the IVR object of the same release; the REST page states only the default
    if (draft.priority && (*draft.priority < MinPriority || *draft.priority > MaxPriority)) {
        report(u"priority"_s, u"J10"_s,
               tr("The priority %1 is not valid; use a whole number from 0 to 200 (the server's "
                  "default is 50).")
                   .arg(*draft.priority));
    }

    // J11: the layouts of §8.1 and a real day and time; a past moment is allowed (§8.3)
    if (!draft.appointmentDate.isEmpty()) {
        QDate date;
        if (!parseDate(draft.appointmentDate, date)) {
            report(u"appointmentDate"_s, u"J11"_s,
                   tr("The appointment date \"%1\" is not in the form yyyy-mm-dd or yyyymmdd (for "
                      "example 2031-03-04).")
                       .arg(draft.appointmentDate));
        } else if (!date.isValid()) {
            report(u"appointmentDate"_s, u"J11"_s,
                   tr("The appointment date %1 does not exist; check the day and the month.")
                       .arg(draft.appointmentDate));
        }
    }
    if (!draft.appointmentTime.isEmpty()) {
        QTime time;
        if (!parseTime(draft.appointmentTime, time)) {
            report(u"appointmentTime"_s, u"J11"_s,
                   tr("The appointment time \"%1\" is not in the form hh:mm or hhmm (for example "
                      "14:30).")
                       .arg(draft.appointmentTime));
        } else if (!time.isValid()) {
            report(u"appointmentTime"_s, u"J11"_s,
                   tr("The appointment time %1 does not exist; hours run from 00 to 23, minutes "
                      "from 00 to 59.")
                       .arg(draft.appointmentTime));
        }
    }

    return errors;
}
