// Export file writing and signing.
#include "exam/exam_export.hpp"

#include "base/ascii_text.hpp"
#include "exam/gradebook_csv.hpp"
#include "platform/atomic_file.hpp"

namespace core {
namespace {

std::string safePart(const std::string& text) {
    std::string out;
    for (unsigned char ch : text) {
        out += (isAsciiAlnum(static_cast<char>(ch)) || ch == '-' || ch == '_') ? static_cast<char>(ch) : '_';
    }
    return out.empty() ? std::string("unnamed") : out.substr(0, 60);
}

} // namespace

std::string exportBaseName(const ExamResult& r) {
    std::string stamp;
    for (char ch : r.submittedAt) {
        if (ch != '-' && ch != ':') stamp += ch;
    }
    return safePart(r.exam.id) + "-" + safePart(r.candidate.id) + "-" + safePart(stamp);
}

std::expected<std::vector<std::filesystem::path>, core::Error> writeExamExports(const ExamResult& r, const std::filesystem::path& dir,
                                                                              const SigningKey& key) {
    const std::string base = exportBaseName(r);
    std::vector<std::pair<std::string, std::string>> files{{base + ".json", examResultToJson(r).dump(2) + "\n"}};
    if (auto generic = gradebookCsv({r}, {}); generic) files.emplace_back(base + ".generic.csv", generic->csv);
    // A sitting cannot know its Canvas assignment id, which Canvas needs in the
    // column header: the Canvas CSV comes from `cohort --csv canvas` only.
    // The Moodle CSV is left out when Moodle could not match the row (a
    // journal begun before the identity check); cohort then says why.
    GradebookOptions moodleOptions;
    moodleOptions.preset = CsvPreset::Moodle;
    if (auto moodle = gradebookCsv({r}, moodleOptions); moodle && moodle->warnings.empty()) {
        files.emplace_back(base + ".moodle.csv", moodle->csv);
    }
    files.emplace_back(base + ".xapi.json", examResultXapi(r).dump(2) + "\n");
    std::vector<std::filesystem::path> written;
    for (const auto& [name, content] : files) {
        const auto path = dir / name;
        if (auto problem = writeFileAtomically(path, content); !problem) {
            return std::unexpected("cannot write the results to " + dir.string() + " (" + problem.error().summary() +
                                   "). The exam journal is kept: choose another folder and export again");
        }
        const std::string sig = signDetached(key, content, "mntrainer exam result " + name + " attempt " + r.attemptId);
        if (auto problem = writeFileAtomically(path.string() + ".minisig", sig); !problem) {
            return std::unexpected("cannot write the signature for " + path.string() + " (" + problem.error().summary() + "). Export again to retry");
        }
        written.push_back(path);
    }
    return written;
}

} // namespace core
