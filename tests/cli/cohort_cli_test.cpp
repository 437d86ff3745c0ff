// `mntrainer cohort`: a class's results verified, re-graded and collected;
// tampered, re-signed, unsigned and unreadable files are named, the rest kept.
// A room of machines: each result names the machine that signed it, keys come
// from the proctor's roster only, copies count once, exams are never mixed.
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>

using namespace testing_support;

namespace {

const std::string kExam = std::string(MN_SOURCE_ROOT) + "/cases/exams/quick-screening-quiz.json";

std::filesystem::path resultFile(const std::filesystem::path& dir, const std::string& candidateId) {
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        const std::string name = e.path().filename().string();
        if (name.find("-" + candidateId + "-") != std::string::npos && name.ends_with(".json") && !name.ends_with(".xapi.json")) return e.path();
    }
    return {};
}

} // namespace

TEST_CASE("cohort catches tampered, re-signed, unsigned and unreadable results and grades the rest") {
    TempDir dir;
    const std::string env = "XDG_DATA_HOME=" + shellQuote((dir.path() / "data").string()) + " ";
    const std::string bin = env + shellQuote(MNTRAINER_BIN);
    // The proctor's key signs the results; the same passphrase unlocks it for `sign` below.
    const std::string unlock = " --passphrase-file " + shellQuote(dir.write("proctor.pass", "proctor\n").string());
    REQUIRE(runShell(bin + " keys init --kdf-cost interactive" + unlock).exitCode == 0);
    const auto out = dir.path() / "class";
    const auto answers = dir.write("answers.txt", "decide treat\ncase 2\ndecide defer\nsubmit-exam\n");
    for (const std::string id : {"S-1", "S-2", "S-3", "S-4", "S-5"}) {
        const auto r = runShell(bin + " exam run --exam " + shellQuote(kExam) + " --name " + shellQuote("Student " + id) + " --id " + id +
                                " --script " + shellQuote(answers.string()) + " --export-dir " + shellQuote(out.string()) + unlock);
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
    }
    auto clean = runShell(bin + " cohort " + shellQuote(out.string()) + " --csv canvas --canvas-assignment-id 4711");
    INFO(clean.err);
    CHECK(clean.exitCode == 0);
    CHECK(clean.out.find("Points Possible") != std::string::npos);
    CHECK(clean.out.find(",Section,\"Quick screening quiz: three clients, fifteen minutes (4711)\"\r\n") != std::string::npos);
    // Canvas without the assignment id: refused, with what to give.
    const auto noId = runShell(bin + " cohort " + shellQuote(out.string()) + " --csv canvas");
    CHECK(noId.exitCode == 1);
    CHECK(noId.err.find("--canvas-assignment-id") != std::string::npos);
    CHECK(noId.out.empty());
    // Moodle by email when no candidate gave one: every row left out, each with a warning, none blank.
    const auto byEmail = runShell(bin + " cohort " + shellQuote(out.string()) + " --csv moodle --moodle-map-from email --bom");
    CHECK(byEmail.exitCode == 1);
    CHECK(byEmail.out == "\xEF\xBB\xBF" "Email address,\"Quick screening quiz: three clients, fifteen minutes\"\r\n");
    CHECK(byEmail.err.find("warning: the result of Student S-5") != std::string::npos);
    CHECK(byEmail.err.find("cohort: 0 result(s) in 1 gradebook(s), 5 problem(s)") != std::string::npos);

    // S-2: a changed score, signature left as it was.
    const auto s2 = resultFile(out, "S-2");
    auto j2 = nlohmann::json::parse(readFile(s2));
    j2["cases"][0]["score"] = 100.0;
    std::ofstream(s2, std::ios::trunc) << j2.dump(2) << "\n";
    // S-3: a changed score re-signed with the install's key (caught by re-grading).
    const auto s3 = resultFile(out, "S-3");
    auto j3 = nlohmann::json::parse(readFile(s3));
    j3["cases"][1]["score"] = 99.0;
    std::ofstream(s3, std::ios::trunc) << j3.dump(2) << "\n";
    REQUIRE(runShell(bin + " sign " + shellQuote(s3.string()) + unlock).exitCode == 0);
    // S-4: unsigned. S-5: not a result at all, but signed.
    std::filesystem::remove(resultFile(out, "S-4").string() + ".minisig");
    const auto s5 = resultFile(out, "S-5");
    std::ofstream(s5, std::ios::trunc) << "{ broken";
    REQUIRE(runShell(bin + " sign " + shellQuote(s5.string()) + unlock).exitCode == 0);

    const auto r = runShell(bin + " cohort " + shellQuote(out.string()) + " --csv generic --out " + shellQuote((dir.path() / "book.csv").string()));
    INFO(r.err);
    CHECK(r.exitCode == 1);
    CHECK(r.err.find(s2.filename().string() + ": TAMPERED") != std::string::npos);
    CHECK(r.err.find(s3.filename().string() + ": stored score 99.0") != std::string::npos);
    CHECK(r.err.find("UNSIGNED") != std::string::npos);
    CHECK(r.err.find(s5.filename().string() + ": unreadable") != std::string::npos);
    const std::string book = readFile(dir.path() / "book.csv");
    CHECK(book.find("S-1") != std::string::npos);
    for (const char* bad : {"S-2", "S-3", "S-4", "S-5"}) CHECK(book.find(bad) == std::string::npos);
}

TEST_CASE("cohort flags a case file that changed since the exam") {
    TempDir dir;
    const auto install = dir.path() / "install";
    std::filesystem::create_directories(install);
    for (const char* folder : {"assets", "cases", "shaders"}) {
        std::filesystem::copy(std::string(MN_SOURCE_ROOT) + "/" + folder, install / folder, std::filesystem::copy_options::recursive);
    }
    const std::string env = "MNTRAINER_DATA_DIR=" + shellQuote(install.string()) + " XDG_DATA_HOME=" + shellQuote((dir.path() / "data").string()) + " ";
    const std::string bin = env + shellQuote(MNTRAINER_BIN);
    const auto exam = dir.write("exam.json", R"({"kind": "exam", "schema_version": 1, "id": "one", "title": "One",
        "cases": ["a-fine-lines-forehead-eyes"], "time_limit_minutes": 5, "pass_mark": 70, "protocol": "clinic-standard", "feedback": "none"})");
    const auto answers = dir.write("a.txt", "decide treat\nsubmit-exam\n");
    const std::string unlock = " --passphrase-file " + shellQuote(dir.write("proctor.pass", "proctor\n").string());
    REQUIRE(runShell(bin + " keys init --kdf-cost interactive" + unlock).exitCode == 0);
    REQUIRE(runShell(bin + " exam run --exam " + shellQuote(exam.string()) + " --name Ann --id S-9 --script " + shellQuote(answers.string()) +
                     " --export-dir " + shellQuote((dir.path() / "out").string()) + unlock)
                .exitCode == 0);
    // An instructor edits the case afterwards (a title tweak: still valid, different bytes).
    const auto caseFile = install / "cases/library/a-fine-lines-forehead-eyes.json";
    auto c = nlohmann::ordered_json::parse(readFile(caseFile));
    c["title"] = "Edited title";
    std::ofstream(caseFile, std::ios::trunc) << c.dump(2) << "\n";
    const auto r = runShell(bin + " cohort " + shellQuote((dir.path() / "out").string()));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("has changed since the exam (SHA-256 differs)") != std::string::npos);
}

namespace cohort_room_test_support {

namespace fs = std::filesystem;

// Machines of an exam room, each with its own install (and so its own key),
// handing results into one class folder.
struct ExamRoom {
    TempDir dir;
    fs::path classDir = dir.path() / "class";
    fs::path roster = dir.path() / "roster";
    fs::path answers = dir.write("answers.txt", "decide treat\ncase 2\ndecide defer\nsubmit-exam\n");
    fs::path passphrase = dir.write("proctor.pass", "room proctor passphrase\n");
    std::string unlock() const { return " --passphrase-file " + shellQuote(passphrase.string()); }

    std::string machine(const std::string& name) const {
        return "XDG_DATA_HOME=" + shellQuote((dir.path() / "machines" / name).string()) + " " + shellQuote(MNTRAINER_BIN);
    }
    // The machine's public key, copied into the proctor's roster as NAME.pub.
    // Each machine's proctor creates its signing key once.
    void ensureKey(const std::string& name) const {
        if (fs::exists(dir.path() / "machines" / name / "mntrainer" / "keys")) return;
        const auto init = runShell(machine(name) + " keys init --kdf-cost interactive" + unlock());
        REQUIRE(init.exitCode == 0);
    }
    void enrol(const std::string& name) const {
        ensureKey(name);
        const auto r = runShell(machine(name) + " keys public");
        REQUIRE(r.exitCode == 0);
        fs::create_directories(roster);
        fs::copy_file(r.out.substr(0, r.out.find('\n')), roster / (name + ".pub"), fs::copy_options::overwrite_existing);
    }
    // Sits `exam` on machine `name` and hands the result (and its signature) into the class folder.
    fs::path sit(const std::string& name, const std::string& exam, const std::string& candidateId) const {
        const auto out = dir.path() / "exports" / name / candidateId;
        ensureKey(name);
        const auto r = runShell(machine(name) + " exam run --exam " + shellQuote(exam) + " --name " + shellQuote("Student " + candidateId) + " --id " +
                                candidateId + " --script " + shellQuote(answers.string()) + " --export-dir " + shellQuote(out.string()) + unlock());
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        const auto result = resultFile(out, candidateId);
        REQUIRE_FALSE(result.empty());
        fs::create_directories(classDir);
        fs::copy_file(result, classDir / result.filename());
        fs::copy_file(result.string() + ".minisig", classDir / (result.filename().string() + ".minisig"));
        return classDir / result.filename();
    }
    ProcessResult cohort(const std::string& args) const { return runShell(machine("proctor") + " cohort " + shellQuote(classDir.string()) + " " + args); }
};

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

} // namespace cohort_room_test_support

TEST_CASE("cohort: a room of three machines, each result naming its machine, a copy counted once, a candidate's own key refused") {
    cohort_room_test_support::ExamRoom room;
    for (const std::string pc : {"pc1", "pc2", "pc3"}) room.enrol(pc);
    room.sit("pc1", kExam, "S-1");
    room.sit("pc2", kExam, "S-2");
    const auto s3 = room.sit("pc3", kExam, "S-3");
    // S-4 sat on their own laptop and hands in its key with the result, as the old README asked.
    const auto s4 = room.sit("laptop", kExam, "S-4");
    const auto own = runShell(room.machine("laptop") + " keys public");
    std::filesystem::copy_file(own.out.substr(0, own.out.find('\n')), room.classDir / "S-4.pub");
    // S-3's result handed in twice under two names.
    std::filesystem::copy_file(s3, room.classDir / "zz-copy.json");
    std::filesystem::copy_file(s3.string() + ".minisig", room.classDir / "zz-copy.json.minisig");

    const auto book = room.dir.path() / "book.csv";
    const auto reportFile = room.dir.path() / "report.json";
    const auto r = room.cohort("--trusted-keys " + shellQuote(room.roster.string()) + " --csv moodle --out " + shellQuote(book.string()) + " --report " +
                               shellQuote(reportFile.string()));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 1); // the untrusted result is a problem
    // The key in the class folder is never picked up: S-4 stays untrusted, and is not called tampered.
    CHECK(r.err.find(s4.filename().string() + ": UNTRUSTED (key id ") != std::string::npos);
    CHECK(r.err.find("TAMPERED") == std::string::npos);
    CHECK(r.err.find("zz-copy.json: DUPLICATE: the same signed result as " + s3.filename().string()) != std::string::npos);
    // The table on stdout names the signing machine of each file.
    for (const std::string pc : {"pc1", "pc2", "pc3"}) CHECK(r.out.find(pc + " (") != std::string::npos);
    const std::string csv = readFile(book);
    CHECK(cohort_room_test_support::count(csv, "S-3") == 1);
    CHECK(csv.find("S-4") == std::string::npos);
    // The Moodle preset's own two columns (identifier, then the grade), nothing added.
    CHECK(csv.rfind("ID number,\"Quick screening quiz: three clients, fifteen minutes\"\r\n", 0) == 0);
    const auto report = nlohmann::json::parse(readFile(reportFile));
    std::map<std::string, std::string> signer;
    for (const auto& f : report["files"]) {
        signer[std::filesystem::path(f["file"].get<std::string>()).filename().string()] = f["standing"].get<std::string>() + " " +
                                                                                           (f["signed_by"].is_null() ? "-" : f["signed_by"].get<std::string>());
    }
    CHECK(signer[s3.filename().string()] == "ACCEPTED pc3");
    CHECK(signer["zz-copy.json"] == "DUPLICATE pc3");
    CHECK(signer[s4.filename().string()] == "UNTRUSTED -");

    // The candidate's own key, passed as --pubkey from the hand-in folder, is refused outright.
    const auto planted = room.cohort("--pubkey " + shellQuote((room.classDir / "S-4.pub").string()));
    CHECK(planted.exitCode == 1);
    CHECK(planted.err.find("lies inside the results folder") != std::string::npos);
    CHECK(planted.out.empty());
}

TEST_CASE("cohort: two exams are never mixed, and a doctored exam is named field by field") {
    cohort_room_test_support::ExamRoom room;
    room.enrol("pc1");
    const std::string foundation = std::string(MN_SOURCE_ROOT) + "/cases/exams/foundation-certificate.json";
    room.sit("pc1", kExam, "S-1");
    room.sit("pc1", foundation, "S-2");
    const std::string keys = "--pubkey " + shellQuote((room.roster / "pc1.pub").string());

    const auto mixed = room.cohort(keys + " --out " + shellQuote((room.dir.path() / "book.csv").string()));
    CHECK(mixed.exitCode == 1);
    CHECK(mixed.err.find("the results are of 2 exams: foundation-certificate (1 result), quick-screening-quiz (1 result)") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(room.dir.path() / "book.csv"));

    const auto split = room.cohort(keys + " --exam " + shellQuote(kExam) + " --exam " + shellQuote(foundation) + " --out " +
                                   shellQuote((room.dir.path() / "books" / "{exam}.csv").string()));
    INFO(split.err);
    CHECK(split.exitCode == 0);
    const std::string quiz = readFile(room.dir.path() / "books" / "quick-screening-quiz.csv");
    const std::string cert = readFile(room.dir.path() / "books" / "foundation-certificate.csv");
    CHECK((quiz.find("S-1") != std::string::npos && quiz.find("S-2") == std::string::npos));
    CHECK((cert.find("S-2") != std::string::npos && cert.find("S-1") == std::string::npos));

    const auto one = room.cohort(keys + " --exam " + shellQuote(kExam));
    INFO(one.err);
    CHECK(one.exitCode == 0);
    CHECK(one.err.find("SET ASIDE: a result of exam \"foundation-certificate\"") != std::string::npos);
    CHECK(one.out.find("S-2") == std::string::npos);

    // A copy of the quiz with pass mark 5 and 600 minutes, sat and signed honestly on pc1.
    auto doctored = nlohmann::ordered_json::parse(readFile(kExam));
    doctored["pass_mark"] = 5;
    doctored["time_limit_minutes"] = 600;
    const auto doctoredFile = room.dir.write("doctored/quick-screening-quiz.json", doctored.dump(2) + "\n");
    const auto bad = room.sit("pc1", doctoredFile.string(), "S-3");
    const auto checked = room.cohort(keys + " --exam " + shellQuote(kExam));
    CHECK(checked.exitCode == 1);
    const std::string name = bad.filename().string();
    CHECK(checked.err.find(name + ": EXAM MISMATCH") != std::string::npos);
    CHECK(checked.err.find(name + ": exam differs: pass_mark: as sat 5, official 75") != std::string::npos);
    CHECK(checked.err.find(name + ": exam differs: time_limit_minutes: as sat 600, official 15") != std::string::npos);
    CHECK(checked.out.find("S-3") == std::string::npos);
    CHECK(checked.out.find("S-1") != std::string::npos);
}

TEST_CASE("cohort: a saved practice attempt is re-graded and reported, never put in the gradebook") {
    cohort_room_test_support::ExamRoom room;
    room.enrol("pc1");
    room.sit("pc1", kExam, "S-1");
    // A trainee's history record of the model answer (scores 100: every model answer does).
    auto attempt = nlohmann::json::parse(readFile(std::string(MN_SOURCE_ROOT) + "/cases/answers/a-fine-lines-forehead-eyes.answer.json"));
    const nlohmann::json record{{"kind", "attempt_record"},
                                {"schema_version", 1},
                                {"finished_at", "2026-12-01T08:00:00Z"},
                                {"attempt", attempt},
                                {"report", {{"case_id", "a-fine-lines-forehead-eyes"}, {"protocol", "clinic-standard"}, {"score", 100.0}}}};
    room.dir.write("class/practice-record.json", record.dump(2));
    const auto r = room.cohort("--pubkey " + shellQuote((room.roster / "pc1.pub").string()));
    INFO(r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.err.find("practice-record.json: PRACTICE: case a-fine-lines-forehead-eyes re-graded 100.0 (stored 100.0); not signed, never in an exam gradebook") !=
          std::string::npos);
    CHECK(r.out.find("S-1") != std::string::npos);
    // The gradebook holds the header and S-1's row only (its columns may name
    // a-fine-lines-forehead-eyes when S-1's own draw included that case).
    CHECK(cohort_room_test_support::count(r.out, "\r\n") == 2);
}
