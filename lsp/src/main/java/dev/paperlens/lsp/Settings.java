package dev.paperlens.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import dev.paperlens.corpus.ChannelSync;
import dev.paperlens.index.SolrTarget;
import dev.paperlens.notes.NoteLanguage;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The server's settings, parsed once from the JSON the client sends (and the workspace's {@code
 * .paperlens.json}) and then swapped as a whole, so a request never sees half a change.
 *
 * @param sources files, folders or globs to read reviews from; relative to the first workspace
 *     folder; empty means {@code reviews/} plus every {@code *.bib} in the workspace
 * @param indexDir where the index is kept; null means the per-user cache
 * @param completionMaxItems most completion items per request
 * @param unknownCitations whether unknown citation keys get a warning
 * @param citationHints whether citations get inlay hints (short title, year)
 * @param mentionHints whether bare mentions of papers get inlay hints (the key they resolve to)
 * @param languages the note languages the features serve
 * @param backend where the papers are: the embedded index of the sources, or a shared collection
 * @param channelMaxPages most preview pages read per channel source in one sync
 * @param channelSyncMinutes minutes between two syncs of the channel sources while the server runs;
 *     0 syncs them only at start and on the reindex command
 * @param zoteroPollSeconds how often a Zotero export URL among the sources is asked for changes
 * @param problems what could not be read from the JSON, for the log
 */
public record Settings(
    List<String> sources,
    String indexDir,
    int completionMaxItems,
    boolean unknownCitations,
    boolean citationHints,
    boolean mentionHints,
    Set<NoteLanguage> languages,
    Backend backend,
    int channelMaxPages,
    int channelSyncMinutes,
    int zoteroPollSeconds,
    List<String> problems) {

  /** Seconds between two pulls of a Zotero export: cheap for Zotero, soon enough for a person. */
  public static final int DEFAULT_ZOTERO_POLL_SECONDS = 30;

  /** Minutes between two syncs of a channel: a channel posts a few times a day. */
  public static final int DEFAULT_CHANNEL_SYNC_MINUTES = 60;

  public static final Settings DEFAULT =
      new Settings(
          List.of(),
          null,
          30,
          true,
          true,
          false,
          EnumSet.allOf(NoteLanguage.class),
          Backend.EMBEDDED,
          ChannelSync.Options.DEFAULT_MAX_PAGES,
          DEFAULT_CHANNEL_SYNC_MINUTES,
          DEFAULT_ZOTERO_POLL_SECONDS,
          List.of());

  /**
   * The {@code paperlens.backend} setting: {@code "embedded"} (the default), or {@code {"type":
   * "solr", "url": ..., "collection": ...}} with {@code "zkHosts"} instead of {@code "url"} for a
   * cluster known by its ZooKeeper ensemble.
   *
   * @param type "embedded" or "solr"
   * @param urls Solr base URLs, for "solr"
   * @param zkHosts a ZooKeeper connect string, for "solr" without URLs
   * @param collection the collection, null for the default
   * @param addon the team add-on jar ({@code paperlens-team.jar}) when it is not beside the
   *     server's jar, or null
   */
  public record Backend(
      String type, List<String> urls, String zkHosts, String collection, String addon) {
    public static final Backend EMBEDDED = new Backend("embedded", List.of(), null, null, null);

    public Backend {
      urls = List.copyOf(urls);
    }

    /** The shared collection this names, or null for the embedded index. */
    public SolrTarget team() {
      if (!type.equals("solr")) {
        return null;
      }
      return urls.isEmpty()
          ? SolrTarget.ofZooKeeper(zkHosts, collection)
          : SolrTarget.ofUrls(String.join(",", urls), collection);
    }

    @Override
    public String toString() {
      SolrTarget team = team();
      return team == null ? type : "solr " + team.describe();
    }
  }

  /** The name of the workspace file holding the same keys, for editors without client settings. */
  public static final String WORKSPACE_FILE = ".paperlens.json";

  public Settings {
    sources = List.copyOf(sources);
    languages = languages.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(languages));
    problems = List.copyOf(problems);
  }

  public boolean serves(NoteLanguage language) {
    return language != null && languages.contains(language);
  }

  /**
   * The settings a JSON value describes, over the defaults. Accepts the LSP shapes {@code
   * {"settings": {"paperlens": {...}}}}, {@code {"paperlens": {...}}} and the bare object; nested
   * ({@code "completion": {"maxItems": 5}}) and dotted ({@code "completion.maxItems": 5}) keys.
   */
  public static Settings from(JsonElement json) {
    return DEFAULT.with(section(json));
  }

  /** The {@code paperlens} object inside any of the accepted shapes; empty when there is none. */
  public static JsonObject section(JsonElement json) {
    if (json == null || !json.isJsonObject()) {
      return new JsonObject();
    }
    JsonObject object = json.getAsJsonObject();
    if (object.has("settings") && object.get("settings").isJsonObject()) {
      object = object.getAsJsonObject("settings");
    }
    if (object.has("paperlens") && object.get("paperlens").isJsonObject()) {
      object = object.getAsJsonObject("paperlens");
    }
    return flatten(object);
  }

  /** Whether the JSON holds Paperlens settings at all (possibly none set, which resets them). */
  public static boolean carriesSection(JsonElement json) {
    if (json == null || !json.isJsonObject()) {
      return false;
    }
    JsonObject object = json.getAsJsonObject();
    if (object.has("settings") && object.get("settings").isJsonObject()) {
      object = object.getAsJsonObject("settings");
    }
    return object.has("paperlens");
  }

  /** Parses a workspace file's text; a broken file gives no keys and one problem. */
  public static JsonObject parseFile(String text, List<String> problems) {
    try {
      return section(JsonParser.parseString(text));
    } catch (RuntimeException e) {
      problems.add(WORKSPACE_FILE + " is not valid JSON: " + e.getMessage());
      return new JsonObject();
    }
  }

  /**
   * These settings with the keys present in {@code flat} replaced. Bad values are reported, not
   * applied.
   */
  public Settings with(JsonObject flat) {
    List<String> newSources = sources;
    String newIndexDir = indexDir;
    int maxItems = completionMaxItems;
    boolean unknown = unknownCitations;
    boolean citationHinted = citationHints;
    boolean mentionHinted = mentionHints;
    Set<NoteLanguage> langs = languages;
    Backend newBackend = backend;
    int maxPages = channelMaxPages;
    int syncMinutes = channelSyncMinutes;
    int pollSeconds = zoteroPollSeconds;
    List<String> issues = new ArrayList<>();
    for (Map.Entry<String, JsonElement> entry : flat.entrySet()) {
      JsonElement value = entry.getValue();
      try {
        switch (entry.getKey()) {
          case "sources" -> newSources = strings(value);
          case "indexDir" ->
              newIndexDir =
                  value.isJsonNull() || value.getAsString().isBlank() ? null : value.getAsString();
          case "completion.maxItems" -> {
            int n = value.getAsInt();
            if (n < 1 || n > 1000) {
              issues.add("completion.maxItems must be between 1 and 1000, not " + n);
            } else {
              maxItems = n;
            }
          }
          case "zoteroPollSeconds" -> {
            int n = value.getAsInt();
            if (n < 1 || n > 86_400) {
              issues.add("zoteroPollSeconds must be between 1 and 86400, not " + n);
            } else {
              pollSeconds = n;
            }
          }
          case "channels.maxPages" -> {
            int n = value.getAsInt();
            if (n < 1 || n > 1000) {
              issues.add("channels.maxPages must be between 1 and 1000, not " + n);
            } else {
              maxPages = n;
            }
          }
          case "channels.syncMinutes" -> {
            int n = value.getAsInt();
            if (n < 0 || n > 10_080) {
              issues.add("channels.syncMinutes must be between 0 (off) and 10080, not " + n);
            } else {
              syncMinutes = n;
            }
          }
          case "diagnostics.unknownCitations" -> unknown = bool(value);
          case "inlayHints.citations" -> citationHinted = bool(value);
          case "inlayHints.mentions" -> mentionHinted = bool(value);
          case "backend", "backend.type" -> {
            String type = value.getAsString().strip().toLowerCase(java.util.Locale.ROOT);
            if (!type.equals("embedded") && !type.equals("solr")) {
              issues.add("paperlens.backend is \"embedded\" or \"solr\", not \"" + type + "\"");
            } else {
              newBackend =
                  new Backend(
                      type,
                      newBackend.urls(),
                      newBackend.zkHosts(),
                      newBackend.collection(),
                      newBackend.addon());
            }
          }
          case "backend.url" ->
              newBackend =
                  new Backend(
                      newBackend.type(),
                      strings(value).stream().map(String::strip).filter(u -> !u.isEmpty()).toList(),
                      newBackend.zkHosts(),
                      newBackend.collection(),
                      newBackend.addon());
          case "backend.zkHosts" ->
              newBackend =
                  new Backend(
                      newBackend.type(),
                      newBackend.urls(),
                      optional(value),
                      newBackend.collection(),
                      newBackend.addon());
          case "backend.collection" ->
              newBackend =
                  new Backend(
                      newBackend.type(),
                      newBackend.urls(),
                      newBackend.zkHosts(),
                      optional(value),
                      newBackend.addon());
          case "backend.addon" ->
              newBackend =
                  new Backend(
                      newBackend.type(),
                      newBackend.urls(),
                      newBackend.zkHosts(),
                      newBackend.collection(),
                      optional(value));
          case "languages" -> {
            Set<NoteLanguage> parsed = new LinkedHashSet<>();
            for (String name : strings(value)) {
              NoteLanguage language = languageNamed(name);
              if (language == null) {
                issues.add("unknown language '" + name + "' (use markdown, latex, plaintext)");
              } else {
                parsed.add(language);
              }
            }
            langs = parsed;
          }
          default -> {
            if (entry.getKey().startsWith("languages.")) {
              // "languages": {"latex": false} form: switch single languages on or off
              NoteLanguage language = languageNamed(entry.getKey().substring(10));
              if (language == null) {
                issues.add("unknown language '" + entry.getKey().substring(10) + "'");
              } else {
                Set<NoteLanguage> copy =
                    langs.isEmpty() ? EnumSet.noneOf(NoteLanguage.class) : EnumSet.copyOf(langs);
                if (bool(value)) {
                  copy.add(language);
                } else {
                  copy.remove(language);
                }
                langs = copy;
              }
            } else if (!entry.getKey().equals("trace.server")) {
              issues.add("unknown setting paperlens." + entry.getKey());
            }
          }
        }
      } catch (RuntimeException e) {
        issues.add("paperlens." + entry.getKey() + ": cannot read " + value);
      }
    }
    if (newBackend.type().equals("solr")) {
      try {
        newBackend.team();
      } catch (RuntimeException e) {
        issues.add("paperlens.backend: " + e.getMessage() + "; using the embedded index");
        newBackend = Backend.EMBEDDED;
      }
    }
    return new Settings(
        newSources,
        newIndexDir,
        maxItems,
        unknown,
        citationHinted,
        mentionHinted,
        langs,
        newBackend,
        maxPages,
        syncMinutes,
        pollSeconds,
        issues);
  }

  private static String optional(JsonElement value) {
    return value.isJsonNull() || value.getAsString().isBlank() ? null : value.getAsString().strip();
  }

  /** What changed from {@code before} to this, one line per setting, for the log. */
  public List<String> differences(Settings before) {
    List<String> out = new ArrayList<>();
    diff(out, "sources", before.sources, sources);
    diff(out, "indexDir", before.indexDir, indexDir);
    diff(out, "completion.maxItems", before.completionMaxItems, completionMaxItems);
    diff(out, "diagnostics.unknownCitations", before.unknownCitations, unknownCitations);
    diff(out, "inlayHints.citations", before.citationHints, citationHints);
    diff(out, "inlayHints.mentions", before.mentionHints, mentionHints);
    diff(out, "languages", before.languages, languages);
    diff(out, "backend", before.backend, backend);
    diff(out, "channels.maxPages", before.channelMaxPages, channelMaxPages);
    diff(out, "channels.syncMinutes", before.channelSyncMinutes, channelSyncMinutes);
    diff(out, "zoteroPollSeconds", before.zoteroPollSeconds, zoteroPollSeconds);
    return out;
  }

  /** Whether a change from {@code before} means the index must be rebuilt. */
  public boolean needsReindex(Settings before) {
    return !sources.equals(before.sources)
        || !Objects.equals(indexDir, before.indexDir)
        || !backend.equals(before.backend);
  }

  private static void diff(List<String> out, String name, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      out.add(name + ": " + before + " -> " + after);
    }
  }

  /** Nested objects become dotted keys, except that an array or scalar stays whole. */
  private static JsonObject flatten(JsonObject object) {
    JsonObject out = new JsonObject();
    flatten("", object, out);
    return out;
  }

  private static void flatten(String prefix, JsonObject object, JsonObject out) {
    for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
      String key = prefix + entry.getKey();
      if (entry.getValue().isJsonObject()) {
        flatten(key + ".", entry.getValue().getAsJsonObject(), out);
      } else {
        out.add(key, entry.getValue());
      }
    }
  }

  /** Keys of {@code over} replace those of {@code base}; both already flat. */
  public static JsonObject merge(JsonObject base, JsonObject over) {
    JsonObject out = base.deepCopy();
    over.entrySet().forEach(e -> out.add(e.getKey(), e.getValue()));
    return out;
  }

  /** The language a settings name means: "markdown", "latex", "plaintext" (or "plain", "text"). */
  static NoteLanguage languageNamed(String name) {
    return switch (name.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "markdown", "md", "pandoc" -> NoteLanguage.MARKDOWN;
      case "latex", "tex" -> NoteLanguage.LATEX;
      case "plaintext", "plain", "text", "txt" -> NoteLanguage.PLAIN;
      default -> null;
    };
  }

  private static List<String> strings(JsonElement value) {
    if (value.isJsonNull()) {
      return List.of();
    }
    if (value.isJsonPrimitive()) {
      return List.of(value.getAsString());
    }
    JsonArray array = value.getAsJsonArray();
    List<String> out = new ArrayList<>();
    for (JsonElement e : array) {
      out.add(e.getAsString());
    }
    return out;
  }

  private static boolean bool(JsonElement value) {
    JsonPrimitive p = value.getAsJsonPrimitive();
    if (p.isBoolean()) {
      return p.getAsBoolean();
    }
    String s = p.getAsString();
    if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(s);
    }
    throw new IllegalArgumentException("not a boolean: " + s);
  }
}
