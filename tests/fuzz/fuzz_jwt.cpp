// JWT-shaped values: access tokens, API keys and customer keys, decoded for display.
#include "FuzzSupport.h"

#include "oauth/Jwt.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString value = QString::fromUtf8(FuzzSupport::bytes(data, size));
    const bool looksLikeJwt = Jwt::looksLikeJwt(value);
    QString error;
    const Jwt jwt = Jwt::decode(value, &error);
    if (jwt.isValid()) {
        (void)jwt.algorithm();
        (void)jwt.type();
        (void)jwt.subject();
        (void)jwt.issuer();
        (void)jwt.expiresAt();
        (void)jwt.issuedAt();
        (void)jwt.notBefore();
        (void)jwt.signatureLength();
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal must say why
    }
    (void)looksLikeJwt;
    return 0;
}
