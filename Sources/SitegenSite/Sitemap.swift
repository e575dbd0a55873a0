import Foundation
import SitegenCore

/// sitemap.xml (sitemaps.org 0.9): every page with its last modification date.
struct Sitemap {
    let urls: URLBuilder

    func xml(_ pages: [SitePage]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        out += "<url><loc>\(HTML.escape(urls.absolute("")))</loc></url>\n"
        for page in pages.sorted(by: { $0.path < $1.path }) {
            out += "<url><loc>\(HTML.escape(urls.absolute(page.path)))</loc>"
            if let date = page.updated { out += "<lastmod>\(DateText.iso(date))</lastmod>" }
            out += "</url>\n"
        }
        return out + "</urlset>\n"
    }
}
