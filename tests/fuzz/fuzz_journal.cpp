// Fuzz target: the exam journal reader and the answer codec it feeds. Any
// bytes must give records or an error, never a crash, hang or leak.
#include "exam/answer_codec.hpp"
#include "platform/journal.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    auto contents = core::parseJournal(bytes);
    if (!contents) return 0;
    (void)contents->warning("fuzz.journal");
    for (const auto& record : contents->records) {
        if (const auto a = record.find("a"); a != record.end()) (void)core::decodeAnswer(*a);
        if (const auto line = record.find("line"); line != record.end() && line->is_string()) {
            (void)core::decodeLegacyAnswerLine(line->get<std::string>());
        }
    }
    return 0;
}
