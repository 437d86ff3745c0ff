// The instructor's item analysis: reads a folder of signed results, has core
// judge them (signature, roster, re-grade) and analyse each exam's items,
// and keeps the outcome for the item analysis screen.
#include "app/app.hpp"

#include "cohort/cohort_batch.hpp"
#include "cohort/item_analysis.hpp"
#include "exam/key_roster.hpp"

#include <algorithm>
#include <thread>

namespace app {
core::Status App::analyseResults(const std::string& dir, const std::string& trustedKeys) {
    if (!m_data) return std::unexpected(core::Error("the reference data did not load, so results cannot be re-graded"));
    std::error_code ec;
    if (dir.empty() || !std::filesystem::is_directory(dir, ec)) {
        return std::unexpected(core::Error("\"" + dir + "\" is not a folder: give the folder the candidates' result files were collected in"));
    }
    // The machines' keys from the folder given, else this install's own key (results sat here).
    auto roster = trustedKeys.empty() ? core::loadKeyRoster({core::publicKeyPath(m_paths.userData / "keys")}, {}, dir)
                                      : core::loadKeyRoster({}, {trustedKeys}, dir);
    if (!roster) {
        return std::unexpected(roster.error().context(trustedKeys.empty() ? "no trusted keys folder given, and this install's key is unusable"
                                                                          : "the trusted keys folder " + trustedKeys));
    }
    const auto files = core::cohortResultFiles(dir, ec);
    if (ec) return std::unexpected(core::Error("cannot read " + dir + ": " + ec.message()));
    const auto cases = core::cohortCases(m_library);
    const std::vector<core::OfficialExam> officials;
    const unsigned jobs = std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
    const core::Cohort cohort = core::judgeCohort(files, {*roster, cases, *m_data, officials, jobs});

    ui::ItemAnalysisView view;
    for (const auto& f : cohort.files) {
        if (!core::isProblem(f.verdict.standing)) continue;
        for (const auto& problem : f.verdict.problems) view.problems.push_back(f.file.filename().string() + ": " + problem);
    }
    std::size_t analysed = 0;
    for (const auto& [examId, results] : cohort.gradebooks) {
        auto analysis = core::analyseCohortItems(examId, results);
        if (!analysis) {
            view.problems.push_back(analysis.error().summary());
            continue;
        }
        analysed += results.size();
        view.exams.push_back(std::move(*analysis));
    }
    view.status = std::to_string(analysed) + " result(s) of " + std::to_string(view.exams.size()) + " exam(s) analysed from " +
                  std::to_string(files.size()) + " file(s); " + std::to_string(view.problems.size()) + " problem(s).";
    m_itemAnalysisView = std::move(view);
    m_ui.itemAnalysis.dir = dir;
    m_ui.itemAnalysis.trustedKeys = trustedKeys;
    m_ui.itemAnalysis.exam = 0;
    return {};
}

} // namespace app
