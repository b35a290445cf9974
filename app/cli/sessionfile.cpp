#include "cli/sessionfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <unistd.h>

namespace oversight::cli {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(cli)
};

constexpr QFileDevice::Permissions ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString octalMode(QFileDevice::Permissions permissions) {
    int mode = 0;
    const std::pair<QFileDevice::Permission, int> bits[] = {
        {QFileDevice::ReadOwner, 0400}, {QFileDevice::WriteOwner, 0200},
        {QFileDevice::ExeOwner, 0100},  {QFileDevice::ReadGroup, 040},
        {QFileDevice::WriteGroup, 020}, {QFileDevice::ExeGroup, 010},
        {QFileDevice::ReadOther, 04},   {QFileDevice::WriteOther, 02},
        {QFileDevice::ExeOther, 01}};
    for (const auto& [permission, bit] : bits) {
        if (permissions.testFlag(permission))
            mode |= bit;
    }
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

} // namespace

SessionFile::SessionFile(const Database& database, const QString& login) {
    const QByteArray key = QCryptographicHash::hash((database.identity() + u'\n' + login).toUtf8(),
                                                    QCryptographicHash::Sha256)
                               .toHex()
                               .left(32);
    m_path = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation) +
             QStringLiteral("/oversight/sessions/") + QString::fromLatin1(key) +
             QStringLiteral(".token");
}

bool SessionFile::exists() const {
    return QFileInfo::exists(m_path);
}

Result<QString> SessionFile::read() const {
    const QFileInfo info(m_path);
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (info.ownerId() != geteuid() || (info.permissions() & others))
        return Error{Text::tr("The session file %1 has mode %2 and may have been read by other "
                              "users, so it is not used. Delete it and start a new session with "
                              "oversight-cli login.")
                         .arg(m_path, octalMode(info.permissions()))};
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            Text::tr("Cannot read the session file %1: %2").arg(m_path, file.errorString())};
    const QString token = QString::fromLatin1(file.readLine(200)).trimmed();
    if (token.size() != 64)
        return Error{Text::tr("The session file %1 is damaged; start a new session with "
                              "oversight-cli login.")
                         .arg(m_path)};
    return token;
}

Status SessionFile::write(const QString& token) const {
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder) || !QFile::setPermissions(folder, ownerOnly | QFileDevice::ExeOwner))
        return Error{Text::tr("Cannot create the folder %1 for the session file.").arg(folder)};
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(ownerOnly))
        return Error{
            Text::tr("Cannot write the session file %1: %2").arg(m_path, file.errorString())};
    file.write(token.toLatin1() + '\n');
    if (!file.commit())
        return Error{
            Text::tr("Cannot write the session file %1: %2").arg(m_path, file.errorString())};
    return success();
}

void SessionFile::remove() const {
    QFile::remove(m_path);
}

} // namespace oversight::cli
