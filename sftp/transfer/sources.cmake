# sftp/transfer: its own source list (paths relative to sftp/), so work on the engine never touches this file.
target_sources(ferry_sftp PRIVATE
    transfer/ConflictAction.h
    transfer/TransferOptions.h
    transfer/TransferControl.h
    transfer/TransferItem.h
    transfer/FolderTimes.h
    transfer/TransferOutcome.h
    transfer/TransferConflict.h
    transfer/TransferJob.h
    transfer/BandwidthLimiter.cpp transfer/BandwidthLimiter.h
    transfer/LocalTarget.cpp transfer/LocalTarget.h
    transfer/TransferTask.cpp transfer/TransferTask.h
    transfer/DownloadTask.cpp transfer/DownloadTask.h
    transfer/UploadTask.cpp transfer/UploadTask.h
    transfer/RemoteWalkTask.cpp transfer/RemoteWalkTask.h
    transfer/WalkPace.cpp transfer/WalkPace.h
    transfer/LocalWalkTask.cpp transfer/LocalWalkTask.h
    transfer/FolderTimesTask.cpp transfer/FolderTimesTask.h
    transfer/TransferQueue.cpp transfer/TransferQueueModel.cpp transfer/TransferQueueControl.cpp
    transfer/TransferQueueFolders.cpp transfer/TransferQueue.h
)
# Code outside sftp/ includes the transfer headers by file name, like the engine's.
target_include_directories(ferry_sftp PUBLIC ${CMAKE_CURRENT_LIST_DIR})
