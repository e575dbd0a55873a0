/// The one place that names this sitegen release: `sitegen --version`, the SARIF tool version and the version
/// `sitegen new site` pins in a blog's publish workflow all read it. Publishing a release means changing
/// `version` here and tagging the commit `v<version>` (docs/publishing.md).
public enum SitegenRelease {
    /// The version, without the leading `v` of its tag.
    public static let version = "0.1.0"
    /// The git tag of this version (`v0.1.0`), which the publish workflow pins.
    public static var tag: String { "v" + version }
    /// The repository releases are published from; a blog's workflow downloads the release binary from it, or
    /// clones and builds the tag when the release has no binary for the runner.
    public static let repository = "https://github.com/sitegen-project/sitegen.git"
}
