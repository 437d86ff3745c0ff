// POSIX implementation of the atomic write.
#include "platform/atomic_file.hpp"

#include "base/bounded_read.hpp"

#include <chrono>

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
    auto bytes = readRegularFile(path, kMaxWholeFileBytes);
    if (!bytes) return std::nullopt;
    return std::move(*bytes);
}

Status syncFolder(const std::filesystem::path& folder) {
    const int dirFd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0) return std::unexpected(Error(errnoText("cannot open folder", folder)));
    // Some file systems cannot fsync a folder (EINVAL); there is nothing more to do on them.
    const bool ok = ::fsync(dirFd) == 0 || errno == EINVAL;
    const std::string problem = ok ? std::string() : errnoText("cannot flush folder", folder);
    ::close(dirFd);
    if (!problem.empty()) return std::unexpected(Error(problem));
    return {};
}

int removeStaleTempFiles(const std::filesystem::path& folder, double minAgeSeconds) {
    std::error_code ec;
    int removed = 0;
    const auto now = std::filesystem::file_time_type::clock::now();
    for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        const auto tmpAt = name.rfind(".tmp");
        if (name.size() < 6 || name[0] != '.' || tmpAt == std::string::npos || tmpAt + 4 >= name.size()) continue;
        if (name.find_first_not_of("0123456789", tmpAt + 4) != std::string::npos) continue;
        std::error_code statEc;
        if (!it->is_regular_file(statEc)) continue;
        const auto written = std::filesystem::last_write_time(it->path(), statEc);
        if (statEc || std::chrono::duration<double>(now - written).count() < minAgeSeconds) continue;
        if (std::filesystem::remove(it->path(), statEc)) ++removed;
    }
    return removed;
}

Status writeFileAtomically(const std::filesystem::path& path, std::string_view content, unsigned mode) {
    std::error_code ec;
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::filesystem::create_directories(dir, ec);
    if (ec) return std::unexpected(Error("cannot create folder " + dir.string() + ": " + ec.message()));
    std::random_device rd;
    const auto tmp = dir / ("." + path.filename().string() + ".tmp" + std::to_string(rd()));
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, static_cast<mode_t>(mode));
    if (fd < 0) return std::unexpected(Error(errnoText("cannot create", tmp)));
    std::size_t written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0) {
            if (errno == EINTR) continue;
            const std::string problem = errnoText("cannot write", tmp);
            ::close(fd);
            ::unlink(tmp.c_str());
            return std::unexpected(Error(problem));
        }
        written += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        const std::string problem = errnoText("cannot flush", tmp);
        ::unlink(tmp.c_str());
        return std::unexpected(Error(problem));
    }
    if (::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string problem = errnoText("cannot move into place", path);
        ::unlink(tmp.c_str());
        return std::unexpected(Error(problem));
    }
    // The rename itself is durable only once the folder's entry is on disk.
    return syncFolder(dir);
}

int removeStaleTempFilesBelow(const std::filesystem::path& root, double minAgeSeconds) {
    std::error_code ec;
    int removed = removeStaleTempFiles(root, minAgeSeconds);
    for (std::filesystem::recursive_directory_iterator it(root, std::filesystem::directory_options::none, ec), end; !ec && it != end;
         it.increment(ec)) {
        std::error_code kindEc;
        if (it->is_directory(kindEc) && !it->is_symlink(kindEc)) removed += removeStaleTempFiles(it->path(), minAgeSeconds);
    }
    return removed;
}

} // namespace core
