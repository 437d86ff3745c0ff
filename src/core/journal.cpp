// Journal file I/O with POSIX calls, so every record can be fsynced.
#include "journal.hpp"

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sstream>
#include <unistd.h>

namespace core {
namespace {

constexpr std::size_t kMagicSize = sizeof(kJournalMagic) - 1;
constexpr std::uint32_t kMaxRecordBytes = 16u * 1024u * 1024u;

std::uint32_t readU32(const unsigned char* p) {
    return static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8) | (static_cast<std::uint32_t>(p[2]) << 16) |
           (static_cast<std::uint32_t>(p[3]) << 24);
}

void writeU32(unsigned char* p, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) p[i] = static_cast<unsigned char>(v >> (8 * i));
}

std::uint32_t crcOf(const char* data, std::size_t size) {
    return static_cast<std::uint32_t>(crc32(0L, reinterpret_cast<const Bytef*>(data), static_cast<uInt>(size)));
}

bool writeAll(int fd, const void* data, std::size_t size) {
    const auto* p = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t n = ::write(fd, p, size);
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        p += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

} // namespace

std::expected<Journal, std::string> Journal::open(const std::filesystem::path& path) {
    Journal j;
    j.m_path = path;
    std::error_code ec;
    if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
    std::string text;
    if (std::filesystem::exists(path, ec)) {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream s;
        s << in.rdbuf();
        text = s.str();
    }
    std::size_t good = 0;
    if (!text.empty()) {
        if (text.size() < kMagicSize || text.compare(0, kMagicSize, kJournalMagic) != 0) {
            return std::unexpected(path.string() + " is not an exam journal (wrong header): move it aside to start a new one");
        }
        good = kMagicSize;
        std::size_t at = kMagicSize;
        while (at < text.size()) {
            const auto* p = reinterpret_cast<const unsigned char*>(text.data() + at);
            if (text.size() - at < 8) break;
            const std::uint32_t length = readU32(p);
            const std::uint32_t crc = readU32(p + 4);
            if (length > kMaxRecordBytes || text.size() - at - 8 < length) break;
            const char* payload = text.data() + at + 8;
            if (crcOf(payload, length) != crc) break;
            try {
                j.m_records.push_back(Json::parse(payload, payload + length));
            } catch (const std::exception&) {
                break;
            }
            at += 8 + length;
            good = at;
        }
        if (good < text.size()) {
            j.m_warning = "the exam journal " + path.string() + " had a damaged tail (" + std::to_string(text.size() - good) +
                          " bytes after record " + std::to_string(j.m_records.size()) + "); it was cut at the last good record";
        }
    }
    j.m_fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (j.m_fd < 0) return std::unexpected("cannot open the exam journal " + path.string() + ": " + std::strerror(errno));
    if (text.empty()) {
        if (!writeAll(j.m_fd, kJournalMagic, kMagicSize) || ::fsync(j.m_fd) != 0) {
            return std::unexpected("cannot write the exam journal " + path.string() + ": " + std::strerror(errno));
        }
        good = kMagicSize;
    } else if (good < text.size()) {
        if (::ftruncate(j.m_fd, static_cast<off_t>(good)) != 0 || ::fsync(j.m_fd) != 0) {
            return std::unexpected("cannot repair the exam journal " + path.string() + ": " + std::strerror(errno));
        }
    }
    if (::lseek(j.m_fd, static_cast<off_t>(good), SEEK_SET) < 0) {
        return std::unexpected("cannot seek in the exam journal " + path.string() + ": " + std::strerror(errno));
    }
    return j;
}

Journal::Journal(Journal&& other) noexcept
    : m_path(std::move(other.m_path)), m_fd(other.m_fd), m_records(std::move(other.m_records)), m_warning(std::move(other.m_warning)) {
    other.m_fd = -1;
}

Journal::~Journal() {
    if (m_fd >= 0) ::close(m_fd);
}

std::string Journal::append(const Json& record) {
    const std::string payload = record.dump();
    std::string frame(8, '\0');
    writeU32(reinterpret_cast<unsigned char*>(frame.data()), static_cast<std::uint32_t>(payload.size()));
    writeU32(reinterpret_cast<unsigned char*>(frame.data()) + 4, crcOf(payload.data(), payload.size()));
    frame += payload;
    // One write per record, so a crash tears at most this record.
    if (!writeAll(m_fd, frame.data(), frame.size()) || ::fsync(m_fd) != 0) {
        return "cannot write to the exam journal " + m_path.string() + ": " + std::strerror(errno);
    }
    m_records.push_back(record);
    return {};
}

} // namespace core
