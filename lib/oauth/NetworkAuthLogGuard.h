#pragma once

class QLoggingCategory;

// Keeps QtNetworkAuth's own logging quiet. From Qt 6.8 QOAuth2AuthorizationCodeFlow and the
// reply handlers report token-request failures to the qt.networkauth* categories and may print
// a token endpoint's body that is not a JSON object; that body can hold tokens or client
// secrets, and it bypasses the masking our own flows apply. install() sets a logging filter,
// once per process, that turns those categories off at every level and hands every other
// category to the filter installed before it (so QT_LOGGING_RULES keeps working for them).
class NetworkAuthLogGuard
{
public:
    static void install();
    static bool isGuarded(const char* categoryName);

private:
    static void filter(QLoggingCategory* category);
};
