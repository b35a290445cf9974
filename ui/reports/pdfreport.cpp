#include "reports/pdfreport.h"

#include "charts/oversightcharts.h"
#include "reports/chartobject.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <map>

namespace oversight {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};

constexpr double bodyPoints = 9.5;
constexpr int maxEndedRows = 500;

QString percent(const std::optional<double>& rate) {
    return rate ? percentText(*rate)
                : /*: Not available: too few reviews to compute the figure. */ Text::tr("n/a");
}

QString interval(const Proportion& p) {
    if (!p.low || !p.high)
        return /*: Not available: too few reviews to compute the figure. */ Text::tr("n/a");
    return /*: A range: the lower and upper end of an interval or period. */ Text::tr("%1 to %2")
        .arg(percentText(*p.low), percentText(*p.high));
}

QString seconds(const std::optional<double>& value) {
    return value ? Text::tr("%1 s").arg(*value, 0, 'f', 1)
                 : /*: Not available: too few reviews to compute the figure. */ Text::tr("n/a");
}

QString dateText(const QDate& date) {
    return date.toString(Qt::ISODate);
}

QString utcText(const QString& iso) {
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                          : iso;
}

// Builds the document. Section headings are recorded with their block, so a
// first layout tells which page each starts on and a second build fills the
// contents with those numbers (the contents keep their size: same layout).
class ReportDocument {
public:
    ReportDocument(const AuditReport& report, ChartObject* charts, QSizeF pageBody,
                   const std::map<int, int>& headingPages)
        : m_report(report)
        , m_charts(charts)
        , m_body(pageBody)
        , m_pages(headingPages) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(bodyPoints);
        // No ligatures: a hash such as "...aaff24..." must copy out as the letters
        // it is, not as the single glyph "ﬀ".
        font.setStyleStrategy(QFont::PreferNoShaping);
        m_document.setDefaultFont(font);
        m_document.setPageSize(pageBody);
        m_document.setDocumentMargin(0);
        m_cursor = QTextCursor(&m_document);
    }

    QTextDocument& document() { return m_document; }
    const QList<QTextBlock>& headings() const { return m_headingBlocks; }

    void build() {
        titlePage();
        summary();
        warnings();
        charts();
        reviewers();
        fairness();
        modelCards();
        doubleReview();
        knownAnswers();
        appeals();
        policy();
        endedReviews();
        methods();
        chain();
    }

private:
    QStringList sectionTitles() const {
        return {Text::tr("Summary"),
                Text::tr("Warnings"),
                Text::tr("Charts"),
                Text::tr("Reviewers"),
                Text::tr("Fairness by group"),
                Text::tr("Model cards"),
                Text::tr("Independent double review"),
                Text::tr("Known answers"),
                Text::tr("Appeals"),
                Text::tr("Routing policy"),
                Text::tr("Escalations and releases"),
                Text::tr("Method"),
                Text::tr("Audit chain")};
    }

    QTextCharFormat textFormat(double points = bodyPoints, bool bold = false) const {
        QTextCharFormat format;
        format.setFontPointSize(points);
        format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        return format;
    }

    void paragraph(const QString& text, double points = bodyPoints, bool bold = false,
                   double spaceAfter = 4) {
        QTextBlockFormat block;
        block.setBottomMargin(spaceAfter);
        m_cursor.insertBlock(block, textFormat(points, bold));
        m_cursor.insertText(text);
    }

    void heading(const QString& title) {
        QTextBlockFormat block;
        block.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        block.setBottomMargin(8);
        m_cursor.insertBlock(block, textFormat(16, true));
        m_cursor.insertText(title);
        m_headingBlocks << m_cursor.block();
    }

    void subheading(const QString& title) {
        QTextBlockFormat block;
        block.setTopMargin(10);
        block.setBottomMargin(4);
        m_cursor.insertBlock(block, textFormat(11.5, true));
        m_cursor.insertText(title);
    }

    // A table with a repeated header row; every cell is plain text (what people
    // typed never becomes markup).
    void table(const QStringList& header, const QList<QStringList>& rows) {
        QTextTableFormat format;
        format.setHeaderRowCount(1);
        format.setBorder(0.5);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QTextTable* table = m_cursor.insertTable(static_cast<int>(rows.size()) + 1,
                                                 static_cast<int>(header.size()), format);
        auto fill = [&](int row, const QStringList& cells, bool bold) {
            for (int column = 0; column < cells.size(); ++column) {
                QTextCursor cell = table->cellAt(row, column).firstCursorPosition();
                cell.insertText(cells[column], textFormat(bodyPoints - 1, bold));
            }
        };
        fill(0, header, true);
        for (int row = 0; row < rows.size(); ++row)
            fill(row + 1, rows[row], false);
        m_cursor.movePosition(QTextCursor::End);
    }

    void titlePage() {
        const AuditReport& r = m_report;
        QTextBlockFormat first;
        first.setBottomMargin(6);
        m_cursor.setBlockFormat(first);
        m_cursor.setBlockCharFormat(textFormat(12));
        m_cursor.insertText(r.organisation.isEmpty() ? Text::tr("Oversight") : r.organisation);
        paragraph(Text::tr("Human oversight audit report"), 22, true, 14);
        const AnalysisFilter& f = r.filter;
        paragraph(Text::tr("Period: %1 to %2 (days in %3)")
                      .arg(dateText(*f.from), dateText(*f.to), r.zone));
        QStringList filters;
        if (!f.queue.isEmpty())
            filters << Text::tr("queue %1").arg(f.queue);
        if (!f.model.isEmpty())
            filters << Text::tr("model %1").arg(f.model);
        if (!f.reviewer.isEmpty())
            filters << Text::tr("reviewer %1").arg(f.reviewer);
        paragraph(Text::tr("Filters: %1")
                      .arg(filters.isEmpty() ? Text::tr("none, every review of the period")
                                             : filters.join(QStringLiteral(", "))));
        paragraph(Text::tr("Generated by %1 on %2 with Oversight %3")
                      .arg(r.generatedBy, utcText(r.generatedAt), r.applicationVersion));
        paragraph(Text::tr("Audit chain: event #%1, hash %2; verification: %3")
                      .arg(r.head.seq)
                      .arg(r.head.hash, verificationWords()),
                  bodyPoints, false, 18);

        paragraph(Text::tr("Contents"), 13, true, 6);
        const QStringList titles = sectionTitles();
        for (int i = 0; i < titles.size(); ++i) {
            const auto page = m_pages.find(i);
            // A fixed-width number keeps the first and second layouts identical.
            const QString number =
                page == m_pages.end() ? QStringLiteral("00") : QString::number(page->second);
            QTextBlockFormat entry;
            entry.setBottomMargin(2);
            m_cursor.insertBlock(entry, textFormat());
            m_cursor.insertText(Text::tr("%1. %2, page %3").arg(i + 1).arg(titles[i], number));
        }
        m_cursor.movePosition(QTextCursor::End);
    }

    QString verificationWords() const {
        const Verification& v = m_report.verification;
        if (v.intact())
            return Text::tr("intact (every event, finalized review and import checked, the "
                            "rollups against the review facts and the decision records against "
                            "the decisions)");
        if (v.firstBadSeq == 0)
            return Text::tr("FAILED: %1").arg(v.description);
        return Text::tr("FAILED at event #%1: %2").arg(v.firstBadSeq).arg(v.description);
    }

    void summary() {
        const OversightReport& a = m_report.analysis;
        heading(sectionTitles()[0]);
        const Rates& rates = a.overallRates;
        table({Text::tr("Measure"), Text::tr("Value"), Text::tr("95 % interval"),
               /*: Column: the number of reviews behind a figure (statistical n). */ Text::tr("n")},
              {{Text::tr("Finalized reviews"), QString::number(a.overall.n), QString(), QString()},
               {Text::tr("Override rate (final differs from the model)"),
                percent(rates.overrideRate.rate), interval(rates.overrideRate),
                QString::number(rates.overrideRate.n)},
               {Text::tr("Independent disagreement (initial differs from the model)"),
                percent(rates.disagreement.rate), interval(rates.disagreement),
                QString::number(rates.disagreement.n)},
               {Text::tr("Deference (switched to the model after disagreeing)"),
                percent(rates.deference.rate), interval(rates.deference),
                QString::number(rates.deference.n)},
               {Text::tr("Changed mind (final differs from initial)"),
                percent(rates.changedMind.rate), interval(rates.changedMind),
                QString::number(rates.changedMind.n)},
               {Text::tr("Mean time to the initial decision"), seconds(rates.meanBlindSeconds),
                QString(), QString()},
               {Text::tr("Mean time from reveal to final decision"),
                seconds(rates.meanDecideSeconds), QString(), QString()}});
        const Accuracy& accuracy = a.accuracy;
        if (accuracy.model.n > 0) {
            subheading(Text::tr("Where the outcome is known"));
            auto row = [](const QString& name, const Proportion& p) {
                return QStringList{name, percent(p.rate), interval(p), QString::number(p.n)};
            };
            table({Text::tr("Measure"), Text::tr("Value"), Text::tr("95 % interval"),
                   /*: Column: the number of reviews behind a figure (statistical n). */
                   Text::tr("n")},
                  {row(Text::tr("Model accuracy"), accuracy.model),
                   row(Text::tr("Initial human decision accuracy"), accuracy.initial),
                   row(Text::tr("Final decision accuracy"), accuracy.final),
                   row(Text::tr("Switched to the model when it was right"),
                       accuracy.switchedWhenModelRight),
                   row(Text::tr("Held against the model when it was wrong"),
                       accuracy.heldWhenModelWrong)});
        }
        subheading(Text::tr("Workload"));
        const Workload& w = a.workload;
        table(
            {Text::tr("Days"),
             /*: The share of reviews whose final decision differs from the model's. */
             Text::tr("Override rate"), Text::tr("95 % interval"),
             /*: Column: the number of reviews behind a figure (statistical n). */ Text::tr("n")},
            {{Text::tr("High volume (above the 75th percentile, %1 reviews a day)")
                  .arg(w.p75
                           ? QString::number(*w.p75, 'f', 1)
                           : /*: Not available: too few reviews to compute the figure. */ Text::tr(
                                 "n/a")),
              percent(w.highRates.overrideRate.rate), interval(w.highRates.overrideRate),
              QString::number(w.high.n)},
             {Text::tr("Low volume (below the 25th percentile, %1 reviews a day)")
                  .arg(w.p25
                           ? QString::number(*w.p25, 'f', 1)
                           : /*: Not available: too few reviews to compute the figure. */ Text::tr(
                                 "n/a")),
              percent(w.lowRates.overrideRate.rate), interval(w.lowRates.overrideRate),
              QString::number(w.low.n)}});
    }

    void warnings() {
        heading(sectionTitles()[1]);
        const QList<Warning> list =
            m_report.analysis.warnings + m_report.fairness.warnings + m_report.agreement.warnings;
        if (list.isEmpty()) {
            paragraph(Text::tr("No warning: none of the passive-oversight signals fired on the "
                               "reviews of this period, at the sample sizes they need."));
            return;
        }
        for (const Warning& warning : list) {
            QTextBlockFormat block;
            block.setBottomMargin(6);
            block.setIndent(1);
            m_cursor.insertBlock(block, textFormat());
            m_cursor.insertText(QStringLiteral("\u2022 ") + warning.message);
        }
    }

    void chartBlock(QChart* chart, const QString& caption, double heightRatio = 0.48) {
        const int index = m_charts->add(chart);
        QTextCharFormat format;
        format.setObjectType(ChartObject::type);
        format.setProperty(ChartObject::ChartIndex, index);
        format.setProperty(ChartObject::ChartSize,
                           QSizeF(m_body.width(), m_body.width() * heightRatio));
        QTextBlockFormat block;
        block.setTopMargin(6);
        m_cursor.insertBlock(block);
        m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
        paragraph(caption, bodyPoints - 1, false, 10);
    }

    void charts() {
        const OversightReport& a = m_report.analysis;
        heading(sectionTitles()[2]);
        QPalette light;
        light.setColor(QPalette::Window, Qt::white);
        light.setColor(QPalette::WindowText, Qt::black);
        QChart* byReviewer =
            makeReviewerChart(a.byReviewer, a.thresholds.overallOverrideBelow, light).chart;
        chartBlock(byReviewer,
                   Text::tr("Override rate by reviewer with 95 % intervals, in the order of the "
                            "Reviewers table; the line marks the passive-oversight threshold."),
                   0.62);
        chartBlock(
            makeHourChart(a.byHour, light),
            Text::tr("Override rate by hour of the finalization, in %1.").arg(m_report.zone));
        chartBlock(makeWorkloadChart(a.workload, light),
                   Text::tr("Override rate by position in the reviewer's day and since the "
                            "last break."));
        chartBlock(makeTrendChart(a.byDay, light), Text::tr("Daily override rate."));
    }

    void reviewers() {
        const OversightReport& a = m_report.analysis;
        heading(sectionTitles()[3]);
        std::map<QString, std::optional<double>> brier;
        for (const Calibration& c : a.calibration)
            brier[c.reviewer] = c.brier;
        QList<QStringList> rows;
        for (const Group& g : a.byReviewer) {
            const auto found = brier.find(g.key);
            rows << QStringList{
                g.key,
                QString::number(g.counts.n),
                percent(g.rates.overrideRate.rate),
                interval(g.rates.overrideRate),
                percent(g.rates.disagreement.rate),
                percent(g.rates.deference.rate),
                percent(g.rates.changedMind.rate),
                found != brier.end() && found->second
                    ? QString::number(*found->second, 'f', 3)
                    : /*: Not available: too few reviews to compute the figure. */ Text::tr("n/a")};
        }
        if (rows.isEmpty()) {
            paragraph(Text::tr("No finalized review in this period."));
            return;
        }
        table({Text::tr("Reviewer"),
               /*: Column: the number of reviews behind a figure (statistical n). */ Text::tr("n"),
               /*: Column: override rate (final decision differs from the model's). */
               Text::tr("Override"), Text::tr("95 % interval"),
               /*: Column: share of reviews whose own first decision differed from the model's. */
               Text::tr("Disagree"), /*: Column: share of disagreements where the reviewer switched
                                        to the model after the reveal. */
               Text::tr("Defer"), /*: Column: share of reviews whose final decision differs from the
                                     reviewer's own first one. */
               Text::tr("Changed mind"),
               /*: Column: Brier score, a measure of how well stated confidence matched being right.
                */
               Text::tr("Brier")},
              rows);
        if (a.reviewerHomogeneity)
            paragraph(Text::tr("Do reviewers differ? Chi-square %1 with %2 degrees of freedom, "
                               "p = %3.")
                          .arg(a.reviewerHomogeneity->chiSquare, 0, 'f', 2)
                          .arg(a.reviewerHomogeneity->degreesOfFreedom)
                          .arg(a.reviewerHomogeneity->pValue, 0, 'g', 3));
    }

    void policy() {
        const AuditReport& r = m_report;
        heading(sectionTitles()[9]);
        paragraph(Text::tr("In force when the report was generated: cases with model confidence "
                           "below %1 go to human review; %2 of the rest are sampled for audit "
                           "(sampling seed %3).")
                      .arg(r.policyNow.threshold)
                      .arg(percentText(r.policyNow.auditRate))
                      .arg(r.policyNow.seed));
        if (r.batches.isEmpty())
            return;
        subheading(Text::tr("Import batches up to the end of the period"));
        QList<QStringList> rows;
        for (const BatchPolicy& b : r.batches)
            rows << QStringList{utcText(b.importedAt),
                                b.source,
                                b.model,
                                QString::number(b.policy.threshold),
                                percentText(b.policy.auditRate),
                                QString::number(b.policy.seed),
                                b.overridden ? Text::tr("yes") : Text::tr("no")};
        table({Text::tr("Imported"), Text::tr("File"), Text::tr("Model"), Text::tr("Threshold"),
               Text::tr("Audit rate"),
               /*: Column: the random seed that makes the audit sample re-derivable. */
               Text::tr("Seed"), /*: The import used its own routing threshold or audit rate instead
                                    of the stored policy. */
               Text::tr("Policy overridden")},
              rows);
    }

    void endedReviews() {
        const QList<EndedReview>& ended = m_report.ended;
        heading(sectionTitles()[10]);
        if (ended.isEmpty()) {
            paragraph(
                Text::tr("No case was released, escalated or left to expire in this period."));
            return;
        }
        qint64 released = 0, escalated = 0, expired = 0;
        for (const EndedReview& e : ended)
            (e.outcome == u"released"    ? released
             : e.outcome == u"escalated" ? escalated
                                         : expired)++;
        paragraph(Text::tr("%1 released, %2 escalated, %3 expired leases.")
                      .arg(released)
                      .arg(escalated)
                      .arg(expired));
        QList<QStringList> rows;
        for (const EndedReview& e : ended.mid(0, maxEndedRows))
            rows << QStringList{
                utcText(e.endedAt),
                e.reviewer,
                e.caseRef,
                e.queue,
                e.outcome == u"escalated" ? Text::tr("escalated to %1").arg(e.toQueue) : e.outcome,
                e.note};
        table({Text::tr("When"), Text::tr("Reviewer"), Text::tr("Case"), Text::tr("Queue"),
               Text::tr("Outcome"), Text::tr("Note")},
              rows);
        if (ended.size() > maxEndedRows)
            paragraph(Text::tr("The first %1 of %2 are listed; the JSON report has all of them.")
                          .arg(maxEndedRows)
                          .arg(ended.size()));
    }

    // The warning thresholds in force when the report was made (a setting).
    QString thresholdsNote() const {
        const WarningThresholds& t = m_report.analysis.thresholds;
        const QLocale locale;
        return Text::tr("Warnings fire when the team's override rate is below %1; when more "
                        "than %2 of the reviewers with enough reviews override in fewer than %3 "
                        "of theirs; when busy days' override rate is below %4 times quiet days'; "
                        "and when the daily override rate falls with p below %5.")
            .arg(percentText(t.overallOverrideBelow), percentText(t.passiveReviewerShare),
                 percentText(t.reviewerOverrideBelow), locale.toString(t.highToLowRatio),
                 locale.toString(t.trendPValue));
    }

    void methods() {
        heading(sectionTitles()[11]);
        const QStringList notes{
            Text::tr("Each case a reviewer decides is first judged blind: the reviewer commits "
                     "an initial decision and a confidence before Oversight shows what the model "
                     "recommended. Then the model's answer is shown and the reviewer decides."),
            Text::tr("Override rate: the share of finalized reviews whose final decision differs "
                     "from the model's label."),
            Text::tr("Independent disagreement: the share whose initial, blind decision differs "
                     "from the model's label."),
            Text::tr("Deference: among reviews where the initial decision differed from the "
                     "model, the share whose final decision is the model's."),
            Text::tr("Changed mind: the share whose final decision differs from the initial one."),
            Text::tr("Workload: each review carries its calendar day's review volume; high-volume "
                     "reviews are on days above the 75th percentile of that series, low-volume "
                     "below the 25th (linear interpolation). Breaks are gaps of more than 15 "
                     "minutes between a reviewer's decisions."),
            Text::tr("Intervals are 95 % Wilson score intervals; n is the number of reviews a rate "
                     "is computed from. A warning only fires when n is large enough to support "
                     "it."),
            Text::tr("Calibration: the Brier score of the confidence reviewers committed with "
                     "their initial decision, where the outcome is known (0 is perfect, 0.25 is "
                     "a coin toss)."),
            Text::tr("Days and hours are calendar days and hours in %1.").arg(m_report.zone),
            thresholdsNote()};
        for (const QString& note : notes)
            paragraph(note, bodyPoints, false, 6);
    }

    // One rate with its interval, or that there is none.
    static QString rateWithInterval(const Proportion& p) {
        if (!p.rate)
            return /*: Not available: too few reviews to compute the figure. */ Text::tr("n/a");
        // Compact, so that two rates fit a column: "31.9 % (31.1-32.8)".
        const QLocale locale;
        return Text::tr("%1 (%2\u2013%3)")
            .arg(percentText(*p.rate), locale.toString(*p.low * 100, 'f', 1),
                 locale.toString(*p.high * 100, 'f', 1));
    }

    void fairness() {
        heading(sectionTitles()[4]);
        const FairnessAnalysis& f = m_report.fairness;
        if (f.attributes.isEmpty()) {
            paragraph(Text::tr("No batch or review log names protected attributes, so there are "
                               "no figures by group. Name them at import (--group-columns) with "
                               "the positive class (--positive-label)."));
            return;
        }
        paragraph(Text::tr("For each protected attribute: how the model and the decision that "
                           "counts treat each group (all imported decisions of the model in the "
                           "period), how the reviewers' blind and final decisions do on the "
                           "cases they reviewed, the disparities against the reference group and "
                           "whether review narrowed or widened them."));
        for (const AttributeFairness& a : f.attributes) {
            subheading(Text::tr("By %1: reference group %2, positive label %3")
                           .arg(a.attribute, a.reference,
                                a.positiveLabel.isEmpty() ? Text::tr("none") : a.positiveLabel));
            QList<QStringList> decisions;
            for (const GroupFigures& g : a.groups)
                decisions << QStringList{
                    g.group,
                    Text::tr("%1 (%2 pending)").arg(g.decisionsN).arg(g.pending),
                    rateWithInterval(g.model.selectionRate) + u'\n' +
                        rateWithInterval(g.effective.selectionRate),
                    rateWithInterval(g.model.fpr) + u'\n' + rateWithInterval(g.effective.fpr),
                    rateWithInterval(g.model.fnr) + u'\n' + rateWithInterval(g.effective.fnr),
                    rateWithInterval(g.model.accuracy) + u'\n' +
                        rateWithInterval(g.effective.accuracy)};
            table({Text::tr("Group"), Text::tr("Decisions"),
                   Text::tr("Selection rate: model, then effective"),
                   Text::tr("False-positive rate"), Text::tr("False-negative rate"),
                   Text::tr("Accuracy")},
                  decisions);
            QList<QStringList> reviewed;
            qint64 reviews = 0;
            for (const GroupFigures& g : a.groups)
                reviews += g.reviewsN;
            for (const GroupFigures& g : a.groups)
                reviewed << QStringList{
                    g.group, QString::number(g.reviewsN), rateWithInterval(g.override),
                    rateWithInterval(g.reviewModel.fpr) + u'\n' + rateWithInterval(g.initial.fpr) +
                        u'\n' + rateWithInterval(g.final.fpr)};
            if (reviews > 0)
                table({Text::tr("Group"), Text::tr("Reviews"),
                       /*: The share of reviews whose final decision differs from the model's. */
                       Text::tr("Override rate"),
                       Text::tr("False-positive rate: model, blind, final")},
                      reviewed);
            else
                paragraph(Text::tr("No reviewed case in this period names %1.").arg(a.attribute));
            QStringList flagged;
            for (const Disparity& d : a.disparities)
                if (d.flagged)
                    flagged << Text::tr("%1, %2 (%3, %4): ratio %5, difference %6 points (95 % "
                                        "interval %7 to %8)")
                                   .arg(d.group, d.metric, d.scope, d.decider,
                                        d.ratio ? QString::number(*d.ratio, 'f', 2)
                                                : Text::tr("n/a"),
                                        QString::number(d.difference * 100, 'f', 1),
                                        QString::number(d.ciLow * 100, 'f', 1),
                                        QString::number(d.ciHigh * 100, 'f', 1));
            paragraph(
                flagged.isEmpty()
                    ? Text::tr("No disparity is flagged.")
                    : Text::tr("Flagged disparities: %1.").arg(flagged.join(QStringLiteral("; "))));
            for (const OversightEffect& e : a.oversightEffect)
                if (e.ciLow > 0 || e.ciHigh < 0)
                    paragraph(describeOversightEffect(e, a.reference) + u' ' +
                              Text::tr("(95 % interval of the change: %1 to %2 points)")
                                  .arg(QString::number(e.ciLow * 100, 'f', 1),
                                       QString::number(e.ciHigh * 100, 'f', 1)));
            for (const QString& notice : a.notices)
                paragraph(notice);
        }
        const FairnessOptions defaults;
        paragraph(Text::tr("Method: selection rate = share given the positive label; TPR = "
                           "true positives / actual positives; FPR = false positives / actual "
                           "negatives; FNR = false negatives / actual positives; accuracy = "
                           "correct / cases with a known outcome. The effective decision is the "
                           "latest human decision on a case, else the model's; cases waiting "
                           "for a mandatory review are pending. The reference group is the "
                           "largest unless chosen. Differences carry Newcombe's hybrid score "
                           "interval; a disparity is flagged when the ratio lies outside %1 to "
                           "%2, the interval excludes 0 and both groups have at least %3 cases. "
                           "The change review made to a gap is |final difference| - |model "
                           "difference| on the reviewed cases, with a 95 % interval from %4 "
                           "bootstrap resamples stratified by group (fixed seed).")
                      .arg(defaults.ratioLow)
                      .arg(defaults.ratioHigh)
                      .arg(defaults.minimumN)
                      .arg(defaults.resamples),
                  bodyPoints - 1, false, 6);
    }

    QString kappaText(const std::optional<double>& kappa) const {
        return kappa ? QString::number(*kappa, 'f', 2) : Text::tr("undefined");
    }

    // The policy of each queue, how often independent reviewers agreed before
    // and after seeing the model, and what adjudication settled.
    void doubleReview() {
        heading(sectionTitles()[6]);
        const AgreementFigures& a = m_report.agreement;
        QStringList policies;
        for (const QueueReviewPolicy& queue : m_report.reviewPolicies)
            policies << Text::tr("queue %1: %2 reviews per case, second-review rate %3")
                            .arg(queue.queue)
                            .arg(queue.reviewsPerCase)
                            .arg(queue.secondReviewRate);
        paragraph(policies.isEmpty()
                      ? Text::tr("Policy: one review per case in every queue.")
                      : Text::tr("Policy: %1.").arg(policies.join(QStringLiteral("; "))));
        if (a.cases == 0 && a.adjudicationPending == 0 && a.adjudicationResolved == 0) {
            paragraph(Text::tr("No case in this period was reviewed independently by more than "
                               "one reviewer."));
            return;
        }
        table({Text::tr("Stage"), Text::tr("Cases"), Text::tr("All agree"),
               Text::tr("Fleiss' kappa")},
              {{Text::tr("Blind (initial)"), QString::number(a.initial.percent.n),
                percent(a.initial.percent.rate), kappaText(a.initial.fleissKappa)},
               {Text::tr("After the reveal (final)"), QString::number(a.final.percent.n),
                percent(a.final.percent.rate), kappaText(a.final.fleissKappa)}});
        if (!a.pairs.isEmpty()) {
            subheading(Text::tr("Pairs of reviewers (Cohen's kappa, from 20 shared cases)"));
            QList<QStringList> rows;
            for (const PairAgreement& pair : a.pairs)
                rows << QStringList{pair.a, pair.b, QString::number(pair.n),
                                    kappaText(pair.initialKappa), kappaText(pair.finalKappa)};
            table({Text::tr("Reviewer"), Text::tr("Reviewer"), Text::tr("Shared cases"),
                   Text::tr("Kappa blind"), Text::tr("Kappa final")},
                  rows);
        }
        subheading(Text::tr("Adjudication"));
        paragraph(Text::tr("%1 resolved, %2 pending; the adjudicator took the model's answer in "
                           "%3 of the resolved.")
                      .arg(a.adjudicationResolved)
                      .arg(a.adjudicationPending)
                      .arg(a.adjudicatorSidedWithModel));
        QList<QStringList> rows;
        for (const ReviewerAgreement& reviewer : a.byReviewer)
            rows << QStringList{reviewer.reviewer, percent(reviewer.agreement.rate),
                                QString::number(reviewer.adjudicated),
                                QString::number(reviewer.upheld), percent(reviewer.accuracy.rate)};
        table({Text::tr("Reviewer"), Text::tr("Agrees blind"), Text::tr("Adjudicated"),
               Text::tr("Upheld"), Text::tr("Accuracy")},
              rows);
    }

    // The disclosed checks: the policy, each reviewer on cases whose answer is
    // known, and how the figures are defined.
    void appeals() {
        heading(sectionTitles()[8]);
        const AppealFigures& a = m_report.appeals;
        if (a.filed == 0) {
            paragraph(Text::tr("No decision has been appealed."));
        } else {
            table({Text::tr("Measure"), Text::tr("Value")},
                  {{Text::tr("Appeals filed"), QString::number(a.filed)},
                   {Text::tr("Pending"), QString::number(a.pending)},
                   {Text::tr("Overdue (pending past their deadline)"), QString::number(a.overdue)},
                   {Text::tr("Decided"), QString::number(a.resolved)},
                   {Text::tr("Reversed on appeal"), rateWithInterval(a.reversal)},
                   {Text::tr("Median days to decide"),
                    a.medianDaysToResolve ? QLocale().toString(*a.medianDaysToResolve, 'f', 1)
                                          : Text::tr("n/a")}});
            QList<QStringList> deciders;
            for (const AppealReversals& decider : a.byOriginalDecider)
                deciders << QStringList{
                    decider.key == u"model" ? Text::tr("the model") : decider.key,
                    QString::number(decider.reversal.n), rateWithInterval(decider.reversal)};
            if (!deciders.isEmpty()) {
                subheading(Text::tr("Reversed on appeal, by who took the decision"));
                table({Text::tr("Decided by"), Text::tr("Appeals decided"), Text::tr("Reversed")},
                      deciders);
            }
            QList<QStringList> groups;
            for (const AppealReversals& group : a.byGroup)
                groups << QStringList{group.attribute, group.key, QString::number(group.reversal.n),
                                      rateWithInterval(group.reversal)};
            if (!groups.isEmpty()) {
                subheading(Text::tr("Reversed on appeal, by group"));
                table({Text::tr("Attribute"), Text::tr("Group"), Text::tr("Appeals decided"),
                       Text::tr("Reversed")},
                      groups);
            }
            for (const Warning& warning : a.warnings)
                paragraph(Text::tr("Warning: %1").arg(warning.message));
        }
        subheading(Text::tr("Method"));
        paragraph(Text::tr(
            "A decided case may be appealed within the appeal window after its decision, once. "
            "The appeal is decided by a reviewer who never reviewed, adjudicated, imported or "
            "appealed the case, blind to the model and to the earlier decisions until their own "
            "initial decision is stored; the same final decision upholds, another reverses, "
            "always with a rationale. A reversal becomes the case's decision and is handed on. "
            "These figures count every appeal in the database, whatever the report's period. "
            "95 % Wilson intervals."));
    }

    void knownAnswers() {
        heading(sectionTitles()[7]);
        const KnownAnswerFigures& k = m_report.knownAnswers;
        QStringList policies;
        for (const QueueReviewPolicy& queue : m_report.reviewPolicies)
            if (queue.knownAnswerRate > 0.0)
                policies << Text::tr("queue %1: known-answer rate %2, catch rate %3, feedback %4")
                                .arg(queue.queue)
                                .arg(queue.knownAnswerRate)
                                .arg(queue.catchRate)
                                .arg(queue.knownAnswerFeedback ? Text::tr("on") : Text::tr("off"));
        paragraph(policies.isEmpty()
                      ? Text::tr("Policy: no queue serves known-answer checks now.")
                      : Text::tr("Policy: %1. Reviewers of these queues see a standing notice "
                                 "that some cases are checks with known answers and that some "
                                 "recommendations shown to them are deliberately wrong.")
                            .arg(policies.join(QStringLiteral("; "))));
        if (k.overall.n == 0) {
            paragraph(Text::tr("No known-answer check was finalized in this period."));
        } else {
            paragraph(Text::tr("%1 checks on %2 known-answer cases, %3 catch trials. None of "
                               "them is a decision: they are in no other figure of this report "
                               "and never exported.")
                          .arg(k.overall.n)
                          .arg(k.cases)
                          .arg(k.overall.catchTrials));
            QList<QStringList> rows;
            auto row = [&](const QString& who, const KnownAnswerRates& rates) {
                rows << QStringList{who,
                                    QString::number(rates.n),
                                    QString::number(rates.catchTrials),
                                    rateWithInterval(rates.initialAccuracy),
                                    rateWithInterval(rates.finalAccuracy),
                                    rateWithInterval(rates.catchDeference),
                                    rateWithInterval(rates.rair),
                                    rateWithInterval(rates.rsr)};
            };
            for (const ReviewerKnownAnswers& reviewer : k.byReviewer)
                row(reviewer.reviewer, reviewer.rates);
            row(Text::tr("Everyone"), k.overall);
            table({Text::tr("Reviewer"), Text::tr("Checks"), Text::tr("Catch trials"),
                   Text::tr("Accuracy blind"), Text::tr("Accuracy final"),
                   Text::tr("Catch deference"), Text::tr("RAIR"), Text::tr("RSR")},
                  rows);
            for (const Warning& warning : k.warnings)
                paragraph(Text::tr("Warning: %1").arg(warning.message));
        }
        subheading(Text::tr("Method"));
        paragraph(Text::tr(
            "A known-answer case is imported with its correct answer and served in place of a "
            "production case at the queue's known-answer rate, at most once to each reviewer; "
            "before the final decision nothing on screen or in the data tells it apart. At the "
            "queue's catch rate its reveal shows a planted recommendation: a label other than "
            "the correct one (with two labels the other one, else the most probable wrong one) "
            "with the row's own confidence; each plant is an audit event. Accuracy blind and "
            "final: the initial and final decision equal the correct answer. Catch deference: "
            "among catch trials answered correctly blind, the share finally decided as the "
            "planted recommendation. RAIR: wrong blind with a correct recommendation, the share "
            "decided correctly; RSR: right blind with a wrong recommendation, the share kept "
            "(Schemmer et al. 2023). 95 % Wilson intervals. A reviewer is named when their "
            "catch deference is 50 % or more on at least 10 catch trials."));
    }

    // One page per model version: what it decided, how it was routed, how often
    // it was right (overall and by group) and how often reviewers overrode it.
    void modelCards() {
        heading(sectionTitles()[5]);
        if (m_report.modelCards.isEmpty()) {
            paragraph(Text::tr("No model version has batches imported or reviews finalized in "
                               "this period."));
            return;
        }
        bool first = true;
        for (const ModelCard& c : m_report.modelCards) {
            if (!first) {
                QTextBlockFormat page;
                page.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                m_cursor.insertBlock(page, textFormat());
            }
            first = false;
            subheading(Text::tr("Model card: %1").arg(c.model));
            const QLocale locale;
            table(
                {Text::tr("Item"), Text::tr("Value")},
                {{Text::tr("Decisions imported in the period"), locale.toString(c.decisions)},
                 {Text::tr("Routed to mandatory review"), locale.toString(c.routedReview)},
                 {Text::tr("Decided by the model"), locale.toString(c.automated)},
                 {Text::tr("of which sampled for an audit review"), locale.toString(c.routedAudit)},
                 {Text::tr("Accuracy where the outcome is known"),
                  c.accuracy.n > 0
                      ? Text::tr("%1 of %2 cases")
                                .arg(locale.toString(c.accuracy.k), locale.toString(c.accuracy.n)) +
                            u'\n' + rateWithInterval(c.accuracy)
                      : Text::tr("no outcomes known")},
                 {/*: The share of reviews whose final decision differs from the model's. */
                  Text::tr("Override rate"), c.overrideRate.n > 0
                                                 ? Text::tr("%1 of %2 reviews")
                                                           .arg(locale.toString(c.overrideRate.k),
                                                                locale.toString(c.overrideRate.n)) +
                                                       u'\n' + rateWithInterval(c.overrideRate)
                                                 : Text::tr("no reviews finalized")},
                 {Text::tr("Batches"),
                  c.batches.isEmpty() ? Text::tr("none in the period") : c.batches.join(u'\n')}});
            if (c.accuracyByGroup.isEmpty())
                continue;
            QList<QStringList> rows;
            for (const GroupAccuracy& g : c.accuracyByGroup)
                rows << QStringList{g.attribute, g.group, locale.toString(g.decisions),
                                    g.accuracy.n > 0
                                        ? rateWithInterval(g.accuracy) + u' ' +
                                              Text::tr("(%1 with an outcome)").arg(g.accuracy.n)
                                        : Text::tr("no outcomes known")};
            subheading(Text::tr("Accuracy by group"));
            table({Text::tr("Attribute"), Text::tr("Group"), Text::tr("Decisions"),
                   Text::tr("Accuracy")},
                  rows);
        }
    }

    void chain() {
        const AuditReport& r = m_report;
        heading(sectionTitles()[12]);
        paragraph(Text::tr("Every change in Oversight is an event in an append-only trail; each "
                           "event's SHA-256 hash covers its content and the previous event's "
                           "hash, so a changed, removed or reordered event breaks the chain."));
        table({Text::tr("Item"), Text::tr("Value")},
              {{Text::tr("Last event that changed data"), QStringLiteral("#%1").arg(r.head.seq)},
               {/*: Column: when the newest audit event was recorded. */ Text::tr("Its time"),
                utcText(r.head.at)},
               {/*: Column: the SHA-256 hash of the newest audit event. */ Text::tr("Its hash"),
                r.head.hash},
               {Text::tr("Verification when generated"), verificationWords()}});
        paragraph(Text::tr("To check this report against the database later, run "
                           "'oversight-cli verify' and confirm that event #%1 still has the hash "
                           "above ('oversight-cli verify --anchor %1:HASH' does both).")
                      .arg(r.head.seq),
                  bodyPoints, false, 6);
    }

    const AuditReport& m_report;
    ChartObject* m_charts;
    QSizeF m_body;
    std::map<int, int> m_pages;
    QTextDocument m_document;
    QTextCursor m_cursor;
    QList<QTextBlock> m_headingBlocks;
};

} // namespace

Status writePdfReport(QIODevice& out, const AuditReport& report, QPageSize::PageSizeId pageSize) {
    QPdfWriter writer(&out);
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(Text::tr("Human oversight audit report %1 to %2")
                        .arg(dateText(*report.filter.from), dateText(*report.filter.to)));
    writer.setCreator(QStringLiteral("Oversight %1").arg(report.applicationVersion));

    const QRectF paint = writer.pageLayout().paintRectPixels(writer.resolution());
    const double footer = writer.resolution() * 0.35; // room for the page number
    const QSizeF body(paint.width(), paint.height() - footer);

    // Pass one finds the page of each section; pass two prints with those numbers.
    std::map<int, int> headingPages;
    for (int pass = 0; pass < 2; ++pass) {
        ChartObject charts;
        charts.setLayoutScale(writer.resolution() / 96.0);
        ReportDocument built(report, &charts, body, headingPages);
        QTextDocument& document = built.document();
        // Laid out once, after it is built: a layout present while tables fill
        // re-lays the table out for every cell (quadratic in a 300-reviewer table).
        built.build();
        document.documentLayout()->setPaintDevice(&writer);
        document.documentLayout()->registerHandler(ChartObject::type, &charts);
        document.markContentsDirty(0, document.characterCount());
        if (pass == 0) {
            for (int i = 0; i < built.headings().size(); ++i) {
                const QRectF rect =
                    document.documentLayout()->blockBoundingRect(built.headings()[i]);
                headingPages[i] = static_cast<int>(rect.top() / body.height()) + 1;
            }
            continue;
        }
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{Text::tr("Cannot start the PDF: %1").arg(out.errorString())};
        const int pages = document.pageCount();
        QFont footerFont(QStringLiteral("DejaVu Sans"));
        footerFont.setPointSizeF(8);
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -page * body.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, page * body.height(), body.width(), body.height());
            painter.setClipRect(context.clip);
            document.documentLayout()->draw(&painter, context);
            painter.restore();
            painter.setFont(QFont(footerFont, &writer));
            painter.setPen(Qt::darkGray);
            const QRectF footerRect(0, body.height(), body.width(), footer);
            painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignBottom,
                             Text::tr("Oversight audit report, %1 to %2")
                                 .arg(dateText(*report.filter.from), dateText(*report.filter.to)));
            painter.drawText(footerRect, Qt::AlignRight | Qt::AlignBottom,
                             Text::tr("Page %1 of %2").arg(page + 1).arg(pages));
        }
        if (!painter.end())
            return Error{Text::tr("Cannot finish the PDF: %1").arg(out.errorString())};
    }
    return success();
}

} // namespace oversight
