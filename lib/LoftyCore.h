#pragma once

#include <QString>

namespace Lofty {

// The version string every program and the About dialog show.
QString version();

// Application metadata shared by the console, the CLI and the sandbox (settings paths, keychain
// service name, User-Agent).
QString organizationName();
QString applicationName();
QString userAgent();

} // namespace Lofty
