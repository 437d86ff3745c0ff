// POSIX implementation of the bounded read: open without blocking, check the
// kind with fstat on the open descriptor (no race with a swapped path), then
// read at most maxBytes + 1 to notice a file that grew past the cap.
#include "base/bounded_read.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace core {
namespace {

std::string kindOf(mode_t mode) {
    if (S_ISDIR(mode)) return "a directory";
    if (S_ISFIFO(mode)) return "a FIFO (named pipe)";
    if (S_ISCHR(mode)) return "a character device";
    if (S_ISBLK(mode)) return "a block device";
    if (S_ISSOCK(mode)) return "a socket";
    return "not a regular file";
}

std::string sizeText(std::size_t bytes) {
    if (bytes >= 1024 * 1024) return std::to_string(bytes / (1024 * 1024)) + " MiB";
    if (bytes >= 1024) return std::to_string(bytes / 1024) + " KiB";
    return std::to_string(bytes) + " bytes";
}

class Descriptor {
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    ~Descriptor() {
        if (m_fd >= 0) ::close(m_fd);
    }
    [[nodiscard]] int get() const { return m_fd; }

private:
    int m_fd;
};

} // namespace

std::expected<std::string, core::Error> readRegularFile(const std::filesystem::path& path, std::size_t maxBytes) {
    const Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
        if (errno == ENOENT) return std::unexpected(std::string("does not exist (check the path)"));
        if (errno == EACCES) return std::unexpected(std::string("cannot be read: permission denied (check its mode and owner)"));
        if (errno == EISDIR) return std::unexpected(std::string("is a directory, not a regular file"));
        return std::unexpected(std::string("cannot be opened: ") + std::strerror(errno));
    }
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0) return std::unexpected(std::string("cannot be examined: ") + std::strerror(errno));
    if (!S_ISREG(info.st_mode)) return std::unexpected("is " + kindOf(info.st_mode) + ", not a regular file");
    if (static_cast<std::size_t>(info.st_size) > maxBytes) {
        return std::unexpected("is " + sizeText(static_cast<std::size_t>(info.st_size)) + "; the limit is " + sizeText(maxBytes));
    }
    std::string bytes;
    bytes.resize(static_cast<std::size_t>(info.st_size) + 1);
    std::size_t got = 0;
    for (;;) {
        if (got == bytes.size()) {
            if (bytes.size() > maxBytes) return std::unexpected("grew past the limit of " + sizeText(maxBytes) + " while being read");
            bytes.resize(std::min(maxBytes + 1, bytes.size() * 2));
        }
        const ssize_t n = ::read(fd.get(), bytes.data() + got, bytes.size() - got);
        if (n < 0) {
            if (errno == EINTR) continue;
            return std::unexpected(std::string("cannot be read: ") + std::strerror(errno));
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    if (got > maxBytes) return std::unexpected("grew past the limit of " + sizeText(maxBytes) + " while being read");
    bytes.resize(got);
    return bytes;
}

} // namespace core
