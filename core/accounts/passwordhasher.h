#pragma once

#include "common/result.h"

#include <QString>

namespace oversight {

// Argon2id through libsodium. The encoded hash carries its own parameters, so
// they can be raised later: a hash made with weaker ones is replaced at the next
// successful sign-in.
struct HashParameters {
    unsigned long long operations;
    size_t memoryBytes;

    static HashParameters current(); // libsodium's "interactive" Argon2id limits
    static HashParameters minimum(); // the smallest libsodium accepts (tests of rehashing)
};

namespace PasswordHasher {

Result<QString> hash(const QString& password,
                     HashParameters parameters = HashParameters::current());
bool verify(const QString& encodedHash, const QString& password);
bool needsRehash(const QString& encodedHash, HashParameters parameters = HashParameters::current());

} // namespace PasswordHasher

// A random password for generated accounts (demo data): 20 characters from an
// alphabet without look-alikes, about 110 bits.
QString generatePassword();

constexpr int minimumPasswordLength = 12;

// Rules a new password must meet; returns an error naming the broken rule.
Status checkNewPassword(const QString& login, const QString& password);

} // namespace oversight
