#pragma once

#include "common/result.h"
#include "storage/database.h"

#include <QString>

namespace oversight::cli {

// Where `oversight-cli login` keeps a session's token for later commands: one
// file per database and login in the user's runtime directory (cleared when
// the user logs out of the computer), readable by the user alone. A file that
// others could read is refused, not used: the token may have leaked.
class SessionFile {
public:
    SessionFile(const Database& database, const QString& login);

    QString path() const { return m_path; }
    bool exists() const;
    Result<QString> read() const;
    Status write(const QString& token) const;
    void remove() const;

private:
    QString m_path;
};

} // namespace oversight::cli
