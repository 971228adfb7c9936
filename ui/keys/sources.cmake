# ui/keys: its own source list (paths relative to ui/), so work on other folders never touches this file.
# The key manager (keys, agent, the questions around them) and the known hosts manager.
target_sources(ferry_ui PRIVATE
    keys/AgentAddDialog.cpp keys/AgentAddDialog.h
    keys/AgentPanel.cpp keys/AgentPanel.h
    keys/InstallConnector.cpp keys/InstallConnector.h
    keys/InstallKeyDialog.cpp keys/InstallKeyDialog.h
    keys/KeyGenerateDialog.cpp keys/KeyGenerateDialog.h
    keys/KeyManagerDialog.cpp keys/KeyManagerDialog.h
    keys/KeyManagerSettings.h
    keys/KeyPassphraseDialog.cpp keys/KeyPassphraseDialog.h
    keys/KnownHostsDialog.cpp keys/KnownHostsDialog.h
    keys/PassphraseFields.cpp keys/PassphraseFields.h
    keys/PublicKeyDialog.cpp keys/PublicKeyDialog.h
    keys/PuttyImportDialog.cpp keys/PuttyImportDialog.h
)
