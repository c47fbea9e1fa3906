#pragma once

#include "CliCommand.h"

struct Profile;

// `profiles list|show|use|create|set|import|export`: the profiles the console keeps (never a
// secret).
class CliProfilesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliProfilesCommand)

public:
    QString name() const override { return QStringLiteral("profiles"); }
    QString summary() const override;
    int run(CliContext& context, const QStringList& arguments) override;

private:
    int list(CliContext& context) const;
    int show(CliContext& context) const;
    int use(CliContext& context) const;
    int importFile(CliContext& context, const QString& fileName, bool makeCurrent) const;
    int importEnvironment(CliContext& context, bool makeCurrent) const;
    int exportProfile(CliContext& context, const QString& fileName) const;
    int create(CliContext& context, const QString& name, const QString& preset) const;
    int set(CliContext& context, const QString& key, const QString& value) const;
};
