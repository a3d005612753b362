/// How a comment is written back.
enum CommentText {
    /// `#` and the comment's text, without trailing white space (which no one can see, and which would make two
    /// versions of a plan differ invisibly).
    static func line(_ comment: Comment) -> String {
        "#" + trimmedText(comment)
    }

    /// The comment's text after `#`, without trailing white space.
    static func trimmedText(_ comment: Comment) -> String {
        var text = Substring(comment.text)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }

    /// A statement line followed by its trailing comment, if any, two spaces before the `#`.
    static func appending(_ comment: Comment?, to line: String) -> String {
        guard let comment else { return line }
        return line + "  " + self.line(comment)
    }
}
