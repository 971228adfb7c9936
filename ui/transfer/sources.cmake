# ui/transfer: its own source list (paths relative to ui/), so work on other folders never touches this file.
# The dialogs of file operations and transfers: permissions, conflicts, and the free-name helper.
target_sources(ferry_ui PRIVATE
    transfer/ConflictDialog.cpp transfer/ConflictDialog.h
    transfer/FileConflict.h
    transfer/PermissionChange.h
    transfer/PermissionTarget.h
    transfer/PermissionsDialog.cpp transfer/PermissionsDialog.h
    transfer/ProblemLabel.h
    transfer/TransferDock.cpp transfer/TransferDock.h
    transfer/TransferProgressDelegate.cpp transfer/TransferProgressDelegate.h
    transfer/UniqueFileName.cpp transfer/UniqueFileName.h
)
