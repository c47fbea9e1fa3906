#include "panels/RequestTabStore.h"

#include "util/SecretMasker.h"
#include "util/SecretMaskingRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QUrlQuery>

#include <algorithm>

namespace {
const QString TabsKey = QStringLiteral("requests/tabs");
const QString CurrentKey = QStringLiteral("requests/currentTab");
} // namespace

ApiRequest RequestTabStore::withoutSecrets(const ApiRequest& request)
{
    ApiRequest kept = ApiRequest::fromUrl(request.method, request.url);
    QUrlQuery query(request.url);
    const auto items = query.queryItems(QUrl::FullyEncoded);
    for (const auto& item : items) {
        if (SecretMaskingRules::isSecretName(QUrl::fromPercentEncoding(item.first.toUtf8())))
            query.removeAllQueryItems(item.first);
    }
    QUrl url = request.url;
    url.setQuery(query);
    url.setUserInfo(QString());
    kept.url = QUrl(SecretMasker::global().redact(url.toString()));
    for (const auto& header : request.headers) {
        if (!SecretMasker::isCredentialHeader(header.first)
            && !SecretMaskingRules::isSecretName(QString::fromUtf8(header.first)))
            kept.setHeader(header.first, SecretMasker::global().redact(header.second));
    }
    kept.body = SecretMasker::global().redact(
        SecretMaskingRules::maskByName(QString::fromUtf8(request.body)).toUtf8());
    return kept;
}

void RequestTabStore::save(const State& state)
{
    // JSON text rather than a QVariantList: the settings file stays readable (and checkable).
    QJsonArray tabs;
    for (const ApiRequest& request : state.requests.mid(0, MaxTabs)) {
        const ApiRequest kept = withoutSecrets(request);
        QJsonArray headers;
        for (const auto& header : kept.headers)
            headers.append(QJsonArray {QString::fromUtf8(header.first), QString::fromUtf8(header.second)});
        tabs.append(QJsonObject {{QStringLiteral("method"), kept.method},
            {QStringLiteral("url"), kept.url.toString()}, {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), QString::fromUtf8(kept.body)}});
    }
    QSettings settings;
    settings.setValue(TabsKey, QString::fromUtf8(QJsonDocument(tabs).toJson(QJsonDocument::Compact)));
    settings.setValue(CurrentKey, state.current);
}

RequestTabStore::State RequestTabStore::load()
{
    QSettings settings;
    State state;
    // Anything unreadable (an older format, a hand edit) starts with one empty tab.
    const QJsonArray tabs = QJsonDocument::fromJson(settings.value(TabsKey).toString().toUtf8()).array();
    for (const QJsonValue& tab : tabs) {
        if (state.requests.size() >= MaxTabs)
            break;
        const QJsonObject object = tab.toObject();
        ApiRequest request = ApiRequest::fromUrl(object.value(QStringLiteral("method")).toString(),
            QUrl(object.value(QStringLiteral("url")).toString()));
        const QJsonArray headers = object.value(QStringLiteral("headers")).toArray();
        for (const QJsonValue& header : headers) {
            const QJsonArray pair = header.toArray();
            if (pair.size() == 2)
                request.setHeader(pair.at(0).toString().toUtf8(), pair.at(1).toString().toUtf8());
        }
        request.body = object.value(QStringLiteral("body")).toString().toUtf8();
        state.requests.append(request);
    }
    state.current
        = std::clamp(settings.value(CurrentKey).toInt(), 0, std::max(0, int(state.requests.size()) - 1));
    return state;
}
