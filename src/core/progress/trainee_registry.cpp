// The machine's trainees in DATA/trainees.json (saved atomically), their
// file-safe ids, and where each one's store and JSON history live.
#include "progress/trainee_registry.hpp"

#include "base/ascii_text.hpp"
#include "base/clocks.hpp"
#include "json/json_document.hpp"
#include "json/object_reader.hpp"
#include "platform/atomic_file.hpp"
#include "practice/attempt_store.hpp"

#include <algorithm>

namespace core {

struct TraineeRegistry::Contents {
    std::vector<Trainee> trainees;
    std::string lastUsed;
};

namespace trainee_registry_detail {

constexpr std::size_t kMaxIdLength = 40;
constexpr std::size_t kMaxNameLength = 120;

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// "Ana María O'Neil" -> "ana-mar-a-o-neil": ASCII letters and digits, the
// rest one dash, so the id is a safe folder name on every file system.
std::string slugOf(const std::string& name) {
    std::string id;
    for (unsigned char c : name) {
        if (isAsciiAlnum(static_cast<char>(c))) id += asciiLower(static_cast<char>(c));
        else if (!id.empty() && id.back() != '-') id += '-';
        if (id.size() >= kMaxIdLength) break;
    }
    while (!id.empty() && id.back() == '-') id.pop_back();
    return id.empty() ? "trainee" : id;
}

} // namespace trainee_registry_detail

TraineeRegistry::TraineeRegistry(std::filesystem::path dataDir) : m_dir(std::move(dataDir)) {}

std::filesystem::path TraineeRegistry::registryFile() const { return m_dir / "trainees.json"; }
std::filesystem::path TraineeRegistry::attemptStoreDir(const Trainee& trainee) const { return m_dir / "trainees" / trainee.id; }
std::filesystem::path TraineeRegistry::storePath(const Trainee& trainee) const { return attemptStoreDir(trainee) / "progress.sqlite"; }
std::filesystem::path TraineeRegistry::historyDir(const Trainee& trainee) const { return AttemptStore(attemptStoreDir(trainee)).historyDir(); }

std::vector<std::filesystem::path> TraineeRegistry::historyDirs(const Trainee& trainee) const {
    std::vector<std::filesystem::path> dirs{historyDir(trainee)};
    // The history saved before trainees existed: AttemptStore(DATA) wrote it.
    if (trainee.legacyHistory) dirs.push_back(AttemptStore(m_dir).historyDir());
    return dirs;
}

Result<TraineeRegistry::Contents> TraineeRegistry::load() const {
    Contents contents;
    std::error_code ec;
    if (!std::filesystem::exists(registryFile(), ec)) return contents;
    auto doc = JsonDocument::fromFile(registryFile());
    if (!doc) return std::unexpected(doc.error());
    Diagnostics d;
    {
        ObjectReader root(doc->root(), "", d);
        if (root.isObject()) {
            const auto kind = root.string("kind", Need::Required);
            if (kind && *kind != "trainee_registry") d.error("/kind", "expected \"trainee_registry\": this is not the trainee list");
            (void)root.integer("schema_version", Need::Required, 1, 1);
            contents.lastUsed = root.string("last_used", Need::Optional).value_or("");
            if (const Json* trainees = root.array("trainees", Need::Required)) {
                for (std::size_t i = 0; i < trainees->size(); ++i) {
                    ObjectReader t((*trainees)[i], "/trainees/" + std::to_string(i), d);
                    Trainee trainee;
                    trainee.id = t.string("id", Need::Required, false).value_or("");
                    trainee.name = t.string("name", Need::Required, false).value_or("");
                    trainee.createdUnix = t.number("created_unix", Need::Optional, 0.0, 1e11).value_or(0.0);
                    trainee.legacyHistory = t.boolean("legacy_history", Need::Optional).value_or(false);
                    if (trainee.id != trainee_registry_detail::slugOf(trainee.id) && !trainee.id.empty()) {
                        d.error("/trainees/" + std::to_string(i) + "/id", "\"" + trainee.id + "\" is not a file-safe id (a-z, 0-9 and -)");
                    }
                    contents.trainees.push_back(std::move(trainee));
                }
            }
        } else {
            d.error("", "the trainee list must be a JSON object");
        }
    }
    doc->locate(d);
    if (d.hasErrors()) {
        return std::unexpected(Error{d.items()}.context("the trainee list is damaged; fix or move " + registryFile().string() + " (the stores "
                                                        "in trainees/ are kept)"));
    }
    return contents;
}

Status TraineeRegistry::save(const Contents& contents) const {
    Json j;
    j["kind"] = "trainee_registry";
    j["schema_version"] = 1;
    j["last_used"] = contents.lastUsed;
    j["trainees"] = Json::array();
    for (const Trainee& t : contents.trainees) {
        j["trainees"].push_back({{"id", t.id}, {"name", t.name}, {"created_unix", t.createdUnix}, {"legacy_history", t.legacyHistory}});
    }
    return writeFileAtomically(registryFile(), j.dump(2) + "\n");
}

Result<std::vector<Trainee>> TraineeRegistry::list() const {
    auto contents = load();
    if (!contents) return std::unexpected(contents.error());
    return contents->trainees;
}

Result<Trainee> TraineeRegistry::add(const std::string& name) const { return add(name, nowUnix()); }

Result<Trainee> TraineeRegistry::add(const std::string& typed, double now) const {
    using namespace trainee_registry_detail;
    const std::string name = trimmed(typed);
    if (name.empty()) return std::unexpected(Error("a trainee needs a name: type the name they will pick at start"));
    if (name.size() > kMaxNameLength) {
        return std::unexpected(Error("a trainee's name is at most " + std::to_string(kMaxNameLength) + " bytes: shorten it"));
    }
    auto contents = load();
    if (!contents) return std::unexpected(contents.error());
    for (const Trainee& t : contents->trainees) {
        if (asciiLowered(t.name) == asciiLowered(name)) {
            return std::unexpected(Error("a trainee called \"" + t.name + "\" is already registered: pick them, or add a different name"));
        }
    }
    Trainee trainee;
    trainee.name = name;
    trainee.createdUnix = now;
    trainee.legacyHistory = contents->trainees.empty();
    const std::string base = slugOf(name);
    trainee.id = base;
    const auto taken = [&](const std::string& id) {
        return std::any_of(contents->trainees.begin(), contents->trainees.end(), [&](const Trainee& t) { return t.id == id; });
    };
    for (int n = 2; taken(trainee.id); ++n) trainee.id = base + "-" + std::to_string(n);
    contents->trainees.push_back(trainee);
    if (auto saved = save(*contents); !saved) return std::unexpected(saved.error());
    return trainee;
}

Result<Trainee> TraineeRegistry::find(const std::string& idOrName) const {
    auto contents = load();
    if (!contents) return std::unexpected(contents.error());
    for (const Trainee& t : contents->trainees) {
        if (t.id == idOrName) return t;
    }
    const std::string folded = asciiLowered(trainee_registry_detail::trimmed(idOrName));
    for (const Trainee& t : contents->trainees) {
        if (asciiLowered(t.name) == folded) return t;
    }
    return std::unexpected(Error("no trainee \"" + idOrName + "\" on this machine: add them first"));
}

Result<std::string> TraineeRegistry::lastUsed() const {
    auto contents = load();
    if (!contents) return std::unexpected(contents.error());
    return contents->lastUsed;
}

Status TraineeRegistry::setLastUsed(const std::string& traineeId) const {
    auto contents = load();
    if (!contents) return std::unexpected(contents.error());
    if (std::none_of(contents->trainees.begin(), contents->trainees.end(), [&](const Trainee& t) { return t.id == traineeId; })) {
        return std::unexpected(Error("no trainee with id \"" + traineeId + "\": cannot remember them as the last one"));
    }
    contents->lastUsed = traineeId;
    return save(*contents);
}

} // namespace core
