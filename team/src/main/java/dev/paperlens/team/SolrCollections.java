package dev.paperlens.team;

import dev.paperlens.index.IndexFields;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.ConfigSetAdminResponse;
import org.apache.solr.common.util.ContentStreamBase;

/**
 * The Paperlens configset (shipped in the jar, and in the repository under {@code solr/configset})
 * and the collection that uses it: uploaded and created on first push when missing.
 */
public final class SolrCollections {
  private SolrCollections() {}

  /** Name the configset is uploaded under; a schema change gets a new version suffix. */
  public static final String CONFIGSET = "paperlens-s" + IndexFields.SCHEMA_VERSION;

  /** The configset's files, as packaged under {@code solr-configset/conf/} in the jar. */
  static final List<String> FILES =
      List.of("schema.xml", "solrconfig.xml", "stopwords_ru.txt", "stopwords_en.txt");

  /**
   * Makes sure the collection exists: uploads the configset unless the cluster has it, then creates
   * the collection with {@code shards} shards of {@code replicas} replicas each. An existing
   * collection is left as it is.
   *
   * @return whether the collection was created
   */
  public static boolean ensure(
      SolrClient client, String collection, int shards, int replicas, Consumer<String> progress)
      throws IOException {
    try {
      if (CollectionAdminRequest.listCollections(client).contains(collection)) {
        return false;
      }
      ConfigSetAdminResponse.List configsets = new ConfigSetAdminRequest.List().process(client);
      if (!configsets.getConfigSets().contains(CONFIGSET)) {
        progress.accept("uploading configset " + CONFIGSET);
        new ConfigSetAdminRequest.Upload()
            .setConfigSetName(CONFIGSET)
            .setUploadStream(
                new ContentStreamBase.ByteArrayStream(zip(), CONFIGSET + ".zip", "application/zip"))
            .process(client);
      }
      progress.accept(
          "creating collection "
              + collection
              + " ("
              + shards
              + " shards × "
              + replicas
              + " replicas)");
      CollectionAdminRequest.createCollection(collection, CONFIGSET, shards, replicas)
          .process(client);
      return true;
    } catch (SolrServerException | RuntimeException e) {
      // SolrException, and the cluster-state lookup's RuntimeException when no node answers.
      throw new IOException("cannot create collection " + collection + ": " + e.getMessage(), e);
    }
  }

  /** The configset as the zip the ConfigSets API takes. */
  static byte[] zip() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String file : FILES) {
        zip.putNextEntry(new ZipEntry(file));
        try (InputStream in = resource(file)) {
          in.transferTo(zip);
        }
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** One file of the configset from the jar. */
  private static InputStream resource(String file) throws IOException {
    InputStream in = SolrCollections.class.getResourceAsStream("/solr-configset/conf/" + file);
    if (in == null) {
      throw new IOException("the jar lacks solr-configset/conf/" + file);
    }
    return in;
  }
}
