#pragma once

#include "api/apierror.h"

#include <QObject>

class QNetworkRequest;

// Puts credentials on requests and renews them. The transport calls renew() once for any
// number of requests that need it (single flight) and parks those requests until renewed() or
// renewalFailed().
class Authenticator : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual bool hasCredentials() const = 0;
    virtual void apply(QNetworkRequest &request) const = 0;
    // Starts a sign-in unless one is running; ends with renewed() or renewalFailed().
    virtual void renew() = 0;
    virtual bool isRenewing() const = 0;
    // Drops the current credential after the server refused it.
    virtual void invalidate() = 0;

    // Counts successful sign-ins: a request sent with an older credential that comes back
    // 401 is simply sent again, without another sign-in.
    int generation() const { return m_generation; }

Q_SIGNALS:
    void renewed();
    void renewalFailed(const ApiError &error);

protected:
    void completeRenewal()
    {
        ++m_generation;
        Q_EMIT renewed();
    }

private:
    int m_generation = 0;
};
