import Foundation

// JSON-RPC 2.0 as the Language Server Protocol uses it: requests (with an id), notifications (without) and responses.
// No maintained Swift package of LSP types is available here (sourcekit-lsp's are not published as a library), so
// the few types toc needs are written out in this folder and nowhere else.

/// A request's id: the protocol allows a number or a string.
public enum RequestID: Hashable, Sendable, Codable, CustomStringConvertible {
    case number(Int)
    case string(String)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            self = .number(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let number): try container.encode(number)
        case .string(let string): try container.encode(string)
        }
    }

    public var description: String {
        switch self {
        case .number(let number): String(number)
        case .string(let string): "\"\(string)\""
        }
    }
}

/// The parts of an incoming message that say what it is; its params are decoded later, once the method is known.
struct IncomingEnvelope: Decodable {
    let id: RequestID?
    let method: String?
}

/// An incoming message's params, decoded as the type the method expects.
struct IncomingParams<Params: Decodable>: Decodable {
    let params: Params
}

/// A JSON-RPC error, sent in place of a result.
public struct ResponseError: Error, Codable, Sendable, Equatable {
    public let code: Int
    public let message: String

    public init(code: Int, message: String) {
        self.code = code
        self.message = message
    }

    public static let parseError = -32700
    public static let invalidRequest = -32600
    public static let methodNotFound = -32601
    public static let invalidParams = -32602
    public static let internalError = -32603
    /// A request came before `initialize`.
    public static let serverNotInitialized = -32002
    /// The request was valid but could not be carried out (formatting a plan with syntax errors).
    public static let requestFailed = -32803
}

/// A response: a result, or an error.
struct OutgoingResponse<Result: Encodable>: Encodable {
    let id: RequestID?
    let result: Result?
    let error: ResponseError?

    enum CodingKeys: String, CodingKey { case jsonrpc, id, result, error }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        // A response whose request's id could not be read carries `"id": null`.
        try container.encode(id, forKey: .id)
        if let error {
            try container.encode(error, forKey: .error)
        } else {
            // `"result": null` is a valid result (no hover here); it must be written, not left out.
            try container.encode(result, forKey: .result)
        }
    }
}

/// A notification or a request from the server to the client.
struct OutgoingMessage<Params: Encodable>: Encodable {
    let id: RequestID?
    let method: String
    let params: Params

    enum CodingKeys: String, CodingKey { case jsonrpc, id, method, params }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode("2.0", forKey: .jsonrpc)
        try container.encodeIfPresent(id, forKey: .id)
        try container.encode(method, forKey: .method)
        try container.encode(params, forKey: .params)
    }
}

/// Encodes and decodes protocol messages the same way everywhere (sorted keys, so output is stable for tests).
enum ProtocolCoding {
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
