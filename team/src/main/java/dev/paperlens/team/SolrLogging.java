package dev.paperlens.team;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SolrJ, its ZooKeeper client and Jetty log through SLF4J into java.util.logging, where their
 * defaults print every connection step at INFO. A command's output and a server's log should carry
 * our lines and their warnings only; ZooKeeper's own warnings are about cluster security settings,
 * which are the cluster operator's business.
 */
final class SolrLogging {
  private SolrLogging() {}

  /** Held: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
  private static final List<Logger> QUIETED = new ArrayList<>();

  /** Sets the levels once; later calls do nothing. */
  static synchronized void apply() {
    if (!QUIETED.isEmpty()) {
      return;
    }
    quiet("org.apache.zookeeper", Level.SEVERE);
    quiet("org.apache.solr.common.cloud.SolrZkClient", Level.SEVERE);
    quiet("org.apache.solr", Level.WARNING);
    quiet("org.eclipse.jetty", Level.WARNING);
    quiet("org.apache.http", Level.WARNING);
  }

  private static void quiet(String name, Level level) {
    Logger logger = Logger.getLogger(name);
    logger.setLevel(level);
    QUIETED.add(logger);
  }
}
