#include "webhooks/WebhookDelivery.h"

#include "json/JsonNode.h"
#include "json/JsonReader.h"
#include "json/JsonWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WebhookDelivery", text);
}

constexpr int ListCount = 12;

QByteArray quoted(const QString& text)
{
    const QByteArray array = QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray headersObject(const WebhookDelivery::HeaderList& headers)
{
    QList<QByteArray> names;
    QList<QByteArray> values;
    for (const auto& header : headers) {
        const qsizetype index = names.indexOf(header.first);
        if (index < 0) {
            names.append(header.first);
            values.append(header.second);
        } else {
            values[index] += ", " + header.second;
        }
    }
    QByteArray object = "{";
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            object += ',';
        object += quoted(QString::fromLatin1(names[i])) + ':' + quoted(QString::fromUtf8(values[i]));
    }
    return object + '}';
}

} // namespace

QByteArray WebhookDelivery::header(const QByteArray& name) const
{
    for (const auto& header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return QByteArray();
}

int WebhookDelivery::listId() const
{
    const QString path = target.section(QLatin1Char('?'), 0, 0);
    bool ok = false;
    const int fromPath = path.section(QLatin1Char('/'), -1).toInt(&ok);
    if (ok && fromPath >= 1 && fromPath <= ListCount)
        return fromPath;
    QString error;
    const JsonNode root = JsonReader::parse(body, &error);
    if (!root.isObject())
        return 0;
    const JsonNode list = root.value(u"listId");
    const int fromBody = list.isInteger() ? int(list.toInt64(&ok)) : 0;
    if (ok && fromBody >= 1 && fromBody <= ListCount)
        return fromBody;
    const QStringList members = root.keys();
    if (members.size() == 2 && members.contains(QStringLiteral("leadId"))
        && members.contains(QStringLiteral("updateTime")))
        return 3;
    return 0;
}

QString WebhookDelivery::leadActivityLeadId() const
{
    if (listId() != 3)
        return QString();
    QString error;
    const JsonNode lead = JsonReader::parse(body, &error).value(u"leadId");
    return lead.isNumber() || lead.isString() ? lead.displayText() : QString();
}

QByteArray WebhookDelivery::toJsonLine(bool withTarget) const
{
    QString error;
    const JsonNode root = JsonReader::parse(body, &error);
    const QByteArray bodyText = root.isValid() ? JsonWriter::write(root, JsonWriter::Compact) : "null";
    const QByteArray targetMember = withTarget ? ",\"target\":" + quoted(target) : QByteArray();
    return "{\"receivedAt\":" + quoted(receivedAt.toString(Qt::ISODateWithMs)) + targetMember
        + ",\"headers\":" + headersObject(headers) + ",\"body\":" + bodyText + '}';
}

WebhookDelivery WebhookDelivery::fromJsonLine(const QByteArray& line, bool* ok)
{
    *ok = false;
    WebhookDelivery delivery;
    QString error;
    const JsonNode root = JsonReader::parse(line, &error);
    if (!root.isObject())
        return delivery;
    const JsonNode headers = root.value(u"headers");
    const JsonNode body = root.value(u"body");
    delivery.receivedAt
        = QDateTime::fromString(root.value(u"receivedAt").toString(), Qt::ISODateWithMs).toUTC();
    if (!delivery.receivedAt.isValid() || !headers.isObject() || !body.isValid())
        return delivery;
    delivery.target = root.value(u"target").toString();
    for (int i = 0; i < headers.size(); ++i)
        delivery.headers.append({headers.keyAt(i).toLatin1(), headers.at(i).toString().toUtf8()});
    delivery.body = body.rawText();
    *ok = true;
    return delivery;
}

QString WebhookDelivery::listName(int listId)
{
    switch (listId) {
    case 1:
        return tr("1 Agent");
    case 2:
        return tr("2 Lead Info");
    case 3:
        return tr("3 Lead Activity");
    case 4:
        return tr("4 Listing Alert");
    case 5:
        return tr("5 Transaction");
    case 6:
        return tr("6 Call");
    case 7:
        return tr("7 Email");
    case 8:
        return tr("8 Text");
    case 9:
        return tr("9 Note");
    case 10:
        return tr("10 Task");
    case 11:
        return tr("11 Appointment");
    case 12:
        return tr("12 Pipeline Change");
    default:
        return tr("unknown");
    }
}
