#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// What agentdesk and agentdeskctl share on the command line: --help, --version and the exit
// codes.
namespace CommandLine {

inline constexpr int ExitOk = 0;
inline constexpr int ExitFailure = 1;
inline constexpr int ExitUsage = 2;
// agentdeskctl: scripts branch on these, so each stays what `agentdeskctl --help` documents
inline constexpr int ExitRejected = 3; // the server answered and refused the request
inline constexpr int ExitUnreachable = 4; // no answer: network, timeout, TLS, busy after retries
inline constexpr int ExitAuthentication = 5; // not signed in, or the credentials were refused

// Adds --help and --version, parses, and answers those two on stdout. Returns the exit code
// when the program should stop here (0 after --help/--version, ExitUsage after a message on
// stderr for an unknown option or a missing value), or nothing when it should go on.
// QCommandLineParser::process() is not used because it exits with 1 on bad usage.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);

// Writes "<program>: message" to stderr.
void printError(const QString &message);

} // namespace CommandLine
