#pragma once

#include <QString>

namespace oversight {

// A final decision needs a written reason when it differs from the reviewer's
// own initial decision or from the model: those are the decisions an auditor asks about.
bool finalRationaleRequired(const QString& initialLabel, const QString& finalLabel,
                            const QString& modelLabel);
// An appeal's final decision always needs one: it upholds or reverses a decision
// about a person, who may ask why.
bool finalRationaleRequired(const QString& initialLabel, const QString& finalLabel,
                            const QString& modelLabel, bool appeal);

// A queue name: lower-case letters, digits, '-' and '_', starting with a letter, at
// most 40 characters ("review", "audit", "senior-credit").
bool isValidQueueName(const QString& name);

} // namespace oversight
