// profiles.json as found on disk (ProfileStore::load): whatever is there, load() ends with a
// usable list and, when it set the file aside, the original bytes are kept beside it.
#include "FuzzSupport.h"

#include "profiles/ProfileStore.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzSupport::clearScratchFolder();
    ProfileStore store(FuzzSupport::scratchFolder());
    QFile file(store.filePath());
    if (!file.open(QIODevice::WriteOnly))
        __builtin_trap();
    file.write(reinterpret_cast<const char*>(data), qint64(size));
    file.close();

    const ProfileStore::LoadReport report = store.load();
    if (store.profiles().isEmpty())
        __builtin_trap(); // at least the built-in Sandbox profile
    if (!report.setAsidePath.isEmpty()) {
        QFile aside(report.setAsidePath);
        if (!aside.open(QIODevice::ReadOnly) || aside.readAll() != FuzzSupport::bytes(data, size))
            __builtin_trap(); // the unusable file is kept as it was
    }
    if (report.outcome == ProfileStore::LoadOutcome::Loaded) {
        // What was read is written back and read again the same.
        if (!store.save())
            __builtin_trap();
        ProfileStore reread(FuzzSupport::scratchFolder());
        if (reread.load().outcome != ProfileStore::LoadOutcome::Loaded
            || reread.profiles().size() != store.profiles().size())
            __builtin_trap();
    }
    FuzzSupport::forgetSecrets();
    return 0;
}
