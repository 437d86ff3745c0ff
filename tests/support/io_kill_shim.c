/* Test shim (LD_PRELOAD): counts the I/O calls that make data durable or
 * visible (write, pwrite, fsync, fdatasync, rename, link, ftruncate) and kills
 * the process with SIGKILL just before call number MN_KILL_AT, as a power cut
 * or kill -9 would at that instant. Before dying it writes how many fsyncs had
 * completed to MN_KILL_REPORT, so a test can count committed answers lost.
 * Without MN_KILL_AT it only counts, and writes the total at exit. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static ssize_t passthroughWrite(int fd, const void* buf, size_t n);

static long calls;
static long fsyncsDone;
static long killAt = -1;
static const char* report;

static void writeReport(const char* what) {
    if (!report) return;
    int fd = open(report, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) return;
    char text[128];
    int n = snprintf(text, sizeof text, "%s calls=%ld fsyncs=%ld\n", what, calls, fsyncsDone);
    if (n > 0) {
        ssize_t ignored = passthroughWrite(fd, text, (size_t)n);
        (void)ignored;
    }
    close(fd);
}

#define REAL(name, ret, args) static ret(*real_##name) args
REAL(write, ssize_t, (int, const void*, size_t));
REAL(pwrite, ssize_t, (int, const void*, size_t, off_t));
REAL(fsync, int, (int));
REAL(fdatasync, int, (int));
REAL(rename, int, (const char*, const char*));
REAL(link, int, (const char*, const char*));
REAL(ftruncate, int, (int, off_t));

static void* lookup(const char* name) { return dlsym(RTLD_NEXT, name); }

static ssize_t passthroughWrite(int fd, const void* buf, size_t n) {
    if (!real_write) real_write = lookup("write");
    return real_write(fd, buf, n);
}

static void before(void) {
    ++calls;
    if (killAt > 0 && calls == killAt) {
        writeReport("killed");
        raise(SIGKILL);
    }
}

__attribute__((constructor)) static void setUp(void) {
    const char* at = getenv("MN_KILL_AT");
    if (at && *at) killAt = atol(at);
    report = getenv("MN_KILL_REPORT");
}

__attribute__((destructor)) static void tearDown(void) { writeReport("finished"); }

ssize_t write(int fd, const void* buf, size_t n) {
    if (!real_write) real_write = lookup("write");
    if (fd > 2) before(); /* the terminal is not durable state */
    return real_write(fd, buf, n);
}

ssize_t pwrite(int fd, const void* buf, size_t n, off_t at) {
    if (!real_pwrite) real_pwrite = lookup("pwrite");
    before();
    return real_pwrite(fd, buf, n, at);
}

ssize_t pwrite64(int fd, const void* buf, size_t n, off_t at) { return pwrite(fd, buf, n, at); }

int fsync(int fd) {
    if (!real_fsync) real_fsync = lookup("fsync");
    before();
    int r = real_fsync(fd);
    if (r == 0) ++fsyncsDone;
    return r;
}

int fdatasync(int fd) {
    if (!real_fdatasync) real_fdatasync = lookup("fdatasync");
    before();
    int r = real_fdatasync(fd);
    if (r == 0) ++fsyncsDone;
    return r;
}

int rename(const char* from, const char* to) {
    if (!real_rename) real_rename = lookup("rename");
    before();
    return real_rename(from, to);
}

int link(const char* from, const char* to) {
    if (!real_link) real_link = lookup("link");
    before();
    return real_link(from, to);
}

int ftruncate(int fd, off_t size) {
    if (!real_ftruncate) real_ftruncate = lookup("ftruncate");
    before();
    return real_ftruncate(fd, size);
}
