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
};

class TraineeRegistry {
public:
    explicit TraineeRegistry(std::filesystem::path dataDir); // $XDG_DATA_HOME/mntrainer

    [[nodiscard]] Result<std::vector<Trainee>> list() const;
    // Refuses an empty name or one already registered (case-insensitive).
    [[nodiscard]] Result<Trainee> add(const std::string& name) const;
    [[nodiscard]] std::filesystem::path storePath(const Trainee& trainee) const; // DATA/trainees/ID/progress.sqlite
    [[nodiscard]] std::filesystem::path historyDir(const Trainee& trainee) const; // the JSON attempt history it imports
    // The trainee last picked on this machine, so the app can offer them first.
    [[nodiscard]] Result<std::string> lastUsed() const;
    [[nodiscard]] Status setLastUsed(const std::string& traineeId) const;

private:
    std::filesystem::path m_dir;
};

} // namespace core
