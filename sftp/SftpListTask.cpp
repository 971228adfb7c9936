#include "SftpListTask.h"

#include "SftpProtocol.h"

namespace ferry {

namespace {

constexpr int MaxReaddirsInFlight = 2;

// A refused name, readable and with nothing in it that could fool a terminal or a dialog.
QString printable(const QByteArray& raw)
{
    QString out;
    for (const char c : raw.left(200)) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f) {
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        } else {
            out += QLatin1Char(c);
        }
    }
    return QString::fromUtf8(out.toLatin1());
}

} // namespace

SftpListTask::SftpListTask(const QByteArray& path, int batchSize, int batchMs)
    : m_path(path)
    , m_displayPath(QString::fromUtf8(path))
    , m_batchSize(qMax(1, batchSize))
    , m_batchMs(qMax(1, batchMs))
{
}

void SftpListTask::start()
{
    m_sinceFlush.start();
    channel()->opendir(this, m_path, [this](const SftpError& error, const QByteArray& handle) {
        if (error.isError()) {
            end(error);
            return;
        }
        m_handle = handle;
        readMore();
    });
}

void SftpListTask::pump()
{
    flush(false);
}

void SftpListTask::readMore()
{
    // Reading stops while a batch waits for its links, so what is held stays around two batches.
    while (!finished() && !m_eof && m_readdirsInFlight < MaxReaddirsInFlight && m_batch.size() < 2 * m_batchSize) {
        ++m_readdirsInFlight;
        channel()->readdir(this, m_handle,
                           [this](const SftpError& error, const QVector<SftpChannel::Name>& names, bool eof) {
                               onNames(error, names, eof);
                           });
    }
}

void SftpListTask::onNames(const SftpError& error, const QVector<SftpChannel::Name>& names, bool eof)
{
    --m_readdirsInFlight;
    if (error.isError()) {
        end(error);
        return;
    }
    if (eof) {
        m_eof = true;
    }
    for (const SftpChannel::Name& n : names) {
        if (n.filename == "." || n.filename == "..") {
            continue;
        }
        const QString problem = SftpEntry::nameProblem(n.filename);
        if (!problem.isEmpty()) {
            context()->warning(SftpError::tr("Left out an entry of %1 named \"%2\": %3")
                                   .arg(m_displayPath, printable(n.filename), problem));
            continue;
        }
        SftpEntry e;
        e.rawName = n.filename;
        e.name = QString::fromUtf8(n.filename);
        e.rawPath = SftpEntry::joinPath(m_path, n.filename);
        e.path = SftpEntry::joinPath(m_displayPath, e.name);
        e.attributes = n.attributes;
        if (!SftpEntry::parseLongName(n.longname, &e.owner, &e.group) && n.attributes.hasOwner()) {
            e.owner = QString::number(n.attributes.uid);
            e.group = QString::number(n.attributes.gid);
        }
        m_batch.append(e);
        if (e.isSymlink()) {
            resolveLink(m_batch.size() - 1);
        }
    }
    flush(false);
    readMore();
}

void SftpListTask::resolveLink(int index)
{
    m_unresolved += 2;
    const quint64 generation = m_generation;
    const QByteArray path = m_batch.at(index).rawPath;
    auto settle = [this] {
        if (--m_unresolved == 0) {
            flush(false);
            readMore();
        }
    };
    channel()->readlink(this, path,
                        [this, index, generation, settle](const SftpError& error, const QByteArray& target) {
                            if (generation == m_generation && !error.isError()) {
                                m_batch[index].symlinkTarget = QString::fromUtf8(target);
                            }
                            settle();
                        });
    channel()->stat(this, path, [this, index, generation, settle](const SftpError& error, const SftpAttributes& a) {
        if (generation == m_generation) {
            m_batch[index].linkIsBroken = error.isError();
            m_batch[index].linkTargetIsDirectory = !error.isError() && a.isDirectory();
        }
        settle();
    });
}

void SftpListTask::flush(bool force)
{
    if (finished() || m_unresolved > 0) {
        return;
    }
    const bool done = m_eof && m_readdirsInFlight == 0;
    if (!m_batch.isEmpty() && (force || done || m_batch.size() >= m_batchSize || m_sinceFlush.elapsed() >= m_batchMs)) {
        m_listed += m_batch.size();
        context()->entries(m_batch);
        m_batch.clear();
        ++m_generation;
        m_sinceFlush.start();
        context()->progress(m_listed, -1, m_displayPath);
    }
    if (done) {
        end(SftpError());
    }
}

void SftpListTask::cancel()
{
    end(SftpError::cancelled());
}

void SftpListTask::end(const SftpError& error)
{
    if (finished()) {
        return;
    }
    if (!m_handle.isEmpty()) {
        channel()->close(nullptr, m_handle, nullptr);
        m_handle.clear();
    }
    context()->finish(error.withPath(m_displayPath), QVariant::fromValue<qint64>(m_listed));
}

} // namespace ferry
