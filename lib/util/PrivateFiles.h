#pragma once

#include <QString>

class QSaveFile;

// Files the console and the CLI write hold CRM data and account names: readable by their owner
// only. Every writer creates its folder with ensureFolder() (0700) and commits through commit()
// (0600 before the rename, so the file never exists with wider permissions); tighten() narrows
// files and folders that an earlier version created world-readable.
namespace PrivateFiles {

// Creates `folder` (and missing parents) and makes it 0700. False when it cannot be created.
bool ensureFolder(const QString& folder);

// Sets 0600 on the open, not yet committed file, then commits it.
bool commit(QSaveFile& file);

// Makes an existing file 0600 (after QFile::open(Append) created it, or on start).
bool restrictFile(const QString& path);

// On start: `folder` 0700, every file directly inside it 0600, subfolders likewise.
void tighten(const QString& folder);

} // namespace PrivateFiles
