import SitegenCore

/// Settings shared by the reporters.
public struct ReportOptions: Sendable, Hashable {
    /// ANSI colour in text output (the CLI turns it on for a terminal without `NO_COLOR`).
    public var color: Bool
    /// The tool version written into SARIF.
    public var toolVersion: String
    /// Where rule documentation lives; a rule's SARIF `helpUri` is this plus its id (left out when nil).
    public var helpBaseURI: String?
    /// The absolute `file://` URI of the repository root for SARIF's `%SRCROOT%`, if known (left out otherwise,
    /// so output stays the same on every machine).
    public var sourceRootURI: String?

    /// Creates options.
    public init(color: Bool = false, toolVersion: String = SitegenRelease.version, helpBaseURI: String? = nil, sourceRootURI: String? = nil) {
        self.color = color
        self.toolVersion = toolVersion
        self.helpBaseURI = helpBaseURI
        self.sourceRootURI = sourceRootURI
    }
}
