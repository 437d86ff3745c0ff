// Runs the real mntrainer binary for CLI and GUI tests and captures its exit
// status, stdout and stderr.
#pragma once

#include <filesystem>
#include <string>

namespace testing_support {

struct ProcessResult {
    int exitCode = -1;
    std::string out;
    std::string err;
};

// Runs `command` through /bin/sh; the caller quotes arguments.
ProcessResult runShell(const std::string& command);

// Single-quotes an argument for /bin/sh.
std::string shellQuote(const std::string& arg);

// A fresh temporary folder, removed when the object goes away.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path write(const std::string& name, const std::string& content) const;

private:
    std::filesystem::path m_path;
};

std::string readFile(const std::filesystem::path& path);

} // namespace testing_support
