#pragma once

#include <QFile>
#include <QIODevice>

namespace oversight::cli {

// Standard output or error as the CLI writes to it: control characters in data
// (an escape sequence in a case fact, a carriage return that hides what came
// before it) reach the terminal as visible caret notation ("^[", "^M") instead of
// commands to the terminal. Newlines and tabs pass. JSON output has no control
// characters of its own: QJsonDocument escapes them.
class TerminalOutput final : public QIODevice {
public:
    explicit TerminalOutput(FILE* stream);

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    QFile m_file;
};

} // namespace oversight::cli
