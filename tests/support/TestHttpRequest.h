#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

// One HTTP/1.1 request as a test server received it, and the parser those servers share.
struct TestHttpRequest
{
    QByteArray method;
    QByteArray target; // path and query, as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray& name) const; // case-insensitive; empty when absent

    // Takes the first complete request (head and Content-Length body) off the front of
    // `buffer`; false, and `buffer` untouched, while it is not complete yet.
    static bool takeFrom(QByteArray& buffer, TestHttpRequest* request);
};
