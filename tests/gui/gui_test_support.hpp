// Helpers for GUI tests: run a UI script in the real app offscreen with its
// own XDG folders, read screenshots and their map-geometry notes.
#pragma once

#include "../support/run_process.hpp"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace gui_testing {

struct Image {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgba;
    [[nodiscard]] const unsigned char* at(int x, int y) const { return &rgba[(static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 4]; }
};

Image loadImage(const std::filesystem::path& png);

class AppRun {
public:
    explicit AppRun(const testing_support::TempDir& dir) : m_dir(dir.path()) {}
    // Runs the script to the end; returns the process result.
    testing_support::ProcessResult run(const std::string& script, const std::string& extraArgs = "") const;
    // Starts the script in the background; the app is killed when the result goes.
    [[nodiscard]] std::unique_ptr<testing_support::BackgroundProcess> start(const std::string& script) const;

    // Creates the proctor's signing key in the run's data folder (once) and
    // returns the script line that unlocks it: "unlock PASSPHRASE-FILE\n".
    [[nodiscard]] std::string proctorUnlock() const;

    [[nodiscard]] std::filesystem::path shots() const { return m_dir / "shots"; }
    [[nodiscard]] std::filesystem::path userData() const { return m_dir / "data" / "mntrainer"; }
    // The finished-attempt records in the history, oldest first by name.
    [[nodiscard]] std::vector<nlohmann::json> history() const;
    // A screenshot's notes (NAME.json beside NAME.png, or from `notes NAME`).
    [[nodiscard]] nlohmann::json notes(const std::string& shot) const;
    // Where a map point lands in a screenshot, from the screenshot's notes.
    [[nodiscard]] std::pair<int, int> mapPixel(const std::string& shot, const std::string& map, double x, double y) const;

private:
    std::filesystem::path m_dir;
    std::string env() const;
};

using testing_support::waitFor;

// A model answer (cases/answers/*.answer.json) as script lines from `decide`
// on: the decision, its follow-up, the plan, aftercare and schedule.
std::string modelAnswerLines(const nlohmann::json& answer);
// The whole model answer as a script: open the case, ask its questions
// (interview cases), flag, modelAnswerLines, submit.
std::string modelAnswerScript(const nlohmann::json& answer);

// The centroid of a zone, from the bundled zone map.
std::pair<double, double> zoneCentroid(const std::string& zone);

} // namespace gui_testing
