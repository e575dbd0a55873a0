// Modules the CLI uses through SitegenSite.
@_exported import SitegenAnalysis
@_exported import SitegenCore
@_exported import SitegenXML
