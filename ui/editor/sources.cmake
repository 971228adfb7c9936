# ui/editor: its own source list (paths relative to ui/), so work on other folders never touches this file.
# The remote editor: a code editor with highlighting, find and replace, and the window saving through an
# EditorDocument.
target_sources(ferry_ui PRIVATE
    editor/CodeEditor.cpp editor/CodeEditor.h
    editor/EditorDocument.cpp editor/EditorDocument.h
    editor/FindReplaceBar.cpp editor/FindReplaceBar.h
    editor/LineNumberArea.cpp editor/LineNumberArea.h
    editor/RemoteEditorDocument.cpp editor/RemoteEditorDocument.h
    editor/RemoteEditorWindow.cpp editor/RemoteEditorWindow.h
    editor/SyntaxCatalog.cpp editor/SyntaxCatalog.h
    editor/TextFileCheck.cpp editor/TextFileCheck.h
    editor/TextFileFormat.cpp editor/TextFileFormat.h
)
