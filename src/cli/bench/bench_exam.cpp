// `mntrainer bench exam`: the wall time of the real `exam start` and `exam
// answer` commands when the case library holds many cases. It builds a data
// folder whose library is the bundled cases plus generated copies (new ids,
// the same difficulty and tags), then runs this binary on it.
#include "bench_command.hpp"

#include "model/reference_data.hpp"
#include "platform/atomic_file.hpp"
#include "platform/file_walk.hpp"
#include "json/json_document.hpp"
#include "validation/case_library.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <random>

namespace cli {
namespace {

using BenchClock = std::chrono::steady_clock;

std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char ch : s) out += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
    return out + "'";
}

// Runs a shell command and returns its wall time in seconds, or -1 when it failed.
double timedRun(const std::string& command) {
    const auto start = BenchClock::now();
    const int rc = std::system(command.c_str());
    const double seconds = std::chrono::duration<double>(BenchClock::now() - start).count();
    return rc == 0 ? seconds : -1.0;
}

} // namespace

int runBenchExam(const BenchOptions& o) {
    namespace fs = std::filesystem;
    const auto root = core::findDataRoot();
    std::random_device rd;
    const fs::path dir = fs::temp_directory_path() / ("mntrainer-bench-exam-" + std::to_string(rd()));
    const fs::path dataRoot = dir / "root";
    fs::create_directories(dataRoot / "cases" / "library");
    fs::create_directory_symlink(root / "assets", dataRoot / "assets");
    for (const char* sub : {"protocols", "exams", "schema"}) fs::create_directory_symlink(root / "cases" / sub, dataRoot / "cases" / sub);

    std::vector<core::Json> originals;
    for (const auto& file : core::collectJsonFiles({root / "cases" / "library"}).files) {
        auto doc = core::JsonDocument::fromFile(file);
        if (doc && doc->root().value("kind", "") == "case") originals.push_back(doc->root());
    }
    if (originals.empty()) {
        std::cerr << "bench exam: no cases under " << (root / "cases" / "library").string() << "\n";
        return 1;
    }
    std::printf("building a library of %d cases in %s ...\n", o.examLibrary, dataRoot.string().c_str());
    for (int i = 0; i < o.examLibrary; ++i) {
        core::Json c = originals[static_cast<std::size_t>(i) % originals.size()];
        if (static_cast<std::size_t>(i) >= originals.size()) c["id"] = c["id"].get<std::string>() + "-copy-" + std::to_string(i);
        const auto file = dataRoot / "cases" / "library" / (c["id"].get<std::string>() + ".json");
        if (auto ok = core::writeFileAtomically(file, c.dump(2) + "\n"); !ok) {
            std::cerr << "bench exam: " << ok.error().summary() << "\n";
            return 1;
        }
    }
    const std::string env = "MNTRAINER_DATA_DIR=" + quoted(dataRoot.string()) + " XDG_DATA_HOME=" + quoted((dir / "data").string()) +
                            " XDG_CONFIG_HOME=" + quoted((dir / "config").string()) + " ";
    const std::string self = quoted(fs::read_symlink("/proc/self/exe").string());
    const auto script = dir / "answers.txt";
    if (auto ok = core::writeFileAtomically(script, "flag pregnancy\ndecide defer\ncase 2\ndecide treat\n"); !ok) return 1;
    // The proctor's key (the cheap derivation: the bench times the library, not scrypt).
    const auto passFile = dir / "proctor.pass";
    if (auto ok = core::writeFileAtomically(passFile, "bench passphrase\n"); !ok) return 1;
    const std::string unlock = " --passphrase-file " + quoted(passFile.string());
    if (timedRun(env + self + " keys init --kdf-cost interactive" + unlock + " >/dev/null 2>&1") < 0) {
        std::cerr << "bench exam: could not create the proctor's key\n";
        return 1;
    }

    // Warm the page cache once, as a proctor's machine would be after copying the library.
    (void)timedRun(env + self + " exam start --exam foundation-certificate --name Bench --id B-0" + unlock + " >/dev/null 2>&1");
    fs::remove_all(dir / "data" / "mntrainer" / "exam");
    const double start = timedRun(env + self + " exam start --exam foundation-certificate --name Bench --id B-1" + unlock + " >/dev/null 2>&1");
    const double answer = timedRun(env + self + " exam answer --script " + quoted(script.string()) + unlock + " >/dev/null 2>&1");
    const double status = timedRun(env + self + " exam status >/dev/null 2>&1");

    // For comparison: what validating the whole library (the old way) costs.
    auto data = core::loadReferenceData(dataRoot);
    const auto t = BenchClock::now();
    const auto library = data ? core::loadCaseLibrary(dataRoot / "cases" / "library", *data) : core::CaseLibrary{};
    const double fullLoad = std::chrono::duration<double>(BenchClock::now() - t).count();
    fs::remove_all(dir);
    if (start < 0 || answer < 0 || status < 0) {
        std::cerr << "bench exam: a command failed (start " << start << ", answer " << answer << ", status " << status << ")\n";
        return 1;
    }
    std::printf("library of %d cases: exam start %.3f s, exam answer (4 answers) %.3f s, exam status %.3f s (goal: under 0.5 s each;\n"
                "start includes unlocking the proctor's key at the interactive scrypt cost)\n",
                o.examLibrary, start, answer, status);
    std::printf("for comparison, validating the whole library: %.3f s (%zu cases)\n", fullLoad, library.entries.size());
    return 0;
}

} // namespace cli
