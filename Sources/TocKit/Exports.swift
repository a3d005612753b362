// The façade re-exports the stage modules whose types appear in its API, so callers import TocKit alone.
@_exported import TocChecks
@_exported import TocDiagnostics
@_exported import TocFramework
@_exported import TocModel
@_exported import TocRender
