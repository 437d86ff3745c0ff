// `mntrainer bench variants`: seeded variants of the bundled cases per second,
// each validated (structure and meaning) with its model answer derived, as
// `generate` does, and a share also written as text and re-validated as
// `validate` would. Prints figures; never fails on them.
#include "bench_command.hpp"

#include "variants/case_variant.hpp"
#include "grading/grader.hpp"
#include "model/reference_data.hpp"
#include "validation/case_library.hpp"
#include "validation/validator.hpp"

#include <chrono>
#include <iostream>

namespace cli {

int runBenchVariants(const BenchOptions& o) {
    using Clock = std::chrono::steady_clock;
    const auto root = core::findDataRoot();
    auto data = core::loadReferenceData(root);
    if (!data) {
        std::cerr << "bench variants: " << data.error().summary() << "\n";
        return 1;
    }
    const core::CaseLibrary library = core::loadCaseLibrary(root / "cases" / "library", *data);
    // Each hand-written case is checked once (as `generate` does for its one
    // variant); every variant is then made and validated in full.
    std::vector<core::VariantSource> sources;
    for (const auto& entry : library.entries) {
        if (!entry.source || !entry.source->contains("vary")) continue;
        auto prepared = core::prepareVariantSource(*entry.source, *data);
        if (!prepared) {
            std::cerr << "bench variants: " << prepared.error().summary() << "\n";
            return 1;
        }
        sources.push_back(std::move(*prepared));
    }
    if (sources.empty()) {
        std::cerr << "bench variants: no bundled case has a \"vary\" section\n";
        return 1;
    }
    int failed = 0;
    const auto t0 = Clock::now();
    for (int i = 0; i < o.variantCount; ++i) {
        const auto& source = sources[static_cast<std::size_t>(i) % sources.size()];
        auto v = core::generateVariant(source, static_cast<std::uint64_t>(i), *data);
        if (!v) ++failed;
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();
    // The full path of a written file: text out, parsed back, `validate`d, model answer graded.
    const int fullCount = std::max(1, o.variantCount / 10);
    int fullFailed = 0;
    const auto t1 = Clock::now();
    for (int i = 0; i < fullCount; ++i) {
        const auto& source = sources[static_cast<std::size_t>(i) % sources.size()];
        auto v = core::generateVariant(source, static_cast<std::uint64_t>(i), *data);
        if (!v) {
            ++fullFailed;
            continue;
        }
        auto doc = core::JsonDocument::fromText(core::variantFileText(v->document), "variant.json");
        if (!doc || core::validateDocument(*doc, *data).diagnostics.hasErrors()) ++fullFailed;
        if (core::grade(v->playable, v->modelAnswer, *data->protocol(v->playable.protocol), *data).total < 100.0 - 1e-9) ++fullFailed;
    }
    const double fullSeconds = std::chrono::duration<double>(Clock::now() - t1).count();
    std::cout << "variants: " << o.variantCount << " from " << sources.size() << " cases in " << seconds << " s: "
              << static_cast<long>(o.variantCount / seconds) << " variants/s, each validated with its model answer derived (target >= 1,000/s); "
              << failed << " failed\n";
    std::cout << "written and re-checked: " << fullCount << " variants as text, parsed, validated and model answer graded in " << fullSeconds
              << " s: " << static_cast<long>(fullCount / fullSeconds) << " variants/s; " << fullFailed << " failed\n";
    return failed + fullFailed == 0 ? 0 : 1;
}

} // namespace cli
