#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <cstdint>

// Shared by the libFuzzer targets: turning the fuzzer's bytes into Qt values, one application
// object for code that wants one, and a scratch folder for the file parsers.
namespace FuzzSupport {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// Takes the first two bytes as a number (e.g. an HTTP status) and returns the rest.
inline QByteArray splitNumber(const uint8_t* data, size_t size, int* number)
{
    *number = size >= 2 ? (data[0] << 8 | data[1]) : 0;
    return size >= 2 ? bytes(data + 2, size - 2) : QByteArray();
}

QCoreApplication* application();
// A private folder for this process, created on first use.
QString scratchFolder();
// Removes every file in scratchFolder().
void clearScratchFolder();
// Forgets the secrets the code under test remembered, so that memory stays flat across runs.
void forgetSecrets();

} // namespace FuzzSupport
