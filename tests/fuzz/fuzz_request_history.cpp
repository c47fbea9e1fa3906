// A profile's history file (JSON lines) as found on disk: load, read every entry, search, re-send.
#include "FuzzSupport.h"

#include "api/RequestHistory.h"

#include <QFile>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FuzzSupport::clearScratchFolder();
    const QString path = FuzzSupport::scratchFolder() + QStringLiteral("/history.jsonl");
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            __builtin_trap();
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    }
    RequestHistory history(path);
    QString error;
    if (!history.load(&error))
        return 0;
    for (int i = 0; i < history.count(); ++i) {
        (void)history.entry(i);
        (void)history.resendRequest(i);
    }
    RequestHistory::Query query;
    query.text = QStringLiteral("lead");
    query.status = 2;
    (void)history.search(query);
    FuzzSupport::forgetSecrets();
    return 0;
}
