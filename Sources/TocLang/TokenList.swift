/// A run of tokens, indexed from zero: a line's tokens, or a detail's values.
///
/// The lexer keeps every token of a file in one array, and each line, and each detail read from a line, refers to
/// its part of that array rather than holding a copy: a plan of 10,000 lines then costs one allocation for its tokens
/// instead of two for each line (the line's tokens, and the detail's values without the detail's name).
///
/// Indices always start at zero (unlike `ArraySlice`, whose indices are those of the whole array), so that
/// `values[0]` is the first value wherever the line sits in the file.
public struct TokenList: RandomAccessCollection, Hashable, Sendable, ExpressibleByArrayLiteral {
    @usableFromInline let storage: ArraySlice<Token>

    /// Tokens held on their own.
    public init(_ tokens: [Token]) {
        self.storage = tokens[...]
    }

    /// Part of a larger array of tokens, shared rather than copied.
    init(_ storage: ArraySlice<Token>) {
        self.storage = storage
    }

    public init(arrayLiteral tokens: Token...) {
        self.init(tokens)
    }

    // Inlinable, as the model builder reads every value through these.
    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { storage.count }
    @inlinable public var count: Int { storage.count }
    @inlinable public var isEmpty: Bool { storage.isEmpty }

    @inlinable public subscript(position: Int) -> Token {
        storage[storage.startIndex + position]
    }

    /// The list without its first `count` tokens (all of them when there are fewer), sharing the same storage.
    public func dropping(first count: Int) -> TokenList {
        TokenList(storage.dropFirst(count))
    }

    /// The tokens as an array of their own.
    public var array: [Token] { Array(storage) }
}
