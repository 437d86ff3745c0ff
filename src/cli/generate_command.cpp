// `generate`: find the case by id, make the variant, write it and its model
// answer next to each other as CASE_ID--vSEED.json and .answer.json.
#include "generate_command.hpp"

#include "base/text_similarity.hpp"
#include "variants/case_variant.hpp"
#include "model/reference_data.hpp"
#include "platform/atomic_file.hpp"
#include "validation/case_index.hpp"

#include <iostream>
#include <system_error>

namespace cli {

CLI::App* addGenerateCommand(CLI::App& app, GenerateOptions& options) {
    CLI::App* cmd = app.add_subcommand("generate", "Write a seeded variant of a case (new name, age, face, positions... as its \"vary\" allows) and its model answer");
    cmd->add_option("--from", options.from, "Id of the case to vary")->required();
    cmd->add_option("--seed", options.seed, "Seed, a whole number 0-18446744073709551615: the same seed gives the same case")->required();
    cmd->add_option("--out", options.out, "Folder to write CASE_ID--vSEED.json and CASE_ID--vSEED.answer.json into")->required();
    cmd->add_option("--cases", options.cases, "Folders to look for the case in (default: the bundled cases/)");
    return cmd;
}

int runGenerate(const GenerateOptions& options) {
    const auto fail = [](const std::string& message) {
        std::cerr << "mntrainer generate: " << message << "\n";
        return 1;
    };
    const auto seed = core::parseVariantSeed(options.seed);
    if (!seed) return fail("\"" + options.seed + "\" is not a seed: give a whole number from 0 to 18446744073709551615, e.g. --seed 42");
    const auto root = core::findDataRoot();
    auto data = core::loadReferenceData(root);
    if (!data) return fail("the reference data is broken: " + data.error().summary());
    std::vector<std::filesystem::path> folders(options.cases.begin(), options.cases.end());
    if (folders.empty()) folders.push_back(root / "cases");
    const core::CaseLibrary library = core::indexCaseLibrary(folders);
    const core::CaseEntry* found = nullptr;
    std::vector<std::string> ids;
    for (const auto& entry : library.entries) {
        ids.push_back(entry.id);
        if (entry.id == options.from) found = &entry;
    }
    if (!found) {
        std::string where;
        for (const auto& f : folders) where += (where.empty() ? "" : ", ") + f.string();
        return fail("no case with id \"" + options.from + "\" in " + where + "." + core::didYouMean(options.from, ids) +
                    " `mntrainer validate` lists the cases a folder holds");
    }
    auto doc = core::JsonDocument::fromFile(found->file);
    if (!doc) return fail(doc.error().summary());
    auto variant = core::generateVariant(doc->root(), *seed, *data);
    if (!variant) return fail(variant.error().summary());
    const std::filesystem::path out(options.out);
    std::error_code ec;
    std::filesystem::create_directories(out, ec);
    if (ec || !std::filesystem::is_directory(out)) {
        return fail("cannot use \"" + out.string() + "\" as the output folder" + (ec ? " (" + ec.message() + ")" : std::string()) +
                    ": give a folder you can write to");
    }
    const std::string id = variant->playable.id;
    const auto caseFile = out / (id + ".json");
    const auto answerFile = out / (id + ".answer.json");
    if (auto written = core::writeFileAtomically(caseFile, core::variantFileText(variant->document)); !written) {
        return fail("cannot write " + caseFile.string() + ": " + written.error().summary());
    }
    if (auto written = core::writeFileAtomically(answerFile, core::attemptToJson(variant->modelAnswer).dump(2) + "\n"); !written) {
        return fail("cannot write " + answerFile.string() + ": " + written.error().summary());
    }
    std::cout << "wrote " << caseFile.string() << "\nwrote " << answerFile.string() << " (its model answer: scores 100)\n";
    return 0;
}

} // namespace cli
