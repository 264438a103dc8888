#pragma once

// What AcdEventStore::applyChanges() did: rows written or deleted per list.
struct AcdEventChanges
{
    int inserted = 0;
    int updated = 0;
    int removed = 0; // ids that were not cached do not count
    // a bulk write committed without SQLite's automatic checkpoint: the writer checkpoints
    // (CacheDatabase::checkpoint()) once it has announced the change
    bool checkpointDue = false;

    friend bool operator==(const AcdEventChanges &, const AcdEventChanges &) = default;
};
