package dev.paperlens.features;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * The text formats one client takes: Markdown or plain text for hovers and for completion
 * documentation, and whether it runs {@code command:} links. Cards are written in Markdown; a
 * client that asks for plain text gets them rendered by commonmark-java, not raw {@code **} and
 * backslash escapes, and a client that cannot run commands gets no command links.
 *
 * @param plainHover the client lists plain text first for hovers
 * @param plainDocumentation the client lists plain text first for completion documentation, or does
 *     not list Markdown at all (the protocol's default for documentation is plain text)
 * @param commandLinks the client runs {@code command:} links in Markdown (VS Code does)
 * @param labelDetails the client shows a completion item's labelDetails
 */
public record ClientText(
    boolean plainHover, boolean plainDocumentation, boolean commandLinks, boolean labelDetails) {

  /** What an editor that says nothing gets: Markdown, command links, label details. */
  public static final ClientText MARKDOWN = new ClientText(false, false, true, true);

  private static final Parser PARSER = Parser.builder().build();
  private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();
  private static final Pattern COMMAND_LINK =
      Pattern.compile("\\[[^\\]\\n]*]\\(command:[^)\\s]*\\)");
  private static final Pattern BARE_PARENS = Pattern.compile("(?m)^\\s*\\((\\[[^\\n]*\\))\\)\\s*$");

  /**
   * The formats a client asks for.
   *
   * @param hoverFormats the client's {@code hover.contentFormat}, most preferred first, or null
   * @param documentationFormats its {@code completionItem.documentationFormat}, or null
   * @param commandLinks whether it runs command links
   */
  public static ClientText of(
      List<String> hoverFormats, List<String> documentationFormats, boolean commandLinks) {
    return new ClientText(
        prefersPlain(hoverFormats), !takesMarkdown(documentationFormats), commandLinks, true);
  }

  /** The same, for a client that does or does not show labelDetails. */
  public ClientText withLabelDetails(boolean shown) {
    return new ClientText(plainHover, plainDocumentation, commandLinks, shown);
  }

  /** Whether the client lists Markdown, and not after plain text. */
  private static boolean takesMarkdown(List<String> formats) {
    return formats != null && formats.contains(MarkupKind.MARKDOWN) && !prefersPlain(formats);
  }

  private static boolean prefersPlain(List<String> formats) {
    return formats != null && !formats.isEmpty() && MarkupKind.PLAINTEXT.equals(formats.get(0));
  }

  /** A hover card for this client. */
  public MarkupContent hover(MarkupContent card) {
    return adapt(card, plainHover);
  }

  /** Completion documentation for this client. */
  public MarkupContent documentation(MarkupContent card) {
    return adapt(card, plainDocumentation);
  }

  private MarkupContent adapt(MarkupContent card, boolean plain) {
    if (card == null || !MarkupKind.MARKDOWN.equals(card.getKind())) {
      return card;
    }
    String markdown = commandLinks ? card.getValue() : withoutCommandLinks(card.getValue());
    return plain
        ? new MarkupContent(MarkupKind.PLAINTEXT, plainText(markdown))
        : new MarkupContent(MarkupKind.MARKDOWN, markdown);
  }

  /**
   * The Markdown without {@code command:} links; "(link)" left alone in parentheses is unwrapped.
   */
  static String withoutCommandLinks(String markdown) {
    String out = COMMAND_LINK.matcher(markdown).replaceAll("");
    return BARE_PARENS.matcher(out).replaceAll("$1").strip();
  }

  /** The Markdown as plain text: emphasis and escapes gone, links as "text (url)". */
  static String plainText(String markdown) {
    return TEXT.render(PARSER.parse(markdown)).strip();
  }
}
