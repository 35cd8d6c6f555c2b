package dev.paperlens.features;

import dev.paperlens.corpus.Link;
import dev.paperlens.corpus.Mention;
import dev.paperlens.corpus.Paper;
import dev.paperlens.corpus.Review;
import dev.paperlens.index.PaperLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The Markdown card shown for a paper (hover, completion documentation) or for a name that reviews
 * only mention. Every piece of review text goes through {@link MarkdownText#escape}.
 */
public final class HoverCard {
  /** The command an "Open review" link runs: arguments are the review's URI and 0-based line. */
  public static final String OPEN_REVIEW_COMMAND = "paperlens.openReview";

  private static final int SUMMARY_CHARS = 420;
  private static final int MAX_REVIEWS = 3;
  static final int MAX_MENTIONED_BY = 6;

  private final Workspace workspace;

  public HoverCard(Workspace workspace) {
    this.workspace = workspace;
  }

  /** The card of a paper; {@code mentionedBy} are other papers whose reviews mention it. */
  public String paper(Paper paper, List<PaperLabel> mentionedBy) {
    List<String> blocks = new ArrayList<>();
    StringBuilder head =
        new StringBuilder("**").append(MarkdownText.escape(paper.title())).append("**");
    if (paper.year() != null) {
      head.append(" (").append(paper.year()).append(')');
    }
    head.append("  \n").append(MarkdownText.code(paper.key()));
    if (!paper.methods().isEmpty()) {
      head.append(" · introduces ");
      List<String> names =
          paper.methods().stream().map(m -> "**" + MarkdownText.escape(m) + "**").toList();
      head.append(String.join(", ", names));
    }
    if (!paper.authors().isEmpty()) {
      List<String> authors =
          paper.authors().size() > 4
              ? List.of(
                  paper.authors().get(0), paper.authors().get(1), paper.authors().get(2), "et al.")
              : paper.authors();
      head.append("  \n").append(MarkdownText.escape(String.join(", ", authors)));
    }
    blocks.add(head.toString());

    List<Review> reviews = paper.reviews();
    for (Review review : reviews.subList(0, Math.min(MAX_REVIEWS, reviews.size()))) {
      blocks.add(review(review));
    }
    if (reviews.size() > MAX_REVIEWS) {
      blocks.add("*" + (reviews.size() - MAX_REVIEWS) + " more reviews*");
    }

    List<String> links = links(paper);
    if (!links.isEmpty()) {
      blocks.add("Links: " + String.join(" · ", links));
    }

    List<PaperLabel> others =
        mentionedBy.stream().filter(p -> !p.key().equals(paper.key())).toList();
    if (!others.isEmpty()) {
      List<String> names = new ArrayList<>();
      for (PaperLabel other : others.subList(0, Math.min(MAX_MENTIONED_BY, others.size()))) {
        names.add(MarkdownText.escape(other.title()) + " (" + MarkdownText.code(other.key()) + ")");
      }
      // Only the first few mentioning papers are loaded, so there is no exact count of the rest.
      String more = others.size() > MAX_MENTIONED_BY ? " and others" : "";
      blocks.add("Mentioned by: " + String.join("; ", names) + more);
    }
    if (!reviews.isEmpty()) {
      blocks.add(openLink("Open review", reviews.get(0)));
    }
    if (paper.bibtex() != null && paper.bibtex().path() != null) {
      String library =
          paper.bibtex().format() == dev.paperlens.corpus.SourceFormat.CSL_JSON
              ? "CSL-JSON: "
              : "BibTeX: ";
      blocks.add(library + fileLink(paper.bibtex().path(), paper.bibtex().line()));
    }
    return String.join("\n\n", blocks);
  }

  /**
   * A closing block naming other papers that introduce the same method (a second source reviewing
   * the same work under another key); empty when there are none.
   */
  public String alsoIntroducedBy(String name, List<PaperLabel> others) {
    if (others.isEmpty()) {
      return "";
    }
    List<String> names = new ArrayList<>();
    for (PaperLabel other : others.subList(0, Math.min(MAX_MENTIONED_BY, others.size()))) {
      names.add(MarkdownText.escape(other.title()) + " (" + MarkdownText.code(other.key()) + ")");
    }
    return "\n\nAlso introducing **"
        + MarkdownText.escape(name)
        + "**: "
        + String.join("; ", names);
  }

  /** The card of a name no paper introduces: which reviews mention it, and where. */
  public String mention(String name, List<Paper> mentioning) {
    List<String> lines = new ArrayList<>();
    int reviews = 0;
    for (Paper paper : mentioning) {
      for (Review review : paper.reviews()) {
        if (mentions(review, name)) {
          reviews++;
          if (lines.size() < 8) {
            lines.add(
                "- "
                    + MarkdownText.escape(paper.title())
                    + " ("
                    + MarkdownText.code(paper.key())
                    + ")"
                    + where(review)
                    + " — "
                    + openLink("open", review));
          }
        }
      }
    }
    if (reviews == 0) {
      for (Paper paper : mentioning.subList(0, Math.min(8, mentioning.size()))) {
        lines.add(
            "- "
                + MarkdownText.escape(paper.title())
                + " ("
                + MarkdownText.code(paper.key())
                + ")");
      }
      reviews = mentioning.size();
    }
    String head =
        "**"
            + MarkdownText.escape(name)
            + "** — mentioned in "
            + reviews
            + (reviews == 1 ? " review" : " reviews")
            + "; no reviewed paper or BibTeX entry introduces it";
    return head + "\n\n" + String.join("\n", lines);
  }

  private String review(Review review) {
    StringBuilder out = new StringBuilder("**Review**");
    out.append(where(review));
    String reactions = reactions(review.reactions().counts());
    if (!reactions.isEmpty()) {
      out.append(" · ").append(reactions);
    }
    if (review.postUrl() != null) {
      out.append(" · ").append(MarkdownText.link("post", review.postUrl()));
    }
    String summary =
        review.summary() == null || review.summary().isBlank() ? review.text() : review.summary();
    if (summary != null && !summary.isBlank()) {
      String shortened =
          summary.length() > SUMMARY_CHARS
              ? summary.substring(0, SUMMARY_CHARS).strip() + "…"
              : summary;
      out.append("\n> ").append(MarkdownText.escape(shortened));
    }
    return out.toString();
  }

  private static String where(Review review) {
    StringBuilder out = new StringBuilder();
    if (review.channel() != null) {
      out.append(" — ").append(MarkdownText.escape(review.channel()));
    }
    if (review.date() != null) {
      String date = review.date().length() >= 10 ? review.date().substring(0, 10) : review.date();
      out.append(out.length() == 0 ? " — " : ", ").append(MarkdownText.escape(date));
    }
    return out.toString();
  }

  private static String reactions(Map<String, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach(
        (emoji, count) ->
            parts.add((emoji.isEmpty() ? "" : MarkdownText.escape(emoji) + " ") + count));
    return String.join(" ", parts);
  }

  private static List<String> links(Paper paper) {
    List<String> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    if (paper.ids().arxiv() != null) {
      String url = "https://arxiv.org/abs/" + paper.ids().arxiv();
      out.add(MarkdownText.link("arXiv " + paper.ids().arxiv(), url));
      seen.add(url);
    }
    if (paper.ids().doi() != null) {
      String url = "https://doi.org/" + paper.ids().doi();
      out.add(MarkdownText.link("DOI " + paper.ids().doi(), url));
      seen.add(url);
    }
    for (Review review : paper.reviews()) {
      for (Link link : review.links()) {
        if (link.url() != null && MarkdownText.isWebUrl(link.url()) && !seen.contains(link.url())) {
          seen.add(link.url());
          out.add(
              MarkdownText.link(
                  link.label() == null || link.label().isBlank() ? "link" : link.label(),
                  link.url()));
        }
      }
    }
    for (String url : paper.ids().urls()) {
      if (MarkdownText.isWebUrl(url) && !seen.contains(url)) {
        seen.add(url);
        out.add(MarkdownText.link("link", url));
      }
    }
    return out.size() > 8 ? out.subList(0, 8) : out;
  }

  /**
   * A command link that opens the review (VS Code runs it through the server's command), then a
   * plain file link with the line for editors that do not run commands from hovers.
   */
  /** A link to a line of a file, named "file:line", for any editor. */
  private String fileLink(String path, int line) {
    String uri = workspace.uriOf(path);
    String name = uri.substring(uri.lastIndexOf('/') + 1) + ":" + line;
    return "[" + MarkdownText.escape(name) + "](" + MarkdownText.safeUrl(uri) + "#L" + line + ")";
  }

  private String openLink(String label, Review review) {
    String uri = workspace.uriOf(review.path());
    String args = "[" + jsonString(uri) + "," + Math.max(0, review.startLine() - 1) + "]";
    String name = uri.substring(uri.lastIndexOf('/') + 1) + ":" + review.startLine();
    return MarkdownText.commandLink(label, OPEN_REVIEW_COMMAND, args)
        + " ("
        + "["
        + MarkdownText.escape(name)
        + "]("
        + MarkdownText.safeUrl(uri)
        + "#L"
        + review.startLine()
        + "))";
  }

  static boolean mentions(Review review, String name) {
    return review.mentions().stream().anyMatch(Mention.ofName(name));
  }

  private static String jsonString(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < ' ') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
