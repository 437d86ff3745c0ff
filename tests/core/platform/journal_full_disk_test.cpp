// The exam journal on a disk that fills up: one long-lived writer, as the
// window keeps one, appends until the file system refuses; no answer it
// reported as committed is lost, and once space returns appends go on.
//
// The disk is a 64 KiB tmpfs mounted in a private mount namespace
// (`unshare -rm`), so the test needs no root and touches no real mount. The
// test binary runs itself again inside that namespace with MN_FULL_DISK_DIR
// set. Where mount namespaces are not allowed, the same scenario runs with the
// fault injected by RLIMIT_FSIZE instead, and says so.
#include "platform/journal.hpp"

#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

#include <climits>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sys/resource.h>

namespace {

constexpr const char* kTestName = "a journal on a full disk loses no committed answer and goes on once space returns";

core::Json padded(int n) { return core::Json{{"t", "answer"}, {"n", n}, {"pad", std::string(700, 'x')}}; }

// Room comes back: on tmpfs by deleting the filler file, under RLIMIT_FSIZE by lifting the limit.
struct Space {
    std::filesystem::path filler;
    bool byFileSizeLimit = false;
    void release() const {
        if (byFileSizeLimit) {
            liftFileSizeLimit();
        } else {
            std::filesystem::remove(filler);
        }
    }
    static void liftFileSizeLimit() {
        ::rlimit limit{};
        ::getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = limit.rlim_max;
        ::setrlimit(RLIMIT_FSIZE, &limit);
    }
};

// The scenario itself, in `dir`.
void fillAndRecover(const std::filesystem::path& dir, const Space& space) {
    const auto path = dir / "current.journal";
    auto journal = core::Journal::create(path, core::Json{{"t", "start"}});
    REQUIRE(journal.has_value());
    std::vector<int> committed;
    int failures = 0;
    int n = 1;
    // Append until the disk refuses three times in a row (a smaller frame may still fit after a refusal).
    for (int inARow = 0; inARow < 3 && n < 10000; ++n) {
        const auto sizeBefore = std::filesystem::file_size(path);
        if (auto appended = journal->append(padded(n)); appended) {
            committed.push_back(n);
            inARow = 0;
        } else {
            ++failures;
            ++inARow;
            CHECK(appended.error().summary().find("not saved") != std::string::npos);
            // Cut back at once: nothing of the failed frame stays between committed ones.
            CHECK(std::filesystem::file_size(path) == sizeBefore);
        }
    }
    REQUIRE(failures >= 3);
    REQUIRE(committed.size() >= 20); // the disk held real work before it filled
    space.release();
    for (int i = 0; i < 5; ++i, ++n) {
        REQUIRE(journal->append(padded(n)).has_value());
        committed.push_back(n);
    }
    // What a resume reads: exactly the committed records, in order, and no damage.
    auto reader = core::Journal::openReadOnly(path);
    REQUIRE(reader.has_value());
    CHECK(reader->recoveryWarning().empty());
    REQUIRE(reader->records().size() == committed.size() + 1);
    for (std::size_t i = 0; i < committed.size(); ++i) CHECK(reader->records()[i + 1]["n"] == committed[i]);
    std::cout << "full disk: " << committed.size() << " answers committed, " << failures << " appends refused, 0 lost\n";
}

std::string selfExe() { return std::filesystem::read_symlink("/proc/self/exe").string(); }

} // namespace

TEST_CASE(kTestName) {
    if (const char* dir = std::getenv("MN_FULL_DISK_DIR")) {
        // Inside the namespace: the tmpfs is mounted; a filler takes 8 KiB to give back later.
        const std::filesystem::path root(dir);
        Space space{root / "filler", false};
        std::ofstream(space.filler, std::ios::binary) << std::string(8192, 'f');
        fillAndRecover(root, space);
        return;
    }
    testing_support::TempDir mountPoint;
    const bool namespaces = testing_support::runShell("unshare -rm true 2>/dev/null").exitCode == 0;
    if (namespaces) {
        const std::string inner = "mount -t tmpfs -o size=64k tmpfs " + testing_support::shellQuote(mountPoint.path().string()) +
                                  " && MN_FULL_DISK_DIR=" + testing_support::shellQuote(mountPoint.path().string()) + " exec " +
                                  testing_support::shellQuote(selfExe()) + " " + testing_support::shellQuote(kTestName);
        const auto r = testing_support::runShell("unshare -rm sh -c " + testing_support::shellQuote(inner));
        INFO(r.out << r.err);
        CHECK(r.exitCode == 0);
        CHECK(r.out.find("0 lost") != std::string::npos);
        return;
    }
    WARN("no mount namespace here (unshare -rm refused): the full disk is simulated with RLIMIT_FSIZE");
    const auto previous = std::signal(SIGXFSZ, SIG_IGN);
    ::rlimit tight{};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &tight) == 0);
    tight.rlim_cur = 40 * 1024;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &tight) == 0);
    fillAndRecover(mountPoint.path(), Space{{}, true});
    Space::liftFileSizeLimit();
    std::signal(SIGXFSZ, previous);
}
