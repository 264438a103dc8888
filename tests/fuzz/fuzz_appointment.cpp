// The appointment of a jtel AcdEvent (jtel AcdEvents §8.1, §8.3): dtAppointmentDate
// (yyyy-mm-dd or yyyymmdd) and dtAppointmentTime (hh:mm or hhmm) on the server's wall clock.
// Fields in FuzzInput order: date, time, nowLocalMs.
//
// Checks: rule J11 and appointmentLocalMs() agree on what is a valid appointment; a time alone
// is its next occurrence, within the coming day; a date falls on a whole minute; the summary
// is empty exactly when there is an appointment that cannot be read.
#include "domain/callbackvalidator.h"
#include "draftcheck.h"
#include "fuzzinput.h"

#include <QDateTime>

#include <cstddef>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 DayMs = 24 * 60 * 60 * 1000;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    silenceQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzInput input(data, size);
    CallbackDraft draft;
    draft.groupId = 1;
    draft.sender = u"4922199900011"_s;
    draft.subject = u"Callback"_s;
    draft.appointmentDate = input.text();
    draft.appointmentTime = input.text();
    const qint64 nowLocalMs = input.number();

    const QList<ValidationError> errors = CallbackValidator::validate(draft, nowLocalMs);
    checkErrors(errors, {u"appointmentDate"_s, u"appointmentTime"_s}, {u"J11"_s},
                draft.appointmentDate.contains(u'%') || draft.appointmentTime.contains(u'%'));
    const bool given = !draft.appointmentDate.isEmpty() || !draft.appointmentTime.isEmpty();
    const auto appointment = CallbackValidator::appointmentLocalMs(draft, nowLocalMs);

    // a clock the agent's machine can show: years 1970 to 9998, so the next day exists
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(nowLocalMs, Qt::UTC);
    const bool saneNow = nowLocalMs >= 0 && now.isValid() && now.date().year() < 9999;

    if (appointment)
        FUZZ_CHECK(given && errors.isEmpty());
    if (saneNow)
        FUZZ_CHECK(appointment.has_value() == (given && errors.isEmpty()));
    if (appointment && draft.appointmentDate.isEmpty() && saneNow)
        FUZZ_CHECK(*appointment > nowLocalMs && *appointment <= nowLocalMs + DayMs);
    if (appointment)
        FUZZ_CHECK(*appointment % 60'000 == 0);

    const QString summary = CallbackValidator::appointmentSummary(draft, nowLocalMs);
    if (saneNow)
        FUZZ_CHECK(summary.isEmpty() == (given && !appointment));
    return 0;
}
