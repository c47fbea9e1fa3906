#include "CliAllPages.h"

#include "CliContext.h"
#include "CliExitCode.h"

#include "catalog/CatalogLoader.h"
#include "collections/PageFetcher.h"
#include "session/ConsoleSession.h"
#include "session/RequestService.h"
#include "json/JsonWriter.h"

#include <limits>

int CliAllPages::run(CliContext& context, const ApiRequest& request, bool jsonLines, bool pretty)
{
    CliOutput& output = context.output();
    const EndpointCatalog& catalog = CatalogLoader::forProfile(context.session()->profile().id);
    const PagingStyle style = PagingStyle::detect(catalog.find(request.endpointId), request.url);
    if (!style.isPaged()) {
        output.error(tr("%1 %2 does not page: the catalog documents no scrollId, currentId, offset/limit or "
                        "page/pageSize parameter for it.")
                         .arg(request.method, request.url.path()));
        return context.finish(CliExitCode::Usage);
    }
    output.info(tr("Fetching every page (%1)...").arg(style.name()));
    PageFetcher fetcher(ApiSender::of(context.session()->requests()), request, style);
    QObject::connect(&fetcher, &PageFetcher::pageFetched, &fetcher, [&output](int pages, int items) {
        output.info(tr("Page %1: %2 items so far").arg(pages).arg(items));
    });
    QObject::connect(&fetcher, &PageFetcher::finished, &fetcher, [&context] { context.wake(); });
    fetcher.start();
    // Each page has its own timeout; this bounds the whole, rate-limit waits included.
    const qint64 deadlineMs = qint64(PageFetcher::MaxPages) * (request.timeoutSeconds + 1) * 1000;
    if (!context.waitFor([&fetcher] { return !fetcher.isRunning(); },
            int(qMin(deadlineMs, qint64(std::numeric_limits<int>::max()))))) {
        fetcher.cancel();
        output.error(tr("Fetching the pages did not finish in time."));
        return context.finish(CliExitCode::NetworkError);
    }
    if (jsonLines) {
        for (const QByteArray& item : fetcher.items())
            output.writeRaw(item + '\n');
    } else {
        const QByteArray merged = fetcher.mergedArray();
        output.writeRaw((pretty ? JsonWriter::reformat(merged, JsonWriter::Pretty) : merged) + '\n');
    }
    output.info(tr("%n page(s), %1 items, %2 ms", nullptr, fetcher.pageCount())
                    .arg(fetcher.items().size())
                    .arg(fetcher.totalElapsedMs()));
    if (fetcher.errorString().isEmpty())
        return context.finish(CliExitCode::Ok);
    output.error(fetcher.errorString());
    return context.finish(CliExitCode::Failure);
}
