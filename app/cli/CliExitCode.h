#pragma once

// The exit statuses of lofty-console-cli (documented in `--help` and in README.md, "Command line").
namespace CliExitCode {
enum : int {
    Ok = 0,
    Failure = 1, // the request or the API failed (HTTP error, Lofty error, file not written)
    Usage = 2, // bad arguments, a missing or unusable input
    NotFound = 3, // no such profile or account
    AuthorizationNeeded = 4, // no usable token: authorize (again); refresh refused; grant denied
    KeychainUnavailable = 5, // the keychain cannot keep or give secrets (nothing written in plain text)
    NetworkError = 6, // the server could not be reached, or a timeout
};
} // namespace CliExitCode
