#include "sandbox/SandboxAdminRoutes.h"

#include "util/LogCategories.h"
#include "util/SecretMasker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrl>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxAdminRoutes", text);
}

const QString Prefix = QStringLiteral("/sandbox/");

bool parseObject(const QByteArray& body, QJsonObject* object, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("The body must be a JSON object (%1).").arg(parseError.errorString());
        return false;
    }
    *object = document.object();
    return true;
}

} // namespace

SandboxAdminRoutes::SandboxAdminRoutes(SandboxState& state, std::function<void()> reset)
    : m_state(state)
    , m_reset(std::move(reset))
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    m_key
        = QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    SecretMasker::global().remember(m_key, QStringLiteral("sandbox admin key"));
}

bool SandboxAdminRoutes::hasKey(const SandboxRequest& request) const
{
    const QByteArray given = request.header(KeyHeader);
    const QByteArray expected = m_key.toLatin1();
    if (given.size() != expected.size())
        return false;
    // Compared in constant time: how long a refusal takes says nothing about the key.
    char difference = 0;
    for (qsizetype i = 0; i < given.size(); ++i)
        difference |= given.at(i) ^ expected.at(i);
    return difference == 0;
}

bool SandboxAdminRoutes::asksForSecrets(const SandboxRequest& request)
{
    return request.queryParameters().value(QStringLiteral("secrets")) == QLatin1String("true");
}

bool SandboxAdminRoutes::handles(const QString& path)
{
    return path.startsWith(Prefix);
}

SandboxResponse SandboxAdminRoutes::handle(const SandboxRequest& request)
{
    if (!hasKey(request))
        return unauthorized();
    const QString resource = request.path.mid(Prefix.size());
    const bool withSecrets = asksForSecrets(request);
    const bool isGet = request.method == QLatin1String("GET");
    if (resource == QLatin1String("apps")) {
        if (!isGet)
            return methodNotAllowed();
        QJsonArray apps;
        for (const SandboxApp& entry : m_state.config.apps)
            apps.append(appJson(entry, withSecrets));
        return SandboxResponse::json(apps);
    }
    if (resource.startsWith(QLatin1String("apps/")))
        return app(request, resource.mid(5));
    if (resource == QLatin1String("accounts")) {
        if (!isGet)
            return methodNotAllowed();
        QJsonArray accounts;
        for (const SandboxAccount& account : m_state.config.accounts) {
            QJsonObject json = account.toJson();
            if (!withSecrets)
                json.remove(QStringLiteral("customerKey"));
            accounts.append(json);
        }
        return SandboxResponse::json(accounts);
    }
    if (resource == QLatin1String("faults"))
        return faults(request);
    if (resource == QLatin1String("reset")) {
        if (request.method != QLatin1String("POST"))
            return methodNotAllowed();
        m_reset();
        return SandboxResponse::json(QJsonObject {{QStringLiteral("reset"), true}});
    }
    return SandboxResponse::notFound();
}

SandboxResponse SandboxAdminRoutes::app(const SandboxRequest& request, const QString& resource)
{
    const QString clientId = resource.section(QLatin1Char('/'), 0, 0);
    const QString action = resource.section(QLatin1Char('/'), 1);
    SandboxApp* app = m_state.config.app(clientId);
    if (!app)
        return SandboxResponse::json(
            QJsonObject {{QStringLiteral("code"), QStringLiteral("NOT_FOUND")},
                {QStringLiteral("message"), tr("No app with client id \"%1\".").arg(clientId)}},
            404);
    if (!action.isEmpty()) {
        if (request.method != QLatin1String("POST"))
            return methodNotAllowed();
        return actOnApp(app, action, request.body);
    }
    if (request.method == QLatin1String("GET"))
        return SandboxResponse::json(appJson(*app, asksForSecrets(request)));
    if (request.method == QLatin1String("PATCH"))
        return patchApp(app, request.body);
    return methodNotAllowed();
}

bool SandboxAdminRoutes::readEdit(
    const QJsonObject& patch, const SandboxApp& app, SandboxApp::Edit* edit, QString* error)
{
    *edit = app.pendingEdit.value_or(app.configuration());
    for (const QString& field : {QStringLiteral("name"), QStringLiteral("description")}) {
        if (!patch.contains(field))
            continue;
        if (!patch.value(field).isString()) {
            *error = field + QLatin1String(": ") + tr("expected a string.");
            return false;
        }
        (field == QLatin1String("name") ? edit->name : edit->description) = patch.value(field).toString();
    }
    if (edit->name.trimmed().isEmpty()) {
        *error = QStringLiteral("name: ") + tr("must not be empty.");
        return false;
    }
    if (patch.contains(QStringLiteral("redirectUris"))) {
        const QJsonValue value = patch.value(QStringLiteral("redirectUris"));
        edit->redirectUris.clear();
        for (const QJsonValue& entry : value.toArray()) {
            const QUrl url(entry.toString(), QUrl::StrictMode);
            if (!entry.isString() || !url.isValid() || url.isRelative()) {
                *error = QStringLiteral("redirectUris: ")
                    + tr("\"%1\" is not an absolute URL.").arg(entry.toString());
                return false;
            }
            edit->redirectUris.append(entry.toString());
        }
        if (!value.isArray() || edit->redirectUris.isEmpty()) {
            *error = QStringLiteral("redirectUris: ") + tr("expected a non-empty array of URLs.");
            return false;
        }
    }
    if (patch.contains(QStringLiteral("grantedApis"))) {
        const QJsonValue value = patch.value(QStringLiteral("grantedApis"));
        if (!value.isArray()) {
            *error = QStringLiteral("grantedApis: ") + tr("expected an array of API names.");
            return false;
        }
        edit->grantedApis.clear();
        const QStringList known = SandboxConfig::allGrantableApis();
        for (const QJsonValue& entry : value.toArray()) {
            if (!known.contains(entry.toString())) {
                *error = QStringLiteral("grantedApis: ") + tr("unknown API \"%1\".").arg(entry.toString());
                return false;
            }
            if (!edit->grantedApis.contains(entry.toString()))
                edit->grantedApis.append(entry.toString());
        }
    }
    return true;
}

SandboxResponse SandboxAdminRoutes::patchApp(SandboxApp* app, const QByteArray& body)
{
    QJsonObject patch;
    QString error;
    if (!parseObject(body, &patch, &error))
        return badRequest(error);
    SandboxApp::Mode mode = app->mode;
    if (patch.contains(QStringLiteral("mode"))
        && !SandboxApp::modeFromName(patch.value(QStringLiteral("mode")).toString(), &mode))
        return badRequest(
            QStringLiteral("mode: ") + tr("expected Development, Under Review, Production or Declined."));
    SandboxApp edited = *app;
    if (patch.contains(QStringLiteral("mode"))) {
        edited.mode = mode;
        edited.pendingEdit.reset();
        edited.declineReason.clear();
    }
    SandboxApp::Edit edit;
    if (!readEdit(patch, edited, &edit, &error))
        return badRequest(error);
    const bool editsConfiguration = patch.contains(QStringLiteral("name"))
        || patch.contains(QStringLiteral("description")) || patch.contains(QStringLiteral("redirectUris"))
        || patch.contains(QStringLiteral("grantedApis"));
    SandboxApp::Outcome outcome;
    outcome.ok = true;
    if (editsConfiguration)
        outcome = edited.edit(edit);
    if (!outcome.ok)
        return conflict(outcome.error);
    *app = edited;
    return answerWithRevocation(*app, outcome.addsApis);
}

SandboxResponse SandboxAdminRoutes::actOnApp(
    SandboxApp* app, const QString& actionName, const QByteArray& body)
{
    AppLifecycle::Action action = AppLifecycle::Action::Submit;
    if (!AppLifecycle::actionFromName(actionName, &action))
        return SandboxResponse::notFound();
    QString reason;
    if (action == AppLifecycle::Action::Decline) {
        QJsonObject object;
        QString error;
        if (!parseObject(body, &object, &error))
            return badRequest(error);
        reason = object.value(QStringLiteral("reason")).toString();
    }
    const SandboxApp::Outcome outcome = app->act(action, reason);
    if (!outcome.ok)
        return conflict(outcome.error);
    return answerWithRevocation(*app, outcome.addsApis);
}

SandboxResponse SandboxAdminRoutes::answerWithRevocation(const SandboxApp& app, bool addsApis)
{
    const int revoked = m_state.revokeIfApisAdded(app.clientId, addsApis);
    qCInfo(lcSandbox) << "admin:" << app.clientId << "now" << SandboxApp::modeName(app.mode)
                      << app.grantedApis << (app.pendingEdit ? "with a pending edit" : "") << "revoked"
                      << revoked << "tokens";
    QJsonObject answer = appJson(app, false);
    answer.insert(QStringLiteral("tokensRevoked"), revoked);
    return SandboxResponse::json(answer);
}

SandboxResponse SandboxAdminRoutes::faults(const SandboxRequest& request)
{
    if (request.method == QLatin1String("PUT")) {
        QJsonObject patch;
        QString error;
        if (!parseObject(request.body, &patch, &error) || !m_state.faults.update(patch, &error))
            return badRequest(error);
        qCInfo(lcSandbox) << "admin: faults" << m_state.faults.toJson();
    } else if (request.method != QLatin1String("GET")) {
        return methodNotAllowed();
    }
    return SandboxResponse::json(m_state.faults.toJson());
}

QJsonObject SandboxAdminRoutes::appJson(const SandboxApp& app, bool withSecret) const
{
    QJsonObject json = app.toJson();
    if (!withSecret)
        json.remove(QStringLiteral("clientSecret"));
    json.insert(QStringLiteral("rateLimitPerMinute"), m_state.rateLimitOf(app));
    json.insert(QStringLiteral("authorizedAccounts"), QJsonArray::fromStringList(app.authorizedAccounts));
    return json;
}

SandboxResponse SandboxAdminRoutes::badRequest(const QString& message)
{
    return SandboxResponse::json(QJsonObject {{QStringLiteral("code"), QStringLiteral("INVALID_PARAMETER")},
                                     {QStringLiteral("message"), message}},
        400);
}

SandboxResponse SandboxAdminRoutes::unauthorized()
{
    return SandboxResponse::json(QJsonObject {{QStringLiteral("code"), QStringLiteral("UNAUTHORIZED")},
                                     {QStringLiteral("message"),
                                         tr("The sandbox admin API needs this run's key in the %1 header; "
                                            "lofty-sandbox prints it at start.")
                                             .arg(QString::fromLatin1(KeyHeader))}},
        401);
}

SandboxResponse SandboxAdminRoutes::conflict(const QString& message)
{
    return SandboxResponse::json(QJsonObject {{QStringLiteral("code"), QStringLiteral("CONFLICT")},
                                     {QStringLiteral("message"), message}},
        409);
}

SandboxResponse SandboxAdminRoutes::methodNotAllowed()
{
    return SandboxResponse::json(QJsonObject {{QStringLiteral("code"), QStringLiteral("METHOD_NOT_ALLOWED")},
                                     {QStringLiteral("message"), tr("Method not allowed.")}},
        405);
}
