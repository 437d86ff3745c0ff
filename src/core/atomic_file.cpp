// POSIX implementation of the atomic write.
#include "atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <random>
#include <system_error>
#include <unistd.h>

namespace core {
namespace {

std::string errnoText(const std::string& what, const std::filesystem::path& p) {
    return what + " " + p.string() + ": " + std::strerror(errno);
}

} // namespace

std::optional<std::string> readWholeFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string writeFileAtomically(const std::filesystem::path& path, std::string_view content) {
    std::error_code ec;
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::filesystem::create_directories(dir, ec);
    if (ec) return "cannot create folder " + dir.string() + ": " + ec.message();
    std::random_device rd;
    const auto tmp = dir / ("." + path.filename().string() + ".tmp" + std::to_string(rd()));
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return errnoText("cannot create", tmp);
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string problem = errnoText("cannot write", tmp);
            ::close(fd);
            ::unlink(tmp.c_str());
            return problem;
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string problem = errnoText("cannot flush", tmp);
        ::unlink(tmp.c_str());
        return problem;
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string problem = errnoText("cannot move into place", path);
        ::unlink(tmp.c_str());
        return problem;
    }
    // The rename itself is durable only once the folder's entry is on disk.
    const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

} // namespace core
