#pragma once

#include <QLoggingCategory>

// One logging category per subsystem, as Qt's own modules do. Enable with e.g.
// QT_LOGGING_RULES="lofty.oauth.debug=true". No category ever receives a secret unmasked.
Q_DECLARE_LOGGING_CATEGORY(lcOAuth)
Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcProfiles)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcGui)
