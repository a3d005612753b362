/// What sits between statements and carries no meaning, kept so the formatter can reproduce it.
public enum Trivia: Sendable, Hashable {
    case blankLine
    case comment(Comment)
}
