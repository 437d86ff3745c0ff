// libcurl POST of a statement batch.
#include "net/lrs_transport.hpp"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace net {
namespace lrs_transport_detail {

std::size_t appendBody(char* data, std::size_t size, std::size_t count, void* out) {
    constexpr std::size_t kMaxReplyBytes = 1u << 20; // an LRS reply is ids or a message
    auto* body = static_cast<std::string*>(out);
    const std::size_t n = size * count;
    if (body->size() < kMaxReplyBytes) body->append(data, std::min(n, kMaxReplyBytes - body->size()));
    return n;
}

void initialiseCurlOnce() {
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

core::LrsReply post(const core::LrsConfig& config, const LrsTimeouts& timeouts, const std::string& body) {
    initialiseCurlOnce();
    core::LrsReply reply;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) {
        reply.transportError = "libcurl could not start a request";
        return reply;
    }
    curl_slist* rawHeaders = nullptr;
    rawHeaders = curl_slist_append(rawHeaders, "X-Experience-API-Version: 1.0.3");
    rawHeaders = curl_slist_append(rawHeaders, "Content-Type: application/json");
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(rawHeaders, curl_slist_free_all);
    const std::string url = config.endpoint + "/statements";
    char errorText[CURL_ERROR_SIZE] = {};
    CURL* h = curl.get();
    curl_easy_setopt(h, CURLOPT_URL, url.c_str());
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, body.data());
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(body.size()));
    curl_easy_setopt(h, CURLOPT_HTTPAUTH, static_cast<long>(CURLAUTH_BASIC));
    curl_easy_setopt(h, CURLOPT_USERNAME, config.username.c_str());
    curl_easy_setopt(h, CURLOPT_PASSWORD, config.password.c_str());
    curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(timeouts.connect.count()));
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, static_cast<long>(timeouts.total.count()));
    curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L); // safe in the app's worker thread
    // Only http(s), also after a redirect: a statement POST never goes to file:// or elsewhere.
    curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, appendBody);
    curl_easy_setopt(h, CURLOPT_WRITEDATA, &reply.body);
    curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorText);
    const CURLcode rc = curl_easy_perform(h);
    if (rc != CURLE_OK) {
        reply.transportError = errorText[0] != '\0' ? std::string(errorText) : std::string(curl_easy_strerror(rc));
        reply.transportError += " (" + url + ")";
        return reply;
    }
    long status = 0;
    curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
    reply.httpStatus = status;
    return reply;
}

} // namespace lrs_transport_detail

core::LrsSend makeLrsSender(const core::LrsConfig& config, LrsTimeouts timeouts) {
    return [config, timeouts](const std::string& body) { return lrs_transport_detail::post(config, timeouts, body); };
}

} // namespace net
