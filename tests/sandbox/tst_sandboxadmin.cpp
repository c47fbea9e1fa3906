#include "SandboxTestFixture.h"
#include "sandbox/SandboxAdminRoutes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

class tst_SandboxAdmin : public QObject
{
    Q_OBJECT

private:
    SandboxTestFixture f;

    HttpResult putFaults(const QJsonObject& faults)
    {
        return f.http.sendJson("PUT", f.admin(QStringLiteral("/faults")), faults);
    }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.server.reset(); }

    void listsAppsWithTheirRateLimits()
    {
        const HttpResult apps = f.http.get(f.admin(QStringLiteral("/apps")));
        QCOMPARE(apps.status, 200);
        const QJsonArray array = QJsonDocument::fromJson(apps.body).array();
        QCOMPARE(array.size(), 5);
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("clientId")).toString(),
            QStringLiteral("sandbox-web"));
        QCOMPARE(array.at(0).toObject().value(QStringLiteral("rateLimitPerMinute")).toInt(), 100);
        QCOMPARE(array.at(2).toObject().value(QStringLiteral("rateLimitPerMinute")).toInt(), 500);
    }

    void readsOneApp()
    {
        const HttpResult app = f.http.get(f.admin(QStringLiteral("/apps/sandbox-review")));
        QCOMPARE(app.status, 200);
        QCOMPARE(app.json().value(QStringLiteral("mode")).toString(), QStringLiteral("Under Review"));
        QCOMPARE(f.http.get(f.admin(QStringLiteral("/apps/nope"))).status, 404);
    }

    void changingTheModeChangesTheRateLimit()
    {
        const HttpResult patched = f.http.sendJson("PATCH", f.admin(QStringLiteral("/apps/sandbox-web")),
            QJsonObject {{QStringLiteral("mode"), QStringLiteral("Production")}});
        QCOMPARE(patched.status, 200);
        QCOMPARE(patched.json().value(QStringLiteral("rateLimitPerMinute")).toInt(), 500);
        QCOMPARE(patched.json().value(QStringLiteral("tokensRevoked")).toInt(), 0);
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), f.tokenFor(QStringLiteral("sandbox-web")))
                     .header("X-RateLimit-Limit"),
            QByteArray("500"));
    }

    void badPatchNamesTheField()
    {
        const HttpResult mode = f.http.sendJson("PATCH", f.admin(QStringLiteral("/apps/sandbox-web")),
            QJsonObject {{QStringLiteral("mode"), QStringLiteral("Beta")}});
        QCOMPARE(mode.status, 400);
        QVERIFY(mode.json().value(QStringLiteral("message")).toString().startsWith(QStringLiteral("mode:")));
        const HttpResult apis = f.http.sendJson("PATCH", f.admin(QStringLiteral("/apps/sandbox-web")),
            QJsonObject {{QStringLiteral("grantedApis"), QJsonArray {QStringLiteral("Spaceships")}}});
        QCOMPARE(apis.status, 400);
        QVERIFY(apis.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("grantedApis:")));
    }

    void refusesRequestsWithoutThisRunsKey()
    {
        SandboxTestHttp stranger;
        for (const char* path : {"/apps", "/apps/sandbox-web", "/accounts", "/faults"}) {
            const HttpResult answer = stranger.get(f.admin(QString::fromLatin1(path)));
            QCOMPARE(answer.status, 401);
            QVERIFY2(!answer.body.contains(f.secretOf(QStringLiteral("sandbox-web")).toUtf8()), path);
        }
        SandboxTestHttp wrongKey;
        wrongKey.setDefaultHeader(
            SandboxAdminRoutes::KeyHeader, QByteArray(f.server->adminKey().size(), 'x'));
        QCOMPARE(wrongKey
                     .sendJson("PUT", f.admin(QStringLiteral("/faults")),
                         QJsonObject {{QStringLiteral("serverErrors"), 1}})
                     .status,
            401);
        QCOMPARE(stranger.send("POST", f.admin(QStringLiteral("/reset"))).status, 401);
    }

    void secretsOnlyWhenAskedFor()
    {
        const QString secret = f.secretOf(QStringLiteral("sandbox-web"));
        const QString customerKey = f.customerKeyOf(QStringLiteral("alice"));
        for (const char* path : {"/apps", "/apps/sandbox-web", "/accounts"}) {
            const QByteArray body = f.http.get(f.admin(QString::fromLatin1(path))).body;
            QVERIFY2(!body.contains(secret.toUtf8()) && !body.contains(customerKey.toUtf8()), path);
        }
        const QJsonObject app = f.http.get(f.admin(QStringLiteral("/apps/sandbox-web?secrets=true"))).json();
        QCOMPARE(app.value(QStringLiteral("clientSecret")).toString(), secret);
    }

    void listsAccounts()
    {
        const QJsonArray accounts
            = QJsonDocument::fromJson(f.http.get(f.admin(QStringLiteral("/accounts?secrets=true"))).body)
                  .array();
        QCOMPARE(accounts.size(), 3);
        QCOMPARE(accounts.at(0).toObject().value(QStringLiteral("id")).toString(), QStringLiteral("alice"));
        QVERIFY(accounts.at(0)
                    .toObject()
                    .value(QStringLiteral("customerKey"))
                    .toString()
                    .startsWith(QStringLiteral("eyJ")));
    }

    void serverErrorsForTheNextNRequests()
    {
        const QString token = f.tokenFor(QStringLiteral("sandbox-web"));
        QCOMPARE(putFaults({{QStringLiteral("serverErrors"), 2}}).status, 200);
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), token).status, 500);
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), token).status, 500);
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), token).status, 200);
    }

    void malformedJsonForTheNextRequest()
    {
        const QString token = f.tokenFor(QStringLiteral("sandbox-web"));
        putFaults({{QStringLiteral("malformedJson"), 1}});
        const HttpResult broken = f.apiGet(QStringLiteral("/v1.0/me"), token);
        QCOMPARE(broken.status, 200);
        QJsonParseError error;
        QJsonDocument::fromJson(broken.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QJsonDocument::fromJson(f.apiGet(QStringLiteral("/v1.0/me"), token).body, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
    }

    void droppedConnectionForTheNextRequest()
    {
        const QString token = f.tokenFor(QStringLiteral("sandbox-web"));
        putFaults({{QStringLiteral("dropConnections"), 1}});
        const HttpResult dropped = f.apiGet(QStringLiteral("/v1.0/leads"), token);
        QVERIFY2(!dropped.networkError.isEmpty(), dropped.body.constData());
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/leads"), token).status, 200);
    }

    // The reset fault ends the connection with a TCP RST once the head is out: a client reading
    // the answer gets ECONNRESET ("connection reset by peer"), not the end of file a drop gives.
    void resetConnectionForTheNextRequest()
    {
#ifdef Q_OS_UNIX
        const QString token = f.tokenFor(QStringLiteral("sandbox-web"));
        putFaults({{ QStringLiteral("resetConnections"), 1 }});
        QCOMPARE(f.http.get(f.admin(QStringLiteral("/faults")))
                     .json()
                     .value(QStringLiteral("resetConnections"))
                     .toInt(),
            1);
        const QUrl api = f.api(QStringLiteral("/v1.0/leads"));
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(quint16(api.port()));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address), 0);
        QCOMPARE(::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK), 0);
        const QByteArray request = "GET /v1.0/leads HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer "
            + token.toLatin1() + "\r\n\r\n";
        QCOMPARE(::send(fd, request.constData(), size_t(request.size()), 0), ssize_t(request.size()));
        QByteArray received;
        int readError = 0;
        bool ended = false;
        // The sandbox answers on this thread's event loop: read without blocking while it runs.
        QVERIFY(QTest::qWaitFor(
            [&] {
                char buffer[4096];
                const ssize_t n = ::recv(fd, buffer, sizeof buffer, 0);
                if (n > 0)
                    received.append(buffer, int(n));
                else if (n == 0)
                    ended = true;
                else if (errno != EAGAIN && errno != EWOULDBLOCK)
                    readError = errno;
                return ended || readError != 0;
            },
            10000));
        ::close(fd);
        QVERIFY2(!ended, "the connection ended with FIN, not with a reset");
        QCOMPARE(readError, ECONNRESET);
        QVERIFY2(received.startsWith("HTTP/1.1 200 "), received.constData());
        QVERIFY(received.endsWith("\r\n\r\n")); // the head and nothing of the body
        QCOMPARE(f.http.get(f.admin(QStringLiteral("/faults")))
                     .json()
                     .value(QStringLiteral("resetConnections"))
                     .toInt(),
            0);
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/leads"), token).status, 200);
#else
        QSKIP("reads the reset with POSIX sockets");
#endif
    }

    void latencyDelaysAnswers()
    {
        const QString token = f.tokenFor(QStringLiteral("sandbox-web"));
        QCOMPARE(putFaults({{QStringLiteral("latencyMs"), 5000}})
                     .json()
                     .value(QStringLiteral("latencyMs"))
                     .toInt(),
            5000);
        // A client that waits far less than the added latency times out instead of getting the answer.
        f.http.setTransferTimeout(200);
        const HttpResult late = f.apiGet(QStringLiteral("/v1.0/me"), token);
        QCOMPARE(late.status, 0);
        QVERIFY(!late.networkError.isEmpty());
        f.http.setTransferTimeout(20000);
        putFaults({{QStringLiteral("latencyMs"), 0}});
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), token).status, 200);
    }

    void badFaultsNameTheField()
    {
        const HttpResult answer = putFaults({{QStringLiteral("serverErrors"), -1}});
        QCOMPARE(answer.status, 400);
        QVERIFY(answer.json()
                    .value(QStringLiteral("message"))
                    .toString()
                    .startsWith(QStringLiteral("serverErrors:")));
    }

    void resetRestoresConfigurationAndFaults()
    {
        f.http.sendJson("PATCH", f.admin(QStringLiteral("/apps/sandbox-web")),
            QJsonObject {{QStringLiteral("mode"), QStringLiteral("Declined")}});
        putFaults({{QStringLiteral("serverErrors"), 5}});
        QCOMPARE(f.http.send("POST", f.admin(QStringLiteral("/reset"))).status, 200);
        QCOMPARE(f.http.get(f.admin(QStringLiteral("/apps/sandbox-web")))
                     .json()
                     .value(QStringLiteral("mode"))
                     .toString(),
            QStringLiteral("Development"));
        QCOMPARE(f.http.get(f.admin(QStringLiteral("/faults")))
                     .json()
                     .value(QStringLiteral("serverErrors"))
                     .toInt(),
            0);
    }
};

QTEST_GUILESS_MAIN(tst_SandboxAdmin)
#include "tst_sandboxadmin.moc"
