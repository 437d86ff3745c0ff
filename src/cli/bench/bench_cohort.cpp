// `mntrainer bench cohort`: a room's worth of signed results (three machines,
// the bundled foundation exam answered with the model answers) generated in a
// temporary folder, then verified, re-graded and collected as `cohort` does,
// on one thread and on every core.
#include "bench_command.hpp"
#include "cohort/cohort_batch.hpp"
#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"
#include "model/reference_data.hpp"
#include "platform/atomic_file.hpp"
#include "validation/case_library.hpp"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <random>
#include <thread>

namespace cli {
namespace bench_cohort_detail {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// One honest sitting of the foundation exam with the model answers, re-used
// for every candidate (only the candidate and the attempt id change).
core::Result<core::ExamResult> modelSitting(const fs::path& root, const core::ReferenceData& data,
                                            const core::CaseLibrary& library) {
    const fs::path examFile = root / "cases" / "exams" / "foundation-certificate.json";
    auto official = core::loadOfficialExam(examFile);
    if (!official) return std::unexpected(official.error());
    core::CaseById byId;
    for (const auto& e : library.entries) {
        if (e.playable) byId[e.playable->id] = &*e.playable;
    }
    auto drawn = core::drawExamCases(official->exam, byId);
    if (!drawn) return std::unexpected(drawn.error());
    const auto* order = &drawn->order;
    const core::Protocol* protocol = data.protocol(official->exam.protocol);
    if (!protocol)
        return std::unexpected("bench: the foundation exam's profile " + official->exam.protocol +
                               " is missing");
    const auto cases = core::cohortCases(library);
    core::ExamResult r;
    r.examFile = official->json;
    r.examSha256 = official->sha256;
    r.exam = official->exam;
    r.startedAt = "2026-12-02T09:00:00Z";
    r.submittedAt = "2026-12-02T09:40:00Z";
    r.durationSeconds = 2400;
    for (const auto& id : *order) {
        auto attempt = core::loadAttemptFile(root / "cases" / "answers" / (id + ".answer.json"));
        if (!attempt)
            return std::unexpected(attempt.error().context("bench: model answer for " + id));
        const auto& c = cases.at(id);
        r.cases.push_back({id, c.playable->title, c.sha256, *attempt,
                           core::grade(*c.playable, *attempt, *protocol, data)});
    }
    return r;
}

struct Room {
    core::KeyRoster roster;
    std::vector<fs::path> files;
};

core::Result<Room> writeRoom(const fs::path& dir, const core::ExamResult& sitting, int count) {
    Room room;
    std::vector<core::SigningKey> machines;
    for (int m = 1; m <= 3; ++m) {
        const std::string name = "room1-pc" + std::to_string(m);
        const std::optional<core::SigningKey> key = core::generateSigningKey(); // kept in memory: the roster needs only its public half
        if (auto added = room.roster.add({name, dir / "keys" / name / "public.pub",
                                          *core::parsePublicKey(core::publicKeyText(*key))});
            !added) {
            return std::unexpected(added.error());
        }
        machines.push_back(*key);
    }
    // The template is serialised once; each candidate's copy differs only in
    // the placeholders (serialising 10,000 full results would dwarf the check).
    core::ExamResult r = sitting;
    r.attemptId = "@ATTEMPT@";
    r.candidate = {"@NAME@", "@ID@", ""};
    const std::string model = core::examResultToJson(r).dump(2) + "\n";
    std::error_code ec;
    fs::create_directories(dir / "results", ec);
    for (int i = 0; i < count; ++i) {
        std::string content = model;
        const std::pair<std::string, std::string> fields[] = {
            {"@ATTEMPT@", core::newUuid()},
            {"@NAME@", "Candidate " + std::to_string(i)},
            {"@ID@", "B-" + std::to_string(i)}};
        for (const auto& [placeholder, value] : fields) {
            for (auto at = content.find(placeholder); at != std::string::npos;
                 at = content.find(placeholder, at))
                content.replace(at, placeholder.size(), value);
        }
        const fs::path file = dir / "results" / (std::to_string(100000 + i) + ".json");
        const auto& key = machines[static_cast<std::size_t>(i) % machines.size()];
        // Plain writes: a benchmark's scratch files need no crash safety, and fsyncs would measure
        // the disk.
        std::ofstream(file, std::ios::binary) << content;
        std::ofstream(file.string() + ".minisig", std::ios::binary)
            << core::signDetached(key, content, "bench " + std::to_string(i));
        if (!fs::exists(file.string() + ".minisig", ec))
            return std::unexpected("cannot write the benchmark's results in " + dir.string());
        room.files.push_back(file);
    }
    return room;
}

} // namespace bench_cohort_detail

int runBenchCohort(const BenchOptions& o) {
    namespace detail = bench_cohort_detail;
    const auto root = core::findDataRoot();
    auto data = core::loadReferenceData(root);
    if (!data) {
        std::cerr << data.error().summary() << "\n";
        return 1;
    }
    const auto library = core::loadCaseLibrary(root / "cases" / "library", *data);
    auto sitting = detail::modelSitting(root, *data, library);
    if (!sitting) {
        std::cerr << sitting.error().summary() << "\n";
        return 1;
    }
    auto official =
        core::loadOfficialExam(root / "cases" / "exams" / "foundation-certificate.json");
    if (!official) {
        std::cerr << official.error().summary() << "\n";
        return 1;
    }
    const std::vector<core::OfficialExam> officials{*official};
    std::random_device rd;
    const auto dir =
        std::filesystem::temp_directory_path() / ("mntrainer-bench-cohort-" + std::to_string(rd()));
    auto start = detail::Clock::now();
    auto room = detail::writeRoom(dir, *sitting, o.results);
    if (!room) {
        std::cerr << "bench cohort: " << room.error().summary() << "\n";
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
        return 1;
    }
    std::printf("generated %d signed results (%zu cases each, 3 machines) in %.2f s\n", o.results,
                sitting->cases.size(), detail::secondsSince(start));
    const auto cases = core::cohortCases(library);
    const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
    int status = 0;
    for (const unsigned jobs : {1u, cores}) {
        start = detail::Clock::now();
        const std::clock_t cpuStart = std::clock();
        const auto cohort =
            core::judgeCohort(room->files, {room->roster, cases, *data, officials, jobs});
        const double seconds = detail::secondsSince(start);
        const double cpuSeconds = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
        const auto book = cohort.gradebooks.find(sitting->exam.id);
        const std::size_t accepted = book == cohort.gradebooks.end() ? 0 : book->second.size();
        std::printf("verify + re-grade + collect, %u thread(s): %.2f s wall = %.0f results/s, %.2f "
                    "s CPU (%zu of %zu accepted)\n",
                    jobs, seconds, static_cast<double>(room->files.size()) / seconds, cpuSeconds,
                    accepted, room->files.size());
        if (accepted != room->files.size())
            status = 1; // a benchmark that refuses honest results measures nothing
        if (jobs == cores) break;
    }
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    if (status != 0)
        std::cerr << "bench cohort: some honest results were refused: run `mntrainer cohort` on "
                     "such a folder to see why\n";
    return status;
}

} // namespace cli
