// Judging a cohort: files in parallel, then duplicates, official exams and
// the split into one gradebook per exam, in file order so reports are stable.
#include "cohort/cohort_batch.hpp"

#include "platform/atomic_file.hpp"

#include <algorithm>
#include <atomic>
#include <system_error>
#include <thread>

namespace core {
namespace cohort_batch_detail {

CohortFile judgeOneFile(const std::filesystem::path& file, const CohortSettings& s) {
    CohortFile out{file, {}, std::nullopt, std::nullopt, false};
    const auto content = readWholeFile(file);
    if (!content) {
        out.verdict.standing = Standing::Unreadable;
        out.verdict.problems.emplace_back(
            "unreadable (missing, not a regular file, or larger than 64 MiB)");
        return out;
    }
    const auto signature = readWholeFile(file.string() + ".minisig");
    if (signature) {
        out.verdict = judgeResult(*content, signature, s.roster, s.cases, s.data);
        if (out.verdict.standing != Standing::Unreadable) return out;
    }
    // Unsigned or not an exam result: a practice record is reported as one.
    const Json json = Json::parse(*content, nullptr, false);
    if (!json.is_discarded() && isPracticeRecord(json)) {
        out.practice = judgePracticeRecord(json, s.cases, s.data);
        out.verdict = {};
        out.verdict.standing = Standing::Practice;
        out.verdict.notes.emplace_back("practice attempt record: not signed, so not proof of who "
                                       "sat it or when; never put in an exam gradebook");
        return out;
    }
    if (!signature) out.verdict = judgeResult(*content, signature, s.roster, s.cases, s.data);
    return out;
}

void judgeAll(std::vector<CohortFile>& out, const std::vector<std::filesystem::path>& files,
              const CohortSettings& s) {
    out.resize(files.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < files.size(); i = next++)
            out[i] = judgeOneFile(files[i], s);
    };
    const std::size_t threads =
        std::clamp<std::size_t>(s.jobs, 1, std::max<std::size_t>(files.size(), 1));
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t) {
        try {
            pool.emplace_back(work);
        } catch (const std::system_error&) {
            break; // no more threads to be had: the ones running (and this one) finish the work
        }
    }
    work();
    for (auto& t : pool)
        t.join();
}

void refuse(CohortFile& f, Standing standing, std::string why) {
    f.verdict.standing = standing;
    f.verdict.accepted.reset();
    f.verdict.problems.push_back(std::move(why));
}

// One attempt counts once: copies of the same signed bytes keep the first
// file; different contents under one attempt id are all refused. Contents are
// compared only when ids collide (rare), so no file is hashed for this.
void settleDuplicates(std::vector<CohortFile>& files) {
    std::map<std::string, std::vector<std::size_t>> byAttempt;
    for (std::size_t i = 0; i < files.size(); ++i) {
        if (files[i].verdict.summary) byAttempt[files[i].verdict.summary->attemptId].push_back(i);
    }
    for (const auto& [attemptId, group] : byAttempt) {
        if (group.size() < 2) continue;
        const auto first = readWholeFile(files[group[0]].file);
        const bool identical =
            first && std::all_of(group.begin() + 1, group.end(), [&](std::size_t i) {
                return readWholeFile(files[i].file) == first;
            });
        std::string names;
        for (const std::size_t i : group)
            names += (names.empty() ? "" : ", ") + files[i].file.filename().string();
        if (identical) {
            for (std::size_t k = 1; k < group.size(); ++k) {
                refuse(files[group[k]], Standing::Duplicate,
                       "DUPLICATE: the same signed result as " +
                           files[group[0]].file.filename().string() + " (attempt " + attemptId +
                           "): counted once");
            }
            continue;
        }
        for (const std::size_t i : group) {
            refuse(files[i], Standing::Conflict,
                   "CONFLICT: attempt " + attemptId + " is claimed by " +
                       std::to_string(group.size()) + " files with different contents (" + names +
                       "): none is graded; find out which one the candidate's machine wrote");
        }
    }
}

void checkOfficialExams(std::vector<CohortFile>& files,
                        const std::vector<OfficialExam>& officials) {
    if (officials.empty()) return;
    for (auto& f : files) {
        if (!f.verdict.accepted) continue;
        const std::string examId =
            f.verdict.accepted->exam.id; // a copy: the result is dropped below
        const auto official =
            std::find_if(officials.begin(), officials.end(),
                         [&](const OfficialExam& o) { return o.exam.id == examId; });
        if (official == officials.end()) {
            f.verdict.standing = Standing::SetAside;
            f.verdict.accepted.reset();
            f.verdict.notes.push_back("SET ASIDE: a result of exam \"" + examId +
                                      "\", which is not among the --exam files collected");
            continue;
        }
        const auto differences = examDifferences(*f.verdict.accepted, *official);
        if (differences.empty()) continue;
        refuse(f, Standing::ExamMismatch,
               "EXAM MISMATCH: sat on an exam file that differs from the official " +
                   official->file.filename().string() + "; not graded");
        for (const auto& d : differences)
            f.verdict.problems.push_back("exam differs: " + d);
    }
}

void noteRepeatCandidates(std::vector<CohortFile>& files) {
    std::map<std::pair<std::string, std::string>, int>
        attempts; // (exam, candidate) -> accepted attempts
    for (const auto& f : files) {
        if (f.verdict.accepted)
            ++attempts[{f.verdict.accepted->exam.id, f.verdict.accepted->candidate.id}];
    }
    for (auto& f : files) {
        if (!f.verdict.accepted) continue;
        const int n = attempts[{f.verdict.accepted->exam.id, f.verdict.accepted->candidate.id}];
        if (n > 1) {
            f.verdict.notes.push_back(
                "candidate " + f.verdict.accepted->candidate.id + " has " + std::to_string(n) +
                " different accepted attempts at this exam: each is a row in the gradebook");
        }
    }
}

} // namespace cohort_batch_detail

bool isProblem(Standing standing) {
    return standing != Standing::Accepted && standing != Standing::Duplicate &&
           standing != Standing::Practice && standing != Standing::SetAside;
}

Cohort judgeCohort(const std::vector<std::filesystem::path>& files,
                   const CohortSettings& settings) {
    Cohort cohort;
    cohort_batch_detail::judgeAll(cohort.files, files, settings);
    cohort_batch_detail::settleDuplicates(cohort.files);
    cohort_batch_detail::checkOfficialExams(cohort.files, settings.officials);
    cohort_batch_detail::noteRepeatCandidates(cohort.files);
    for (auto& f : cohort.files) {
        if (!f.verdict.accepted) continue;
        f.total = f.verdict.accepted->total();
        f.passed = f.verdict.accepted->passed();
        // Moved, not copied: ten thousand results' re-graded reports are worth not copying.
        auto& book = cohort.gradebooks[f.verdict.accepted->exam.id];
        book.push_back(std::move(*f.verdict.accepted));
        f.verdict.accepted.reset();
    }
    return cohort;
}

std::string examCounts(const Cohort& cohort) {
    std::string out;
    for (const auto& [examId, results] : cohort.gradebooks) {
        out += (out.empty() ? "" : ", ") + examId + " (" + std::to_string(results.size()) +
               (results.size() == 1 ? " result)" : " results)");
    }
    return out;
}

std::vector<std::filesystem::path> cohortResultFiles(const std::filesystem::path& dir, std::error_code& ec) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        if (e.path().extension() == ".json" && !name.ends_with(".xapi.json")) files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace core
