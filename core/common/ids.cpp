#include "common/ids.h"

#include <QDateTime>
#include <boost/uuid/random_generator.hpp>
#include <boost/uuid/uuid.hpp>
#include <boost/uuid/uuid_io.hpp>

namespace oversight {

QString newId() {
    // random_generator seeds itself from the operating system's entropy source.
    thread_local boost::uuids::random_generator generator;
    const boost::uuids::uuid id = generator();
    return QString::fromStdString(boost::uuids::to_string(id));
}

QString utcNow() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace oversight
