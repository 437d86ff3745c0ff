// The trainees of one machine (a shared clinic computer): who they are and
// where each one's progress store lives under $XDG_DATA_HOME/mntrainer/.
#pragma once

#include "base/diagnostics.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace core {

struct Trainee {
    std::string id;   // file-safe, derived from the name, unique
    std::string name; // as typed
    double createdUnix = 0.0;
    // The first trainee added on a machine also owns the history saved before
    // trainees existed (DATA/attempts), imported, never moved.
    bool legacyHistory = false;
};

class TraineeRegistry {
public:
    explicit TraineeRegistry(std::filesystem::path dataDir); // $XDG_DATA_HOME/mntrainer

    [[nodiscard]] Result<std::vector<Trainee>> list() const;
    // Refuses an empty name or one already registered (case-insensitive).
    [[nodiscard]] Result<Trainee> add(const std::string& name) const; // created now (base/clocks)
    [[nodiscard]] Result<Trainee> add(const std::string& name, double nowUnix) const;
    // The trainee whose id or name (case-insensitive) is `idOrName`.
    [[nodiscard]] Result<Trainee> find(const std::string& idOrName) const;
    [[nodiscard]] std::filesystem::path storePath(const Trainee& trainee) const; // DATA/trainees/ID/progress.sqlite
    [[nodiscard]] std::filesystem::path historyDir(const Trainee& trainee) const; // DATA/trainees/ID/attempts (AttemptStore's)
    [[nodiscard]] std::filesystem::path attemptStoreDir(const Trainee& trainee) const; // DATA/trainees/ID: AttemptStore(this)
    // Every folder of JSON attempts the trainee's store imports: their own,
    // and DATA/attempts for the trainee that adopted the legacy history.
    [[nodiscard]] std::vector<std::filesystem::path> historyDirs(const Trainee& trainee) const;
    [[nodiscard]] std::filesystem::path registryFile() const; // DATA/trainees.json
    // The trainee last picked on this machine, so the app can offer them first ("" when none).
    [[nodiscard]] Result<std::string> lastUsed() const;
    // Refuses an id that is not registered.
    [[nodiscard]] Status setLastUsed(const std::string& traineeId) const;

private:
    struct Contents;
    [[nodiscard]] Result<Contents> load() const;
    [[nodiscard]] Status save(const Contents& contents) const;
    std::filesystem::path m_dir;
};

} // namespace core
