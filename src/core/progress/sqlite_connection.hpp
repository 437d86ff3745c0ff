// A thin RAII layer over the SQLite C API for the progress store: one
// connection, prepared statements, and errors as core::Error sentences.
#pragma once

#include "base/diagnostics.hpp"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace core {

class SqliteStatement {
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3* db, sqlite3_stmt* statement) : m_db(db), m_statement(statement) {}
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&& other) noexcept;
    ~SqliteStatement();

    // Parameters are 1-based, as in SQL.
    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, std::string_view text);
    SqliteStatement& bindBlob(int index, std::string_view bytes);
    SqliteStatement& bindNull(int index);

    // True while a row is ready; false when done; an error otherwise.
    [[nodiscard]] Result<bool> step();
    // Runs to completion, ignoring any rows; resets for reuse.
    [[nodiscard]] Status run();
    void reset();

    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] bool isNull(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
};

class SqliteConnection {
public:
    // Opens (creating when `create`) read-write; nothing is read yet.
    [[nodiscard]] static Result<SqliteConnection> open(const std::filesystem::path& file, bool create);

    SqliteConnection() = default;
    SqliteConnection(SqliteConnection&& other) noexcept;
    SqliteConnection& operator=(SqliteConnection&& other) noexcept;
    ~SqliteConnection();

    [[nodiscard]] Status exec(const std::string& sql);
    [[nodiscard]] Result<SqliteStatement> prepare(std::string_view sql);
    // A statement prepared once per connection and kept (the recording path runs
    // the same dozen statements for every attempt), handed out reset and without
    // bindings. Valid until the connection closes; the caller resets it after use
    // (run() does), so no read stays open between uses.
    [[nodiscard]] Result<SqliteStatement*> cached(std::string_view sql);
    // The single integer a query such as "PRAGMA user_version" returns.
    [[nodiscard]] Result<std::int64_t> queryInteger(std::string_view sql);
    [[nodiscard]] std::int64_t lastInsertId() const;
    // The extended result code of the last failure (SQLITE_NOTADB, SQLITE_CORRUPT...).
    [[nodiscard]] int lastErrorCode() const;
    void close();
    // Closes without the checkpoint SQLite runs when the last connection to a
    // WAL file closes, so a file we refuse to use is left byte for byte.
    void closeWithoutCheckpoint();

private:
    explicit SqliteConnection(sqlite3* db) : m_db(db) {}
    sqlite3* m_db = nullptr;
    // Behind a pointer so a moved connection's statements stay where callers hold them.
    std::unique_ptr<std::unordered_map<std::string, SqliteStatement>> m_cached = std::make_unique<std::unordered_map<std::string, SqliteStatement>>();
};

// Whether an SQLite result code means the file is damaged or not a database.
[[nodiscard]] bool isDamagedFileCode(int code);

} // namespace core
