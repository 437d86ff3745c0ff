// Runs the real mntrainer binary for CLI and GUI tests and captures its exit
// status, stdout and stderr.
#pragma once

#include <filesystem>
#include <functional>
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

// Polls `ready` every 20 ms until it holds or `seconds` pass; true once it holds.
bool waitFor(const std::function<bool()>& ready, double seconds = 20.0);

// A process started in the background. It is killed (kill -9) when this goes
// out of scope, so a failed REQUIRE never leaves it running.
class BackgroundProcess {
public:
    // Runs `command` through /bin/sh in the background ("exec" it for one pid).
    explicit BackgroundProcess(const std::string& command);
    ~BackgroundProcess();
    BackgroundProcess(const BackgroundProcess&) = delete;
    BackgroundProcess& operator=(const BackgroundProcess&) = delete;
    [[nodiscard]] bool alive() const;
    // kill -9, then waits until the process is gone. True if it was running.
    bool killHard();

private:
    TempDir m_scratch;
    long m_pid = -1;
};

} // namespace testing_support
