import Testing
@testable import NewsGraph

/// Runs the standard document stages up to mention recognition on one text.
func analyze(_ text: String, id: String = "test") throws -> AnalyzedDocument {
    var document = AnalyzedDocument(Document(id: id, text: text))
    for step in TestSupport.pipeline.steps {
        guard case let .document(stage) = step, stage.name != "relations" else { continue }
        try stage.process(&document)
    }
    return document
}

/// Runs the whole pipeline on several texts.
func graph(_ texts: [String]) throws -> KnowledgeGraph {
    try TestSupport.pipeline.run(texts.enumerated().map { Document(id: "doc\($0.offset)", text: $0.element) }).graph
}
