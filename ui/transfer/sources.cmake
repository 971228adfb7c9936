# ui/transfer: its own source list (paths relative to ui/), so work on other folders never touches this file.
target_sources(ferry_ui PRIVATE
)
