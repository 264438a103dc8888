#pragma once

#include "auth/profile.h"

#include <QString>
#include <QStringList>

#include <optional>

class CtlOptions;

// `agentdeskctl profile …`: the saved profiles in the settings file (ProfileStore).
namespace ProfileCommands {

// An exit code when done, or nothing when work was started that ends the event loop with its
// exit code later (removing the profile's secrets from the keychain).
std::optional<int> run(const CtlOptions &options, const QStringList &arguments);

// The profile the other commands work on: --profile, else the active one. Nothing, with a
// message in *error, when that profile does not exist or none is active.
std::optional<Profile> selected(const CtlOptions &options, QString *error);

} // namespace ProfileCommands
