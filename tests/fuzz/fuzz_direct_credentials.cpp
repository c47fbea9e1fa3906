// API keys and pasted access tokens: normalise() and the TokenSet built from them.
#include "FuzzSupport.h"

#include "oauth/DirectCredentials.h"
#include "util/Clock.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString value = QString::fromUtf8(FuzzSupport::bytes(data, size));
    const QString normalised = DirectCredentials::normalise(value);
    if (normalised.size() > value.size())
        __builtin_trap(); // normalising only takes away
    QString error;
    const TokenSet apiKey = DirectCredentials::fromApiKey(value, Clock::system(), &error);
    if (!apiKey.isValid() && error.isEmpty())
        __builtin_trap();
    error.clear();
    const TokenSet bearer = DirectCredentials::fromAccessToken(value, Clock::system(), &error);
    if (!bearer.isValid() && error.isEmpty())
        __builtin_trap();
    // What is accepted goes into an HTTP header as it is: printable ASCII, no spaces.
    for (const QChar c : apiKey.accessToken + bearer.accessToken) {
        if (c.unicode() <= 0x20 || c.unicode() > 0x7E)
            __builtin_trap();
    }
    FuzzSupport::forgetSecrets();
    return 0;
}
