// The illustrated face variants (assets/face/variants/<id>.png) and the choice
// of one for a client: the case's `client.face`, else a fit by sex and age.
#pragma once

#include "base/diagnostics.hpp"
#include "model/case_model.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace core {

struct FaceVariant {
    std::string_view id;
    std::string_view sex;   // "female" or "male"
    int ageBand = 20;       // the decade the art shows: 20, 40 or 60 (60s and older)
    std::string_view hair;  // "long", "bob", "short" or "receding"
    std::string_view beard; // "none", "stubble" or "full"
    [[nodiscard]] bool greyHair() const { return ageBand >= 60; }
};

// Every variant, in the generator's order (assets/face/face_variants.py).
const std::vector<FaceVariant>& faceVariants();
std::vector<std::string> faceVariantIds();
const FaceVariant* findFaceVariant(std::string_view id);

// The art's decade for an age: 20 below 35, 40 from 35 to 54, 60 from 55.
int faceAgeBand(int age);

// The case's face if it names a known variant; otherwise a beardless variant
// of the client's sex (for "other": short hair, either sex) and age band,
// chosen among the fitting ones by a stable hash of the client's name, so
// the same client always gets the same face and the library gets variety.
std::string faceVariantFor(const Client& client);

// An unknown `client.face` is an error (with a suggestion); a known face of
// the other sex or another age band is a warning.
void checkClientFace(const Client& client, const std::string& pointer, Diagnostics& diagnostics);

} // namespace core
