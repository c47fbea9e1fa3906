#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
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

// The check shared by the streaming parsers (HTTP requests, webhook deliveries): the first byte is
// the slice size (1..256) for a second pass; `parse(input, sliceSize)` feeds the rest in slices
// of that size and returns an outcome with an `errorStatus` and an operator==. Whole and sliced
// outcomes must be the same (a parser that depended on how the bytes arrive would differ), and
// the status one of `statuses` (0: no refusal).
template<typename Parse>
int checkSameInSlices(const uint8_t* data, size_t size, const QList<int>& statuses, Parse parse)
{
    if (size == 0)
        return 0;
    const qsizetype slice = qsizetype(data[0]) + 1;
    const QByteArray input = bytes(data + 1, size - 1);
    const auto whole = parse(input, qMax<qsizetype>(1, input.size()));
    const auto sliced = parse(input, slice);
    if (!statuses.contains(whole.errorStatus) || !(whole == sliced))
        __builtin_trap();
    return 0;
}

QCoreApplication* application();
// A private folder for this process, created on first use.
QString scratchFolder();
// Removes every file in scratchFolder().
void clearScratchFolder();
// Forgets the secrets the code under test remembered, so that memory stays flat across runs.
void forgetSecrets();

} // namespace FuzzSupport
