package dev.paperlens.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.paperlens.lsp.SessionClient;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentLinkParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The server jar running as a child process, and the LSP4J client talking to it over the child's
 * stdio, as an editor would.
 */
final class ServerChild implements AutoCloseable {
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
  static final Duration FIRST_ANSWER_TIMEOUT = Duration.ofMinutes(10);

  /**
   * How long the server may take to report its first build done: at start it re-reads every source,
   * which with 100,000 reviews and a 70,000-entry library under a 512 MB heap on a busy machine
   * took more than ten minutes.
   */
  static final Duration READY_TIMEOUT = Duration.ofMinutes(40);

  private static final Pattern USED = Pattern.compile("total \\d+K, used (\\d+)K");

  /**
   * One line of {@code jcmd VM.native_memory summary}: "- Java Heap (reserved=..., committed=NK)".
   */
  private static final Pattern NATIVE_AREA =
      Pattern.compile("^-\\s+(.+?) \\(reserved=\\d+KB, committed=(\\d+)KB\\)");

  private static final Pattern NATIVE_TOTAL =
      Pattern.compile("^Total: reserved=\\d+KB, committed=(\\d+)KB");

  /**
   * The server's memory as the system and the JVM see it at one moment: resident pages in all, its
   * own ({@code RssAnon}: heap, metaspace, code, stacks, malloc), those of mapped files ({@code
   * RssFile}: Lucene's index files and the class-data archive, which the kernel can drop and read
   * again) and shared memory; and, when the JVM runs with {@code -XX:NativeMemoryTracking}, what it
   * has committed by area (an empty map without it).
   */
  record Memory(long rssKb, long anonKb, long fileKb, long shmemKb, Map<String, Long> nativeKb) {
    static final Memory NONE = new Memory(-1, -1, -1, -1, Map.of());

    /** The committed KB of these native memory areas together; -1 when none was reported. */
    long nativeKb(String... areas) {
      long sum = -1;
      for (String area : areas) {
        Long kb = nativeKb.get(area);
        if (kb != null) {
          sum = Math.max(sum, 0) + kb;
        }
      }
      return sum;
    }
  }

  /**
   * Committed KB by area (and "Total") from the text of {@code jcmd PID VM.native_memory summary}.
   */
  static Map<String, Long> nativeAreas(String summary) {
    Map<String, Long> areas = new LinkedHashMap<>();
    for (String line : summary.split("\n")) {
      Matcher m = NATIVE_AREA.matcher(line.strip());
      Matcher total = NATIVE_TOTAL.matcher(line.strip());
      if (m.find()) {
        areas.put(m.group(1).strip(), Long.parseLong(m.group(2)));
      } else if (total.find()) {
        areas.put("Total", Long.parseLong(total.group(1)));
      }
    }
    return areas;
  }

  private final Process process;
  private final SessionClient client;
  private final LanguageServer server;
  private int requests;

  private final boolean tracksNativeMemory;

  private ServerChild(
      Process process, SessionClient client, LanguageServer server, boolean tracksNativeMemory) {
    this.process = process;
    this.client = client;
    this.server = server;
    this.tracksNativeMemory = tracksNativeMemory;
  }

  /** Starts the server and initializes it; the timed part of a restart starts before this. */
  static ServerChild start(List<String> sources, Path indexDir, Path work) throws Exception {
    return start(sources, indexDir, work, List.of());
  }

  /** JVM flags written in one string, separated by spaces; none for a blank one. */
  static List<String> jvmFlags(String flags) {
    return flags.isBlank() ? List.of() : List.of(flags.strip().split("\\s+"));
  }

  /** Starts the server with these JVM flags before its main class, and initializes it. */
  static ServerChild start(List<String> sources, Path indexDir, Path work, List<String> jvmFlags)
      throws Exception {
    return launch(serverCommand(jvmFlags), sources, indexDir, work, "server.log", null);
  }

  /**
   * Starts the server of another jar (an earlier build's benchmark or server jar) with these JVM
   * flags, logging to {@code log} in {@code work}: a before-and-after in one run.
   */
  static ServerChild startJar(
      Path jar, List<String> jvmFlags, List<String> sources, Path indexDir, Path work, String log)
      throws Exception {
    return launch(serverCommand(jvmFlags, jar.toString()), sources, indexDir, work, log, null);
  }

  /**
   * Starts another language server over stdio with this command and initializes it with the same
   * settings: the same client then drives it with the same requests. It is told the client has no
   * optional capabilities (the protocol requires the field, and servers on vscode-languageserver
   * read it; the Paperlens runs leave it out as they always have).
   */
  static ServerChild startOther(List<String> command, Path work) throws Exception {
    return launch(
        command,
        List.of(),
        work.resolve("no-index"),
        work,
        "other-server.log",
        new ClientCapabilities());
  }

  private static ServerChild launch(
      List<String> command,
      List<String> sources,
      Path indexDir,
      Path work,
      String log,
      ClientCapabilities capabilities)
      throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.redirectError(ProcessBuilder.Redirect.appendTo(work.resolve(log).toFile()));
    Process process = pb.start();
    SessionClient client = new SessionClient();
    Launcher<LanguageServer> launcher =
        LSPLauncher.createClientLauncher(
            client, process.getInputStream(), process.getOutputStream());
    // Ends when the process's streams close.
    var unusedListening = launcher.startListening();
    LanguageServer server = launcher.getRemoteProxy();
    ServerChild child =
        new ServerChild(
            process,
            client,
            server,
            command.stream().anyMatch(a -> a.startsWith("-XX:NativeMemoryTracking=")));
    JsonObject paperlens = new JsonObject();
    JsonArray list = new JsonArray();
    sources.forEach(list::add);
    paperlens.add("sources", list);
    paperlens.addProperty("indexDir", indexDir.toString());
    JsonObject settings = new JsonObject();
    settings.add("paperlens", paperlens);
    JsonObject options = new JsonObject();
    options.add("settings", settings);
    InitializeParams params = new InitializeParams();
    params.setProcessId((int) ProcessHandle.current().pid());
    params.setInitializationOptions(options);
    if (capabilities != null) {
      params.setCapabilities(capabilities);
    }
    try {
      server.initialize(params).get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      child.close();
      throw e;
    }
    server.initialized(new InitializedParams());
    return child;
  }

  void awaitReady() throws InterruptedException {
    if (client.awaitStatus("ready", 0, READY_TIMEOUT) == null) {
      throw new IllegalStateException(
          "the server did not report a ready index: " + client.statuses());
    }
  }

  /** Whether the server reports a ready index within {@code max}. */
  boolean readyWithin(Duration max) throws InterruptedException {
    return client.awaitStatus("ready", 0, max) != null;
  }

  void open(String uri, String language, String text) {
    server
        .getTextDocumentService()
        .didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, language, 1, text)));
  }

  boolean hover(Target t) throws Exception {
    requests++;
    Hover h =
        server
            .getTextDocumentService()
            .hover(new HoverParams(new TextDocumentIdentifier(t.uri()), t.position()))
            .get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    return h != null && h.getContents() != null;
  }

  boolean complete(Target t) throws Exception {
    return !items(t).isEmpty();
  }

  Optional<CompletionItem> firstItem(Target t) throws Exception {
    return items(t).stream().findFirst();
  }

  /** The completion items at {@code t}, in the server's order. */
  List<CompletionItem> items(Target t) throws Exception {
    requests++;
    var result =
        server
            .getTextDocumentService()
            .completion(new CompletionParams(new TextDocumentIdentifier(t.uri()), t.position()))
            .get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    return result == null
        ? List.of()
        : result.isRight() ? result.getRight().getItems() : result.getLeft();
  }

  boolean resolve(CompletionItem item) throws Exception {
    requests++;
    CompletionItem resolved =
        server
            .getTextDocumentService()
            .resolveCompletionItem(item)
            .get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    return resolved != null && resolved.getDocumentation() != null;
  }

  boolean documentLinks(Target t) throws Exception {
    requests++;
    return server
            .getTextDocumentService()
            .documentLink(new DocumentLinkParams(new TextDocumentIdentifier(t.uri())))
            .get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
        != null;
  }

  /** Requests sent so far (hover, completion, resolve, document links), answered or not. */
  int requestsSent() {
    return requests;
  }

  /** CPU seconds the process has used so far, all its threads, user and system. */
  double cpuSeconds() throws IOException {
    return cpuSeconds(Files.readString(Path.of("/proc/" + process.pid() + "/stat")));
  }

  /** User and system CPU seconds of a {@code /proc} stat line (a process's or a thread's). */
  private static double cpuSeconds(String stat) {
    // The command name in parentheses may hold spaces; the fields after it are fixed.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
  }

  /**
   * CPU seconds by thread name so far, the digits of a name dropped so a pool's threads add up ("C2
   * CompilerThread", "GC Thread#", "ForkJoinPool.commonPool-worker-"), largest first.
   */
  Map<String, Double> cpuSecondsByThread() throws IOException {
    Map<String, Double> out = new LinkedHashMap<>();
    try (var tasks = Files.list(Path.of("/proc/" + process.pid() + "/task"))) {
      for (Path task : tasks.toList()) {
        try {
          String name = Files.readString(task.resolve("comm")).strip().replaceAll("\\d+", "");
          out.merge(name, cpuSeconds(Files.readString(task.resolve("stat"))), Double::sum);
        } catch (IOException e) {
          // the thread ended while it was read
        }
      }
    }
    Map<String, Double> sorted = new LinkedHashMap<>();
    out.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
        .forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** Linux's clock ticks a second ({@code getconf CLK_TCK}), 100 on every kernel we run. */
  private static final int CLOCK_TICKS = 100;

  long rssKb() throws IOException {
    return status("VmRSS:");
  }

  /**
   * The resident memory that is the process's own (heap, metaspace, code, stacks), without the
   * pages of mapped index files, which the kernel shares with its file cache and can drop.
   */
  long anonymousRssKb() throws IOException {
    return status("RssAnon:");
  }

  /**
   * Resident memory split by kind, and the JVM's native memory areas when it tracks them (its
   * {@code jcmd} asked only then).
   */
  Memory memory() throws IOException {
    Map<String, Long> areas = Map.of();
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (tracksNativeMemory && Files.isExecutable(jcmd)) {
      try {
        areas = nativeAreas(jcmd(jcmd, "VM.native_memory summary"));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return new Memory(
        status("VmRSS:"), status("RssAnon:"), status("RssFile:"), status("RssShmem:"), areas);
  }

  private long status(String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
      if (line.startsWith(field)) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }

  /**
   * Live heap as the JVM's own tool reports it after a full collection (without one, "used" counts
   * whatever garbage the last build left); -1 when the tool is not there.
   */
  long heapUsedKb() {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    if (!Files.isExecutable(jcmd)) {
      return -1;
    }
    try {
      jcmd(jcmd, "GC.run");
      // Every generation's or the whole heap's "used" (serial: new and tenured; G1: one heap
      // line), not the metaspace's.
      long used = -1;
      for (String line : jcmd(jcmd, "GC.heap_info").split("\n")) {
        Matcher m = USED.matcher(line);
        if (!line.contains("Metaspace") && !line.contains("class space") && m.find()) {
          used = Math.max(used, 0) + Long.parseLong(m.group(1));
        }
      }
      return used;
    } catch (IOException | InterruptedException e) {
      return -1;
    }
  }

  private String jcmd(Path jcmd, String command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command)
            .redirectErrorStream(true)
            .start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    return text;
  }

  void shutdown() {
    try {
      server.shutdown().get(REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      server.exit();
    } catch (Exception e) {
      // the process is stopped in close() either way
    }
  }

  /** Waits for the process to exit, killing it after 10 s. */
  void awaitExit() throws InterruptedException {
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Override
  public void close() {
    try {
      awaitExit();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * JVM flags that send the JVM's warnings to standard error, put before the flags a run gives: the
   * JVM prints them on standard output by default, where a warning about the run's flags ({@code
   * -Xms16m} with {@code -Xmn32m} under the serial collector) would come before the first LSP
   * message.
   */
  static final List<String> WARNINGS_TO_STDERR =
      List.of("-Xlog:disable", "-Xlog:all=warning:stderr");

  /**
   * The server's main class on this jar's class path (the benchmark jar holds the server), or from
   * a classes folder (tests) on the same class path.
   */
  private static List<String> serverCommand(List<String> jvmFlags) throws URISyntaxException {
    Path self =
        Path.of(ServerChild.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    String classPath =
        Files.isRegularFile(self)
            ? self.toString()
            : System.getProperty("java.class.path") + File.pathSeparator + self;
    return serverCommand(jvmFlags, classPath);
  }

  /** The server's command on this class path, in this JVM's {@code java}. */
  private static List<String> serverCommand(List<String> jvmFlags, String classPath) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(WARNINGS_TO_STDERR);
    command.addAll(jvmFlags);
    command.addAll(List.of("-cp", classPath, "dev.paperlens.cli.Main", "serve"));
    return command;
  }
}
