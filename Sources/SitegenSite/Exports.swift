// Modules the CLI uses through SitegenSite.
@_exported import SitegenAnalysis
@_exported import SitegenCore
@_exported import SitegenFeeds
@_exported import SitegenMarkdown
@_exported import SitegenXML
