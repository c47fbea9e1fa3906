// The webhook receiver's delivery parser: whatever bytes a sender posts, in whatever slices they
// arrive, the verdict is the same (one delivery with a JSON body within the bounds, or one
// refusal with a status and a reason), never a crash. The first input byte is the slice size
// for the second pass (1..256 bytes per feed()).
#include "FuzzSupport.h"

#include "webhooks/WebhookDeliveryParser.h"
#include "json/JsonReader.h"

#include <QList>

namespace {

struct Outcome
{
    WebhookDeliveryParser::State state = WebhookDeliveryParser::State::NeedMore;
    int errorStatus = 0;
    QByteArray body;

    bool operator==(const Outcome& other) const
    {
        return state == other.state && errorStatus == other.errorStatus && body == other.body;
    }
};

Outcome parseInSlices(const QByteArray& input, qsizetype slice)
{
    WebhookDeliveryParser parser;
    for (qsizetype offset = 0;
         offset < input.size() && parser.state() == WebhookDeliveryParser::State::NeedMore; offset += slice)
        parser.feed(input.mid(offset, slice));
    Outcome outcome {parser.state(), parser.errorStatus(), parser.delivery().body};
    if (outcome.state == WebhookDeliveryParser::State::Error && parser.errorMessage().isEmpty())
        __builtin_trap();
    if (outcome.state == WebhookDeliveryParser::State::Complete) {
        QString error;
        if (outcome.body.size() > WebhookDeliveryParser::MaxBodyBytes
            || !JsonReader::parse(outcome.body, &error).isValid())
            __builtin_trap();
    }
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return FuzzSupport::checkSameInSlices(data, size, {0, 400, 405, 413, 431, 501, 505}, parseInSlices);
}
