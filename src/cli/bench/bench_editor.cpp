// `mntrainer bench editor`: what one keystroke costs in the case editor. Every
// edit re-validates the whole document (the same validator as `validate`), so
// this is the figure that says whether live validation can stay per keystroke.
#include "bench_command.hpp"

#include "authoring/document_editor.hpp"
#include "platform/file_walk.hpp"
#include "model/reference_data.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <malloc.h>
#include <vector>

namespace cli {

int runBenchEditor() {
    using Clock = std::chrono::steady_clock;
    const auto root = core::findDataRoot();
    auto data = core::loadReferenceData(root);
    if (!data) {
        std::cerr << data.error().summary() << "\n";
        return 1;
    }
    const auto files = core::collectJsonFiles({root / "cases" / "library"}).files;
    std::vector<double> perEdit; // milliseconds
    std::size_t biggest = 0;
    std::filesystem::path biggestFile;
    const auto start = Clock::now();
    for (const auto& file : files) {
        auto editor = core::DocumentEditor::open(file, *data);
        if (!editor) {
            std::cerr << editor.error().summary() << "\n";
            return 1;
        }
        if (editor->text().size() > biggest) {
            biggest = editor->text().size();
            biggestFile = file;
        }
        // Typing 100 characters into the intake notes: 100 coalesced sets.
        std::string notes = editor->find("/client/intake_notes") ? editor->find("/client/intake_notes")->get<std::string>() : "";
        for (int i = 0; i < 100; ++i) {
            notes += static_cast<char>('a' + i % 26);
            const auto t0 = Clock::now();
            if (auto applied = editor->apply(core::edit::Set{"/client/intake_notes", notes, true}); !applied) {
                std::fprintf(stderr, "bench editor: %s: %s\n", file.c_str(), applied.error().summary().c_str());
                return 1;
            }
            perEdit.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        }
    }
    const double total = std::chrono::duration<double>(Clock::now() - start).count();
    std::sort(perEdit.begin(), perEdit.end());
    double sum = 0;
    for (double v : perEdit) sum += v;
    const auto pct = [&](double p) { return perEdit[std::min(perEdit.size() - 1, static_cast<std::size_t>(p * static_cast<double>(perEdit.size())))]; };
    std::printf("editor: %zu cases, %zu edits in %.2f s\n", files.size(), perEdit.size(), total);
    std::printf("  per edit (apply + re-validate): mean %.3f ms, median %.3f ms, p99 %.3f ms, max %.3f ms\n", sum / static_cast<double>(perEdit.size()),
                pct(0.5), pct(0.99), perEdit.back());
    // Undo memory, measured: the largest case with a full undo history.
    const std::size_t before = mallinfo2().uordblks;
    std::size_t after = before;
    {
        auto editor = core::DocumentEditor::open(biggestFile, *data);
        for (int i = 0; i < static_cast<int>(core::EditableJson::kMaxUndoSteps) + 10; ++i) {
            if (auto applied = editor->apply(core::edit::Set{"/client/age", 20 + i % 50}); !applied) {
                std::fprintf(stderr, "bench editor: %s\n", applied.error().summary().c_str());
                return 1;
            }
        }
        after = mallinfo2().uordblks;
    }
    std::printf("  largest case %zu bytes; with a full undo history (%zu steps) the editor holds %.1f MB\n", biggest,
                core::EditableJson::kMaxUndoSteps, static_cast<double>(after - before) / 1e6);
    return 0;
}

} // namespace cli
