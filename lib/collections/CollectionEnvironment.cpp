#include "collections/CollectionEnvironment.h"

#include "collections/CollectionSettings.h"

QByteArray CollectionEnvironment::toFileText() const
{
    return CollectionSettings::write(
        QStringLiteral("lofty-console-environment"), name, variables, secretVariables);
}

bool CollectionEnvironment::fromFileText(
    const QByteArray& text, CollectionEnvironment* environment, QString* error)
{
    return CollectionSettings::read(text, QStringLiteral("lofty-console-environment"), &environment->name,
        &environment->variables, &environment->secretVariables, error);
}
