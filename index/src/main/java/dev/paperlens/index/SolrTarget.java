package dev.paperlens.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a shared Solr collection lives: Solr base URLs (any node of the cluster) or the cluster's
 * ZooKeeper hosts, and the collection's name.
 *
 * @param urls Solr base URLs such as {@code http://solr1:8983/solr}; empty when ZooKeeper is used
 * @param zkHosts ZooKeeper hosts such as {@code zk1:2181,zk2:2181}; empty when URLs are used
 * @param zkChroot the ZooKeeper chroot ({@code /solr}), if any
 * @param collection the collection holding the papers
 */
public record SolrTarget(
    List<String> urls, List<String> zkHosts, Optional<String> zkChroot, String collection) {

  public static final String DEFAULT_COLLECTION = "paperlens";

  public SolrTarget {
    urls = List.copyOf(urls);
    zkHosts = List.copyOf(zkHosts);
    if (urls.isEmpty() == zkHosts.isEmpty()) {
      throw new IllegalArgumentException(
          "give either Solr URLs or ZooKeeper hosts, not both or neither");
    }
    if (collection == null || !collection.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*")) {
      throw new IllegalArgumentException(
          "a collection name is letters, digits, '_', '.' and '-', not " + collection);
    }
    for (String url : urls) {
      String lower = url.toLowerCase(Locale.ROOT);
      if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
        throw new IllegalArgumentException(
            "a Solr URL starts with http:// or https://, not " + url);
      }
    }
  }

  /** A target given by comma-separated Solr base URLs. */
  public static SolrTarget ofUrls(String urls, String collection) {
    List<String> list = new ArrayList<>();
    for (String url : urls.split(",")) {
      String trimmed = url.strip();
      if (!trimmed.isEmpty()) {
        list.add(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
      }
    }
    return new SolrTarget(list, List.of(), Optional.empty(), orDefault(collection));
  }

  /** A target given by a ZooKeeper connect string, {@code host:port,host:port[/chroot]}. */
  public static SolrTarget ofZooKeeper(String connect, String collection) {
    if (connect == null || connect.isBlank()) {
      throw new IllegalArgumentException("give Solr URLs or ZooKeeper hosts");
    }
    String hosts = connect.strip();
    Optional<String> chroot = Optional.empty();
    int slash = hosts.indexOf('/');
    if (slash >= 0) {
      String root = hosts.substring(slash);
      chroot = root.equals("/") ? Optional.empty() : Optional.of(root);
      hosts = hosts.substring(0, slash);
    }
    List<String> list = new ArrayList<>();
    for (String host : hosts.split(",")) {
      if (!host.isBlank()) {
        list.add(host.strip());
      }
    }
    return new SolrTarget(List.of(), list, chroot, orDefault(collection));
  }

  private static String orDefault(String collection) {
    return collection == null || collection.isBlank() ? DEFAULT_COLLECTION : collection.strip();
  }

  /** For messages: "collection papers at http://solr:8983/solr". */
  public String describe() {
    String where =
        urls.isEmpty()
            ? "ZooKeeper " + String.join(",", zkHosts) + zkChroot.orElse("")
            : String.join(", ", urls);
    return "collection " + collection + " at " + where;
  }
}
