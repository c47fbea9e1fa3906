// The sandbox's HTTP request parser: whatever bytes a client sends, in whatever slices they
// arrive, the parser yields the same requests and the same refusal, never a crash. The first
// input byte is the slice size for the second pass (1..256 bytes per feed()).
#include "FuzzSupport.h"

#include "sandbox/SandboxHttpParser.h"

#include <QList>

namespace {

bool sameRequests(const QList<SandboxRequest>& a, const QList<SandboxRequest>& b);

struct Outcome
{
    QList<SandboxRequest> requests;
    int errorStatus = 0;

    // Requests before an error count the same whether the bytes came whole or in slices.
    bool operator==(const Outcome& other) const
    {
        return errorStatus == other.errorStatus && sameRequests(requests, other.requests);
    }
};

void checkRequest(const SandboxRequest& request)
{
    if (request.method.isEmpty() || !request.path.startsWith(QLatin1Char('/')))
        __builtin_trap();
    const QByteArray length = request.header("Content-Length");
    if (request.body.size() != (length.isNull() ? 0 : length.toLongLong()))
        __builtin_trap();
    if (request.body.size() > SandboxHttpParser::MaxBodyBytes)
        __builtin_trap();
}

Outcome parseInSlices(const QByteArray& input, qsizetype slice)
{
    Outcome outcome;
    SandboxHttpParser parser;
    for (qsizetype offset = 0; offset < input.size() && outcome.errorStatus == 0; offset += slice) {
        parser.feed(input.mid(offset, slice));
        while (parser.state() == SandboxHttpParser::State::Complete) {
            outcome.requests.append(parser.takeRequest());
            checkRequest(outcome.requests.last());
        }
        if (parser.state() == SandboxHttpParser::State::Error) {
            outcome.errorStatus = parser.errorStatus();
            if (parser.errorMessage().isEmpty())
                __builtin_trap();
        }
    }
    return outcome;
}

bool sameRequests(const QList<SandboxRequest>& a, const QList<SandboxRequest>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].method != b[i].method || a[i].path != b[i].path || a[i].rawQuery != b[i].rawQuery
            || a[i].headers != b[i].headers || a[i].body != b[i].body)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return FuzzSupport::checkSameInSlices(data, size, {0, 400, 413, 431, 501, 505}, parseInSlices);
}
