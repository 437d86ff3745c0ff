// No screen a trainee sees shows a catalogue id or an internal line-item id:
// several bundled cases are walked through the library, intake, screening
// (with its follow-up), plan, aftercare, the debrief (all lines, only lost
// points, and since last time), and every text each screen drew (the
// screenshot notes' "texts") is checked, one-word ids ("wart") included
// where they stand in a label's place. Before the debrief, a finding is
// never named by its catalogue type beside its zone ("Wart: Chin").
#include "gui_test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <set>

using namespace testing_support;

namespace {

// Checklist cases, an interview (lidocaine) and a recall-mode case (prednisolone).
const char* const kCases[] = {"b-forehead-sweat-chin-wart", "a-acne-scars-cold-sore-isotretinoin", "a-texture-pores-type-vi",
                              "c-cheek-filler-one-week", "a-melasma-raised-mole", "c-lidocaine-allergy-no-numbing",
                              "c-prednisolone-colitis-flare"};
// A generated variant (its name, medicines and wording are rewritten) and an exam sitting.
const std::string kVariantCase = "a-tired-skin-chemo-blood-thinner";
const std::string kExam = "quick-screening-quiz";

nlohmann::json readJson(const std::filesystem::path& file) { return nlohmann::json::parse(readFile(file)); }

// Two attempts per case: the first misses the first expected flag and flags a
// distractor, with screenshots of every stage; the second is the model answer,
// so the debrief has a "since last time".
std::string walkScript(const std::string& caseId, std::vector<std::string>& shots) {
    const auto answer = readJson(std::string(MN_SOURCE_ROOT) + "/cases/answers/" + caseId + ".answer.json");
    const auto key = readJson(std::string(MN_SOURCE_ROOT) + "/cases/library/" + caseId + ".json")["key"];
    const bool treating = answer["decision"] == "treat" || answer["decision"] == "treat_modified";
    const auto shot = [&](const std::string& stage) {
        shots.push_back(caseId + "-" + stage);
        return "screenshot " + caseId + "-" + stage + "\n";
    };
    std::string s = "library\n" + shot("library") + "open " + caseId + "\n" + shot("intake");
    const auto& flags = answer["flags"];
    for (std::size_t i = 1; i < flags.size(); ++i) s += "flag " + flags[i].get<std::string>() + "\n";
    if (!key.value("distractors", nlohmann::json::array()).empty()) s += "flag " + key["distractors"][0]["id"].get<std::string>() + "\n";
    s += gui_testing::modelAnswerLines(answer) + "goto consultation\n" + shot("screening");
    if (treating) s += "goto plan\n" + shot("plan") + "goto aftercare\n" + shot("aftercare");
    s += "submit\n" + shot("debrief");
    s += "click Only lines that lost points\n" + shot("debrief-lost");
    s += "click Only lines that lost points\n";
    s += "retry\n";
    for (const auto& f : flags) s += "flag " + f.get<std::string>() + "\n";
    // "Since last time" starts shut (the mistakes come first); opened, its lines are checked too.
    s += gui_testing::modelAnswerLines(answer) + "submit\n" + shot("debrief-again") + "click Since last time\n" + shot("debrief-since");
    return s;
}

// A seeded variant walked with nothing flagged (every flag line is a mistake),
// and an exam sitting's cases, handed in: each screen noted.
std::string variantAndExamScript(const std::string& unlock, std::vector<std::string>& shots) {
    const auto shot = [&](const std::string& name) {
        shots.push_back(name);
        return "screenshot " + name + "\n";
    };
    std::string s = "library\nvariant " + kVariantCase + " 7\n" + shot("variant-intake") + "decide treat\ngoto plan\nselect forehead\n" +
                    shot("variant-plan") + "goto aftercare\n" + shot("variant-aftercare") + "submit\n" + shot("variant-debrief") + "library\n";
    s += unlock + "exam-start " + kExam + " S-7 Noor Haddad\n" + shot("exam-case1") + "flag pregnancy\ndecide defer\n" + shot("exam-case1-decided") +
         "case 2\n" + shot("exam-case2") + "case 3\n" + shot("exam-case3") + "submit-exam\n" + shot("exam-done");
    return s;
}

bool idChar(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-'; }

// `id` in `text` as a whole token (not inside a longer id or word).
bool containsToken(const std::string& text, const std::string& id) {
    for (std::size_t at = text.find(id); at != std::string::npos; at = text.find(id, at + 1)) {
        const bool startOk = at == 0 || !idChar(text[at - 1]);
        const std::size_t end = at + id.size();
        const bool endOk = end >= text.size() || !idChar(text[end]);
        if (startOk && endOk) return true;
    }
    return false;
}

// Calls `visit` with every object entry of the catalogue's lists (screening,
// aftercare, questions...).
template <typename Visit> void forEachCatalogueEntry(Visit visit) {
    const auto catalogue = readJson(std::string(MN_SOURCE_ROOT) + "/assets/catalogue.json");
    for (const auto& [section, value] : catalogue.items()) {
        if (!value.is_array()) continue;
        for (const auto& entry : value) {
            if (entry.is_object()) visit(entry);
        }
    }
}

// The ids of the catalogue's entries for which `keep` says yes.
template <typename Keep> std::set<std::string> catalogueIdsWhere(Keep keep) {
    std::set<std::string> ids;
    forEachCatalogueEntry([&](const nlohmann::json& entry) {
        if (!entry.contains("id") || !entry["id"].is_string()) return;
        const std::string id = entry["id"];
        if (keep(id)) ids.insert(id);
    });
    return ids;
}

// Catalogue ids written as ids (with '_' or '-'): single plain words such as
// "wart" or "hydrate" are ordinary words a sentence may use.
std::set<std::string> catalogueIds() {
    return catalogueIdsWhere([](const std::string& id) { return id.find_first_of("_-") != std::string::npos; });
}

// The protocol profiles' ids and the ids inside them a grade could echo
// (critical rules, modifiers, zones): "clinic-standard", "treated_within_wait".
std::set<std::string> protocolIds() {
    std::set<std::string> ids;
    for (const auto& e : std::filesystem::directory_iterator(std::string(MN_SOURCE_ROOT) + "/cases/protocols")) {
        const auto profile = readJson(e.path());
        ids.insert(profile["id"].get<std::string>());
        for (const char* section : {"critical", "modifiers", "zones"}) {
            const nlohmann::json entries = profile.value(section, nlohmann::json::object()); // held: never range over a temporary's member
            for (const auto& [key, value] : entries.items()) {
                if (key.find_first_of("_-") != std::string::npos) ids.insert(key);
            }
        }
    }
    return ids;
}

// Catalogue ids of one plain word ("wart", "isotretinoin", "gp", "medications").
// Sentences use such words, so one counts as shown only where it stands alone
// in a slot a label fills: the whole text, or a piece of a list or a
// "Label: value" pair, written exactly as the id (lower case), where the
// catalogue's label would read "Wart", "Isotretinoin in the last 6 months",
// "GP (family doctor)".
std::set<std::string> oneWordCatalogueIds() {
    return catalogueIdsWhere([](const std::string& id) { return id.find_first_of("_-.") == std::string::npos; });
}

// Every catalogue label ("Hair thinning (alopecia)"), longest first: the
// words of a label shown as a label are never a leaked id.
std::vector<std::string> catalogueLabels() {
    std::vector<std::string> labels;
    forEachCatalogueEntry([&](const nlohmann::json& entry) {
        if (entry.contains("label") && entry["label"].is_string()) labels.push_back(entry["label"]);
    });
    std::sort(labels.begin(), labels.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return labels;
}

struct LabelSlot {
    std::string text;
    char endedBy = '\0'; // the delimiter after it ('\0' at the end)
};

// The pieces of a text a label could fill: split at ", ", "; ", ": ", " - ",
// " / ", brackets and line breaks, trimmed of spaces and quotes. A sentence's
// full stop stays, so "infection." ending a wrapped line is prose.
std::vector<LabelSlot> labelSlots(const std::string& text) {
    std::vector<LabelSlot> out;
    std::string piece;
    const auto flush = [&](char endedBy) {
        const auto first = piece.find_first_not_of(" \t\"'");
        const auto last = piece.find_last_not_of(" \t\"'");
        if (first != std::string::npos) out.push_back({piece.substr(first, last - first + 1), endedBy});
        piece.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        if (c == '(' || c == ')' || c == '[' || c == ']' || c == '\n' || ((c == ',' || c == ';' || c == ':') && (next == ' ' || next == '\0'))) {
            flush(c);
        } else if ((c == ' ' && (next == '-' || next == '/') && i + 2 < text.size() && text[i + 2] == ' ')) {
            flush(next);
            i += 2;
        } else {
            piece += c;
        }
    }
    flush('\0');
    return out;
}

// A one-word catalogue id standing in a label's place, or "". Catalogue labels
// are taken out first. A text that starts in lower case is a wrapped line of
// prose ("hyperpigmentation, which is why..."), so its first piece counts
// only as the label of a pair ("wart: Chin").
std::string oneWordIdIn(const std::string& text, const std::set<std::string>& ids, const std::vector<std::string>& labels) {
    std::string rest = text;
    for (const auto& label : labels) {
        for (std::size_t at = rest.find(label); at != std::string::npos; at = rest.find(label, at)) rest.replace(at, label.size(), " ");
    }
    const auto firstLetter = rest.find_first_not_of(' ');
    const bool continuesProse = firstLetter != std::string::npos && std::islower(static_cast<unsigned char>(rest[firstLetter]));
    const auto slots = labelSlots(rest);
    for (std::size_t i = 0; i < slots.size(); ++i) {
        if (i == 0 && continuesProse && slots[i].endedBy != ':') continue;
        if (ids.count(slots[i].text) != 0) return slots[i].text;
    }
    return {};
}

// What the case library's authors wrote as prose (every string with a space:
// intake lines such as "Penicillin (rash)", notes, titles). An author's words
// are never a leaked id, even when a word of them is one; strings without a
// space may be ids themselves, so they are not taken.
std::vector<std::string> caseProse() {
    std::vector<std::string> prose;
    const auto collect = [&](const auto& self, const nlohmann::json& value) -> void {
        if (value.is_string()) {
            const std::string text = value;
            if (text.find(' ') != std::string::npos) prose.push_back(text);
        } else if (value.is_structured()) {
            for (const auto& item : value) self(self, item);
        }
    };
    for (const auto& e : std::filesystem::directory_iterator(std::string(MN_SOURCE_ROOT) + "/cases/library")) {
        if (e.path().extension() == ".json") collect(collect, readJson(e.path()));
    }
    return prose;
}

// A line item id ("flag:raised_lesion", "zone:forehead:depth") or the old value pairs.
std::string internalIdIn(const std::string& text) {
    for (const char* kind : {"flag", "distractor", "extra_flag", "zone", "aftercare", "aftercare_harmful", "advice", "follow_up", "schedule", "question"}) {
        const std::string prefix = std::string(kind) + ":";
        for (std::size_t at = text.find(prefix); at != std::string::npos; at = text.find(prefix, at + 1)) {
            const std::size_t after = at + prefix.size();
            if ((at == 0 || !idChar(text[at - 1])) && after < text.size() && (std::islower(static_cast<unsigned char>(text[after])) || text[after] == '_')) {
                return prefix;
            }
        }
    }
    if (containsToken(text, "question_efficiency")) return "question_efficiency";
    for (const char* pair : {"expected given", "given given", "expected flagged", "given not flagged", "expected not flagged"}) {
        if (text.find(pair) != std::string::npos) return pair;
    }
    return {};
}

} // namespace

TEST_CASE("no screen shows a catalogue id or an internal line id, and findings are shown as seen before the debrief") {
    TempDir dir;
    gui_testing::AppRun app(dir);
    std::vector<std::string> shots;
    std::string script = "size 1280 800\n";
    for (const char* c : kCases) script += walkScript(c, shots);
    script += variantAndExamScript(app.proctorUnlock(), shots);
    const auto r = app.run(script);
    INFO(r.err);
    REQUIRE(r.exitCode == 0);

    auto ids = catalogueIds();
    REQUIRE(ids.size() > 50); // screening, aftercare, advice, finding types, referrals...
    const auto profileIds = protocolIds();
    REQUIRE(profileIds.count("clinic-standard") == 1);
    REQUIRE(profileIds.count("treated_within_wait") == 1);
    ids.insert(profileIds.begin(), profileIds.end());
    // The line-id check on texts worked out by hand.
    CHECK(internalIdIn("question:medications") == "question:");
    CHECK(internalIdIn("+0 / 1 question_efficiency") == "question_efficiency");
    CHECK(internalIdIn("Ask about medications.").empty());
    const auto oneWordIds = oneWordCatalogueIds();
    REQUIRE(oneWordIds.count("wart") == 1);
    REQUIRE(oneWordIds.count("isotretinoin") == 1);
    // The check itself, on texts worked out by hand: a label slot holding the
    // id is caught, the same word inside a sentence or as its label is not.
    // Catalogue labels and the cases' own prose are taken out before looking, longest first.
    auto labels = catalogueLabels();
    const auto prose = caseProse();
    REQUIRE(std::find(prose.begin(), prose.end(), "Penicillin (rash)") != prose.end()); // a-fine-lines-forehead-eyes' allergy
    labels.insert(labels.end(), prose.begin(), prose.end());
    std::stable_sort(labels.begin(), labels.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    // An intake line in the case's words is no leak; the same id alone in brackets still is.
    CHECK(oneWordIdIn("[ flag ] Penicillin (rash)", oneWordIds, labels).empty());
    CHECK(oneWordIdIn("[ flag ] Allergy (rash)", oneWordIds, labels) == "rash");
    CHECK(oneWordIdIn("wart: Chin", oneWordIds, labels) == "wart");
    CHECK(oneWordIdIn("Treating for: melasma, hyperpigmentation", oneWordIds, labels) == "melasma");
    CHECK(oneWordIdIn("Refer to gp", oneWordIds, labels).empty());
    CHECK(oneWordIdIn("Refer to (gp)", oneWordIds, labels) == "gp");
    CHECK(oneWordIdIn("A rough bump that looks like a wart.", oneWordIds, labels).empty());
    CHECK(oneWordIdIn("Wart: Chin", oneWordIds, labels).empty());
    // Wrapped prose and labels that hold the word are not leaks.
    CHECK(oneWordIdIn("infection.", oneWordIds, labels).empty());
    CHECK(oneWordIdIn("hyperpigmentation, which is why melasma in darker skin is", oneWordIds, labels).empty());
    CHECK(oneWordIdIn("| beginner | Hair thinning (alopecia) | - |", oneWordIds, labels).empty());
    const auto catalogue = readJson(std::string(MN_SOURCE_ROOT) + "/assets/catalogue.json");
    const auto zonesJson = readJson(std::string(MN_SOURCE_ROOT) + "/assets/zones.json");
    int texts = 0;
    std::set<std::string> stagesSeen;
    for (const auto& shot : shots) {
        const auto notes = readJson(app.shots() / (shot + ".json"));
        REQUIRE(notes.contains("texts"));
        stagesSeen.insert(notes["stage"].get<std::string>());
        for (const auto& t : notes["texts"]) {
            const std::string text = t;
            ++texts;
            INFO(shot << ": \"" << text << "\"");
            CHECK(internalIdIn(text).empty());
            for (const auto& id : ids) {
                if (containsToken(text, id)) FAIL_CHECK("catalogue id " << id);
            }
            if (const std::string id = oneWordIdIn(text, oneWordIds, labels); !id.empty()) FAIL_CHECK("one-word catalogue id " << id);
        }
        // Before the debrief a finding is never named "Type: Zone" (the type is the answer).
        if (notes["stage"] == "debrief" || notes["stage"] == "library") continue;
        for (const char* c : kCases) {
            if (shot.rfind(std::string(c) + "-", 0) != 0) continue;
            const auto found = readJson(std::string(MN_SOURCE_ROOT) + "/cases/library/" + c + ".json");
            for (const auto& f : found.value("findings", nlohmann::json::array())) {
                std::string typeLabel;
                std::string zoneLabel;
                for (const auto& ft : catalogue["finding_types"]) {
                    if (ft["id"] == f["type"]) typeLabel = ft["label"];
                }
                for (const auto& z : zonesJson["zones"]) {
                    if (z["id"] == f["zone"]) zoneLabel = z["label"];
                }
                for (const auto& t : notes["texts"]) {
                    INFO(shot << ": \"" << t.get<std::string>() << "\"");
                    CHECK(t.get<std::string>().find(typeLabel + ": " + zoneLabel) == std::string::npos);
                }
            }
        }
    }
    CHECK(texts > 500);
    // The debrief speaks in plain words: the missed flag, then, on the second attempt, what changed.
    const auto hasText = [&](const std::string& shot, const std::string& part) {
        const auto notes = readJson(app.shots() / (shot + ".json"));
        return std::any_of(notes["texts"].begin(), notes["texts"].end(), [&](const auto& t) { return t.template get<std::string>().find(part) != std::string::npos; });
    };
    CHECK(hasText("b-forehead-sweat-chin-wart-debrief", "You missed a contraindication: Raised moles, warts or actinic keratoses."));
    CHECK(hasText("b-forehead-sweat-chin-wart-debrief", "You flagged something that is not a contraindication here:"));
    CHECK(hasText("b-forehead-sweat-chin-wart-debrief-again", "Since last time: +"));
    // Shut at first (the mistakes stay in view), its lines once clicked open.
    CHECK_FALSE(hasText("b-forehead-sweat-chin-wart-debrief-again", "Fixed ("));
    CHECK(hasText("b-forehead-sweat-chin-wart-debrief-since", "Fixed ("));
    CHECK_FALSE(hasText("b-forehead-sweat-chin-wart-debrief-lost", "Done right"));
    // Every screen was walked: library, consultation (intake and screening), plan, aftercare, debrief.
    CHECK(stagesSeen.count("library") == 1);
    CHECK(stagesSeen.count("consultation") == 1);
    CHECK(stagesSeen.count("plan") == 1);
    CHECK(stagesSeen.count("aftercare") == 1);
    CHECK(stagesSeen.count("debrief") == 1);
    // The recall case was walked in recall mode, the variant as a variant, and the exam as a sitting handed in.
    CHECK(readJson(app.shots() / "c-prednisolone-colitis-flare-intake.json")["screening"]["mode"] == "recall");
    CHECK(readJson(app.shots() / "variant-intake.json")["case"]["id"].get<std::string>() == kVariantCase + "--v7");
    CHECK(readJson(app.shots() / "exam-case1.json")["exam"]["submitted"] == false);
    CHECK(readJson(app.shots() / "exam-done.json")["exam"]["submitted"] == true);
}
