// The JSON view's strict, 64-bit-exact reader, its writer, and reformat() of raw text.
#include "FuzzSupport.h"

#include "json/JsonReader.h"
#include "json/JsonWriter.h"

namespace {

void walk(const JsonNode& node, int depth)
{
    (void)node.displayText();
    if (node.isNumber()) {
        (void)node.toInt64();
        (void)node.toUInt64();
        (void)node.toDouble();
    }
    if (depth > 64)
        return;
    for (int i = 0; i < node.size(); ++i) {
        (void)node.keyAt(i);
        walk(node.at(i), depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray raw = FuzzSupport::bytes(data, size);
    QString error;
    const JsonNode root = JsonReader::parse(raw, &error);
    JsonWriter::reformat(raw, JsonWriter::Pretty);
    JsonWriter::reformat(raw, JsonWriter::Compact);
    if (!root.isValid()) {
        if (error.isEmpty())
            __builtin_trap(); // a refusal must say why
        return 0;
    }
    walk(root, 0);
    // What the writer produces is read back to the same compact text (numbers exact, order kept).
    const QByteArray compact = JsonWriter::write(root, JsonWriter::Compact);
    const QByteArray pretty = JsonWriter::write(root, JsonWriter::Pretty);
    QString againError;
    const JsonNode again = JsonReader::parse(pretty, &againError);
    if (!again.isValid() || JsonWriter::write(again, JsonWriter::Compact) != compact)
        __builtin_trap();
    return 0;
}
