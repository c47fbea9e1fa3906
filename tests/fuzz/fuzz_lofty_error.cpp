// Error bodies of the Lofty API ({"code","message"} and the success envelopes with a code).
#include "FuzzSupport.h"

#include "api/LoftyError.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    int status = 0;
    const QByteArray body = FuzzSupport::splitNumber(data, size, &status);
    const LoftyError error = LoftyError::fromHttp(status % 600, body);
    if (error.isError() && error.title().isEmpty())
        __builtin_trap(); // every error has a title
    (void)error.toText();
    (void)LoftyError::kindName(error.kind());
    return 0;
}
