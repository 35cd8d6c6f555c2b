package dev.paperlens.index;

/** Where the user is typing, which decides whether papers or names are the likelier completion. */
public enum CompletionContext {
  /** No preference. */
  ANY,
  /** Inside a citation command or a bracketed key: papers first among equal matches. */
  CITATION,
  /** In running text: method and model names first among equal matches. */
  PROSE
}
