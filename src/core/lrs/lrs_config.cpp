// Reading and checking the LRS settings.
#include "lrs/lrs_config.hpp"

#include "base/bounded_read.hpp"
#include "platform/user_dirs.hpp"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>

namespace core {

std::filesystem::path defaultLrsConfigPath() { return configDir() / "lrs.json"; }

Result<std::string> normaliseLrsEndpoint(std::string_view endpoint) {
    std::string e(endpoint);
    while (!e.empty() && e.back() == '/') e.pop_back();
    if (!(e.starts_with("http://") || e.starts_with("https://")) || e.find_first_of(" \t\r\n") != std::string::npos) {
        return std::unexpected(Error("the LRS endpoint \"" + std::string(endpoint) +
                                     "\" is not an http:// or https:// URL; give the xAPI base, e.g. https://lrs.example.org/xAPI"));
    }
    if (e.ends_with("/statements")) e.resize(e.size() - std::string_view("/statements").size());
    return e;
}

Result<LrsConfig> parseLrsConfig(std::string_view text, const std::string& origin) {
    const auto json = nlohmann::json::parse(text, nullptr, false);
    if (!json.is_object()) {
        return std::unexpected(Error(origin + ": expected a JSON object {\"endpoint\": ..., \"username\": ..., \"password\": ...}"));
    }
    LrsConfig c;
    for (const auto& [key, target] : {std::pair<const char*, std::string*>{"endpoint", &c.endpoint}, {"username", &c.username}, {"password", &c.password}}) {
        const auto it = json.find(key);
        if (it == json.end()) continue;
        if (!it->is_string()) return std::unexpected(Error(origin + ": \"" + key + "\" must be a string"));
        *target = it->get<std::string>();
    }
    for (const auto& item : json.items()) {
        const std::string& name = item.key();
        if (name != "endpoint" && name != "username" && name != "password") {
            return std::unexpected(Error(origin + ": unknown key \"" + name + "\" (known: endpoint, username, password)"));
        }
    }
    if (c.username.empty() || c.password.empty()) {
        return std::unexpected(Error(origin + ": \"username\" and \"password\" are both needed (the LRS's basic-auth key and secret)"));
    }
    if (!c.endpoint.empty()) {
        auto e = normaliseLrsEndpoint(c.endpoint);
        if (!e) return std::unexpected(Error(origin + ": " + e.error().summary()));
        c.endpoint = *e;
    }
    return c;
}

Result<std::optional<LrsConfig>> loadLrsConfigFile(const std::filesystem::path& path) {
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT) return std::optional<LrsConfig>{}; // no file: no LRS configured
        return std::unexpected(Error("cannot read " + path.string() + ": " + std::strerror(errno)));
    }
    if ((st.st_mode & 077) != 0) {
        return std::unexpected(Error(path.string() + " holds the LRS password but group or others may read it; run: chmod 600 " +
                                     path.string()));
    }
    constexpr std::size_t kMaxConfigBytes = 64u * 1024u;
    auto text = readRegularFile(path, kMaxConfigBytes);
    if (!text) return std::unexpected(Error(path.string() + " " + text.error().summary()));
    auto config = parseLrsConfig(*text, path.string());
    if (!config) return std::unexpected(config.error());
    return std::optional<LrsConfig>{std::move(*config)};
}

} // namespace core
