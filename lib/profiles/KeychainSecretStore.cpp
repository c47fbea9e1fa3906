#include "profiles/KeychainSecretStore.h"

#include "util/LogCategories.h"
#include "util/SecretMasker.h"

#include <QRandomGenerator>
#include <QUuid>

#include <qt6keychain/keychain.h>

namespace {

QByteArray randomCanaryValue()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return bytes.toBase64();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent, const QString& serviceName)
    : SecretStore(parent)
    , m_serviceName(serviceName)
{
    m_jobTimer.setSingleShot(true);
    connect(&m_jobTimer, &QTimer::timeout, this, &KeychainSecretStore::onJobTimeout);
}

KeychainSecretStore::~KeychainSecretStore() = default;

void KeychainSecretStore::read(const QString& key, QObject* context, Callback done)
{
    Operation operation;
    operation.action = Action::Read;
    operation.key = key;
    operation.context = context;
    operation.done = std::move(done);
    enqueue(std::move(operation));
}

void KeychainSecretStore::write(const QString& key, const QByteArray& data, QObject* context, Callback done)
{
    maskValue(key, data);
    Operation operation;
    operation.action = Action::Write;
    operation.key = key;
    operation.data = data;
    operation.context = context;
    operation.done = std::move(done);
    enqueue(std::move(operation));
}

void KeychainSecretStore::remove(const QString& key, QObject* context, Callback done)
{
    unmaskValue(key);
    Operation operation;
    operation.action = Action::Remove;
    operation.key = key;
    operation.context = context;
    operation.done = std::move(done);
    enqueue(std::move(operation));
}

void KeychainSecretStore::probe()
{
    if (m_state != State::Unprobed)
        return;
    queueProbe();
    startNext();
}

void KeychainSecretStore::enqueue(Operation operation)
{
    if (m_state == State::Unprobed)
        queueProbe();
    m_queue.enqueue(std::move(operation));
    startNext();
}

void KeychainSecretStore::queueProbe()
{
    m_state = State::Probing;
    m_canaryKey = QStringLiteral("canary/%1").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_canaryValue = randomCanaryValue();
    const ProbeStep steps[] = {ProbeStep::Write, ProbeStep::Read, ProbeStep::Remove};
    const Action actions[] = {Action::Write, Action::Read, Action::Remove};
    for (int i = 0; i < 3; ++i) {
        Operation step;
        step.action = actions[i];
        step.key = m_canaryKey;
        step.data = steps[i] == ProbeStep::Write ? m_canaryValue : QByteArray();
        step.probeStep = steps[i];
        m_queue.insert(i, step);
    }
    qCDebug(lcSecrets) << "probing the keychain with a canary entry, service" << m_serviceName;
}

void KeychainSecretStore::startNext()
{
    while (!m_busy && !m_queue.isEmpty()) {
        m_current = m_queue.dequeue();
        const bool isProbeStep = m_current.probeStep != ProbeStep::None;
        if (isProbeStep && m_state != State::Probing)
            continue; // the probe already failed
        const bool answerFromMemory = m_state == State::Unavailable
            || (m_current.action == Action::Read && m_sessionOnly.contains(m_current.key));
        if (!isProbeStep && answerFromMemory) {
            serveFromMemory(m_current);
            continue;
        }
        m_busy = true;
        startJob();
    }
}

void KeychainSecretStore::startJob()
{
    QKeychain::Job* job = nullptr;
    switch (m_current.action) {
    case Action::Read:
        job = new QKeychain::ReadPasswordJob(m_serviceName);
        break;
    case Action::Write: {
        auto* writeJob = new QKeychain::WritePasswordJob(m_serviceName);
        writeJob->setBinaryData(m_current.data);
        job = writeJob;
        break;
    }
    case Action::Remove:
        job = new QKeychain::DeletePasswordJob(m_serviceName);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_current.key);
    const quint64 serial = ++m_jobSerial;
    connect(job, &QKeychain::Job::finished, this,
        [this, serial](QKeychain::Job* finished) { onJobFinished(finished, serial); });
    m_jobTimer.start(m_jobTimeoutMSecs);
    job->start();
}

void KeychainSecretStore::onJobFinished(QKeychain::Job* job, quint64 serial)
{
    if (serial != m_jobSerial || !m_busy)
        return; // finished after its timeout: already answered
    m_jobTimer.stop();
    if (m_current.probeStep != ProbeStep::None)
        finishProbeStep(job);
    else
        finishUserOperation(job);
    m_busy = false;
    startNext();
}

void KeychainSecretStore::onJobTimeout()
{
    if (!m_busy)
        return;
    ++m_jobSerial; // ignore the job if it ever finishes
    m_busy = false;
    qCWarning(lcSecrets) << "keychain job timed out after" << m_jobTimeoutMSecs << "ms";
    // qtkeychain runs its jobs one after another, so every later job would wait behind this one.
    becomeUnavailable(
        tr("The keychain did not answer within %1 s; it may be waiting for an unlock prompt. "
           "Secrets are kept in memory for this session only. Unlock your keyring and restart the console "
           "to have them remembered.")
            .arg(m_jobTimeoutMSecs / 1000.0));
    if (m_current.probeStep == ProbeStep::None)
        serveFromMemory(m_current);
    startNext();
}

void KeychainSecretStore::finishUserOperation(QKeychain::Job* job)
{
    const auto error = job->error();
    Result result;
    if (error == QKeychain::NoError) {
        if (m_current.action == Action::Read)
            result.data = static_cast<QKeychain::ReadPasswordJob*>(job)->binaryData();
        else
            m_sessionOnly.remove(m_current.key);
        complete(m_current, result);
        return;
    }
    if (error == QKeychain::EntryNotFound && m_current.action != Action::Write) {
        // Believed because the canary round trip worked in this session.
        m_sessionOnly.remove(m_current.key);
        result.status = Status::NotFound;
        complete(m_current, result);
        return;
    }
    qCWarning(lcSecrets) << "keychain job failed:" << error << job->errorString();
    if (error == QKeychain::AccessDeniedByUser || error == QKeychain::NoBackendAvailable
        || error == QKeychain::AccessDenied) {
        becomeUnavailable(describeUnusable(error, job->errorString()));
        serveFromMemory(m_current);
        return;
    }
    if (m_current.action == Action::Write)
        m_sessionOnly.insert(m_current.key, m_current.data);
    result.status = Status::Failed;
    result.errorString = m_current.action == Action::Write
        ? tr("The keychain could not store the secret (%1). It is kept in memory for this session only.")
              .arg(job->errorString())
        : tr("The keychain failed: %1").arg(job->errorString());
    complete(m_current, result);
}

void KeychainSecretStore::finishProbeStep(QKeychain::Job* job)
{
    const auto error = job->error();
    switch (m_current.probeStep) {
    case ProbeStep::Write:
        if (error != QKeychain::NoError)
            becomeUnavailable(describeUnusable(error, job->errorString()));
        break;
    case ProbeStep::Read: {
        const QByteArray value = error == QKeychain::NoError
            ? static_cast<QKeychain::ReadPasswordJob*>(job)->binaryData()
            : QByteArray();
        if (value != m_canaryValue) {
            becomeUnavailable(
                tr("The keychain accepted a secret but did not give it back (%1); the keyring may be locked. "
                   "Secrets are kept in memory for this session only. Unlock your keyring and restart the "
                   "console.")
                    .arg(error == QKeychain::NoError ? tr("a different value") : job->errorString()));
        }
        break;
    }
    case ProbeStep::Remove:
        if (error != QKeychain::NoError)
            qCWarning(lcSecrets) << "could not delete the keychain canary:" << job->errorString();
        becomePersistent();
        break;
    case ProbeStep::None:
        break;
    }
}

void KeychainSecretStore::serveFromMemory(const Operation& operation)
{
    Result result;
    switch (operation.action) {
    case Action::Read: {
        const auto found = m_sessionOnly.constFind(operation.key);
        if (found != m_sessionOnly.constEnd())
            result.data = *found;
        else
            result = unavailableResult(); // the keychain may hold it: we cannot tell
        break;
    }
    case Action::Write:
        m_sessionOnly.insert(operation.key, operation.data);
        result = unavailableResult();
        break;
    case Action::Remove:
        m_sessionOnly.remove(operation.key);
        if (m_state == State::Unavailable) {
            result = unavailableResult();
            result.errorString = tr("The secret was forgotten for this session, but it may still be in the "
                                    "keychain: %1")
                                     .arg(m_unavailableMessage);
        }
        break;
    }
    complete(operation, result);
}

void KeychainSecretStore::complete(const Operation& operation, const Result& result)
{
    if (operation.context)
        deliver(operation.context, operation.done, result);
}

void KeychainSecretStore::becomePersistent()
{
    m_state = State::Persistent;
    qCInfo(lcSecrets) << "keychain works: secrets are kept in the keychain under" << m_serviceName;
    emit availabilityChanged(true, QString());
}

void KeychainSecretStore::becomeUnavailable(const QString& message)
{
    const bool changed = m_state != State::Unavailable;
    m_state = State::Unavailable;
    m_unavailableMessage = message;
    qCWarning(lcSecrets).noquote() << "keychain unavailable:" << message;
    if (changed)
        emit availabilityChanged(false, message);
}

QString KeychainSecretStore::describeUnusable(int error, const QString& detail) const
{
    const QString sessionOnly
        = tr("Secrets are kept in memory for this session only; nothing is written to disk.");
    if (error == QKeychain::AccessDeniedByUser)
        return tr("Access to the keychain was refused. %1 Allow access when asked, then restart the console.")
            .arg(sessionOnly);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || detail.contains(QLatin1String("D-Bus")))
        return tr(
            "No keychain is reachable: there is no D-Bus session with a Secret Service (%1). %2 Start the "
            "console inside a desktop session with GNOME Keyring or KWallet running, then restart it.")
            .arg(detail, sessionOnly);
    if (detail.contains(QLatin1String("collection")) || detail.contains(QLatin1String("locked")))
        return tr(
            "The keyring is locked or has no default collection (%1). %2 Unlock it (log in to the desktop, "
            "or run gnome-keyring-daemon --unlock), then restart the console.")
            .arg(detail, sessionOnly);
    return tr("The keychain cannot be used (%1). %2 Check that a Secret Service (GNOME Keyring, KWallet) is "
              "running "
              "and unlocked, then restart the console.")
        .arg(detail, sessionOnly);
}

SecretStore::Result KeychainSecretStore::unavailableResult() const
{
    Result result;
    result.status = Status::Unavailable;
    result.errorString = m_unavailableMessage;
    return result;
}
