extension String {
    /// The text in lower case, for matching keywords and vocabulary words whatever case they were written in.
    ///
    /// Equal to `lowercased()`, but hands back the text itself when it has no capital letters and is all ASCII (nearly
    /// every keyword and value as written), rather than building a new string: the parser and the model builder ask
    /// this of every statement and detail, and `lowercased()` cost about 25 M instructions on a 10,000-element plan.
    public func lowercasedKeyword() -> String {
        // The bytes in place (small strings included); iterating `utf8` itself cost more than `lowercased()`.
        let needsLowering = utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { $0 >= 0x80 || ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) }
        } ?? true
        return needsLowering ? lowercased() : self
    }
}
