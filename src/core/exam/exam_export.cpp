// Export file writing and signing.
#include "exam/exam_export.hpp"

#include "platform/atomic_file.hpp"

#include <cctype>

namespace core {
namespace {

std::string safePart(const std::string& text) {
    std::string out;
    for (unsigned char ch : text) {
        out += (std::isalnum(ch) || ch == '-' || ch == '_') ? static_cast<char>(ch) : '_';
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
    const std::vector<std::pair<std::string, std::string>> files{
        {base + ".json", examResultToJson(r).dump(2) + "\n"},
        {base + ".generic.csv", examResultCsv({r}, CsvPreset::Generic)},
        {base + ".moodle.csv", examResultCsv({r}, CsvPreset::Moodle)},
        {base + ".canvas.csv", examResultCsv({r}, CsvPreset::Canvas)},
        {base + ".xapi.json", examResultXapi(r).dump(2) + "\n"},
    };
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
