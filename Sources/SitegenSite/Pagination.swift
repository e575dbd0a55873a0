import SitegenCore

/// Splits a listing into pages: `base/`, `base/page/2/`, …
struct Pagination<Item: Sendable>: Sendable {
    struct Page: Sendable {
        var number: Int
        var path: String
        var items: ArraySlice<Item>
    }

    let pages: [Page]

    init(items: [Item], perPage: Int, basePath: String) {
        let size = max(1, perPage)
        let count = max(1, (items.count + size - 1) / size)
        pages = (0..<count).map { i in
            let start = i * size
            let slice = items[min(start, items.count)..<min(start + size, items.count)]
            return Page(number: i + 1, path: i == 0 ? basePath : basePath + "page/\(i + 1)/", items: slice)
        }
    }

    func context(_ page: Page, urls: URLBuilder, item: (Item) -> [String: Any]) -> [String: Any] {
        var ctx: [String: Any] = [
            "items": page.items.map(item), "pageNumber": page.number, "pageCount": pages.count,
            "paginated": pages.count > 1, "pageNumberAbove1": page.number > 1,
        ]
        if page.number > 1 { ctx["newerURL"] = urls.relative(pages[page.number - 2].path) }
        if page.number < pages.count { ctx["olderURL"] = urls.relative(pages[page.number].path) }
        return ctx
    }
}
