#pragma once

#include <QDateTime>
#include <QString>

namespace ferry {

// A transfer whose target already exists, as the conflict dialog shows it.
struct FileConflict {
    QString sourcePath;     // what is being transferred, as the user knows it (remote path or local file)
    QString targetPath;     // the file already there
    qint64 sourceSize = -1; // -1 when unknown
    qint64 targetSize = -1;
    QDateTime sourceModified; // invalid when unknown
    QDateTime targetModified;
    // The caller knows the target can be continued (a shorter file left by an earlier transfer).
    bool resumePossible = false;
    // The name offered for "Rename", usually UniqueFileName::suggest() against the target folder.
    QString suggestedName;
};

} // namespace ferry
