import SitegenCore
import Yams

/// YAML nodes as `MetaValue`s, the one conversion front matter and sitegen.yml share (bounded in size and depth
/// against alias bombs).
public enum YAMLValue {
    /// The value of `node` with its shape kept: plain scalars become booleans, numbers or null where YAML says so.
    public static func metaValue(_ node: Node) -> MetaValue {
        var reader = MetadataReader(path: "", lineOffset: 0)
        return reader.metaValue(node, depth: 0)
    }
}
