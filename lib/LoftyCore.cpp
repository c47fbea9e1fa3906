#include "LoftyCore.h"

namespace Lofty {

QString version()
{
    return QStringLiteral(LOFTY_VERSION);
}

QString organizationName()
{
    return QStringLiteral("Lofty Developer Console");
}

QString applicationName()
{
    return QStringLiteral("lofty-console");
}

QString userAgent()
{
    return QStringLiteral("lofty-console/%1").arg(version());
}

} // namespace Lofty
