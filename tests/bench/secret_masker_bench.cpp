// How long SecretMasker::redact() takes on a typical history entry as the number of remembered
// secrets grows (each token refresh remembers a new access and refresh token, in four encodings).
//
//   bench_secret_masker [repetitions]     prints one line per size: secrets, median µs, p90 µs

#include "BenchSupport.h"

#include "util/SecretMasker.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace {

QString randomToken(QRandomGenerator& random, int length)
{
    static const QString alphabet
        = QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~+/=");
    QString token;
    token.reserve(length);
    for (int i = 0; i < length; ++i)
        token += alphabet.at(random.bounded(int(alphabet.size())));
    return token;
}

// About 4 KiB: request line, headers with a bearer token, a JSON body of leads.
QString historyEntryText(QRandomGenerator& random, const QString& token)
{
    QString text = QStringLiteral("GET /v1.0/leads?limit=25 HTTP/1.1\nAuthorization: Bearer %1\n"
                                  "Accept: application/json\n\n{\"leads\":[")
                       .arg(token);
    while (text.size() < 4096) {
        text += QStringLiteral("{\"leadId\":%1,\"firstName\":\"%2\",\"email\":\"%3@example.com\"},")
                    .arg(random.bounded(1000000))
                    .arg(randomToken(random, 8), randomToken(random, 10));
    }
    return text + QStringLiteral("]}");
}

// One series: `prefix` + random characters for every token ("" or the sandbox's "sbxa_"; Lofty's
// JWTs all start "eyJh" alike), so that shared prefixes show what they cost.
void runSeries(const QString& prefix, int repetitions)
{
    QRandomGenerator random(42);
    SecretMasker masker;
    int remembered = 0;
    QString lastToken;
    std::printf("tokens starting \"%s\"\nsecrets  median_us  p90_us\n", qPrintable(prefix));
    for (int target : {2, 20, 200, 1000, 2000}) {
        while (remembered < target) {
            lastToken = prefix + randomToken(random, 48 - int(prefix.size()));
            masker.remember(lastToken);
            ++remembered;
        }
        const QString text = historyEntryText(random, lastToken);
        masker.redact(text); // builds whatever is built lazily
        QList<double> micros;
        for (int i = 0; i < repetitions; ++i) {
            QElapsedTimer timer;
            timer.start();
            const QString redacted = masker.redact(text);
            micros.append(timer.nsecsElapsed() / 1000.0);
            if (redacted.contains(lastToken))
                std::exit(1);
        }
        std::printf("%7d  %9.1f  %6.1f\n", remembered, Bench::median(micros), Bench::quantile(micros, 0.9));
    }
}

} // namespace

int main(int argc, char** argv)
{
    const int repetitions = argc > 1 ? QByteArray(argv[1]).toInt() : 200;
    runSeries(QString(), repetitions);
    runSeries(QStringLiteral("sbxa_"), repetitions);
    return 0;
}
