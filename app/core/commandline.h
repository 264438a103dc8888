#pragma once

#include "api/jtelendpoint.h"

struct ApiError;

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// What agentdesk and agentdeskctl share on the command line: --help, --version, the exit codes,
// and the jtel connection options of agentdesk.
namespace CommandLine {

inline constexpr int ExitOk = 0;
inline constexpr int ExitFailure = 1;
inline constexpr int ExitUsage = 2;
// agentdeskctl: scripts branch on these, so each stays what `agentdeskctl --help` documents
inline constexpr int ExitRejected = 3; // the server answered and refused the request
inline constexpr int ExitUnreachable = 4; // no answer: network, timeout, TLS, busy after retries
inline constexpr int ExitAuthentication = 5; // not signed in, or the credentials were refused

// The one place that decides which exit code a failed server call gives.
int exitCodeFor(const ApiError &error);

// Adds --help and --version, parses, and answers those two on stdout. Returns the exit code
// when the program should stop here (0 after --help/--version, ExitUsage after a message on
// stderr for an unknown option or a missing value), or nothing when it should go on.
// QCommandLineParser::process() is not used because it exits with 1 on bad usage.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);

// --jtel-url URL and --jtel-token-file FILE (the token is read from a file so that it never
// appears in the process list or the shell history).
void addJtelOptions(QCommandLineParser &parser);
bool hasJtelOptions(const QCommandLineParser &parser);
// The endpoint the options name, or nothing with *error set.
std::optional<JtelEndpoint> jtelEndpoint(const QCommandLineParser &parser, QString *error);

// The first line of the file, trimmed; nothing with *error set if it is unreadable or empty.
std::optional<QString> readTokenFile(const QString &path, QString *error);

// Writes "<program>: message" to stderr.
void printError(const QString &message);

} // namespace CommandLine
