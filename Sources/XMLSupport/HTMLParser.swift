internal import CLibXML2

/// An element of a parsed HTML page, copied out of libxml2 into plain Swift values.
public struct HTMLElement: Sendable {
    /// Lower-case tag name.
    public var name: String
    public var attributes: [String: String]
    public var children: [HTMLNode]

    /// The value of an attribute, case-insensitively by name.
    public subscript(attribute: String) -> String? { attributes[attribute.lowercased()] }
}

/// A node of a parsed HTML page: an element or a run of text.
public enum HTMLNode: Sendable {
    case element(HTMLElement)
    case text(String)
}

/// Parses HTML with libxml2's forgiving HTML parser (broken markup is repaired, nothing is
/// fetched from the network) and returns the `<html>` element as Swift values.
public enum HTMLParser {
    /// Elements nested deeper than this are flattened into their text, so hostile pages
    /// cannot exhaust the stack.
    public static let maximumDepth = 200

    public static func parse(_ bytes: [UInt8]) throws -> HTMLElement {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOBLANKS.rawValue | XML_PARSE_HUGE.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { throw XMLError.call("htmlReadMemory", code: -1) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else {
            return HTMLElement(name: "html", attributes: [:], children: [])
        }
        return element(root, depth: 0)
    }

    private static func element(_ node: xmlNodePtr, depth: Int) -> HTMLElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                attributes[String(cString: name).lowercased()] = String(cString: value)
                newsgraph_xml_free(value)
            }
            attribute = current.pointee.next
        }
        var children: [HTMLNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                if depth < maximumDepth {
                    children.append(.element(element(current, depth: depth + 1)))
                } else if let content = xmlNodeGetContent(current) {
                    children.append(.text(String(cString: content)))
                    newsgraph_xml_free(content)
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { children.append(.text(String(cString: content))) }
            default:
                break    // comments, processing instructions
            }
            child = current.pointee.next
        }
        let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
        return HTMLElement(name: name, attributes: attributes, children: children)
    }
}
