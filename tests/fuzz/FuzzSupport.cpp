#include "FuzzSupport.h"

#include "util/SecretMasker.h"

#include <QDir>
#include <QTemporaryDir>

namespace FuzzSupport {

QCoreApplication* application()
{
    static int argc = 1;
    static char name[] = "lofty-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication* app
        = QCoreApplication::instance() ? QCoreApplication::instance() : new QCoreApplication(argc, argv);
    return app;
}

QString scratchFolder()
{
    static QTemporaryDir folder(QDir::tempPath() + QStringLiteral("/lofty-fuzz-XXXXXX"));
    return folder.path();
}

void clearScratchFolder()
{
    QDir folder(scratchFolder());
    const QStringList names = folder.entryList(QDir::Files | QDir::Hidden | QDir::System);
    for (const QString& name : names)
        folder.remove(name);
}

void forgetSecrets()
{
    SecretMasker::global().clear();
}

} // namespace FuzzSupport
