package dev.paperlens.index;

import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the team add-on ({@link TeamBackend}). It is looked for, in order: on the class path
 * (tests, or a class path that names it); in the jar a setting or {@value #JAR_VARIABLE} names; and
 * as {@value #JAR_NAME} beside the jar this class was loaded from, where the build puts it.
 */
public final class TeamAddon {
  private TeamAddon() {}

  /** The add-on jar's file name. */
  public static final String JAR_NAME = "paperlens-team.jar";

  /** The environment variable that may name the add-on jar. */
  public static final String JAR_VARIABLE = "PAPERLENS_TEAM_JAR";

  private static final Map<Path, TeamBackend> LOADED = new ConcurrentHashMap<>();

  /** Thrown when no add-on can be found; its message says where it was looked for. */
  public static final class MissingAddon extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    MissingAddon(String message) {
      super(message);
    }
  }

  /**
   * The add-on.
   *
   * @param configuredJar the jar a setting names, or null
   * @throws MissingAddon when there is none
   */
  public static TeamBackend load(Path configuredJar) {
    Optional<TeamBackend> onClassPath =
        ServiceLoader.load(TeamBackend.class, TeamAddon.class.getClassLoader()).findFirst();
    if (onClassPath.isPresent()) {
      return onClassPath.get();
    }
    Path jar = configuredJar;
    if (jar == null) {
      String fromEnvironment = System.getenv(JAR_VARIABLE);
      jar =
          fromEnvironment == null || fromEnvironment.isBlank()
              ? besideThisJar()
              : Path.of(fromEnvironment);
    }
    if (jar == null || !Files.isRegularFile(jar)) {
      throw new MissingAddon(
          "the team index needs the team add-on ("
              + JAR_NAME
              + "): put it beside paperlens-server.jar, or name it in the paperlens.backend.addon"
              + " setting or in "
              + JAR_VARIABLE
              + (jar == null ? "" : "; " + jar + " is not a file"));
    }
    return LOADED.computeIfAbsent(jar.toAbsolutePath().normalize(), TeamAddon::fromJar);
  }

  private static TeamBackend fromJar(Path jar) {
    URL url;
    try {
      url = jar.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new MissingAddon("cannot read the team add-on " + jar + ": " + e.getMessage());
    }
    // Kept open for the life of the process: the backend's classes are loaded from it as needed.
    @SuppressWarnings("resource")
    URLClassLoader loader = new URLClassLoader(new URL[] {url}, TeamAddon.class.getClassLoader());
    return ServiceLoader.load(TeamBackend.class, loader)
        .findFirst()
        .orElseThrow(() -> new MissingAddon(jar + " is not the Paperlens team add-on"));
  }

  private static Path besideThisJar() {
    try {
      var source = TeamAddon.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return null;
      }
      Path location = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(location) ? location.resolveSibling(JAR_NAME) : null;
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return null;
    }
  }
}
