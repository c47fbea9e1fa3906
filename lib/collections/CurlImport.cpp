#include "collections/CurlImport.h"

#include <QUrlQuery>

namespace {

const QStringList IgnoredFlags {QStringLiteral("--compressed"), QStringLiteral("-s"),
    QStringLiteral("--silent"), QStringLiteral("-S"), QStringLiteral("--show-error"), QStringLiteral("-L"),
    QStringLiteral("--location"), QStringLiteral("-i"), QStringLiteral("--include"), QStringLiteral("-v"),
    QStringLiteral("--verbose"), QStringLiteral("-k"), QStringLiteral("--insecure"), QStringLiteral("-f"),
    QStringLiteral("--fail"), QStringLiteral("-sS"), QStringLiteral("-sSL")};
const QStringList DataOptions {QStringLiteral("-d"), QStringLiteral("--data"), QStringLiteral("--data-raw"),
    QStringLiteral("--data-binary"), QStringLiteral("--data-ascii")};

const QString LoftyApiHost = QStringLiteral("api.lofty.com");

} // namespace

bool CurlImport::split(const QString& command, QStringList* words, QString* error)
{
    words->clear();
    QString word;
    bool inWord = false;
    QChar quote;
    for (int i = 0; i < command.size(); ++i) {
        const QChar c = command.at(i);
        if (quote == QLatin1Char('\'')) {
            if (c == QLatin1Char('\''))
                quote = QChar();
            else
                word += c;
            continue;
        }
        if (c == QLatin1Char('\\') && i + 1 < command.size()) {
            const QChar next = command.at(++i);
            if (next == QLatin1Char('\n')
                || (next == QLatin1Char('\r') && i + 1 < command.size()
                    && command.at(i + 1) == QLatin1Char('\n') && ++i))
                continue; // a line continuation
            // Inside double quotes a backslash escapes only $ ` " \ (POSIX 2.2.3).
            if (quote == QLatin1Char('"') && !QStringLiteral("$`\"\\").contains(next))
                word += c;
            word += next;
            inWord = true;
            continue;
        }
        if (quote == QLatin1Char('"')) {
            if (c == QLatin1Char('"'))
                quote = QChar();
            else
                word += c;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words->append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (!quote.isNull()) {
        *error = tr("The command has an unterminated %1 quote.").arg(quote);
        return false;
    }
    if (inWord)
        words->append(word);
    return true;
}

void CurlImport::setUrl(const QString& text, const QUrl& apiBaseUrl, CollectionRequest* request)
{
    QUrl url(text);
    if (url.scheme().isEmpty())
        url = QUrl(QStringLiteral("https://") + text);
    const QUrlQuery query(url);
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded))
        request->params.append({name, value});
    url.setQuery(QString());
    const bool onApi = url.host() == LoftyApiHost
        || (apiBaseUrl.isValid() && url.host() == apiBaseUrl.host() && url.port() == apiBaseUrl.port());
    request->url = onApi ? url.path() : url.toString();
}

CurlImport::Result CurlImport::parse(const QString& command, const QUrl& apiBaseUrl)
{
    Result result;
    QStringList words;
    if (!split(command, &words, &result.error))
        return result;
    if (words.isEmpty() || words.constFirst() != QLatin1String("curl")) {
        result.error = tr("A curl command starts with \"curl\".");
        return result;
    }
    QString method;
    QString url;
    QStringList data;
    bool dataAsQuery = false;
    CollectionRequest& request = result.request;
    for (int i = 1; i < words.size(); ++i) {
        const QString& word = words.at(i);
        const auto argument = [&](QString* value) {
            if (i + 1 >= words.size()) {
                result.error = tr("%1 needs a value.").arg(word);
                return false;
            }
            *value = words.at(++i);
            return true;
        };
        QString value;
        if (word == QLatin1String("-X") || word == QLatin1String("--request")) {
            if (!argument(&method))
                return result;
        } else if (word == QLatin1String("-H") || word == QLatin1String("--header")) {
            if (!argument(&value))
                return result;
            const int colon = value.indexOf(QLatin1Char(':'));
            if (colon <= 0) {
                result.error = tr("The header \"%1\" has no name: value form.").arg(value);
                return result;
            }
            const QString name = value.left(colon).trimmed();
            if (name.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0)
                result.credentialsReplaced = true;
            else
                request.headers.append({name, value.mid(colon + 1).trimmed()});
        } else if (DataOptions.contains(word)) {
            if (!argument(&value))
                return result;
            data.append(value);
        } else if (word == QLatin1String("--url")) {
            if (!argument(&url))
                return result;
        } else if (word == QLatin1String("-G") || word == QLatin1String("--get")) {
            dataAsQuery = true;
        } else if (IgnoredFlags.contains(word)) {
            continue;
        } else if (word.startsWith(QLatin1Char('-'))) {
            result.error = tr("The curl option %1 is not supported here.").arg(word);
            return result;
        } else if (url.isEmpty()) {
            url = word;
        } else {
            result.error = tr("More than one URL: \"%1\" and \"%2\".").arg(url, word);
            return result;
        }
    }
    if (url.isEmpty()) {
        result.error = tr("The command names no URL.");
        return result;
    }
    setUrl(url, apiBaseUrl, &request);
    const QString body = data.join(QLatin1Char('&'));
    if (dataAsQuery) {
        for (const auto& [name, item] : QUrlQuery(body).queryItems(QUrl::FullyDecoded))
            request.params.append({name, item});
    } else {
        request.body = body.toUtf8();
    }
    request.method = !method.isEmpty()
        ? method.toUpper()
        : (data.isEmpty() || dataAsQuery ? QStringLiteral("GET") : QStringLiteral("POST"));
    request.name = QStringLiteral("%1 %2").arg(request.method, QUrl(request.url).path());
    return result;
}
