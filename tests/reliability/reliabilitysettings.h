#pragma once

#include <QList>
#include <QString>

// The sizes of a reliability run, from the environment, so that CTest runs the quick version
// and scripts/run-reliability the full one with the same executables:
//
//   AGENTDESK_RELIABILITY_TRIALS       crash trials (default 5)
//   AGENTDESK_RELIABILITY_TRIAL_OPS    operations queued offline per crash trial (default 8)
//   AGENTDESK_RELIABILITY_SEEDS        comma-separated trial seeds: re-runs exactly these trials
//   AGENTDESK_RELIABILITY_MAX_KILL_MS  a replay is killed after 0 … this many ms (default 300)
//   AGENTDESK_RELIABILITY_OPS          operations of the faults workload (default 16)
//   AGENTDESK_RELIABILITY_SEED         seed of the faults workload and the sandbox's faults
//   AGENTDESK_RELIABILITY_FAIL_RATE    injected 503s (default 0.3)
//   AGENTDESK_RELIABILITY_DROP_RATE    dropped connections (default 0.05)
//   AGENTDESK_RELIABILITY_LATENCY_MS   latency of every answer (default 20)
//   AGENTDESK_RELIABILITY_EXPIRE_AFTER ECE session expiry, in requests (default 5)
//   AGENTDESK_RELIABILITY_QUEUED_REASSIGNS  0: a transfer or pick of activities is queued only
//                                      once the one before it on the same activities was
//                                      applied (default 1: also behind one not applied yet, as
//                                      a supervisor working offline queues them; crash trials
//                                      then take several steps per group)
//
// A transfer queued behind one of the same activities carries their lastModified from before
// that one is applied; the dispatcher reads it again just before sending when an earlier entry
// of the outbox changed them after it was queued (OutboxDispatcher::changedByEarlierEntry), so
// the server does not refuse our own change as someone else's (409, T18/K19).
//
// A seed that is not given is drawn at random and printed, so a failing run can be repeated.
namespace ReliabilitySettings {

int integer(const char *name, int fallback);
double fraction(const char *name, double fallback);
// the seed in the variable, or a random one
quint32 seed(const char *name);
// the comma-separated seeds in the variable; empty when it is not set
QList<quint32> seeds(const char *name);

} // namespace ReliabilitySettings
