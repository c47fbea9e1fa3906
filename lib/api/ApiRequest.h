#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One API request as the user composed it: method, absolute URL (query included), headers and a
// raw body. Credentials are not part of it until ApiClient adds the Authorization header at send
// time; ApiResponse::request holds the request exactly as sent.
struct ApiRequest
{
    QString method = QStringLiteral("GET");
    QUrl url;
    HeaderList headers;
    QByteArray body;
    QString endpointId; // the catalog entry it came from; empty for a free URL
    bool authenticate = true; // add the account's credentials
    int timeoutSeconds = 30; // no data for this long aborts the request
    // Longer waits are a typo; they would also overflow the milliseconds Qt timers take.
    static constexpr int MaxTimeoutSeconds = 3600;

    static ApiRequest fromUrl(const QString& method, const QUrl& url);

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent
    bool hasHeader(const QByteArray& name) const;
    void setHeader(const QByteArray& name, const QByteArray& value); // replaces any of that name
    void removeHeader(const QByteArray& name);
    bool isValid() const { return url.isValid() && !url.host().isEmpty() && !method.isEmpty(); }
};

Q_DECLARE_METATYPE(ApiRequest)
