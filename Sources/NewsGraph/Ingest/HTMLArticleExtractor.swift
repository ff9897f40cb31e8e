import Foundation
import XMLSupport

/// Finds the article in a web page: its text, title, publication date and canonical URL.
///
/// The page is parsed by libxml2's HTML parser. Scripts, navigation, headers and footers,
/// forms, comments and elements marked as share widgets, related links, adverts and the
/// like (`html.json`) are removed. The article is the `<article>` element when the page
/// has one with enough text; otherwise the element whose own paragraphs hold the most
/// text (text density). Title, date and URL come from `<meta>` (og:, article:published_time,
/// …), `<time datetime>`, `<title>` and `<link rel="canonical">`.
public struct HTMLArticleExtractor: Sendable {
    struct Rules: Decodable {
        var dropElements: [String]
        var dropMarkers: [String]
        var blockElements: [String]
        var dateMeta: [String]
        var titleMeta: [String]
        var minimumParagraphCharacters: Int
    }

    let rules: Rules
    let dropElements: Set<String>
    let blockElements: Set<String>

    public init(rulesURL: URL) throws {
        rules = try ResourceLoader.decode(Rules.self, from: rulesURL)
        dropElements = Set(rules.dropElements)
        blockElements = Set(rules.blockElements)
    }

    public static func standard() throws -> HTMLArticleExtractor {
        try HTMLArticleExtractor(rulesURL: ResourceLoader.dataURL("html.json"))
    }

    /// A page title without the site and section names that follow the headline
    /// ("Kenya and Ethiopia sign deal | World | Daily News" → "Kenya and Ethiopia sign deal").
    static func headline(_ title: String) -> String {
        guard let bar = title.range(of: " | ") else { return title }
        let head = title[..<bar.lowerBound].trimmingCharacters(in: .whitespaces)
        return head.isEmpty ? title : head
    }

    /// The article of a page as a document with the given id.
    public func document(id: String, html bytes: [UInt8]) throws -> Document {
        let page = try HTMLParser.parse(bytes)
        var meta: [String: String] = [:]
        var canonical: String? = nil
        var titleText: String? = nil
        var timeValue: String? = nil
        walk(page) { element in
            switch element.name {
            case "meta":
                if let key = (element["property"] ?? element["name"] ?? element["itemprop"])?.lowercased(), let content = element["content"],
                   meta[key] == nil { meta[key] = content }
            case "link":
                if element["rel"]?.lowercased().split(separator: " ").contains("canonical") == true, canonical == nil { canonical = element["href"] }
            case "title":
                if titleText == nil { titleText = Self.text(of: element).trimmingCharacters(in: .whitespacesAndNewlines) }
            case "time":
                if timeValue == nil { timeValue = element["datetime"] }
            default: break
            }
        }
        let title = rules.titleMeta.lazy.compactMap { meta[$0] }.first ?? titleText.map(Self.headline)
        let date = (rules.dateMeta.lazy.compactMap { meta[$0] } + [timeValue].compactMap { $0 })
            .lazy.compactMap { CalendarDay(iso: String($0.prefix(10))) }.first
        let url = canonical ?? meta["og:url"]

        let cleaned = strip(page)
        let main = mainElement(cleaned) ?? cleaned
        var lines: [String] = []
        if let title, !title.isEmpty { lines.append(title) }
        collectLines(main, into: &lines)
        let text = lines.map { $0.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ") }.filter { !$0.isEmpty }
            .joined(separator: "\n")
        return Document(id: id, text: text.isEmpty ? "" : text + "\n", title: title, date: date, url: url)
    }

    // MARK: Tree

    private func walk(_ element: HTMLElement, _ visit: (HTMLElement) -> Void) {
        visit(element)
        for case let .element(child) in element.children { walk(child, visit) }
    }

    /// The tree without the elements that are never article text.
    func strip(_ element: HTMLElement) -> HTMLElement {
        var copy = element
        copy.children = element.children.compactMap { node in
            guard case let .element(child) = node else { return node }
            if dropElements.contains(child.name) || isFurniture(child) { return nil }
            return .element(strip(child))
        }
        return copy
    }

    func isFurniture(_ element: HTMLElement) -> Bool {
        let marks = ((element["class"] ?? "") + " " + (element["id"] ?? "") + " " + (element["role"] ?? "")).lowercased()
        guard !marks.trimmingCharacters(in: .whitespaces).isEmpty else { return false }
        if ["navigation", "banner", "contentinfo", "complementary"].contains(element["role"]?.lowercased() ?? "") { return true }
        let words = marks.split(whereSeparator: { !$0.isLetter && $0 != "-" })
        return words.contains { word in rules.dropMarkers.contains { word == $0 || word.hasPrefix($0 + "-") || word.hasSuffix("-" + $0) } }
    }

    /// `<article>` with enough text, else the element whose direct paragraphs hold the most text.
    func mainElement(_ root: HTMLElement) -> HTMLElement? {
        var best: (score: Int, element: HTMLElement)? = nil
        var article: HTMLElement? = nil
        walk(root) { element in
            if element.name == "article", article == nil, Self.text(of: element).count >= rules.minimumParagraphCharacters * 2 { article = element }
            var score = 0
            for case let .element(child) in element.children where child.name == "p" {
                let length = Self.text(of: child).count
                if length >= rules.minimumParagraphCharacters { score += length }
            }
            if score > (best?.score ?? 0) { best = (score, element) }
        }
        return article ?? best?.element
    }

    /// The text of an element, block elements on lines of their own.
    func collectLines(_ element: HTMLElement, into lines: inout [String]) {
        var current = ""
        func flush() {
            if !current.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { lines.append(current) }
            current = ""
        }
        for node in element.children {
            switch node {
            case let .text(text): current += text
            case let .element(child):
                if blockElements.contains(child.name) {
                    flush()
                    collectLines(child, into: &lines)
                } else {
                    current += Self.text(of: child)
                }
            }
        }
        flush()
    }

    static func text(of element: HTMLElement) -> String {
        element.children.map { node -> String in
            switch node {
            case let .text(text): return text
            case let .element(child): return text(of: child)
            }
        }.joined()
    }
}
