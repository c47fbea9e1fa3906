// Token-endpoint bodies (RFC 6749 §5.1/§5.2), JSON or form encoded, whatever the status.
#include "FuzzSupport.h"

#include "oauth/TokenResponse.h"
#include "util/Clock.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    int status = 0;
    const QByteArray body = FuzzSupport::splitNumber(data, size, &status);
    static const TokenSet::Grant grants[] = {TokenSet::Grant::AuthorizationCode,
        TokenSet::Grant::AuthorizationCodePkce, TokenSet::Grant::ClientCredentials};
    const TokenSet::Grant grant = grants[size % 3];
    const TokenResponse response = TokenResponse::fromHttp(status % 600, body, grant, Clock::system());
    if (response.ok && !response.token.isValid())
        __builtin_trap(); // a success must carry a usable token
    if (!response.ok && response.message.isEmpty())
        __builtin_trap(); // a failure must say why
    TokenResponse::parseFields(body);
    FuzzSupport::forgetSecrets();
    return 0;
}
