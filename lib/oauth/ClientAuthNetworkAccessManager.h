#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QUrl>

// The QNetworkAccessManager handed to QOAuth2AuthorizationCodeFlow. Qt 6.4 has no hook to add
// headers to token requests (setNetworkRequestModifier is 6.9) and answers a 401 challenge with an
// empty password, so HTTP Basic client authentication is injected here (notes §1.5 #13, #14).
// It also reports every token-endpoint answer, error bodies included, before Qt's reply handler
// sees it: 6.4 swallows token-endpoint errors (QTBUG-102279) and ignores unknown content types.
class ClientAuthNetworkAccessManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit ClientAuthNetworkAccessManager(QObject* parent = nullptr);

    // `authorization` is the whole header value ("Basic …"); empty sends none.
    void setTokenEndpoint(const QUrl& tokenUrl, const QByteArray& authorization);
    bool isTokenEndpoint(const QUrl& url) const;

signals:
    // `httpStatus` is 0 when the server was not reached; `networkError` then says why.
    void tokenReplyFinished(int httpStatus, const QByteArray& body, const QString& networkError);

protected:
    QNetworkReply* createRequest(
        Operation operation, const QNetworkRequest& request, QIODevice* outgoingData = nullptr) override;

private:
    void watchTokenReply(QNetworkReply* reply);

    QUrl m_tokenUrl;
    QByteArray m_authorization;
};
