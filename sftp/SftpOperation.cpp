#include "SftpOperation.h"

#include "RemoteFileSystem.h"

namespace ferry {

namespace {

constexpr int MaxWarningsKept = 1000;

} // namespace

SftpOperation::SftpOperation(RemoteFileSystem* fileSystem, quint64 id)
    : m_fileSystem(fileSystem)
    , m_id(id)
{
}

SftpOperation::~SftpOperation()
{
    if (!m_finished && m_fileSystem) {
        m_fileSystem->forget(m_id);
    }
}

QString SftpOperation::path() const
{
    return QString::fromUtf8(rawPath());
}

QByteArray SftpOperation::rawPath() const
{
    return m_result.toByteArray();
}

QByteArray SftpOperation::data() const
{
    return m_result.toByteArray();
}

SftpFsStats SftpOperation::fsStats() const
{
    return m_result.value<SftpFsStats>();
}

qint64 SftpOperation::count() const
{
    return m_result.toLongLong();
}

void SftpOperation::cancel()
{
    if (!m_finished && m_fileSystem) {
        m_fileSystem->cancelOperation(m_id);
    }
}

void SftpOperation::deliverReport(const QVariant& value)
{
    if (value.userType() == qMetaTypeId<SftpAttributes>()) {
        m_attributes = value.value<SftpAttributes>();
    }
    emit reported(value);
}

void SftpOperation::deliverWarning(const QString& text)
{
    if (m_warnings.size() < MaxWarningsKept) {
        m_warnings.append(text);
    }
    emit warning(text);
}

void SftpOperation::complete(const SftpError& error, const QVariant& result)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    m_result = result;
    if (result.userType() == qMetaTypeId<SftpAttributes>()) {
        m_attributes = result.value<SftpAttributes>();
    }
    emit finished();
}

} // namespace ferry
