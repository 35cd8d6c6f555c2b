package dev.paperlens.team;

import static dev.paperlens.index.IndexFields.*;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.CompletionContext;
import dev.paperlens.index.IndexEntries;
import dev.paperlens.index.NameForms;
import dev.paperlens.index.NameQueries;
import dev.paperlens.index.SearchBackend;
import dev.paperlens.index.SearchHit;
import dev.paperlens.index.SolrTarget;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The papers of a shared SolrCloud collection, behind the same {@link SearchBackend} as the
 * embedded index: the documents carry the same terms ({@link SolrDocuments}), the name tiers are
 * the same queries ({@link SolrQueries}) and the configset analyzes text as {@link
 * MixedScriptAnalyzer} does, so both answer alike. Editors only read the collection; {@link
 * SolrWriting} fills it.
 *
 * <p>A collection that cannot be reached gives empty answers, not errors; after a failure requests
 * are not sent for a few seconds, so typing never waits on timeouts one request after another.
 */
public final class SolrIndex implements SearchBackend {
  private static final System.Logger LOG = System.getLogger(SolrIndex.class.getName());

  private static final String HIT_FIELDS = "id,kind,key,title,name,popularity,score";
  private static final String BEST_FIRST = "score desc," + POPULARITY + " desc," + ORDER + " asc";
  private static final Duration QUIET_AFTER_FAILURE = Duration.ofSeconds(5);

  private final SolrClient client;
  private final String collection;
  private final boolean ownsClient;
  private final SolrTarget target;
  private final AtomicLong quietUntil = new AtomicLong();

  private SolrIndex(SolrClient client, String collection, boolean ownsClient, SolrTarget target) {
    this.target = target;
    this.client = client;
    this.collection = collection;
    this.ownsClient = ownsClient;
    this.quietUntil.set(System.nanoTime());
  }

  /** A backend over a client the caller keeps and closes. */
  public static SolrIndex using(SolrClient client, String collection) {
    return new SolrIndex(client, collection, false, null);
  }

  /** A backend over a client it closes when it is closed. */
  public static SolrIndex owning(SolrClient client, String collection) {
    return new SolrIndex(client, collection, true, null);
  }

  /** Connects to the target's collection; closing the backend closes the connection. */
  public static SolrIndex connect(SolrTarget target) {
    return new SolrIndex(client(target, EDITOR_TIMEOUT), target.collection(), true, target);
  }

  /**
   * How long an editor's request may wait for Solr: long enough for a busy cluster, short enough
   * that a hung one does not hold a hover for minutes.
   */
  static final Duration EDITOR_TIMEOUT = Duration.ofSeconds(10);

  /** The target this backend was connected to, or null when it was given a client. */
  public SolrTarget target() {
    return target;
  }

  /**
   * The environment variable holding {@code user:password} for a cluster with basic authentication:
   * kept out of settings files, which are often committed.
   */
  public static final String CREDENTIALS_VARIABLE = "PAPERLENS_SOLR_AUTH";

  /**
   * A cluster-aware client for pushes: it learns the cluster's shards from any node (or from
   * ZooKeeper) and sends each update to its shard's leader.
   */
  public static SolrClient client(SolrTarget target) {
    return client(target, Duration.ofMinutes(2));
  }

  /** The same, with a bound on each request: pushes wait long for large batches, editors do not. */
  public static SolrClient client(SolrTarget target, Duration requestTimeout) {
    SolrLogging.apply();
    Http2SolrClient.Builder http =
        new Http2SolrClient.Builder()
            .withConnectionTimeout(3, TimeUnit.SECONDS)
            .withIdleTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS)
            .withRequestTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
    String credentials = System.getenv(CREDENTIALS_VARIABLE);
    if (credentials != null && !credentials.isBlank()) {
      if (credentials.indexOf(':') <= 0) {
        throw new IllegalArgumentException(CREDENTIALS_VARIABLE + " is user:password");
      }
      http.withOptionalBasicAuthCredentials(credentials.strip());
    }
    CloudHttp2SolrClient.Builder cloud =
        target.urls().isEmpty()
            ? new CloudHttp2SolrClient.Builder(target.zkHosts(), target.zkChroot())
            : new CloudHttp2SolrClient.Builder(target.urls());
    return cloud.withHttpClientBuilder(http).withDefaultCollection(target.collection()).build();
  }

  String collection() {
    return collection;
  }

  @Override
  public Optional<SearchHit> resolve(String surface) {
    return NameQueries.resolve(surface, this::runTiers, this::papersNamedFrom);
  }

  /** At most two papers whose name (title or key) starts with the normalized prefix. */
  private List<SearchHit> papersNamedFrom(String normalized) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set(CommonParams.Q, "{!prefix f=" + NAME_EXACT + " v=$p}");
    params.set("p", normalized);
    params.add(CommonParams.FQ, "{!term f=" + KIND + "}" + KIND_PAPER);
    params.set(CommonParams.SORT, BEST_FIRST);
    params.set(CommonParams.ROWS, 2);
    return hits(params, false);
  }

  @Override
  public List<SearchHit> complete(String prefix, CompletionContext context, int limit) {
    return NameQueries.complete(prefix, context, limit, this::runTiers, this::search);
  }

  /**
   * One request for all tiers: each document scores its best tier, plus half a point when it is of
   * the kind the context prefers; ties go to the more popular, then by the stable order, as in the
   * embedded index.
   */
  private List<SearchHit> runTiers(
      List<NameQueries.Tier> tiers, CompletionContext context, int limit) {
    if (tiers.isEmpty()) {
      return List.of();
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("tiers", SolrQueries.tiers(tiers, params));
    String preferred =
        context == CompletionContext.CITATION
            ? KIND_PAPER
            : context == CompletionContext.PROSE ? KIND_METHOD : null;
    params.set(
        CommonParams.Q,
        preferred == null
            ? SolrQueries.BEST_TIER
            : "+" + SolrQueries.BEST_TIER + " ({!term f=" + KIND + " v=$kind})^=0.5");
    if (preferred != null) {
      params.set("kind", preferred);
    }
    params.set(CommonParams.SORT, BEST_FIRST);
    params.set(CommonParams.ROWS, limit);
    return hits(params, true);
  }

  @Override
  public List<SearchHit> search(String text, int limit) {
    if (text == null || text.isBlank() || limit <= 0) {
      return List.of();
    }
    text = NameQueries.clip(text, NameQueries.MAX_TEXT_CHARS);
    ModifiableSolrParams params = new ModifiableSolrParams();
    String words = textQuery(text, TITLE_TEXT + "^3 " + NAMES_TEXT + "^3 " + BODY_TEXT, params);
    List<NameQueries.Tier> names =
        NameQueries.prefixTiers(NameQueries.clip(text, NameQueries.MAX_INPUT_CHARS));
    String all = words;
    if (!names.isEmpty()) {
      // A name match counts on its own, as in the embedded index: the tiers are a clause of the
      // sum, not a boost of the text match.
      params.set("tiers", SolrQueries.tiers(names, params));
      all = words + " _query_:\"" + SolrQueries.BEST_TIER + "\"";
    }
    // The embedded index multiplies the score by the popularity the same way.
    // A query starting with local params is wholly that parser's: the clauses are nested instead.
    params.set("all", all);
    params.set(CommonParams.Q, "{!boost b=field(" + POPULARITY + ") v=$all}");
    params.set(CommonParams.SORT, "score desc," + ORDER + " asc");
    params.set(CommonParams.ROWS, limit);
    return hits(params, false);
  }

  /**
   * Each word of the text in any of the fields, summed over fields and words (tie=1): the same sum
   * the embedded index's per-field boolean queries give. Returns the clause; the text and fields go
   * into {@code params}.
   */
  private static String textQuery(String text, String fields, ModifiableSolrParams params) {
    params.set("text", SolrQueries.freeText(text));
    params.set("qf", fields);
    return "_query_:\"{!edismax qf=$qf tie=1.0 mm=0 q.op=OR uf=-* v=$text}\"";
  }

  /**
   * Papers whose reviews share the most telling words with this one's: its title and the start of
   * its reviews as a query over review text, without the paper itself.
   */
  @Override
  public List<SearchHit> related(String key, int limit) {
    Optional<Paper> paper = paper(key);
    if (paper.isEmpty() || limit <= 0) {
      return List.of();
    }
    StringBuilder text = new StringBuilder(paper.get().title() == null ? "" : paper.get().title());
    paper.get().reviews().forEach(r -> text.append('\n').append(r.text()));
    String like = NameQueries.clip(text.toString(), NameQueries.MAX_TEXT_CHARS);
    if (like.isBlank()) {
      return List.of();
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set(CommonParams.Q, textQuery(like, BODY_TEXT, params));
    params.set(CommonParams.SORT, "score desc," + ORDER + " asc");
    params.add(CommonParams.FQ, "{!term f=" + KIND + "}" + KIND_PAPER);
    params.add(CommonParams.FQ, "-{!term f=" + ID + " v=$self}");
    params.set("self", "p:" + key);
    params.set(CommonParams.ROWS, limit);
    return hits(params, false);
  }

  @Override
  public Optional<Paper> paper(String key) {
    if (key == null || key.isEmpty() || quiet()) {
      return Optional.empty();
    }
    try {
      ModifiableSolrParams fields = new ModifiableSolrParams();
      fields.set(CommonParams.FL, PAPER_JSON);
      SolrDocument doc = client.getById(collection, "p:" + key, fields);
      return doc == null ? Optional.empty() : Optional.ofNullable(paperOf(doc));
    } catch (SolrServerException | IOException | RuntimeException e) {
      failed("paper lookup", e);
      return Optional.empty();
    }
  }

  @Override
  public List<Paper> mentioning(String canonicalName, int limit) {
    if (canonicalName == null || canonicalName.isBlank() || limit <= 0) {
      return List.of();
    }
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set(CommonParams.Q, "{!term f=" + MENTION + " v=$m}");
    params.set("m", NameForms.normalize(canonicalName));
    params.add(CommonParams.FQ, "{!term f=" + KIND + "}" + KIND_PAPER);
    params.set(CommonParams.SORT, ID + " asc");
    params.set(CommonParams.ROWS, Math.min(limit, MAX_MENTIONING));
    params.set(CommonParams.FL, PAPER_JSON);
    Optional<QueryResponse> response = query(params, "paper lookup");
    if (response.isEmpty()) {
      return List.of();
    }
    List<Paper> papers = new ArrayList<>();
    for (SolrDocument doc : response.get().getResults()) {
      Paper paper = paperOf(doc);
      if (paper != null) {
        papers.add(paper);
      }
    }
    return papers;
  }

  private static Paper paperOf(SolrDocument doc) {
    Object json = doc.getFirstValue(PAPER_JSON);
    if (json == null) {
      return null;
    }
    try {
      return IndexEntries.json().readValue(json.toString(), Paper.class);
    } catch (IOException e) {
      LOG.log(Level.WARNING, "a stored paper cannot be read: " + e.getMessage());
      return null;
    }
  }

  @Override
  public int size() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set(CommonParams.Q, "{!term f=" + KIND + "}" + KIND_PAPER);
    params.set(CommonParams.ROWS, 0);
    return query(params, "size")
        .map(r -> (int) Math.min(Integer.MAX_VALUE, r.getResults().getNumFound()))
        .orElse(0);
  }

  private List<SearchHit> hits(ModifiableSolrParams params, boolean tiered) {
    if (params.get(CommonParams.FL) == null) {
      params.set(CommonParams.FL, HIT_FIELDS);
    }
    Optional<QueryResponse> response = query(params, "query");
    if (response.isEmpty()) {
      return List.of();
    }
    SolrDocumentList docs = response.get().getResults();
    List<SearchHit> hits = new ArrayList<>(docs.size());
    for (SolrDocument doc : docs) {
      float score = number(doc.getFirstValue("score"));
      if (tiered) {
        // As the embedded index: popularity orders a tier, and shows in the score below its 0.5.
        float popularity = number(doc.getFirstValue(POPULARITY));
        score += Math.min(0.45f, Math.max(0f, popularity - 1f));
      }
      hits.add(
          new SearchHit(
              KIND_METHOD.equals(text(doc, KIND)) ? SearchHit.Kind.METHOD : SearchHit.Kind.PAPER,
              text(doc, KEY),
              text(doc, TITLE),
              text(doc, NAME),
              score));
    }
    return hits;
  }

  private Optional<QueryResponse> query(ModifiableSolrParams params, String what) {
    if (quiet()) {
      return Optional.empty();
    }
    try {
      return Optional.of(client.query(collection, params, SolrRequest.METHOD.POST));
    } catch (SolrServerException | IOException | RuntimeException e) {
      failed(what, e);
      return Optional.empty();
    }
  }

  private boolean quiet() {
    return System.nanoTime() - quietUntil.get() < 0;
  }

  private void failed(String what, Exception e) {
    boolean badRequest = e instanceof SolrException solr && solr.code() >= 400 && solr.code() < 500;
    if (!badRequest) {
      quietUntil.set(System.nanoTime() + QUIET_AFTER_FAILURE.toNanos());
    }
    LOG.log(
        Level.WARNING,
        what
            + " in Solr "
            + collection
            + " failed: "
            + e.getMessage()
            + (badRequest
                ? ""
                : "; not asking again for " + QUIET_AFTER_FAILURE.toSeconds() + " s"));
  }

  private static String text(SolrDocument doc, String field) {
    Object value = doc.getFirstValue(field);
    return value == null ? "" : value.toString();
  }

  private static float number(Object value) {
    return value instanceof Number n ? n.floatValue() : 0f;
  }

  @Override
  public void close() throws IOException {
    if (ownsClient) {
      client.close();
    }
  }
}
