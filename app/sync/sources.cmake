# app/sync: the sync engine and the outbox dispatcher (included by app/CMakeLists.txt).
target_sources(agentdesk_core PRIVATE
    sync/cachechange.h
    sync/cachenotifier.h sync/cachenotifier.cpp
    sync/cachewritewatcher.h sync/cachewritewatcher.cpp
    # sync engine
    sync/serverstatus.h sync/retrybackoff.h
    sync/acdeventdiff.h sync/acdeventdiff.cpp
    sync/syncwriter.h sync/syncwriter.cpp
    sync/syncengine.h sync/syncengine.cpp
    # outbox dispatcher
    sync/outboxpayload.h sync/outboxpayload.cpp
    sync/outboxdispatcher.h sync/outboxdispatcher.cpp
    sync/readback.h sync/readback.cpp
)
