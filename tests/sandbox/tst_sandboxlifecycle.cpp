#include "SandboxTestFixture.h"

#include <QJsonArray>
#include <QTest>

// The sandbox's apps follow Lofty's lifecycle over the admin API: each transition with the rate
// limit the API then answers with and the moment an added API revokes the app's tokens.
class tst_SandboxLifecycle : public QObject
{
    Q_OBJECT

private:
    SandboxTestFixture f;
    const QString web = QStringLiteral("sandbox-web");

    HttpResult patch(const QJsonObject& body)
    {
        return f.http.sendJson("PATCH", f.admin(QStringLiteral("/apps/") + web), body);
    }
    HttpResult act(const QString& action, const QJsonObject& body = QJsonObject())
    {
        return f.http.sendJson("POST", f.admin(QStringLiteral("/apps/%1/%2").arg(web, action)), body);
    }
    QByteArray limitSeenBy(const QString& token)
    {
        return f.apiGet(QStringLiteral("/v1.0/me"), token).header("X-RateLimit-Limit");
    }
    QJsonObject addListings()
    {
        QJsonArray apis = f.http.get(f.admin(QStringLiteral("/apps/") + web))
                              .json()
                              .value(QStringLiteral("grantedApis"))
                              .toArray();
        apis.append(QStringLiteral("Listings"));
        return {{QStringLiteral("grantedApis"), apis}};
    }
    // sandbox-web as an approved Production app, with a live token.
    QString productionToken()
    {
        if (patch({{QStringLiteral("mode"), QStringLiteral("Production")}}).status != 200)
            return QString();
        return f.tokenFor(web);
    }

private slots:
    void init() { QVERIFY(f.start()); }
    void cleanup() { f.server.reset(); }

    void developmentEditAddingAnApiRevokesTokensAtOnce()
    {
        const QString token = f.tokenFor(web);
        QCOMPARE(limitSeenBy(token), QByteArray("100"));
        const HttpResult edited = patch(addListings());
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.json().value(QStringLiteral("mode")).toString(), QStringLiteral("Development"));
        QCOMPARE(edited.json().value(QStringLiteral("tokensRevoked")).toInt(), 1);
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), token).status, 401);
    }

    void productionEditWaitsUnderReviewOnTheApprovedConfiguration()
    {
        const QString token = productionToken();
        QVERIFY(!token.isEmpty());
        const HttpResult edited = patch(addListings());
        QCOMPARE(edited.status, 200);
        QCOMPARE(edited.json().value(QStringLiteral("mode")).toString(), QStringLiteral("Under Review"));
        QCOMPARE(edited.json().value(QStringLiteral("tokensRevoked")).toInt(), 0);
        QCOMPARE(edited.json().value(QStringLiteral("rateLimitPerMinute")).toInt(), 500);
        QVERIFY(!edited.json()
                     .value(QStringLiteral("grantedApis"))
                     .toArray()
                     .contains(QStringLiteral("Listings")));
        QVERIFY(edited.json()
                    .value(QStringLiteral("pendingEdit"))
                    .toObject()
                    .value(QStringLiteral("grantedApis"))
                    .toArray()
                    .contains(QStringLiteral("Listings")));
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), token).status, 200);
        QCOMPARE(limitSeenBy(token), QByteArray("500"));
        // A new account can still authorize the running app.
        QVERIFY(!f.tokenFor(web, QStringLiteral("bob")).isEmpty());
    }

    void editsAreLockedUnderReview()
    {
        QVERIFY(!productionToken().isEmpty());
        QCOMPARE(patch(addListings()).status, 200);
        const HttpResult locked = patch({{QStringLiteral("name"), QStringLiteral("Renamed")}});
        QCOMPARE(locked.status, 409);
        QCOMPARE(locked.json().value(QStringLiteral("code")).toString(), QStringLiteral("CONFLICT"));
        QCOMPARE(f.http.get(f.admin(QStringLiteral("/apps/") + web))
                     .json()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("Sandbox Web App"));
    }

    void publishingAppliesThePendingEditAndOnlyThenRevokesTokens()
    {
        const QString token = productionToken();
        QCOMPARE(patch(addListings()).status, 200);
        const HttpResult published = act(QStringLiteral("publish"));
        QCOMPARE(published.status, 200);
        QCOMPARE(published.json().value(QStringLiteral("mode")).toString(), QStringLiteral("Production"));
        QCOMPARE(published.json().value(QStringLiteral("tokensRevoked")).toInt(), 1);
        QVERIFY(published.json()
                    .value(QStringLiteral("grantedApis"))
                    .toArray()
                    .contains(QStringLiteral("Listings")));
        QVERIFY(!published.json().contains(QStringLiteral("pendingEdit")));
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), token).status, 401);
        QCOMPARE(limitSeenBy(f.tokenFor(web)), QByteArray("500"));
    }

    void cancellingThePendingEditKeepsTokensAndLimit()
    {
        const QString token = productionToken();
        QCOMPARE(patch(addListings()).status, 200);
        const HttpResult cancelled = act(QStringLiteral("cancel"));
        QCOMPARE(cancelled.status, 200);
        QCOMPARE(cancelled.json().value(QStringLiteral("mode")).toString(), QStringLiteral("Production"));
        QCOMPARE(cancelled.json().value(QStringLiteral("tokensRevoked")).toInt(), 0);
        QVERIFY(!cancelled.json().contains(QStringLiteral("pendingEdit")));
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), token).status, 200);
        QCOMPARE(limitSeenBy(token), QByteArray("500"));
    }

    void declineKeepsTheReasonAndResubmitGoesBackToReview()
    {
        const QString token = productionToken();
        QCOMPARE(patch(addListings()).status, 200);
        QCOMPARE(act(QStringLiteral("decline")).status, 409); // a reason is required
        const QString reason = QStringLiteral("Listings needs an MLS agreement.");
        const HttpResult declined = act(QStringLiteral("decline"), {{QStringLiteral("reason"), reason}});
        QCOMPARE(declined.status, 200);
        QCOMPARE(declined.json().value(QStringLiteral("mode")).toString(), QStringLiteral("Declined"));
        QCOMPARE(declined.json().value(QStringLiteral("declineReason")).toString(), reason);
        QCOMPARE(declined.json().value(QStringLiteral("rateLimitPerMinute")).toInt(), 500);
        QCOMPARE(limitSeenBy(token), QByteArray("500"));
        // The declined edit is changed (not the configuration in force), then resubmitted.
        const HttpResult fixed
            = patch({{QStringLiteral("description"), QStringLiteral("Now with the agreement")}});
        QCOMPARE(fixed.status, 200);
        QCOMPARE(fixed.json()
                     .value(QStringLiteral("pendingEdit"))
                     .toObject()
                     .value(QStringLiteral("description"))
                     .toString(),
            QStringLiteral("Now with the agreement"));
        const HttpResult resubmitted = act(QStringLiteral("submit"));
        QCOMPARE(resubmitted.status, 200);
        QCOMPARE(resubmitted.json().value(QStringLiteral("mode")).toString(), QStringLiteral("Under Review"));
        QVERIFY(!resubmitted.json().contains(QStringLiteral("declineReason")));
        QCOMPARE(f.apiGet(QStringLiteral("/v1.0/me"), token).status, 200);
    }

    void firstSubmissionKeepsDevelopmentLimitUntilPublished()
    {
        const QString token = f.tokenFor(web);
        QCOMPARE(act(QStringLiteral("submit")).json().value(QStringLiteral("mode")).toString(),
            QStringLiteral("Under Review"));
        QCOMPARE(limitSeenBy(token), QByteArray("100"));
        const HttpResult published = act(QStringLiteral("publish"));
        QCOMPARE(published.json().value(QStringLiteral("tokensRevoked")).toInt(), 0);
        QCOMPARE(limitSeenBy(token), QByteArray("500"));
    }

    void actionsOutsideTheirStateAreRefused()
    {
        QCOMPARE(act(QStringLiteral("publish")).status, 409);
        QCOMPARE(act(QStringLiteral("cancel")).status, 409);
        QCOMPARE(act(QStringLiteral("launch")).status, 404);
        QCOMPARE(f.http.get(f.admin(QStringLiteral("/apps/sandbox-web/publish"))).status, 405);
    }

    void lifecycleActionsNeedTheAdminKey()
    {
        SandboxTestHttp stranger;
        QCOMPARE(stranger.send("POST", f.admin(QStringLiteral("/apps/sandbox-web/submit"))).status, 401);
        QCOMPARE(f.http.get(f.admin(QStringLiteral("/apps/") + web))
                     .json()
                     .value(QStringLiteral("mode"))
                     .toString(),
            QStringLiteral("Development"));
    }
};

QTEST_GUILESS_MAIN(tst_SandboxLifecycle)
#include "tst_sandboxlifecycle.moc"
