#include "profiles/AccountRecord.h"

#include <QUuid>

QString AccountRecord::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString AccountRecord::displayName() const
{
    if (!label.isEmpty())
        return label;
    if (!identity.name.isEmpty())
        return identity.name;
    if (!identity.email.isEmpty())
        return identity.email;
    return id;
}
