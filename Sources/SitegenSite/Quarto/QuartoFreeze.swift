import Foundation

/// Reads Quarto's frozen computations: `_freeze/<path>/execute-results/html.json`, whose `result.markdown` is the
/// document as the engine (knitr or Jupyter) left it: code in `::: {.cell}` divs, printed output in
/// `.cell-output` divs, figures as images under `<stem>_files/figure-html/`.
enum QuartoFreeze {
    /// A bound on the JSON read (frozen results with embedded widgets can be large, not unbounded).
    static let maximumSize = 64 << 20

    enum Outcome: Equatable {
        case success(String)
        case failure(String)
    }

    static func read(_ url: URL) -> Outcome {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = attributes[.size] as? Int else { return .failure("it cannot be read") }
        guard size <= maximumSize else { return .failure("it is larger than \(maximumSize >> 20) MB") }
        guard let data = FileManager.default.contents(atPath: url.path) else { return .failure("it cannot be read") }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return .failure("it is not valid JSON")
        }
        let result = object["result"] as? [String: Any] ?? object
        guard let markdown = result["markdown"] as? String else { return .failure("it has no result.markdown") }
        return .success(markdown)
    }
}
