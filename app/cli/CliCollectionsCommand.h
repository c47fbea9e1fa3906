#pragma once

#include "CliCommand.h"

class CliContext;

// `collections import-postman FILE DIR`: writes a Postman v2.1 collection export as a new
// collection folder (one file per request, no secret), and prints what it changed or left out.
class CliCollectionsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCollectionsCommand)

public:
    QString name() const override { return QStringLiteral("collections"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int importPostman(CliContext& context, const QStringList& arguments);
};
