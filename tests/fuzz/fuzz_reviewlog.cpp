// The review-log import on arbitrary files, into a real SQLite database. The
// first input byte picks the zone for naive times and which optional columns are
// mapped; the rest is the file. Properties: every row is either accepted or
// rejected; a failed import stores nothing; a successful one stores exactly the
// accepted rows; the database stays intact and the audit trail verifies (its
// digest of the stored rows matches what was stored).

#include "accounts/userstore.h"
#include "analytics/reviewlogimporter.h"
#include "audit/chainverifier.h"
#include "fuzzsupport.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <array>
#include <memory>

using namespace oversight;
using namespace oversight::fuzz;

namespace {

// A fresh database every so many inputs keeps each run fast.
constexpr int runsPerDatabase = 200;

struct World {
    QTemporaryDir dir;
    QString pristine = dir.filePath(QStringLiteral("pristine.db"));
    QString working = dir.filePath(QStringLiteral("working.db"));
    QString input = dir.filePath(QStringLiteral("log.csv"));
    Session admin;
    std::unique_ptr<Database> database;
    int runs = 0;

    World() {
        Result<Database> created = Database::open(pristine, Database::OpenMode::CreateIfMissing);
        FUZZ_CHECK(created, "cannot create %s", qPrintable(pristine));
        Result<Session> session =
            UserStore(created->connection())
                .createFirstAdmin(QStringLiteral("admin"), QStringLiteral("a-long-fuzz-password"));
        FUZZ_CHECK(session, "cannot create the administrator");
        admin = session.value();
        QSqlQuery(created->connection()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }

    QSqlDatabase db() {
        if (!database || runs++ % runsPerDatabase == 0) {
            database.reset();
            QFile::remove(working);
            QFile::remove(working + QStringLiteral("-wal"));
            QFile::remove(working + QStringLiteral("-shm"));
            FUZZ_CHECK(QFile::copy(pristine, working), "cannot copy the pristine database");
            Result<Database> opened = Database::open(working, Database::OpenMode::MustExist);
            FUZZ_CHECK(opened, "cannot open %s", qPrintable(working));
            database = std::make_unique<Database>(std::move(opened).value());
        }
        return database->connection();
    }
};

World* world = nullptr;

qint64 storedFacts(QSqlDatabase db) {
    QSqlQuery query(db);
    FUZZ_CHECK(query.exec(QStringLiteral("SELECT count(*) FROM review_facts")) && query.next(),
               "cannot count the facts");
    return query.value(0).toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication application(*argc, *argv);
    world = new World; // lives for the whole run, as the fuzzer does
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    FuzzInput input(data, size);
    const uint8_t choice = input.takeByte();
    const QByteArray content = input.rest().toByteArray();
    {
        QFile file(world->input);
        FUZZ_CHECK(file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
                       file.write(content) == content.size(),
                   "cannot write the input file");
    }
    ReviewLogOptions options;
    options.filePath = world->input;
    options.force = true;
    options.strict = choice & 0x80;
    static const std::array<QByteArray, 3> zones{"UTC", "Europe/Berlin", "America/New_York"};
    options.zone = QTimeZone(zones[choice % zones.size()]);
    if (choice & 0x04)
        options.initialColumn = QStringLiteral("initial_decision");
    if (choice & 0x08)
        options.initialConfidenceColumn = QStringLiteral("initial_confidence");
    if (choice & 0x10)
        options.aiConfidenceColumn = QStringLiteral("ai_confidence");
    if (choice & 0x20)
        options.truthColumn = QStringLiteral("truth");
    if (choice & 0x40)
        options.queueColumn = QStringLiteral("queue");

    QSqlDatabase db = world->db();
    const qint64 before = storedFacts(db);
    const ReviewLogReport report = ReviewLogImporter(db).run(world->admin, options);
    const qint64 after = storedFacts(db);
    if (!report.ok()) {
        FUZZ_CHECK(after == before, "a failed import stored %lld rows",
                   static_cast<long long>(after - before));
        return 0;
    }
    FUZZ_CHECK(report.accepted + report.rejected == report.rows, "%lld + %lld != %lld rows",
               static_cast<long long>(report.accepted), static_cast<long long>(report.rejected),
               static_cast<long long>(report.rows));
    FUZZ_CHECK(after - before == report.accepted, "stored %lld rows, accepted %lld",
               static_cast<long long>(after - before), static_cast<long long>(report.accepted));
    FUZZ_CHECK(!options.strict || report.rejected == 0, "strict import kept rejected rows");

    QSqlQuery check(db);
    FUZZ_CHECK(check.exec(QStringLiteral("PRAGMA quick_check")) && check.next() &&
                   check.value(0).toString() == u"ok",
               "quick_check failed");
    const Result<Verification> verified = verifyAuditTrail(db, world->admin);
    FUZZ_CHECK(verified && verified->intact(), "the trail does not verify: %s",
               verified ? qPrintable(verified->description) : qPrintable(verified.error().message));
    return 0;
}
