// Shared set-up for the fuzz targets: the bundled reference data, loaded once
// from the checkout (the readers under test need zones, catalogue and profiles).
#pragma once

#include "model/reference_data.hpp"

#include <cstdlib>
#include <string>

namespace fuzz {

inline const core::ReferenceData& referenceData() {
    static const core::ReferenceData data = [] {
        auto loaded = core::loadReferenceData(MN_SOURCE_ROOT);
        if (!loaded) std::abort(); // a broken checkout, not a finding
        return std::move(*loaded);
    }();
    return data;
}

} // namespace fuzz
