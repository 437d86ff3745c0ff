// Reading a case's "vary" and "variant_of" sections (see case_vary.hpp).
#include "terms/case_vary.hpp"

#include <charconv>

namespace core {

std::string variantSeedText(std::uint64_t seed) { return std::to_string(seed); }

std::optional<std::uint64_t> parseVariantSeed(const std::string& text) {
    if (text.empty() || text.size() > 20) return std::nullopt;
    std::uint64_t value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return value;
}

std::optional<VariantOrigin> parseVariantCaseId(const std::string& id) {
    const auto at = id.rfind("--v");
    if (at == std::string::npos || at == 0) return std::nullopt;
    const auto seed = parseVariantSeed(id.substr(at + 3));
    if (!seed) return std::nullopt;
    return VariantOrigin{id.substr(0, at), *seed};
}

void readCaseVary(ObjectReader& top, CaseVary& vary, std::optional<VariantOrigin>& origin) {
    if (const Json* v = top.object("vary", Need::Optional)) {
        ObjectReader r(*v, top.pointerOf("vary"), top.diagnostics());
        vary.names = r.boolean("names", Need::Optional).value_or(false);
        vary.age = r.intRange("age", Need::Optional, 16, 110);
        vary.sex = r.boolean("sex", Need::Optional).value_or(false);
        vary.fitzpatrick = r.intRange("fitzpatrick", Need::Optional, 1, 6);
        vary.findingPositions = r.boolean("finding_positions", Need::Optional).value_or(false);
        vary.medications = r.boolean("medications", Need::Optional).value_or(false);
        if (const Json* waits = r.array("waits", Need::Optional)) {
            for (std::size_t i = 0; i < waits->size(); ++i) {
                const Json& w = (*waits)[i];
                const std::string at = r.pointerOf("waits") + "/" + std::to_string(i);
                VaryWait wait;
                if (w.is_object()) {
                    // {"treatment": 0, "said": "ten months"}: the texts give the timing in those words.
                    ObjectReader o(w, at, r.diagnostics());
                    const auto index = o.integer("treatment", Need::Required, 0, 63);
                    wait.said = o.string("said", Need::Optional, false).value_or("");
                    if (!index) continue;
                    wait.treatment = *index;
                } else if (!w.is_number_integer() || w.get<long long>() < 0 || w.get<long long>() > 63) {
                    r.diagnostics().error(at, "must be the index (0, 1, ...) of an entry in client.recent_treatments, or {\"treatment\": index, \"said\": \"...\"}, not " +
                                                  w.dump());
                    continue;
                } else {
                    wait.treatment = static_cast<int>(w.get<long long>());
                }
                vary.waits.push_back(std::move(wait));
            }
        }
    }
    if (const Json* o = top.object("variant_of", Need::Optional)) {
        ObjectReader r(*o, top.pointerOf("variant_of"), top.diagnostics());
        VariantOrigin out;
        out.caseId = r.string("case", Need::Required, false).value_or("");
        const std::string seed = r.string("seed", Need::Required, false).value_or("0");
        if (const auto parsed = parseVariantSeed(seed)) {
            out.seed = *parsed;
        } else {
            r.diagnostics().error(r.pointerOf("seed"), "\"" + seed + "\" is not a seed: write a whole number 0-18446744073709551615 in quotes");
        }
        origin = out;
    }
}

} // namespace core
