// Fuzz target: a saved attempt record (what the progress store imports from
// the JSON history) through readFinishedRecord, read from a file as the import
// does, and through the library's best scores, which read the same folder.
#include "fuzz_support.hpp"
#include "practice/attempt_store.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("mntrainer-fuzz-record-" + std::to_string(::getpid()));
    static const core::AttemptStore store(dir);
    static const std::filesystem::path file = [] {
        std::filesystem::create_directories(store.historyDir());
        return store.historyDir() / "case--2026-11-20T10-00-00Z.json";
    }();
    {
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    (void)core::readFinishedRecord(file);
    (void)store.bestScores();
    return 0;
}
