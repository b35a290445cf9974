#include "common/ids.h"

#include <QDateTime>
#include <boost/uuid/random_generator.hpp>
#include <boost/uuid/uuid.hpp>
#include <boost/uuid/uuid_io.hpp>

namespace oversight {

QByteArray newIdLatin1() {
    // Seeded once from the operating system's entropy source; the plain
    // random_generator of Boost 1.74 makes a system call for every id.
    thread_local boost::uuids::random_generator_mt19937 generator;
    const boost::uuids::uuid id = generator();
    return QByteArray::fromStdString(boost::uuids::to_string(id));
}

QString newId() {
    return QString::fromLatin1(newIdLatin1());
}

QString utcNow() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace oversight
