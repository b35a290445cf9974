#include "analytics/counts.h"

namespace oversight {

Counts& Counts::operator+=(const Counts& other) {
    n += other.n;
    overrides += other.overrides;
    withInitial += other.withInitial;
    disagreements += other.disagreements;
    deferrals += other.deferrals;
    changedMind += other.changedMind;
    truthN += other.truthN;
    modelCorrect += other.modelCorrect;
    finalCorrect += other.finalCorrect;
    initialTruthN += other.initialTruthN;
    initialCorrect += other.initialCorrect;
    modelRightDisagreed += other.modelRightDisagreed;
    switchedWhenRight += other.switchedWhenRight;
    modelWrongDisagreed += other.modelWrongDisagreed;
    heldWhenWrong += other.heldWhenWrong;
    brierN += other.brierN;
    brierSum += other.brierSum;
    blindN += other.blindN;
    blindMsSum += other.blindMsSum;
    decideN += other.decideN;
    decideMsSum += other.decideMsSum;
    return *this;
}

} // namespace oversight
