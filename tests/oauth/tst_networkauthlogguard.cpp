// NetworkAuthLogGuard: with it installed, nothing QtNetworkAuth logs to its own categories
// (where Qt 6.8 writes failed token requests and their bodies) reaches the message handler,
// while other categories keep the rules and filters that were in force before it.
#include "oauth/NetworkAuthLogGuard.h"

#include <QLoggingCategory>
#include <QStringList>
#include <QTest>

namespace {

QStringList captured;

void capture(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    captured.append(QString::fromLatin1(context.category) + QLatin1String(": ") + message);
}

QLoggingCategory::CategoryFilter filterBeforeGuard = nullptr;

// Stands for whatever an application installed before the guard: silences one category.
void earlierFilter(QLoggingCategory* category)
{
    if (filterBeforeGuard)
        filterBeforeGuard(category);
    if (qstrcmp(category->categoryName(), "lofty.test.silenced") == 0)
        category->setEnabled(QtWarningMsg, false);
}

const QByteArray tokenBody = QByteArrayLiteral("[\"access_token\",\"eyJhbGciOi.secret-token-body\"]");

} // namespace

class tst_NetworkAuthLogGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        filterBeforeGuard = QLoggingCategory::installFilter(&earlierFilter);
        NetworkAuthLogGuard::install();
        NetworkAuthLogGuard::install(); // a second call must not chain the guard to itself
        qInstallMessageHandler(&capture);
    }

    void init() { captured.clear(); }

    void silencesEveryNetworkAuthCategoryAtEveryLevel()
    {
        // The categories Qt 6.8's QtNetworkAuth declares, and one declared after the guard.
        for (const char* name : {"qt.networkauth", "qt.networkauth.oauth2", "qt.networkauth.replyhandler",
                 "qt.networkauth.oauth1", "qt.networkauth.later"}) {
            const QLoggingCategory category(name);
            QVERIFY2(!category.isWarningEnabled(), name);
            QVERIFY2(!category.isDebugEnabled(), name);
            QVERIFY2(!category.isInfoEnabled(), name);
            QVERIFY2(!category.isCriticalEnabled(), name);
            qCWarning(category) << "token request failed:" << tokenBody;
            qCCritical(category) << tokenBody;
        }
        QCOMPARE(captured, QStringList());
    }

    void staysSilentAfterLoggingRulesChange()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("qt.networkauth*=true\nlofty.*.debug=false"));
        const QLoggingCategory category("qt.networkauth.oauth2");
        qCWarning(category) << tokenBody;
        QCOMPARE(captured, QStringList());
        QLoggingCategory::setFilterRules(QString());
    }

    void leavesOtherCategoriesToTheEarlierFilters()
    {
        const QLoggingCategory ours("lofty.oauth.test");
        const QLoggingCategory silenced("lofty.test.silenced");
        const QLoggingCategory lookalike("qt.network.auth");
        qCWarning(ours) << "kept";
        qCWarning(silenced) << "dropped by the earlier filter";
        qCWarning(lookalike) << "kept too";
        QCOMPARE(captured,
            QStringList(
                {QStringLiteral("lofty.oauth.test: kept"), QStringLiteral("qt.network.auth: kept too")}));
    }

    void recognisesOnlyTheNetworkAuthPrefix()
    {
        QVERIFY(NetworkAuthLogGuard::isGuarded("qt.networkauth"));
        QVERIFY(NetworkAuthLogGuard::isGuarded("qt.networkauth.oauth2"));
        QVERIFY(!NetworkAuthLogGuard::isGuarded("qt.network"));
        QVERIFY(!NetworkAuthLogGuard::isGuarded("lofty.oauth"));
        QVERIFY(!NetworkAuthLogGuard::isGuarded(nullptr));
    }
};

QTEST_GUILESS_MAIN(tst_NetworkAuthLogGuard)
#include "tst_networkauthlogguard.moc"
