#include "SftpVersion.h"

namespace ferry {

int SftpVersion::protocol()
{
    return Protocol;
}

} // namespace ferry
