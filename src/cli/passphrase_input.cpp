// Reads a passphrase from a file, a file descriptor or the terminal (echo off).
#include "passphrase_input.hpp"

#include "base/bounded_read.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace cli {
namespace {

constexpr std::size_t kMaxPassphraseBytes = 4096;

std::string firstLine(std::string text) {
    const auto end = text.find_first_of("\r\n");
    if (end != std::string::npos) text.resize(end);
    return text;
}

core::Result<std::string> readFromFd(int fd) {
    std::string text;
    char buffer[256];
    while (text.size() <= kMaxPassphraseBytes) {
        const ssize_t got = ::read(fd, buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR) continue;
            return std::unexpected(core::Error("cannot read the passphrase from file descriptor " + std::to_string(fd) + ": " + std::strerror(errno)));
        }
        if (got == 0) break;
        text.append(buffer, static_cast<std::size_t>(got));
        if (text.find('\n') != std::string::npos) break;
    }
    return firstLine(std::move(text));
}

// One line from /dev/tty with echo off; echo is restored even on error.
core::Result<std::string> askTerminal(std::string_view prompt) {
    const int tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
    if (tty < 0)
        return std::unexpected(core::Error("no passphrase given and no terminal to ask on: pass --passphrase-file FILE or --passphrase-fd N"));
    termios saved{};
    const bool isTerminal = ::tcgetattr(tty, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= ECHONL;
        (void)::tcsetattr(tty, TCSAFLUSH, &quiet);
    }
    const std::string text(prompt);
    (void)!::write(tty, text.data(), text.size());
    auto line = readFromFd(tty);
    if (isTerminal) (void)::tcsetattr(tty, TCSAFLUSH, &saved);
    ::close(tty);
    return line;
}

} // namespace

void addPassphraseOptions(CLI::App* command, PassphraseSource& source) {
    auto* file = command->add_option("--passphrase-file", source.file, "Read the proctor's passphrase from the first line of FILE");
    auto* fd = command->add_option("--passphrase-fd", source.fd, "Read the proctor's passphrase from file descriptor N");
    file->excludes(fd);
}

core::Result<std::string> readPassphrase(const PassphraseSource& source, std::string_view prompt, bool confirm) {
    core::Result<std::string> passphrase;
    if (!source.file.empty()) {
        auto text = core::readRegularFile(source.file, kMaxPassphraseBytes);
        if (!text) return std::unexpected(core::Error("cannot read the passphrase file " + source.file + ": it " + text.error().summary()));
        passphrase = firstLine(std::move(*text));
    } else if (source.fd >= 0) {
        passphrase = readFromFd(source.fd);
    } else {
        passphrase = askTerminal(prompt);
        if (passphrase && confirm) {
            auto again = askTerminal("Again, to confirm: ");
            if (!again) return again;
            if (*again != *passphrase) return std::unexpected(core::Error("the two passphrases differ; nothing was changed"));
        }
    }
    if (!passphrase) return passphrase;
    if (passphrase->empty()) return std::unexpected(core::Error("the passphrase is empty"));
    return passphrase;
}

} // namespace cli
