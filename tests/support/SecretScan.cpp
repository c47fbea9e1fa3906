#include "SecretScan.h"

#include "util/SecretMasker.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

QStringList SecretScan::formsOf(const QString& secret)
{
    const QByteArray utf8 = secret.toUtf8();
    QStringList forms {secret, QString::fromLatin1(QUrl::toPercentEncoding(secret)),
        QString::fromLatin1(utf8.toBase64()),
        QString::fromLatin1(utf8.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))};
    QString formEncoded = QString::fromLatin1(QUrl::toPercentEncoding(secret, " "));
    forms << formEncoded.replace(QLatin1Char(' '), QLatin1Char('+'));
    const QByteArray json = QJsonDocument(QJsonArray {secret}).toJson(QJsonDocument::Compact);
    QString jsonEscaped = QString::fromUtf8(json.mid(2, json.size() - 4));
    forms << jsonEscaped << jsonEscaped.replace(QLatin1Char('/'), QLatin1String("\\/"));
    forms.removeDuplicates();
    forms.removeAll(QString());
    return forms;
}

QStringList SecretScan::findings(const QString& folder, const QStringList& secrets, int* filesRead)
{
    QStringList found;
    int read = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            found << path + QStringLiteral(": unreadable");
            continue;
        }
        ++read;
        const QString content = QString::fromUtf8(file.readAll());
        for (const QString& secret : secrets) {
            for (const QString& form : formsOf(secret)) {
                if (content.contains(form))
                    found << QStringLiteral("%1: a form of %2").arg(path, SecretMasker::mask(secret));
            }
        }
    }
    if (filesRead)
        *filesRead = read;
    return found;
}
