#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace oversight {

// Argon2id through libsodium. The encoded hash carries its own parameters, so
// they can be raised later and old hashes recognised for rehashing.
namespace PasswordHasher {

Result<QString> hash(const QString& password);
bool verify(const QString& encodedHash, const QString& password);
bool needsRehash(const QString& encodedHash);

} // namespace PasswordHasher

// A random password for generated accounts (demo data): 20 characters from an
// alphabet without look-alikes, about 110 bits.
QString generatePassword();

// Rules a new password must meet; returns an error naming the broken rule.
Status checkNewPassword(const QString& login, const QString& password);

} // namespace oversight
