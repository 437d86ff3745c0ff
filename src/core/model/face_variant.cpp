// Face variants: the table the art generator draws, the picker and the check
// of a case's named face.
#include "model/face_variant.hpp"

#include "base/stable_hash.hpp"
#include "base/text_similarity.hpp"

#include <algorithm>
#include <cstdint>

namespace core {
namespace face_variant_detail {

bool fits(const FaceVariant& v, const Client& client, int band) {
    if (v.ageBand != band || v.beard != "none") return false;
    if (client.sex == "female" || client.sex == "male") return v.sex == client.sex;
    return v.hair != "long"; // "other": short hair, either sex
}

std::string describe(const FaceVariant& v) {
    const std::string who = v.sex == "female" ? "a woman" : "a man";
    return who + " in " + (v.sex == "female" ? "her " : "his ") + std::to_string(v.ageBand) + "s" + (v.ageBand >= 60 ? " or older" : "");
}

} // namespace face_variant_detail

const std::vector<FaceVariant>& faceVariants() {
    static const std::vector<FaceVariant> variants{
        {"female-20s", "female", 20, "long", "none"},     {"female-20s-short", "female", 20, "bob", "none"},
        {"female-40s", "female", 40, "long", "none"},     {"female-40s-short", "female", 40, "bob", "none"},
        {"female-60s", "female", 60, "bob", "none"},    {"male-20s", "male", 20, "short", "none"},
        {"male-20s-stubble", "male", 20, "short", "stubble"}, {"male-40s", "male", 40, "short", "none"},
        {"male-40s-beard", "male", 40, "short", "full"},  {"male-60s", "male", 60, "receding", "none"},
        {"male-60s-beard", "male", 60, "receding", "full"},
    };
    return variants;
}

std::vector<std::string> faceVariantIds() {
    std::vector<std::string> ids;
    for (const auto& v : faceVariants()) ids.emplace_back(v.id);
    return ids;
}

const FaceVariant* findFaceVariant(std::string_view id) {
    const auto& all = faceVariants();
    const auto it = std::find_if(all.begin(), all.end(), [&](const FaceVariant& v) { return v.id == id; });
    return it == all.end() ? nullptr : &*it;
}

int faceAgeBand(int age) {
    // Half-way between the decades the art shows (about 25, 45 and 65).
    if (age < 35) return 20;
    if (age < 55) return 40;
    return 60;
}

std::string faceVariantFor(const Client& client) {
    if (findFaceVariant(client.face)) return client.face;
    const int band = faceAgeBand(client.age);
    std::vector<const FaceVariant*> fitting;
    for (const auto& v : faceVariants()) {
        if (face_variant_detail::fits(v, client, band)) fitting.push_back(&v);
    }
    if (fitting.empty()) return std::string(faceVariants().front().id); // unreachable with the table above
    return std::string(fitting[fnv1a32(client.name) % fitting.size()]->id);
}

void checkClientFace(const Client& client, const std::string& pointer, Diagnostics& diagnostics) {
    if (client.face.empty()) return;
    const FaceVariant* v = findFaceVariant(client.face);
    if (!v) {
        const auto ids = faceVariantIds();
        std::string list;
        for (const auto& id : ids) list += (list.empty() ? "" : ", ") + id;
        diagnostics.error(pointer, "unknown face \"" + client.face + "\"." + didYouMean(client.face, ids) + " Use one of " + list +
                                       ", or leave \"face\" out to let the app pick one for the client's sex and age.");
        return;
    }
    const bool sexDiffers = (client.sex == "female" || client.sex == "male") && v->sex != client.sex;
    const bool ageDiffers = client.age > 0 && v->ageBand != faceAgeBand(client.age);
    if (sexDiffers || ageDiffers) {
        Client unnamedFace = client;
        unnamedFace.face.clear();
        diagnostics.warning(pointer, "face \"" + client.face + "\" shows " + face_variant_detail::describe(*v) + ", but the client is " +
                                         client.sex + ", " + std::to_string(client.age) + ". Pick a face that fits (" +
                                         faceVariantFor(unnamedFace) +
                                         " would), or leave \"face\" out.");
    }
}

} // namespace core
