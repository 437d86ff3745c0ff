// Reading the catalogue's "variants" section (see variant_pools.hpp).
#include "terms/variant_pools.hpp"

#include "json/object_reader.hpp"

namespace core {

const std::vector<std::string>& VariantPools::firstNames(const std::string& sex) const {
    if (sex == "female") return femaleNames;
    if (sex == "male") return maleNames;
    return otherNames;
}

Result<VariantPools> readVariantPools(const Json& catalogueRoot) {
    Diagnostics d;
    VariantPools out;
    if (!catalogueRoot.is_object() || !catalogueRoot.contains("variants")) return out;
    ObjectReader top(catalogueRoot["variants"], "/variants", d);
    if (const Json* names = top.object("names", Need::Required)) {
        ObjectReader n(*names, top.pointerOf("names"), d);
        out.femaleNames = n.stringArray("female", Need::Required);
        out.maleNames = n.stringArray("male", Need::Required);
        out.otherNames = n.stringArray("other", Need::Required);
        for (const auto* list : {&out.femaleNames, &out.maleNames, &out.otherNames}) {
            if (list->empty()) d.error(n.pointer(), "every name list (female, male, other) needs at least one name");
        }
    }
    out.surnames = top.stringArray("surnames", Need::Required);
    if (out.surnames.empty()) d.error(top.pointerOf("surnames"), "needs at least one surname");
    if (const Json* groups = top.array("medication_groups", Need::Required)) {
        for (std::size_t i = 0; i < groups->size(); ++i) {
            ObjectReader g((*groups)[i], top.pointerOf("medication_groups") + "/" + std::to_string(i), d);
            if (!g.isObject()) continue;
            MedicationGroup group;
            group.id = g.string("id", Need::Required, false).value_or("");
            if (const Json* members = g.array("members", Need::Required)) {
                for (std::size_t k = 0; k < members->size(); ++k) {
                    ObjectReader m((*members)[k], g.pointerOf("members") + "/" + std::to_string(k), d);
                    if (!m.isObject()) continue;
                    EquivalentMedicine med;
                    med.generic = m.string("generic", Need::Required, false).value_or("");
                    med.brand = m.string("brand", Need::Optional, false).value_or("");
                    med.dose = m.string("dose", Need::Required, false).value_or("");
                    group.members.push_back(std::move(med));
                }
                if (group.members.size() < 2) d.error(g.pointerOf("members"), "a group of equivalent medicines needs at least two members");
            }
            out.medicationGroups.push_back(std::move(group));
        }
    }
    if (d.hasErrors()) return std::unexpected(Error(d.items()));
    return out;
}

} // namespace core
