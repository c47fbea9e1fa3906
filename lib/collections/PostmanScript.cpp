#include "collections/PostmanScript.h"

#include <QRegularExpression>

namespace {

const QRegularExpression& statusPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("pm\\.response\\.to\\.have\\.status\\(\\s*(\\d{3})\\s*\\)"
                       "|pm\\.expect\\(\\s*pm\\.response\\.code\\s*\\)\\.to\\.(?:eql|equal|eq|be\\.equal)\\("
                       "\\s*(\\d{3})\\s*\\)"));
    return pattern;
}

// set("name", <source><.member or [index]>...)
const QRegularExpression& setPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("pm\\.(?:collectionVariables|environment|globals|variables)\\.set\\(\\s*[\"']([A-Za-z_"
                       "][\\w.-]*)[\"']\\s*,\\s*"
                       "(pm\\.response\\.json\\(\\)|pm\\.response\\.headers\\.get\\(\\s*[\"']([^\"']+)[\"']"
                       "\\s*\\)|[A-Za-z_$][\\w$]*)"
                       "((?:\\.[A-Za-z_$][\\w$]*|\\[\\d+\\])*)\\s*\\)"));
    return pattern;
}

const QRegularExpression& aliasPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:var|let|const)\\s+([A-Za-z_$][\\w$]*)\\s*=\\s*pm\\.response\\.json\\(\\)\\s*;?$"));
    return pattern;
}

bool isStructure(const QString& line)
{
    static const QRegularExpression structure(QStringLiteral(
        "^(?:$|//.*|\\}\\)?;?|pm\\.test\\(.*(?:function\\s*\\(\\s*\\)|\\(\\s*\\)\\s*=>)\\s*\\{)$"));
    return structure.match(line).hasMatch();
}

} // namespace

PostmanScript::Translation PostmanScript::translate(const QStringList& lines, CollectionRequest* request)
{
    Translation translation;
    QStringList aliases;
    for (const QString& line : lines) {
        for (const QString& part : line.split(QLatin1Char('\n'))) {
            const QString trimmed = part.trimmed();
            if (!isStructure(trimmed) && !translateLine(trimmed, &aliases, request, &translation))
                ++translation.untranslatedLines;
        }
    }
    return translation;
}

bool PostmanScript::translateLine(
    const QString& line, QStringList* aliases, CollectionRequest* request, Translation* translation)
{
    const QRegularExpressionMatch alias = aliasPattern().match(line);
    if (alias.hasMatch()) {
        aliases->append(alias.captured(1));
        return true;
    }
    bool understood = false;
    for (auto it = statusPattern().globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        RequestAssertion status;
        status.expected = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        request->assertions.append(status);
        ++translation->assertions;
        understood = true;
    }
    for (auto it = setPattern().globalMatch(line); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        RequestCapture capture;
        capture.variable = match.captured(1);
        const QString source = match.captured(2);
        if (!match.captured(3).isEmpty() && match.captured(4).isEmpty()) {
            capture.source = RequestCapture::Source::Header;
            capture.expression = match.captured(3);
        } else if (source == QLatin1String("pm.response.json()") || aliases->contains(source)) {
            capture.expression = QLatin1Char('$') + match.captured(4);
        } else {
            return false; // a value the script computed
        }
        request->captures.append(capture);
        ++translation->captures;
        understood = true;
    }
    return understood;
}
