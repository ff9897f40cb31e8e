import XMLSupport

/// Validation of GraphML files against the official GraphML 1.1 XSD set and the
/// project's own schema, both shipped in `Schemas/` (read offline through its catalog).
public enum GraphMLValidation {
    public enum Schema: String, CaseIterable, Sendable {
        /// The official GraphML 1.1 XSD set.
        case graphml
        /// `Schemas/newsgraph.graphml.rng`: exactly the keys and values NewsGraph writes.
        case newsgraph
    }

    /// Every problem in `path` against `schema` (empty when valid).
    public static func validate(fileAt path: String, against schema: Schema) throws -> [XMLValidationIssue] {
        let validator: XMLValidator
        switch schema {
        case .graphml:
            validator = try XMLValidator(schemaPath: ResourceLoader.schemaURL("graphml-1.1/graphml.xsd").path,
                                         catalogPath: ResourceLoader.schemaURL("graphml-1.1/catalog.xml").path)
        case .newsgraph:
            validator = try XMLValidator(schemaPath: ResourceLoader.schemaURL("newsgraph.graphml.rng").path)
        }
        return validator.validate(fileAt: path)
    }
}
