#include "profiles/ProfileExchange.h"

#include "profiles/ProfileJson.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ProfileExchange", text);
}

} // namespace

QByteArray ProfileExchange::exportProfile(const Profile& profile)
{
    const QJsonObject root {{QStringLiteral("format"), formatName()},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("profile"), ProfileJson::toJson(profile, ProfileJson::Content::SharedSetup)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

ProfileExchange::ImportResult ProfileExchange::importProfile(const QByteArray& json)
{
    ImportResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.problems.append({QString(),
            tr("The file is not valid JSON (%1 at offset %2).")
                .arg(parseError.errorString())
                .arg(parseError.offset)});
        return result;
    }
    if (!document.isObject()) {
        result.problems.append({QString(), tr("The file must hold a JSON object.")});
        return result;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName())
        result.problems.append({QStringLiteral("format"),
            tr("must be \"%1\": this is not an exported console profile").arg(formatName())});
    const QJsonValue version = root.value(QStringLiteral("version"));
    // Compared as a double: casting 1e24 to int is undefined behaviour (found by fuzz_profile_import).
    const double number = version.toDouble();
    if (!version.isDouble() || number != std::trunc(number))
        result.problems.append({QStringLiteral("version"), tr("must be a whole number")});
    else if (number > FormatVersion || number < 1)
        result.problems.append({QStringLiteral("version"),
            tr("%1 is not supported; this console reads version %2").arg(number).arg(FormatVersion)});
    if (!root.contains(QStringLiteral("profile"))) {
        result.problems.append({QStringLiteral("profile"), tr("is missing")});
        return result;
    }
    result.profile = ProfileJson::fromJson(root.value(QStringLiteral("profile")), QStringLiteral("profile"),
        ProfileJson::Content::SharedSetup, &result.problems);
    result.profile.id = Profile::newId();
    return result;
}
