#pragma once

#include "api/LoftyError.h"

#include <QLatin1String>

// Lofty's documented error codes: the numeric code, its symbolic name (either may be empty),
// the kind of error, a short title, what it means and what to do (untranslated source texts,
// translated in LoftyError's context). Sources: Lofty's OpenAPI document (developer.lofty.com/
// openapi/openapi.json) and errors observed from the live API in 2026.
struct LoftyErrorCode
{
    const char* code;
    const char* name;
    LoftyError::Kind kind;
    const char* title;
    const char* meaning;
    const char* remedy;

    // The entry whose numeric code or name is `code`; nullptr when Lofty documents no such code.
    static const LoftyErrorCode* find(const QString& code);
};
