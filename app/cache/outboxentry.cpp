#include "cache/outboxentry.h"

using namespace Qt::StringLiterals;

QString OutboxEntry::serverName(Server server)
{
    switch (server) {
    case Server::Case:
        return u"case"_s;
    case Server::Jtel:
        return u"jtel"_s;
    }
    return {};
}

std::optional<OutboxEntry::Server> OutboxEntry::serverFromName(const QString &name)
{
    for (const Server server : {Server::Case, Server::Jtel}) {
        if (serverName(server) == name)
            return server;
    }
    return std::nullopt;
}

QString OutboxEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CreateCalltrack:
        return u"create-calltrack"_s;
    case Kind::ChangeCase:
        return u"change-case"_s;
    case Kind::CreateCallback:
        return u"create-callback"_s;
    case Kind::Reassign:
        return u"reassign"_s;
    }
    return {};
}

std::optional<OutboxEntry::Kind> OutboxEntry::kindFromName(const QString &name)
{
    for (const Kind kind :
         {Kind::CreateCalltrack, Kind::ChangeCase, Kind::CreateCallback, Kind::Reassign}) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString OutboxEntry::stateName(State state)
{
    switch (state) {
    case State::Pending:
        return u"pending"_s;
    case State::InFlight:
        return u"in-flight"_s;
    case State::NeedsAttention:
        return u"needs-attention"_s;
    case State::Done:
        return u"done"_s;
    }
    return {};
}

std::optional<OutboxEntry::State> OutboxEntry::stateFromName(const QString &name)
{
    for (const State state :
         {State::Pending, State::InFlight, State::NeedsAttention, State::Done}) {
        if (stateName(state) == name)
            return state;
    }
    return std::nullopt;
}
