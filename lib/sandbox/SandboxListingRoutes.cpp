#include "sandbox/SandboxListingRoutes.h"

#include "sandbox/SandboxReply.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QXmlStreamWriter>

using namespace SandboxReply;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxListingRoutes", text);
}

struct Listing
{
    const char* id;
    const char* street;
    const char* city;
    const char* price;
    int beds;
    bool sold;
};

const Listing Listings[] = {
    {"SBX-1001", "12 Harbor St", "Seattle", "525000", 3, false},
    {"SBX-1002", "48 Pine Ave", "Seattle", "789000", 4, false},
    {"SBX-1003", "7 Lake View Rd", "Portland", "410000", 2, true},
};

} // namespace

void SandboxListingRoutes::addTo(SandboxRouteTable& table)
{
    table.add("POST", "/v2.0/listings/search", [](const SandboxCall& c) { return search(c); });
    table.add("GET", "/v1.0/listing", [](const SandboxCall& c) { return agentListings(c); });
    table.add("GET", "/v1.0/getPublishedListings", [](const SandboxCall& c) { return publishedFeed(c); },
        {QStringLiteral("type")});
}

QList<QJsonObject> SandboxListingRoutes::listings(bool sold)
{
    QList<QJsonObject> result;
    for (const Listing& listing : Listings) {
        if (listing.sold != sold)
            continue;
        result.append(QJsonObject {{QStringLiteral("listingId"), QString::fromLatin1(listing.id)},
            {QStringLiteral("mlsListingId"), QString::fromLatin1(listing.id)},
            {QStringLiteral("listingStreetName"), QString::fromLatin1(listing.street)},
            {QStringLiteral("listingCity"), QString::fromLatin1(listing.city)},
            {QStringLiteral("listingState"), QStringLiteral("WA")},
            {QStringLiteral("price"), QString::fromLatin1(listing.price)},
            {QStringLiteral("beds"), listing.beds}, {QStringLiteral("baths"), 2},
            {QStringLiteral("listingStatus"), sold ? QStringLiteral("Sold") : QStringLiteral("Active")}});
    }
    return result;
}

SandboxResponse SandboxListingRoutes::search(const SandboxCall& call)
{
    const QJsonObject body = call.bodyObject();
    const int pageNum = body.value(QStringLiteral("pageNum")).toInt(1);
    const int pageSize = body.value(QStringLiteral("pageSize")).toInt(20);
    if (pageNum < 1 || pageSize < 1 || pageSize > 100)
        return invalidParameter(tr("pageNum must be 1 or more and pageSize from 1 to 100."));
    const QList<QJsonObject> all = listings(body.value(QStringLiteral("soldFlag")).toBool());
    const int total = int(all.size());
    const int totalPage = (total + pageSize - 1) / pageSize;
    return SandboxResponse::json(
        QJsonObject {{QStringLiteral("listing"), toArray(all.mid((pageNum - 1) * pageSize, pageSize))},
            {QStringLiteral("metadata"),
                QJsonObject {{QStringLiteral("collection"), QStringLiteral("listing")},
                    {QStringLiteral("pageSize"), pageSize}, {QStringLiteral("pageNum"), pageNum},
                    {QStringLiteral("totalCount"), total}, {QStringLiteral("totalPage"), totalPage},
                    {QStringLiteral("hasMore"), pageNum < totalPage}}}});
}

// `listIng` is spelled so in Lofty's document; its content is a listing-hub payload.
SandboxResponse SandboxListingRoutes::agentListings(const SandboxCall&)
{
    const QList<QJsonObject> active = listings(false);
    const QList<QJsonObject> sold = listings(true);
    return SandboxResponse::json(QJsonObject {
        {QStringLiteral("listIng"), QJsonObject {{QStringLiteral("listings"), toArray(active)}}},
        {QStringLiteral("soldListing"), QJsonObject {{QStringLiteral("listings"), toArray(sold)}}},
        {QStringLiteral("_listingMetadata"),
            QJsonObject {{QStringLiteral("collection"), QStringLiteral("listing")},
                {QStringLiteral("limit"), 20}, {QStringLiteral("total"), int(active.size() + sold.size())},
                {QStringLiteral("activeTotal"), int(active.size())},
                {QStringLiteral("soldTotal"), int(sold.size())}, {QStringLiteral("nextPageKey"), QString()},
                {QStringLiteral("soldNextPageKey"), QString()}}}});
}

SandboxResponse SandboxListingRoutes::publishedFeed(const SandboxCall& call)
{
    const QString type = call.query.value(QStringLiteral("type"));
    if (type != QLatin1String("LuxVT") && type != QLatin1String("AptCom")
        && type != QLatin1String("AllOnMarket"))
        return invalidParameter(tr("type must be LuxVT, AptCom or AllOnMarket."));
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("listings"));
    writer.writeAttribute(QStringLiteral("type"), type);
    for (const QJsonObject& listing : listings(false)) {
        writer.writeStartElement(QStringLiteral("listing"));
        writer.writeTextElement(QStringLiteral("id"), listing.value(QStringLiteral("listingId")).toString());
        writer.writeTextElement(
            QStringLiteral("address"), listing.value(QStringLiteral("listingStreetName")).toString());
        writer.writeTextElement(
            QStringLiteral("city"), listing.value(QStringLiteral("listingCity")).toString());
        writer.writeTextElement(QStringLiteral("price"), listing.value(QStringLiteral("price")).toString());
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndDocument();
    SandboxResponse response;
    response.contentType = "application/xml;charset=UTF-8";
    response.body = xml;
    return response;
}
