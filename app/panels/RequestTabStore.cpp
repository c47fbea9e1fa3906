#include "panels/RequestTabStore.h"

#include "util/SecretMasker.h"
#include "util/SecretMaskingRules.h"

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
    QVariantList tabs;
    for (const ApiRequest& request : state.requests.mid(0, MaxTabs)) {
        const ApiRequest kept = withoutSecrets(request);
        QVariantList headers;
        for (const auto& header : kept.headers)
            headers.append(
                QVariant(QStringList {QString::fromUtf8(header.first), QString::fromUtf8(header.second)}));
        tabs.append(QVariantMap {{QStringLiteral("method"), kept.method},
            {QStringLiteral("url"), kept.url.toString()}, {QStringLiteral("headers"), headers},
            {QStringLiteral("body"), QString::fromUtf8(kept.body)}});
    }
    QSettings settings;
    settings.setValue(TabsKey, tabs);
    settings.setValue(CurrentKey, state.current);
}

RequestTabStore::State RequestTabStore::load()
{
    QSettings settings;
    State state;
    const QVariantList tabs = settings.value(TabsKey).toList();
    for (const QVariant& tab : tabs.mid(0, MaxTabs)) {
        const QVariantMap map = tab.toMap();
        ApiRequest request = ApiRequest::fromUrl(map.value(QStringLiteral("method")).toString(),
            QUrl(map.value(QStringLiteral("url")).toString()));
        for (const QVariant& header : map.value(QStringLiteral("headers")).toList()) {
            const QStringList pair = header.toStringList();
            if (pair.size() == 2)
                request.setHeader(pair.at(0).toUtf8(), pair.at(1).toUtf8());
        }
        request.body = map.value(QStringLiteral("body")).toString().toUtf8();
        state.requests.append(request);
    }
    state.current
        = std::clamp(settings.value(CurrentKey).toInt(), 0, std::max(0, int(state.requests.size()) - 1));
    return state;
}
