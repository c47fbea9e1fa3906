#pragma once

#include <QString>

// Random authorization codes and tokens. Every second value contains '/', '+', '=' and a
// literal "%2F", so that a client which forgets to percent-encode (or decodes twice) fails
// visibly instead of only some of the time in production.
class SandboxSecretGenerator
{
public:
    QString next(const QString& prefix);

private:
    quint64 m_issued = 0;
};
