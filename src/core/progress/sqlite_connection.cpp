// The SQLite C API behind RAII handles, with every failure as a core::Error.
#include "progress/sqlite_connection.hpp"

#include <sqlite3.h>

#include <utility>

namespace core {
namespace sqlite_connection_detail {

Error sqliteError(sqlite3* db, const std::string& what) {
    return Error(what + ": " + (db ? sqlite3_errmsg(db) : "out of memory") + " (SQLite code " +
                 std::to_string(db ? sqlite3_extended_errcode(db) : SQLITE_NOMEM) + ")");
}

} // namespace sqlite_connection_detail

using sqlite_connection_detail::sqliteError;

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_statement(std::exchange(other.m_statement, nullptr)) {}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = std::exchange(other.m_db, nullptr);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

SqliteStatement::~SqliteStatement() { sqlite3_finalize(m_statement); }

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_statement, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value) {
    sqlite3_bind_double(m_statement, index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view text) {
    sqlite3_bind_text64(m_statement, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

SqliteStatement& SqliteStatement::bindBlob(int index, std::string_view bytes) {
    sqlite3_bind_blob64(m_statement, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index) {
    sqlite3_bind_null(m_statement, index);
    return *this;
}

Result<bool> SqliteStatement::step() {
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    const Error error = sqliteError(m_db, std::string("running \"") + sqlite3_sql(m_statement) + "\"");
    sqlite3_reset(m_statement);
    return std::unexpected(error);
}

Status SqliteStatement::run() {
    for (;;) {
        auto row = step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
    }
    reset();
    return {};
}

void SqliteStatement::reset() {
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

std::int64_t SqliteStatement::integer(int column) const { return sqlite3_column_int64(m_statement, column); }
double SqliteStatement::real(int column) const { return sqlite3_column_double(m_statement, column); }
bool SqliteStatement::isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

std::string SqliteStatement::text(int column) const {
    const void* bytes = sqlite3_column_blob(m_statement, column);
    const int size = sqlite3_column_bytes(m_statement, column);
    return bytes ? std::string(static_cast<const char*>(bytes), static_cast<std::size_t>(size)) : std::string();
}

Result<SqliteConnection> SqliteConnection::open(const std::filesystem::path& file, bool create) {
    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(file.c_str(), &db, flags, nullptr) != SQLITE_OK) {
        const Error error = sqliteError(db, "cannot open " + file.string());
        sqlite3_close_v2(db);
        return std::unexpected(error);
    }
    sqlite3_extended_result_codes(db, 1);
    return SqliteConnection(db);
}

SqliteConnection::SqliteConnection(SqliteConnection&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_cached(std::exchange(other.m_cached, std::make_unique<std::unordered_map<std::string, SqliteStatement>>())) {}

SqliteConnection& SqliteConnection::operator=(SqliteConnection&& other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        std::swap(m_cached, other.m_cached);
    }
    return *this;
}

SqliteConnection::~SqliteConnection() { close(); }

void SqliteConnection::close() {
    if (m_cached) m_cached->clear(); // finalized before the connection goes
    // close_v2: statements still alive keep the connection until they finish.
    if (m_db) sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void SqliteConnection::closeWithoutCheckpoint() {
    if (m_db) sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    close();
}

Status SqliteConnection::exec(const std::string& sql) {
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message ? message : "unknown error";
        sqlite3_free(message);
        return std::unexpected(Error(text + " (SQLite code " + std::to_string(sqlite3_extended_errcode(m_db)) + ")"));
    }
    return {};
}

Result<SqliteStatement> SqliteConnection::prepare(std::string_view sql) {
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) != SQLITE_OK) {
        return std::unexpected(sqliteError(m_db, "preparing \"" + std::string(sql) + "\""));
    }
    return SqliteStatement(m_db, statement);
}

Result<SqliteStatement*> SqliteConnection::cached(std::string_view sql) {
    auto it = m_cached->find(std::string(sql));
    if (it == m_cached->end()) {
        auto statement = prepare(sql);
        if (!statement) return std::unexpected(statement.error());
        it = m_cached->emplace(std::string(sql), std::move(*statement)).first;
    } else {
        it->second.reset();
    }
    return &it->second;
}

Result<std::int64_t> SqliteConnection::queryInteger(std::string_view sql) {
    auto statement = prepare(sql);
    if (!statement) return std::unexpected(statement.error());
    auto row = statement->step();
    if (!row) return std::unexpected(row.error());
    return *row ? statement->integer(0) : 0;
}

std::int64_t SqliteConnection::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int SqliteConnection::lastErrorCode() const { return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_NOMEM; }

bool isDamagedFileCode(int code) {
    const int primary = code & 0xff;
    return primary == SQLITE_NOTADB || primary == SQLITE_CORRUPT;
}

} // namespace core
