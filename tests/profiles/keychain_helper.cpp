// Runs one write / read / remove / read sequence through KeychainSecretStore and prints what each
// step answered, one "name=value" line each. tst_keychainsecretstore starts it in environments a
// test process cannot switch to itself: no session bus, a private bus with a locked keyring,
// QT_NO_GLIB (qtkeychain's jobs never finish).
#include "profiles/KeychainSecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMetaEnum>
#include <QTextStream>

#include <functional>

namespace {

QString statusName(SecretStore::Status status)
{
    switch (status) {
    case SecretStore::Status::Ok:
        return QStringLiteral("Ok");
    case SecretStore::Status::NotFound:
        return QStringLiteral("NotFound");
    case SecretStore::Status::Unavailable:
        return QStringLiteral("Unavailable");
    case SecretStore::Status::Failed:
        return QStringLiteral("Failed");
    }
    return QString();
}

void print(const QString& name, const QString& value)
{
    QTextStream out(stdout);
    out << name << '=' << QString(value).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption timeout(QStringLiteral("timeout-ms"), QStringLiteral("per-job timeout"),
        QStringLiteral("ms"), QStringLiteral("20000"));
    const QCommandLineOption service(QStringLiteral("service"), QStringLiteral("keychain service name"),
        QStringLiteral("name"), QStringLiteral("lofty-console-test"));
    parser.addOptions({timeout, service});
    parser.process(app);

    KeychainSecretStore store(nullptr, parser.value(service));
    store.setJobTimeout(parser.value(timeout).toInt());
    const QString key = QStringLiteral("helper/secret");
    const QByteArray value = "helper-secret-value/+=";

    store.write(key, value, &app, [&](const SecretStore::Result& written) {
        print(QStringLiteral("write"), statusName(written.status));
        print(QStringLiteral("writeMessage"), written.errorString);
    });
    store.read(key, &app, [&](const SecretStore::Result& read) {
        print(QStringLiteral("read"), statusName(read.status));
        print(QStringLiteral("readMatches"), read.data == value ? QStringLiteral("1") : QStringLiteral("0"));
    });
    store.remove(key, &app, [&](const SecretStore::Result& removed) {
        print(QStringLiteral("remove"), statusName(removed.status));
    });
    store.read(key, &app, [&](const SecretStore::Result& reread) {
        print(QStringLiteral("reread"), statusName(reread.status));
        print(QStringLiteral("rereadMessage"), reread.errorString);
        print(QStringLiteral("persistent"), store.isPersistent() ? QStringLiteral("1") : QStringLiteral("0"));
        print(QStringLiteral("message"), store.unavailableMessage());
        QCoreApplication::exit(0);
    });
    return app.exec();
}
