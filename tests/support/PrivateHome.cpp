#include "PrivateHome.h"

#include <QDir>
#include <QFile>

namespace {

// Variable, folder below the root.
const std::pair<const char*, const char*> HomeFolders[] = {{"HOME", "home"}, {"XDG_CONFIG_HOME", "config"},
    {"XDG_DATA_HOME", "data"}, {"XDG_CACHE_HOME", "cache"}, {"XDG_STATE_HOME", "state"}};

} // namespace

PrivateHome::PrivateHome()
{
    if (!m_root.isValid())
        return;
    m_valid = true;
    for (const auto& entry : HomeFolders)
        m_valid = QDir().mkpath(folder(entry.second)) && m_valid;
    m_valid = QDir().mkpath(folder("run")) && m_valid;
    m_valid = QFile::setPermissions(
                  folder("run"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner)
        && m_valid;
}

QString PrivateHome::folder(const char* name) const
{
    return root() + QLatin1Char('/') + QLatin1String(name);
}

QProcessEnvironment PrivateHome::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const auto& entry : HomeFolders)
        environment.insert(QString::fromLatin1(entry.first), folder(entry.second));
    return environment;
}

QProcessEnvironment PrivateHome::withoutSessionBus(QProcessEnvironment base) const
{
    for (const char* name : {"DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "XDG_CURRENT_DESKTOP",
             "DESKTOP_SESSION", "GNOME_KEYRING_CONTROL"})
        base.remove(QString::fromLatin1(name));
    base.insert(QStringLiteral("XDG_RUNTIME_DIR"), folder("run"));
    return base;
}

void PrivateHome::applyToThisProcess() const
{
    for (const auto& entry : HomeFolders)
        qputenv(entry.first, QFile::encodeName(folder(entry.second)));
}

bool PrivateHome::haveSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}
