#include "util/LogCategories.h"

Q_LOGGING_CATEGORY(lcOAuth, "lofty.oauth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "lofty.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "lofty.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfiles, "lofty.profiles", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "lofty.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "lofty.gui", QtInfoMsg)
