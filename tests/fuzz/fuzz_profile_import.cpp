// Profile files shared between teammates (ProfileExchange): import, and a re-import of the export.
#include "FuzzSupport.h"

#include "profiles/ProfileExchange.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const ProfileExchange::ImportResult imported
        = ProfileExchange::importProfile(FuzzSupport::bytes(data, size));
    if (!imported.ok())
        return 0;
    // An imported profile exports to a file that imports again without a problem.
    const ProfileExchange::ImportResult again
        = ProfileExchange::importProfile(ProfileExchange::exportProfile(imported.profile));
    if (!again.ok())
        __builtin_trap();
    FuzzSupport::forgetSecrets();
    return 0;
}
