#pragma once

#include <QCoreApplication>

class CliContext;
struct ApiRequest;

// `request ... --all-pages [--jsonl]`: fetches every page of a list operation (its paging style
// detected from the catalog) and prints the items as one JSON array, or as JSON lines (one item
// per line), numbers exact. Progress goes to stderr.
class CliAllPages
{
    Q_DECLARE_TR_FUNCTIONS(CliAllPages)

public:
    static int run(CliContext& context, const ApiRequest& request, bool jsonLines, bool pretty);
};
