"""`missionlint server`: a language server (LSP over stdio) that lints documents while they
are written, with the same readers, rules, configuration and result cache as `check`.

`linting` lints an editor's document as `check` lints a file (in one worker thread, the
pipeline loaded once); `positions` maps the linter's character offsets to the client's
position encoding; `features` turns results into diagnostics, code actions and hovers;
`app` is the pygls server that wires them to the protocol.
"""
