/// The script `serve` injects into the HTML pages it serves (never into a `build`): it listens for build
/// results over Server-Sent Events, reloads the page keeping its scroll position, and shows a build error as
/// an overlay until a later build succeeds.
enum LiveScript {
    /// Where the script is served; outside any base-URL sub-path so it never clashes with site content.
    static let scriptPath = "/__sitegen/live.js"
    /// The event stream.
    static let eventsPath = "/__sitegen/events"
    /// The tag inserted before `</body>`.
    static let tag = "<script src=\"\(scriptPath)\" data-sitegen-live></script>"

    /// Inserts the tag before the last `</body>` (or at the end when there is none).
    static func inject(into html: String) -> String {
        if let range = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            return html.replacingCharacters(in: range.lowerBound..<range.lowerBound, with: tag + "\n")
        }
        return html + "\n" + tag + "\n"
    }

    static let source = #"""
    (() => {
      "use strict";
      const key = "sitegen-scroll:" + location.pathname;
      const saved = sessionStorage.getItem(key);
      if (saved !== null) {
        sessionStorage.removeItem(key);
        const [x, y] = saved.split(",").map(Number);
        const restore = () => window.scrollTo(x, y);
        if (document.readyState === "complete") restore(); else addEventListener("load", restore);
      }
      let overlay = null;
      function clearOverlay() { if (overlay) { overlay.remove(); overlay = null; } }
      function text(tag, value, style) {
        const el = document.createElement(tag);
        el.textContent = value;
        if (style) el.style.cssText = style;
        return el;
      }
      function showFailure(failure) {
        clearOverlay();
        overlay = document.createElement("div");
        overlay.id = "sitegen-error-overlay";
        overlay.setAttribute("role", "alertdialog");
        overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,24,.94);" +
          "color:#f5f5f5;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:2rem";
        overlay.appendChild(text("h2", "sitegen: the build failed", "color:#ff6b6b;font-size:1.2rem;margin:0 0 .5rem"));
        overlay.appendChild(text("p", failure.message || "", "margin:0 0 1rem;color:#ccc"));
        for (const d of failure.diagnostics || []) {
          const item = document.createElement("div");
          item.className = "sitegen-diagnostic";
          item.style.cssText = "margin:0 0 1rem;padding:.5rem .75rem;border-left:3px solid #ff6b6b;background:rgba(255,255,255,.04)";
          item.appendChild(text("div", d.location + ": " + d.severity + ": " + d.message, "white-space:pre-wrap"));
          if (d.hint) item.appendChild(text("div", "hint: " + d.hint, "color:#9cdcfe;white-space:pre-wrap"));
          overlay.appendChild(item);
        }
        overlay.appendChild(text("p", "Showing the last good build underneath. Save a fix and this goes away.", "color:#888"));
        document.body.appendChild(overlay);
      }
      function connect() {
        const events = new EventSource("/__sitegen/events");
        events.addEventListener("reload", () => {
          sessionStorage.setItem(key, window.scrollX + "," + window.scrollY);
          events.close();
          location.reload();
        });
        events.addEventListener("failure", (e) => showFailure(JSON.parse(e.data)));
      }
      window.__sitegenLive = { showFailure, clearOverlay };
      connect();
    })();
    """#
}
