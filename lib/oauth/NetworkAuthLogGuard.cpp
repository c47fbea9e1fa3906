#include "oauth/NetworkAuthLogGuard.h"

#include <QLoggingCategory>

#include <cstring>
#include <mutex>

namespace {

QLoggingCategory::CategoryFilter previousFilter = nullptr;

} // namespace

void NetworkAuthLogGuard::install()
{
    static std::once_flag once;
    std::call_once(
        once, [] { previousFilter = QLoggingCategory::installFilter(&NetworkAuthLogGuard::filter); });
}

bool NetworkAuthLogGuard::isGuarded(const char* categoryName)
{
    static constexpr char prefix[] = "qt.networkauth";
    return categoryName && std::strncmp(categoryName, prefix, sizeof prefix - 1) == 0;
}

void NetworkAuthLogGuard::filter(QLoggingCategory* category)
{
    if (previousFilter)
        previousFilter(category);
    if (!isGuarded(category->categoryName()))
        return;
    for (const QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg})
        category->setEnabled(type, false);
}
