/*
 * The C side of tally's SQLite export: the system's libsqlite3 (Debian's libsqlite3-dev).
 *
 * SQLITE_TRANSIENT is a macro that casts -1 to a function pointer, which Swift cannot import, so the
 * text binding that copies its argument is wrapped here.
 */
#ifndef TALLY_CSQLITE_SHIM_H
#define TALLY_CSQLITE_SHIM_H

#include <sqlite3.h>

/* Binds `length` bytes of UTF-8 at `text` to parameter `index`; SQLite copies them. */
static inline int cs_bind_text(sqlite3_stmt *statement, int index, const char *text, int length) {
    return sqlite3_bind_text(statement, index, text, length, SQLITE_TRANSIENT);
}

#endif /* TALLY_CSQLITE_SHIM_H */
