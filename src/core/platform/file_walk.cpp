// Folder walking for `validate`: explicit paths are taken whatever their
// extension; inside folders only *.json files count.
#include "platform/file_walk.hpp"

#include <algorithm>
#include <set>
#include <system_error>

namespace core {
namespace {

namespace fs = std::filesystem;

void problem(FileWalk& walk, const fs::path& path, const std::string& message, Severity severity = Severity::Error) {
    Diagnostic d;
    d.severity = severity;
    d.file = path.string();
    d.message = message;
    walk.problems.add(std::move(d));
}

void walkFolder(const fs::path& dir, FileWalk& walk, std::set<fs::path>& visited, std::set<fs::path>& seenFiles) {
    std::error_code ec;
    const fs::path canonical = fs::canonical(dir, ec);
    if (ec) {
        problem(walk, dir, "cannot resolve this folder (" + ec.message() + "): is it a broken or looping symlink?");
        return;
    }
    if (!visited.insert(canonical).second) {
        problem(walk, dir, "skipped: this folder was already visited (a symlink loop or a repeated path)",
                Severity::Warning);
        return;
    }
    std::vector<fs::directory_entry> entries;
    fs::directory_iterator it(dir, ec);
    if (ec) {
        problem(walk, dir, "cannot read this folder (" + ec.message() + "): check its permissions");
        return;
    }
    for (; it != fs::directory_iterator(); it.increment(ec)) {
        if (ec) {
            problem(walk, dir, "reading this folder failed part-way (" + ec.message() + ")");
            break;
        }
        entries.push_back(*it);
    }
    std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.path() < b.path(); });
    for (const auto& entry : entries) {
        std::error_code sec;
        const auto status = fs::status(entry.path(), sec);
        if (sec || !fs::exists(status)) {
            if (entry.path().extension() == ".json") {
                problem(walk, entry.path(), "cannot read this entry (" + (sec ? sec.message() : std::string("broken symlink")) + ")");
            }
            continue;
        }
        if (fs::is_directory(status)) {
            walkFolder(entry.path(), walk, visited, seenFiles);
        } else if (entry.path().extension() == ".json") {
            const fs::path real = fs::canonical(entry.path(), sec);
            if (!sec && !seenFiles.insert(real).second) continue; // same file reached twice
            walk.files.push_back(entry.path());
        }
    }
}

} // namespace

FileWalk collectJsonFiles(const std::vector<fs::path>& paths) {
    FileWalk walk;
    std::set<fs::path> visited;
    std::set<fs::path> seenFiles;
    for (const auto& path : paths) {
        std::error_code ec;
        const auto status = fs::status(path, ec);
        if (ec || !fs::exists(status)) {
            const bool danglingLink = fs::is_symlink(fs::symlink_status(path, ec));
            problem(walk, path, danglingLink ? "this symlink points nowhere (or loops): fix or remove it"
                                             : "no such file or folder: check the path");
            continue;
        }
        if (fs::is_directory(status)) {
            walkFolder(path, walk, visited, seenFiles);
        } else {
            const fs::path real = fs::canonical(path, ec);
            if (!ec && !seenFiles.insert(real).second) continue;
            walk.files.push_back(path);
        }
    }
    return walk;
}

} // namespace core
