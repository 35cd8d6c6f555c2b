package dev.paperlens.team;

import static dev.paperlens.index.IndexFields.*;

import dev.paperlens.corpus.Paper;
import dev.paperlens.index.IndexChanges;
import dev.paperlens.index.IndexEntries;
import dev.paperlens.index.IndexEntry;
import dev.paperlens.index.SearchHit;
import dev.paperlens.index.SolrTarget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CommonParams;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * Pushes a corpus into a Solr collection, in batches, so that the collection holds exactly the
 * corpus's entries. Idempotent by entry id (the paper key, or a method's normalized name): an entry
 * whose stored content hash equals its own is not sent again, so a second push of the same corpus
 * sends nothing and a push cut off half way resumes where the collection stands. Everything sent is
 * committed every {@code commitEvery} documents, so an interrupted push keeps what it sent.
 */
public final class SolrWriting {
  /** Attempts per batch before the push stops: Solr restarting or a leader election in progress. */
  private static final int ATTEMPTS = 4;

  private static final int PAGE = 5_000;

  private final SolrClient client;
  private final String collection;
  private final int batchSize;
  private final int commitEvery;
  private final Consumer<String> progress;

  /**
   * @param batchSize documents per update request
   * @param commitEvery documents sent between commits
   * @param progress takes one line per commit and per problem
   */
  public SolrWriting(
      SolrClient client,
      String collection,
      int batchSize,
      int commitEvery,
      Consumer<String> progress) {
    if (batchSize < 1 || commitEvery < batchSize) {
      throw new IllegalArgumentException("need 1 <= batch size <= commit interval");
    }
    this.client = client;
    this.collection = collection;
    this.batchSize = batchSize;
    this.commitEvery = commitEvery;
    this.progress = progress;
  }

  /**
   * Pushes the papers into the target's collection, creating it with {@code shards} × {@code
   * replicas} (and uploading the configset) when the cluster lacks it.
   */
  public static IndexChanges pushTo(
      SolrTarget target,
      List<Paper> papers,
      int shards,
      int replicas,
      int batchSize,
      int commitEvery,
      Consumer<String> progress)
      throws IOException {
    try (SolrClient client = SolrIndex.client(target)) {
      SolrCollections.ensure(client, target.collection(), shards, replicas, progress);
      return new SolrWriting(client, target.collection(), batchSize, commitEvery, progress)
          .push(papers);
    } catch (RuntimeException e) {
      throw new IOException("cannot reach " + target.describe() + ": " + e.getMessage(), e);
    }
  }

  /** Brings the collection in line with the papers and says what changed. */
  public IndexChanges push(List<Paper> papers) throws IOException {
    List<Paper> distinct = IndexEntries.distinctPapers(papers);
    Map<String, Stored> stored = stored();
    Tally tally = new Tally(stored);
    for (Paper paper : distinct) {
      tally.consider(IndexEntries.paper(paper));
    }
    for (IndexEntry entry : IndexEntries.names(distinct)) {
      tally.consider(entry);
    }
    List<String> gone = new ArrayList<>(stored.keySet());
    for (String id : gone) {
      Stored old = stored.get(id);
      (id.startsWith("p:") ? tally.papers : tally.names).removed++;
      tally.sources.addAll(old.sources());
    }
    for (int from = 0; from < gone.size(); from += batchSize) {
      List<String> ids = gone.subList(from, Math.min(gone.size(), from + batchSize));
      send(new UpdateRequest().deleteById(ids), ids.size() + " deletions");
    }
    tally.flush(true);
    return tally.changes();
  }

  /** What a stored entry carries for the comparison. */
  private record Stored(String hash, List<String> sources) {}

  /** Entry id to hash and sources, for every entry in the collection, read page by page. */
  private Map<String, Stored> stored() throws IOException {
    Map<String, Stored> out = new HashMap<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set(CommonParams.Q, "*:*");
      params.set(CommonParams.FL, ID + "," + HASH + "," + SOURCE);
      params.set(CommonParams.SORT, ID + " asc");
      params.set(CommonParams.ROWS, PAGE);
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response;
      try {
        response = client.query(collection, params, SolrRequest.METHOD.POST);
      } catch (SolrServerException | RuntimeException e) {
        throw new IOException("cannot read what " + collection + " holds: " + e.getMessage(), e);
      }
      for (SolrDocument doc : response.getResults()) {
        Object hash = doc.getFirstValue(HASH);
        Collection<Object> sources = doc.getFieldValues(SOURCE);
        List<String> names = new ArrayList<>();
        if (sources != null) {
          sources.forEach(s -> names.add(s.toString()));
        }
        out.put(
            doc.getFirstValue(ID).toString(),
            new Stored(hash == null ? "" : hash.toString(), names));
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return out;
      }
      cursor = next;
    }
  }

  /** Sends one request, again after a pause when Solr is briefly unavailable. */
  private void send(UpdateRequest request, String what) throws IOException {
    Exception last = null;
    for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
      try {
        request.process(client, collection);
        return;
      } catch (SolrException e) {
        if (e.code() >= 400 && e.code() < 500) {
          throw new IOException("Solr refused " + what + ": " + e.getMessage(), e);
        }
        last = e;
      } catch (SolrServerException | IOException | RuntimeException e) {
        last = e;
      }
      if (attempt < ATTEMPTS) {
        progress.accept("sending " + what + " failed (" + last.getMessage() + "); trying again");
        try {
          Thread.sleep(500L << attempt);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("push interrupted", e);
        }
      }
    }
    throw new IOException(
        "cannot send "
            + what
            + " to "
            + collection
            + " after "
            + ATTEMPTS
            + " attempts: "
            + last.getMessage()
            + "; run the push again to resume",
        last);
  }

  /** Documents of one kind the push adds, changes and removes. */
  private static final class Counts {
    int added;
    int changed;
    int removed;
  }

  /** Counts, the batch being filled, and what was sent since the last commit. */
  private final class Tally {
    final Map<String, Stored> stored;
    final Counts papers = new Counts();
    final Counts names = new Counts();
    int unchanged;
    int sent;
    int sentSinceCommit;
    final Set<String> sources = new TreeSet<>();
    final List<SolrInputDocument> batch = new ArrayList<>();

    Tally(Map<String, Stored> stored) {
      this.stored = stored;
    }

    void consider(IndexEntry entry) throws IOException {
      Stored old = stored.remove(entry.id());
      Counts counts = entry.kind() == SearchHit.Kind.PAPER ? papers : names;
      if (old != null && old.hash().equals(SolrDocuments.HASH_PREFIX + entry.hash())) {
        unchanged++;
        return;
      }
      sources.addAll(entry.sources());
      if (old == null) {
        counts.added++;
      } else {
        counts.changed++;
      }
      batch.add(SolrDocuments.of(entry));
      if (batch.size() >= batchSize) {
        flush(false);
      }
    }

    void flush(boolean last) throws IOException {
      if (!batch.isEmpty()) {
        UpdateRequest request = new UpdateRequest();
        request.add(batch);
        send(request, batch.size() + " documents");
        sent += batch.size();
        sentSinceCommit += batch.size();
        batch.clear();
      }
      if (sentSinceCommit >= commitEvery || last) {
        UpdateRequest commit = new UpdateRequest();
        commit.setAction(UpdateRequest.ACTION.COMMIT, true, true);
        send(commit, "a commit");
        if (sentSinceCommit > 0) {
          progress.accept("committed " + sent + " documents");
        }
        sentSinceCommit = 0;
      }
    }

    IndexChanges changes() {
      return new IndexChanges(
          papers.added,
          papers.changed,
          papers.removed,
          names.added,
          names.changed,
          names.removed,
          unchanged,
          List.copyOf(sources),
          null);
    }
  }
}
