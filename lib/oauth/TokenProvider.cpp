#include "oauth/TokenProvider.h"

#include <QMetaObject>
#include <QPointer>

void TokenProvider::renewRejected(QObject* context, const TokenSet& rejected, Callback done)
{
    Q_UNUSED(rejected)
    const QString error = tr("The server refused this credential, and it cannot be renewed.");
    emit reauthorizationRequired(error);
    if (!context || !done)
        return;
    QMetaObject::invokeMethod(
        context, [done, error] { done(TokenSet(), error); }, Qt::QueuedConnection);
}
