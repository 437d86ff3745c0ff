// Process and temp-folder helpers for tests that drive the real binary.
#include "run_process.hpp"

#include <csignal>
#include <sys/wait.h>

#include <chrono>
#include <thread>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

namespace testing_support {

std::string shellQuote(const std::string& arg) {
    std::string out = "'";
    for (char c : arg) {
        if (c == '\'') {
            out += "'\\''";
        } else {
            out += c;
        }
    }
    return out + "'";
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

ProcessResult runShell(const std::string& command) {
    TempDir scratch;
    const auto errFile = scratch.path() / "stderr.txt";
    const std::string full = "(" + command + ") 2> " + shellQuote(errFile.string()) + " < /dev/null";
    ProcessResult result;
    FILE* pipe = popen(full.c_str(), "r");
    if (!pipe) return result;
    std::array<char, 4096> buffer{};
    std::size_t n = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    result.err = readFile(errFile);
    return result;
}

TempDir::TempDir() {
    std::random_device rd;
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto candidate = std::filesystem::temp_directory_path() / ("mntrainer-test-" + std::to_string(rd()));
        if (std::filesystem::create_directory(candidate)) {
            m_path = candidate;
            return;
        }
    }
    std::abort(); // cannot make a temp folder: nothing sensible to test
}

TempDir::~TempDir() {
    std::error_code ec;
    // Restore permissions that tests removed, so the folder can be deleted.
    for (auto it = std::filesystem::recursive_directory_iterator(m_path, std::filesystem::directory_options::skip_permission_denied, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all, std::filesystem::perm_options::add, ec);
    }
    std::filesystem::remove_all(m_path, ec);
}

std::filesystem::path TempDir::write(const std::string& name, const std::string& content) const {
    const auto p = m_path / name;
    if (p.has_parent_path()) std::filesystem::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary);
    out << content;
    return p;
}

bool waitFor(const std::function<bool()>& ready, double seconds) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
        if (ready()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return ready();
}

BackgroundProcess::BackgroundProcess(const std::string& command) {
    const auto pidFile = m_scratch.path() / "pid";
    runShell("(" + command + ") > /dev/null 2>&1 & echo $! > " + shellQuote(pidFile.string()));
    m_pid = std::atol(readFile(pidFile).c_str());
}

BackgroundProcess::~BackgroundProcess() {
    if (alive()) killHard();
}

bool BackgroundProcess::alive() const {
    if (m_pid <= 0) return false;
    // A zombie still answers kill -0; /proc says whether it is really running.
    const std::string stat = readFile("/proc/" + std::to_string(m_pid) + "/stat");
    const auto close = stat.rfind(')');
    return close != std::string::npos && close + 2 < stat.size() && stat[close + 2] != 'Z';
}

bool BackgroundProcess::killHard() {
    if (m_pid <= 0) return false;
    const bool wasRunning = alive();
    ::kill(static_cast<pid_t>(m_pid), SIGKILL);
    waitFor([this] { return !alive(); }, 10.0);
    return wasRunning;
}

} // namespace testing_support
