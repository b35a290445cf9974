#include "demo/demodata.h"

#include <array>
#include <cmath>
#include <random>

namespace oversight {

namespace {

double sigmoid(double x) {
    return 1.0 / (1.0 + std::exp(-x));
}

const std::array<const char*, 6> purposes = {"car",       "home improvement", "debt consolidation",
                                             "education", "medical",          "small business"};
const std::array<const char*, 3> ownership = {"rent", "mortgage", "own"};
const std::array<const char*, 5> regions = {"north", "south", "east", "west", "capital"};

void appendCsvField(QByteArray& line, QByteArrayView text) {
    if (!line.isEmpty())
        line.append(',');
    if (text.contains(',')) {
        line.append('"').append(text).append('"');
        return;
    }
    line.append(text);
}

} // namespace

bool writeDemoDecisions(QIODevice& out, const DemoSettings& settings) {
    std::mt19937_64 random(settings.seed);
    std::normal_distribution<double> normal(0.0, 1.0);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::lognormal_distribution<double> incomeDraw(std::log(48000.0), 0.45);
    std::poisson_distribution<int> inquiriesDraw(1.2);
    std::poisson_distribution<int> accountsDraw(4.0);
    // The protected attributes come from a stream of their own, so that the rest
    // of a seed's cases stays what it always was.
    std::mt19937_64 attributes(settings.seed * 104729 + 3);
    std::uniform_real_distribution<double> attributeDraw(0.0, 1.0);
    std::gamma_distribution<double> ageDraw(4.0, 6.0);

    QByteArray block;
    block.append("application_id,applicant_income,debt_to_income,employment_years,loan_amount,"
                 "loan_purpose,home_ownership,credit_history_years,open_accounts,"
                 "recent_inquiries,region,sex,age,decision,p_approve,p_decline,outcome\r\n");
    for (qint64 i = 0; i < settings.cases; ++i) {
        const double income = std::round(incomeDraw(random) / 100.0) * 100.0;
        const double debtRatio = std::clamp(0.32 + 0.13 * normal(random), 0.01, 0.95);
        const double employment = std::max(0.0, std::round(6.0 + 5.0 * normal(random)));
        const double loan =
            std::round(std::max(1000.0, income * (0.15 + 0.25 * uniform(random))) / 100.0) * 100.0;
        const auto purpose = static_cast<size_t>(uniform(random) * purposes.size());
        const auto home = static_cast<size_t>(uniform(random) * ownership.size());
        const double history = std::max(0.0, std::round(9.0 + 6.0 * normal(random)));
        const int accounts = accountsDraw(random);
        const int inquiries = inquiriesDraw(random);
        const auto region = static_cast<size_t>(uniform(random) * regions.size());

        // The model's log-odds of repayment: several facts, none dominant, plus what
        // the model knows that the facts shown do not (bureau data, say).
        const double logOdds = 1.2 - 3.2 * (debtRatio - 0.32) + 0.07 * (employment - 6.0) +
                               0.6 * std::log(income / 48000.0) - 1.6 * (loan / income - 0.27) +
                               0.05 * (history - 9.0) - 0.18 * (inquiries - 1.2) +
                               (home == 2 ? 0.25 : 0.0) + (purpose == 5 ? -0.3 : 0.0) +
                               2.6 * normal(random);
        const double pApprove = sigmoid(logOdds);
        const bool approve = pApprove >= 0.5;
        // Calibrated: the outcome follows the model's probability.
        const bool repaid = uniform(random) < pApprove;
        const bool outcomeKnown = uniform(random) < settings.shareWithOutcome;

        // A modest disparity, as real credit models show: applicants the model
        // declines although they would repay are a little more often women, so
        // the model's false-decline rate is higher for them.
        const bool falseDecline = !approve && repaid;
        const bool female = attributeDraw(attributes) < (falseDecline ? 0.58 : 0.49);
        const int age = 18 + static_cast<int>(ageDraw(attributes));

        QByteArray line;
        const QByteArray id = "APP-" + QByteArray::number(settings.seed) + '-' +
                              QByteArray::number(i + 1).rightJustified(8, '0');
        appendCsvField(line, id);
        appendCsvField(line, QByteArray::number(income, 'f', 0));
        appendCsvField(line, QByteArray::number(debtRatio, 'f', 3));
        appendCsvField(line, QByteArray::number(employment, 'f', 0));
        appendCsvField(line, QByteArray::number(loan, 'f', 0));
        appendCsvField(line, purposes[purpose]);
        appendCsvField(line, ownership[home]);
        appendCsvField(line, QByteArray::number(history, 'f', 0));
        appendCsvField(line, QByteArray::number(accounts));
        appendCsvField(line, QByteArray::number(inquiries));
        appendCsvField(line, regions[region]);
        appendCsvField(line, female ? "F" : "M");
        appendCsvField(line, QByteArray::number(age));
        appendCsvField(line, approve ? "approve" : "decline");
        const QByteArray approveText = QByteArray::number(pApprove, 'f', 4);
        // Derive the complement from the rounded text so the pair sums to 1 exactly.
        appendCsvField(line, approveText);
        appendCsvField(line, QByteArray::number(1.0 - approveText.toDouble(), 'f', 4));
        appendCsvField(line, outcomeKnown ? (repaid ? "approve" : "decline") : "");
        block.append(line).append("\r\n");
        if (block.size() > (1 << 20)) {
            if (out.write(block) != block.size())
                return false;
            block.clear();
        }
    }
    return out.write(block) == block.size();
}

ImportOptions demoImportOptions(const QString& filePath) {
    ImportOptions options;
    options.filePath = filePath;
    options.format = InputFormat::Csv;
    options.idColumn = QStringLiteral("application_id");
    options.labelColumn = QStringLiteral("decision");
    options.probabilityColumns = {{QStringLiteral("approve"), QStringLiteral("p_approve")},
                                  {QStringLiteral("decline"), QStringLiteral("p_decline")}};
    options.truthColumn = QStringLiteral("outcome");
    options.groups.columns = {QStringLiteral("sex"), QStringLiteral("age")};
    options.groups.bands[QStringLiteral("age")] = {25, 45, 65};
    options.groups.positiveLabel = QStringLiteral("decline");
    options.modelName = QStringLiteral("credit-risk");
    options.modelVersion = QStringLiteral("2.3.0");
    return options;
}

} // namespace oversight
