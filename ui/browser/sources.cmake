# ui/browser: its own source list (paths relative to ui/), so work on other folders never touches this file.
target_sources(ferry_ui PRIVATE
    browser/DualPaneBrowser.cpp browser/DualPaneBrowser.h
    browser/FilePane.cpp browser/FilePane.h
    browser/LocalFileWorker.cpp browser/LocalFileWorker.h
    browser/LocalPaneModel.cpp browser/LocalPaneModel.h
    browser/PaneDrop.h
    browser/PaneDragDrop.cpp browser/PaneDragDrop.h
    browser/PaneEntry.h
    browser/PaneHistory.cpp browser/PaneHistory.h
    browser/PaneMimeData.cpp browser/PaneMimeData.h
    browser/PaneModel.cpp browser/PaneModel.h
    browser/PaneNavigationBar.cpp browser/PaneNavigationBar.h
    browser/PaneSortProxy.cpp browser/PaneSortProxy.h
    browser/PaneView.cpp browser/PaneView.h
    browser/RemotePaneModel.cpp browser/RemotePaneModel.h
)
