# sftp/transfer: its own source list (paths relative to sftp/), so work on the engine never touches this file.
target_sources(ferry_sftp PRIVATE
    transfer/ConflictAction.h
)
