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
    if (size == 0)
        return 0;
    const qsizetype slice = qsizetype(data[0]) + 1;
    const QByteArray input = FuzzSupport::bytes(data + 1, size - 1);
    const Outcome whole = parseInSlices(input, qMax<qsizetype>(1, input.size()));
    const Outcome sliced = parseInSlices(input, slice);
    static const QList<int> statuses {0, 400, 405, 413, 431, 501, 505};
    if (!statuses.contains(whole.errorStatus))
        __builtin_trap();
    if (whole.state != sliced.state || whole.errorStatus != sliced.errorStatus || whole.body != sliced.body)
        __builtin_trap();
    return 0;
}
