#include "accounts/passwordhasher.h"

#include <QCoreApplication>
#include <sodium.h>

namespace oversight {

namespace {

bool initSodium() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
};

} // namespace

HashParameters HashParameters::current() {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

HashParameters HashParameters::minimum() {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

Result<QString> PasswordHasher::hash(const QString& password, HashParameters parameters) {
    if (!initSodium())
        return Error{Text::tr("The cryptography library could not be initialised.")};
    const QByteArray utf8 = password.toUtf8();
    char encoded[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(encoded, utf8.constData(),
                              static_cast<unsigned long long>(utf8.size()), parameters.operations,
                              parameters.memoryBytes, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Error{Text::tr("Not enough memory to hash the password.")};
    return QString::fromLatin1(encoded);
}

bool PasswordHasher::verify(const QString& encodedHash, const QString& password) {
    if (!initSodium())
        return false;
    const QByteArray encoded = encodedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(encoded.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

bool PasswordHasher::needsRehash(const QString& encodedHash, HashParameters parameters) {
    if (!initSodium())
        return false;
    const QByteArray encoded = encodedHash.toLatin1();
    return crypto_pwhash_str_needs_rehash(encoded.constData(), parameters.operations,
                                          parameters.memoryBytes) != 0;
}

QString generatePassword() {
    static constexpr char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    initSodium();
    QString password;
    for (int i = 0; i < 20; ++i)
        password += QLatin1Char(alphabet[randombytes_uniform(sizeof(alphabet) - 1)]);
    return password;
}

Status checkNewPassword(const QString& login, const QString& password) {
    if (password.size() < minimumPasswordLength)
        return Error{
            Text::tr("The password must have at least %1 characters.").arg(minimumPasswordLength)};
    if (password.compare(login, Qt::CaseInsensitive) == 0)
        return Error{Text::tr("The password must not be the login name.")};
    return success();
}

} // namespace oversight
