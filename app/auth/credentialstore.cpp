#include "auth/credentialstore.h"

#include "auth/profilestore.h"
#include "core/logging.h"

#include <QTimer>

#include <algorithm>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

bool isValidKind(const QString &kind)
{
    return !kind.isEmpty() && kind.size() <= 32
        && std::all_of(kind.cbegin(), kind.cend(), [](QChar c) {
               return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
           });
}

} // namespace

bool CredentialKey::isValid() const
{
    return ProfileStore::isValidName(profile)
        && (server == u"egain" || server == u"ece" || server == u"jtel") && isValidKind(kind);
}

QString CredentialKey::entryName() const
{
    return u"agentdesk:%1:%2:%3"_s.arg(profile, server, kind);
}

struct CredentialStore::Request
{
    enum class Op { Read, Write, Remove };
    Op op = Op::Read;
    CredentialKey key;
    QString secret;
    ReadCallback onRead;
    DoneCallback onDone;
    int attempt = 1;

    const char *opName() const
    {
        switch (op) {
        case Op::Read:
            return "read";
        case Op::Write:
            return "written";
        case Op::Remove:
            break;
        }
        return "removed";
    }

    void fail(const QString &error) const
    {
        if (op == Op::Read)
            onRead(std::nullopt, error);
        else
            onDone(error);
    }
};

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
}

CredentialStore::~CredentialStore() = default;

QString CredentialStore::serviceName()
{
    return u"agentdesk"_s;
}

void CredentialStore::read(const CredentialKey &key, ReadCallback done)
{
    auto request = std::make_shared<Request>();
    request->op = Request::Op::Read;
    request->key = key;
    request->onRead = std::move(done);
    submit(std::move(request));
}

void CredentialStore::write(const CredentialKey &key, const QString &secret, DoneCallback done)
{
    auto request = std::make_shared<Request>();
    request->op = Request::Op::Write;
    request->key = key;
    request->secret = secret;
    request->onDone = std::move(done);
    submit(std::move(request));
}

void CredentialStore::remove(const CredentialKey &key, DoneCallback done)
{
    auto request = std::make_shared<Request>();
    request->op = Request::Op::Remove;
    request->key = key;
    request->onDone = std::move(done);
    submit(std::move(request));
}

void CredentialStore::submit(std::shared_ptr<Request> request)
{
    if (!request->key.isValid()) {
        // the key comes from our own code, but a bad one must not reach the keychain: ':' in a
        // profile name would let one profile address another profile's entries
        const QString error = tr("Invalid credential key “%1”.").arg(request->key.entryName());
        QTimer::singleShot(0, this, [request, error] { request->fail(error); });
        return;
    }
    start(std::move(request));
}

void CredentialStore::start(std::shared_ptr<Request> request)
{
    // The jobs have no parent and delete themselves once finished: deleting one while the
    // backend still answers (libsecret holds a raw pointer to it) would crash. The connection
    // below has this store as context, so a store that is gone gets no answers.
    QKeychain::Job *job = nullptr;
    switch (request->op) {
    case Request::Op::Read:
        job = new QKeychain::ReadPasswordJob(serviceName());
        break;
    case Request::Op::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(serviceName());
        writeJob->setTextData(request->secret);
        job = writeJob;
        break;
    }
    case Request::Op::Remove:
        job = new QKeychain::DeletePasswordJob(serviceName());
        break;
    }
    job->setKey(request->key.entryName());
    // Stated explicitly: with no keychain QtKeychain may otherwise keep secrets in a plain
    // QSettings file (its KWallet path does). We want a clear error instead.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    connect(job, &QKeychain::Job::finished, this, [this, request](QKeychain::Job *finished) {
        const QString entry = request->key.entryName();
        switch (finished->error()) {
        case QKeychain::NoError:
            qCDebug(lcAuth) << "keychain entry" << entry << request->opName();
            if (request->op == Request::Op::Read)
                request->onRead(static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(),
                                QString());
            else
                request->onDone(QString());
            return;
        case QKeychain::EntryNotFound:
            if (request->op == Request::Op::Read) {
                qCDebug(lcAuth) << "keychain entry" << entry << "not found";
                request->onRead(std::nullopt, QString());
                return;
            }
            if (request->op == Request::Op::Remove) {
                request->onDone(QString());
                return;
            }
            break;
        case QKeychain::OtherError:
        case QKeychain::NoBackendAvailable:
            if (request->attempt == 1) {
                qCInfo(lcAuth) << "keychain not ready for" << entry << "("
                               << finished->errorString() << "), trying again in"
                               << RetryDelay.count() << "ms";
                ++request->attempt;
                QTimer::singleShot(RetryDelay, this, [this, request] { start(request); });
                Q_EMIT waitingForKeychain();
                return;
            }
            qCWarning(lcAuth) << "no keychain for" << entry << ":" << finished->errorString();
            //: %1 is the technical reason reported by the system (English, from D-Bus)
            request->fail(tr("No secret service is running (gnome-keyring or KWallet), or it has "
                             "no unlocked keyring. Install and start gnome-keyring or KWallet and "
                             "sign in to your desktop session; AgentDesk does not store passwords "
                             "in plain files. (%1)")
                              .arg(finished->errorString()));
            return;
        case QKeychain::AccessDenied:
        case QKeychain::AccessDeniedByUser:
            qCWarning(lcAuth) << "keychain refused" << entry << ":" << finished->errorString();
            //: %1 is the technical reason reported by the system
            request->fail(tr("The system keychain refused access; it may be locked. Unlock it "
                             "and try again. (%1)")
                              .arg(finished->errorString()));
            return;
        case QKeychain::CouldNotDeleteEntry:
        case QKeychain::NotImplemented:
            break;
        }
        qCWarning(lcAuth) << "keychain failed for" << entry << ":" << finished->errorString();
        //: %1 is the technical reason reported by the system
        request->fail(tr("The system keychain failed: %1").arg(finished->errorString()));
    });
    job->start();
}
