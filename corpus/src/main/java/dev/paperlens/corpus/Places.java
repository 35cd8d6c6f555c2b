package dev.paperlens.corpus;

import dev.paperlens.text.CrossScript;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places a post names beside what it is about: the sites where code, weights and posts lie
 * ("GitHub", "Hugging Face", "arXiv") and the venues where papers are accepted ("ICLR", "NIPS
 * 2017"). A link labelled with a site names the site ({@link NamePlaces}); a venue is no name of a
 * thing ({@link MentionLinker#vocabulary}); a site written as a place ("код на гитхабе") is no
 * mention of it.
 */
public final class Places {
  private Places() {}

  /**
   * The places a link points to rather than what it is about: a link labelled "GitHub" or "arXiv"
   * names its site.
   */
  private static final Set<String> SITES =
      Set.of(
          "github",
          "gitlab",
          "arxiv",
          "huggingface",
          "hugging face",
          "hf",
          "youtube",
          "twitter",
          "x",
          "colab",
          "kaggle",
          "openreview",
          "medium",
          "habr",
          "substack",
          "telegram",
          "reddit",
          "paperswithcode",
          "papers with code",
          "google drive",
          "notion",
          "pdf",
          "doi",
          "acl",
          "neurips",
          "icml",
          "iclr",
          "cvpr");

  /**
   * The field's main conferences, as their own sites name them: a venue is where a paper was
   * accepted ("лучшая статья ACL 2025", "Лундберг и Ли, NIPS 2017"), not a thing a post is about.
   */
  private static final Set<String> VENUES =
      Set.of(
          "acl",
          "neurips",
          "icml",
          "iclr",
          "cvpr",
          "nips",
          "aaai",
          "ijcai",
          "emnlp",
          "naacl",
          "iccv",
          "eccv",
          "sigir",
          "kdd",
          "www",
          "wsdm",
          "interspeech",
          "icassp");

  /** A year after a venue's name: "ICLR 2021", "NIPS 2017", "ACL 2025". */
  private static final Pattern WITH_YEAR = Pattern.compile("(.+?)[ -]?((?:19|20)\\d\\d)");

  /** Whether a name is a site ("GitHub", "Kaggle"), case aside. */
  public static boolean isSite(String name) {
    return SITES.contains(name.strip().toLowerCase(Locale.ROOT));
  }

  /** Whether a name is a venue, alone or with its year ("ICLR", "ICLR 2021"), case aside. */
  public static boolean isVenue(String name) {
    String lower = name.strip().toLowerCase(Locale.ROOT);
    if (VENUES.contains(lower)) {
      return true;
    }
    Matcher m = WITH_YEAR.matcher(lower);
    return m.matches() && VENUES.contains(m.group(1).strip());
  }

  /** A web address: "https://…", "www.…", "github.com/…", also as a link's text. */
  static final Pattern ADDRESS = Pattern.compile("(?i)://|www\\.|[a-z0-9-]+\\.[a-z]{2,}/");

  /**
   * Whether the text's span [start, end) lies inside a web address ("github.com/zorb/wugnet"): an
   * address names a place, and the words in it are a path's, not mentions.
   */
  public static boolean isInsideAddress(CharSequence text, int start, int end) {
    int from = start;
    while (from > 0 && !Character.isWhitespace(text.charAt(from - 1))) {
      from--;
    }
    int to = end;
    while (to < text.length() && !Character.isWhitespace(text.charAt(to))) {
      to++;
    }
    // a name standing alone is no address's part, however it is spelled
    return (from < start || to > end) && ADDRESS.matcher(text.subSequence(from, to)).find();
  }

  /** A word after a maker's name that makes it the organisation: "Meta AI", "Google Research". */
  private static final Pattern ORGANISATION =
      Pattern.compile("\\s+(?:AI|Research)(?![\\p{L}\\d-])");

  /**
   * Whether the name written at [start, end) is an organisation's, a word after it saying so ("Meta
   * AI", "Mistral AI", "Google Research"): who made a thing, not the thing a post is about.
   */
  public static boolean isOrganisation(CharSequence text, int start, int end) {
    return ORGANISATION.matcher(text).region(end, text.length()).lookingAt();
  }

  /**
   * Whether a name is a site written as the place where something lies: in Cyrillic ("код на
   * гитхабе", "каггловских") or in lower case ("github.com/…"). A dataset named after a site is
   * written as a name ("Reddit: посты как вершины").
   */
  public static boolean isSiteWrittenAsAPlace(String surface, String name) {
    return isSite(name)
        && (CrossScript.hasCyrillic(surface) || surface.equals(surface.toLowerCase(Locale.ROOT)));
  }
}
