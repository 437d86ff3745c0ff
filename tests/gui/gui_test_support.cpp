// GUI test helpers.
#include "gui_test_support.hpp"

#include <stb/stb_image.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <fstream>
#include <stdexcept>

using namespace testing_support;

namespace gui_testing {

Image loadImage(const std::filesystem::path& png) {
    Image img;
    int channels = 0;
    unsigned char* data = stbi_load(png.c_str(), &img.width, &img.height, &channels, 4);
    if (!data) return img;
    img.rgba.assign(data, data + static_cast<std::size_t>(img.width) * static_cast<std::size_t>(img.height) * 4);
    stbi_image_free(data);
    return img;
}

std::string AppRun::env() const {
    return "SDL_VIDEODRIVER=offscreen XDG_DATA_HOME=" + shellQuote((m_dir / "data").string()) +
           " XDG_CONFIG_HOME=" + shellQuote((m_dir / "config").string()) + " ";
}

std::string AppRun::proctorUnlock() const {
    const auto passFile = m_dir / "proctor.pass";
    if (!std::filesystem::exists(passFile)) {
        std::ofstream(passFile) << "proctor passphrase\n";
        // The interactive scrypt cost keeps the tests quick; the CLI is the proctor's tool for this.
        const auto r = runShell(env() + shellQuote(MNTRAINER_BIN) + " keys init --kdf-cost interactive --passphrase-file " + shellQuote(passFile.string()));
        if (r.exitCode != 0) throw std::runtime_error("keys init failed: " + r.err);
    }
    return "unlock " + passFile.string() + "\n";
}

ProcessResult AppRun::run(const std::string& script, const std::string& extraArgs) const {
    const auto file = m_dir / "script.txt";
    std::ofstream(file) << script;
    return runShell("cd " + shellQuote(m_dir.string()) + " && " + env() + shellQuote(MNTRAINER_BIN) + " --width 1280 --height 800 --script " +
                    shellQuote(file.string()) + " --screenshot-dir " + shellQuote(shots().string()) + " " + extraArgs);
}

std::unique_ptr<testing_support::BackgroundProcess> AppRun::start(const std::string& script) const {
    const auto file = m_dir / "background.txt";
    std::ofstream(file) << script;
    return std::make_unique<testing_support::BackgroundProcess>("cd " + shellQuote(m_dir.string()) + " && " + env() + "exec " +
                                                                shellQuote(MNTRAINER_BIN) + " --script " + shellQuote(file.string()) +
                                                                " --screenshot-dir " + shellQuote(shots().string()));
}

std::vector<nlohmann::json> AppRun::history() const {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(userData() / "attempts", ec)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<nlohmann::json> out;
    for (const auto& f : files) out.push_back(nlohmann::json::parse(readFile(f)));
    return out;
}

nlohmann::json AppRun::notes(const std::string& shot) const { return nlohmann::json::parse(readFile(shots() / (shot + ".json"))); }

std::pair<int, int> AppRun::mapPixel(const std::string& shot, const std::string& map, double x, double y) const {
    const auto notes = nlohmann::json::parse(readFile(shots() / (shot + ".json")));
    const auto& m = notes.at("maps").at(map);
    const double px = m["map_origin"][0].get<double>() + x * m["map_size"][0].get<double>();
    const double py = m["map_origin"][1].get<double>() + y * m["map_size"][1].get<double>();
    return {static_cast<int>(px), static_cast<int>(py)};
}

std::string modelAnswerLines(const nlohmann::json& answer) {
    std::string s = "decide " + answer["decision"].get<std::string>() + "\n";
    if (answer.contains("follow_up")) {
        const auto& f = answer["follow_up"];
        if (f.contains("rebook_weeks")) s += "rebook " + std::to_string(f["rebook_weeks"].get<int>()) + "\n";
        if (f.contains("refer_to")) s += "refer-to " + f["refer_to"].get<std::string>() + "\n";
        for (const auto& a : f.value("advice", nlohmann::json::array())) s += "advice " + a.get<std::string>() + "\n";
    }
    for (const auto& z : answer["zones"]) {
        const std::string zone = z["zone"];
        if (z["action"] == "avoid") {
            s += "avoid " + zone + "\n";
            continue;
        }
        s += "depth " + zone + " " + std::to_string(z["depth_mm"].get<double>()) + "\n";
        s += "patterns " + zone;
        for (const auto& p : z["patterns"]) s += " " + p.get<std::string>();
        s += "\npasses " + zone + " " + std::to_string(z["passes"].get<int>()) + "\n";
        s += "endpoint " + zone + " " + z["endpoint"].get<std::string>() + "\n";
        for (const auto& f : z.value("exclude", nlohmann::json::array())) s += "exclude " + zone + " " + f.get<std::string>() + "\n";
    }
    for (const auto& a : answer["aftercare"]) s += "aftercare " + a.get<std::string>() + "\n";
    if (answer.contains("schedule")) {
        s += "interval " + std::to_string(answer["schedule"]["interval_weeks"].get<int>()) + "\n";
        s += "sessions " + std::to_string(answer["schedule"]["sessions"].get<int>()) + "\n";
    }
    return s;
}

std::string modelAnswerScript(const nlohmann::json& answer) {
    std::string s = "open " + answer["case_id"].get<std::string>() + "\n";
    for (const auto& q : answer.value("questions", nlohmann::json::array())) s += "ask " + q.get<std::string>() + "\n";
    for (const auto& f : answer["flags"]) s += "flag " + f.get<std::string>() + "\n";
    return s + modelAnswerLines(answer) + "submit\n";
}

std::pair<double, double> zoneCentroid(const std::string& zone) {
    const auto zones = nlohmann::json::parse(readFile(std::string(MN_SOURCE_ROOT) + "/assets/zones.json"));
    for (const auto& z : zones["zones"]) {
        if (z["id"] != zone) continue;
        // Area-weighted centroid of the first polygon (all treatable zones have one).
        const auto& poly = z["polygons"][0];
        double a = 0, cx = 0, cy = 0;
        for (std::size_t i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
            const double xi = poly[i][0], yi = poly[i][1], xj = poly[j][0], yj = poly[j][1];
            const double cross = xj * yi - xi * yj;
            a += cross;
            cx += (xj + xi) * cross;
            cy += (yj + yi) * cross;
        }
        return {cx / (3 * a), cy / (3 * a)};
    }
    return {0.5, 0.5};
}

} // namespace gui_testing
