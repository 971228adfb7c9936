#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace ferry {

// A question for the user during authentication. Answers come back in prompt order.
struct AuthPrompt {
    enum class Kind { Password, Passphrase, KeyboardInteractive };
    struct Field {
        QString text;
        bool echo = false;           // false: a secret, shown masked
    };

    Kind kind = Kind::Password;
    QString userAtHost;
    QString name;                    // keyboard-interactive name
    QString instruction;             // keyboard-interactive instruction
    QString keyFile;                 // Passphrase: which key
    QList<Field> fields;
    int attempt = 1;                 // > 1: the previous answer was wrong
};

} // namespace ferry

Q_DECLARE_METATYPE(ferry::AuthPrompt)
