/// One input article.
///
/// `id` is the file name without its extension (or the id given by a structured input).
public struct Document: Hashable, Sendable, Codable {
    public var id: String
    public var text: String
    public var title: String?
    public var date: CalendarDay?
    public var url: String?

    public init(id: String, text: String, title: String? = nil, date: CalendarDay? = nil, url: String? = nil) {
        self.id = id
        self.text = text
        self.title = title
        self.date = date
        self.url = url
    }
}
