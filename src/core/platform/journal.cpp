// Journal file I/O with POSIX calls: frames written with pwrite at a known
// offset and fsynced, flock for the single writer, resynchronising reads.
#include "platform/journal.hpp"

#include "platform/atomic_file.hpp"

#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <random>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace core {
namespace {

constexpr std::size_t kMagicSize = sizeof(kJournalMagic) - 1;
constexpr std::size_t kFrameHeader = 8;

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

std::string frameOf(const Json& record) { return journalFrame(record.dump()); }

} // namespace

std::string journalFrame(std::string_view payload) {
    std::string frame(kFrameHeader, '\0');
    writeU32(reinterpret_cast<unsigned char*>(frame.data()), static_cast<std::uint32_t>(payload.size()));
    writeU32(reinterpret_cast<unsigned char*>(frame.data()) + 4, crcOf(payload.data(), payload.size()));
    frame += payload;
    return frame;
}

namespace {

// Says what kind of failure it was in words a proctor can act on.
std::string ioProblem(const std::string& what, const std::filesystem::path& path, int error) {
    std::string why = std::strerror(error);
    if (error == EROFS) why = "the folder is on a read-only file system; exams need a writable data folder";
    if (error == EACCES || error == EPERM) why = "permission denied: the folder or file is not writable for this user";
    if (error == ENOSPC) why = "the disk is full";
    return what + " " + path.string() + ": " + why;
}

bool writeAllAt(int fd, const std::string& bytes, std::size_t offset) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::pwrite(fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(offset + done));
        if (n < 0) {
            if (errno == EINTR) continue;
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

// Reads the whole file behind an open descriptor (regular files only, capped).
std::expected<std::string, core::Error> readDescriptor(int fd, const std::filesystem::path& path) {
    struct stat info {};
    if (::fstat(fd, &info) != 0) return std::unexpected(ioProblem("cannot examine the exam journal", path, errno));
    if (!S_ISREG(info.st_mode)) return std::unexpected("the exam journal " + path.string() + " is not a regular file");
    if (static_cast<std::size_t>(info.st_size) > kMaxJournalBytes) {
        return std::unexpected("the exam journal " + path.string() + " is larger than 64 MiB: it is not a journal this app wrote");
    }
    std::string bytes(static_cast<std::size_t>(info.st_size), '\0');
    std::size_t got = 0;
    while (got < bytes.size()) {
        const ssize_t n = ::pread(fd, bytes.data() + got, bytes.size() - got, static_cast<off_t>(got));
        if (n < 0) {
            if (errno == EINTR) continue;
            return std::unexpected(ioProblem("cannot read the exam journal", path, errno));
        }
        if (n == 0) break;
        got += static_cast<std::size_t>(n);
    }
    bytes.resize(got);
    return bytes;
}

// A frame is good when its length fits, its CRC matches and its payload parses.
std::optional<Json> frameAt(const std::string& bytes, std::size_t at) {
    if (bytes.size() - at < kFrameHeader) return std::nullopt;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data() + at);
    const std::uint32_t length = readU32(p);
    if (length == 0 || length > kMaxJournalRecordBytes || bytes.size() - at - kFrameHeader < length) return std::nullopt;
    const char* payload = bytes.data() + at + kFrameHeader;
    if (payload[0] != '{') return std::nullopt; // every record is an object: a cheap test before the CRC
    if (crcOf(payload, length) != readU32(p + 4)) return std::nullopt;
    Json record = Json::parse(payload, payload + length, nullptr, false);
    if (record.is_discarded()) return std::nullopt;
    return record;
}

} // namespace

std::string JournalContents::warning(const std::filesystem::path& path) const {
    if (damagedRegions == 0 && !tornTail()) return {};
    std::string text = "the exam journal " + path.string() + " was damaged: ";
    if (damagedRegions > 0) {
        text += std::to_string(damagedRegions) + " damaged region(s) were skipped";
        if (tornTail()) text += ", and ";
    }
    if (tornTail()) text += "a torn tail of " + std::to_string(fileSize - goodEnd) + " bytes after record " + std::to_string(records.size()) + " was ignored";
    text += "; " + std::to_string(records.size()) + " good record(s) were kept";
    return text;
}

std::expected<JournalContents, core::Error> parseJournal(const std::string& bytes) {
    JournalContents c;
    c.fileSize = bytes.size();
    if (bytes.size() < kMagicSize || bytes.compare(0, kMagicSize, kJournalMagic) != 0) {
        return std::unexpected(std::string("it is not an exam journal (wrong header)"));
    }
    c.goodEnd = kMagicSize;
    std::size_t at = kMagicSize;
    bool inDamage = false;
    while (at < bytes.size()) {
        if (auto record = frameAt(bytes, at)) {
            if (inDamage) c.skippedBytes += at - c.goodEnd;
            inDamage = false;
            c.records.push_back(std::move(*record));
            at += kFrameHeader + readU32(reinterpret_cast<const unsigned char*>(bytes.data() + at));
            c.goodEnd = at;
            continue;
        }
        if (!inDamage) ++c.damagedRegions;
        inDamage = true;
        ++at;
    }
    // Damage that never reached another good frame is the torn tail, not a region.
    if (inDamage) {
        --c.damagedRegions;
        c.skippedBytes += bytes.size() - c.goodEnd;
    }
    return c;
}

std::expected<Journal, core::Error> Journal::create(const std::filesystem::path& path, const Json& first) {
    std::error_code ec;
    const auto dir = path.has_parent_path() ? path.parent_path() : std::filesystem::path(".");
    std::filesystem::create_directories(dir, ec);
    if (ec) return std::unexpected(ioProblem("cannot create the exam folder", dir, ec.value()));
    std::random_device rd;
    const auto tmp = dir / ("." + path.filename().string() + ".tmp" + std::to_string(rd()));
    const std::string bytes = std::string(kJournalMagic, kMagicSize) + frameOf(first);
    const int tmpFd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (tmpFd < 0) return std::unexpected(ioProblem("cannot create the exam journal in", dir, errno));
    const bool written = writeAllAt(tmpFd, bytes, 0) && ::fsync(tmpFd) == 0;
    const int writeError = errno;
    ::close(tmpFd);
    if (!written) {
        ::unlink(tmp.c_str());
        return std::unexpected(ioProblem("cannot write the exam journal", tmp, writeError));
    }
    // link() refuses an existing name, so two starts can never both win.
    if (::link(tmp.c_str(), path.c_str()) != 0) {
        const int linkError = errno;
        ::unlink(tmp.c_str());
        if (linkError == EEXIST) return std::unexpected("an exam is already in progress (" + path.string() + "): resume it, or hand it in first");
        return std::unexpected(ioProblem("cannot put the exam journal in place at", path, linkError));
    }
    ::unlink(tmp.c_str());
    if (auto problem = syncFolder(dir); !problem) return std::unexpected(problem.error());
    return openForAppend(path);
}

std::expected<Journal, core::Error> Journal::openForAppend(const std::filesystem::path& path) {
    Journal j;
    j.m_path = path;
    j.m_fd = ::open(path.c_str(), O_RDWR | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (j.m_fd < 0) {
        if (errno == ENOENT) return std::unexpected(std::string("there is no exam in progress (no journal at ") + path.string() + ")");
        return std::unexpected(ioProblem("cannot open the exam journal", path, errno));
    }
    // A writer that was just killed may still be exiting (its lock goes with
    // it a moment later): wait up to two seconds before calling it busy.
    bool locked = false;
    for (int attempt = 0; attempt < 40 && !locked; ++attempt) {
        locked = ::flock(j.m_fd, LOCK_EX | LOCK_NB) == 0;
        if (!locked && errno != EWOULDBLOCK) break;
        if (!locked) ::usleep(50 * 1000);
    }
    if (!locked) {
        if (errno == EWOULDBLOCK) {
            return std::unexpected("the exam journal " + path.string() +
                                   " is in use by another mntrainer (the exam window or another command): close that first");
        }
        return std::unexpected(ioProblem("cannot lock the exam journal", path, errno));
    }
    auto bytes = readDescriptor(j.m_fd, path);
    if (!bytes) return std::unexpected(bytes.error());
    auto contents = parseJournal(*bytes);
    if (!contents) return std::unexpected("the exam journal " + path.string() + ": " + contents.error().summary() + ": move it aside to start a new one");
    j.m_records = std::move(contents->records);
    j.m_warning = contents->warning(path);
    j.m_end = contents->goodEnd;
    // Only the writer, holding the lock, cuts a torn tail; readers never do.
    if (contents->tornTail() && (::ftruncate(j.m_fd, static_cast<off_t>(j.m_end)) != 0 || ::fsync(j.m_fd) != 0)) {
        return std::unexpected(ioProblem("cannot repair the exam journal", path, errno));
    }
    return j;
}

std::expected<Journal, core::Error> Journal::openReadOnly(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
    if (fd < 0) {
        if (errno == ENOENT) return std::unexpected(std::string("there is no exam in progress (no journal at ") + path.string() + ")");
        return std::unexpected(ioProblem("cannot open the exam journal", path, errno));
    }
    auto bytes = readDescriptor(fd, path);
    ::close(fd);
    if (!bytes) return std::unexpected(bytes.error());
    auto contents = parseJournal(*bytes);
    if (!contents) return std::unexpected("the exam journal " + path.string() + ": " + contents.error().summary());
    Journal j;
    j.m_path = path;
    j.m_records = std::move(contents->records);
    j.m_warning = contents->warning(path);
    j.m_end = contents->goodEnd;
    return j;
}

Journal::Journal(Journal&& other) noexcept
    : m_path(std::move(other.m_path)), m_fd(other.m_fd), m_end(other.m_end), m_records(std::move(other.m_records)),
      m_warning(std::move(other.m_warning)) {
    other.m_fd = -1;
}

Journal::~Journal() {
    if (m_fd >= 0) ::close(m_fd);
}

Status Journal::append(const Json& record) {
    if (m_fd < 0) return std::unexpected(Error("the exam journal " + m_path.string() + " was opened read-only"));
    const std::string frame = frameOf(record);
    if (!writeAllAt(m_fd, frame, m_end) || ::fsync(m_fd) != 0) {
        const std::string problem = ioProblem("cannot write to the exam journal", m_path, errno);
        // Cut back to the last good frame now, so the partial frame never sits
        // between committed records. Even if this fails, the next append is
        // written at m_end and overwrites it.
        if (::ftruncate(m_fd, static_cast<off_t>(m_end)) == 0) (void)::fsync(m_fd);
        return std::unexpected(Error(problem + " (the answer was not saved)"));
    }
    m_end += frame.size();
    m_records.push_back(record);
    return {};
}

Status fileJournalAway(const std::filesystem::path& journal, const std::filesystem::path& doneFolder, const std::string& name) {
    std::error_code ec;
    std::filesystem::create_directories(doneFolder, ec);
    if (ec) return std::unexpected(Error("cannot create " + doneFolder.string() + ": " + ec.message()));
    std::filesystem::rename(journal, doneFolder / name, ec);
    if (ec) return std::unexpected(Error("cannot move the journal to " + (doneFolder / name).string() + ": " + ec.message()));
    if (auto synced = syncFolder(doneFolder); !synced) return synced;
    return syncFolder(journal.has_parent_path() ? journal.parent_path() : std::filesystem::path("."));
}

} // namespace core
