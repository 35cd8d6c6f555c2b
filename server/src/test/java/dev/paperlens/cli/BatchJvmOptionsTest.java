package dev.paperlens.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The first JVM tells the user's compiler, collector, agent and sharing options by comparing
 * strings; these are the regular expressions it used before, and its answers must be theirs.
 */
class BatchJvmOptionsTest {
  private static final Pattern CHOSEN =
      Pattern.compile(
          "-XX:TieredStopAtLevel=.*|-XX:[+-]TieredCompilation|-Xint|-Xcomp|-XX:\\+Use\\w*GC"
              + "|-agentlib:.*|-agentpath:.*|-javaagent:.*");
  private static final Pattern SHARING =
      Pattern.compile("-Xshare:.*|-XX:SharedArchiveFile=.*|-XX:ArchiveClassesAtExit=.*");

  private static final List<String> ROWS =
      List.of(
          "-XX:TieredStopAtLevel=1",
          "-XX:TieredStopAtLevel=",
          "-XX:+TieredCompilation",
          "-XX:-TieredCompilation",
          "-XX:TieredCompilation",
          "-Xint",
          "-Xint2",
          "-Xcomp",
          "-XX:+UseSerialGC",
          "-XX:+UseG1GC",
          "-XX:+UseGC",
          "-XX:+UseZ_1GC",
          "-XX:+UseShenandoah-GC",
          "-XX:-UseSerialGC",
          "-XX:+UseSerialGCs",
          "-XX:+UseLargePages",
          "-XX:+UseG",
          "-agentlib:jdwp=transport=dt_socket,server=y",
          "-agentpath:/x.so",
          "-javaagent:agent.jar",
          "-javaagent:a\nb",
          "-javaagent:a\u2028b",
          "-Xshare:off",
          "-Xshare:",
          "-XX:SharedArchiveFile=mine.jsa",
          "-XX:ArchiveClassesAtExit=x.jsa",
          "-XX:SharedArchiveFile=a\rb",
          "-Xmx2g",
          "-Dfile.encoding=UTF-8",
          "",
          "-XX:+UseSerialGC\n");

  @Test
  void theTableAnswersAsThePatternsDid() {
    for (String option : ROWS) {
      assertEquals(CHOSEN.matcher(option).matches(), BatchJvm.chooses(option), option);
      assertEquals(SHARING.matcher(option).matches(), BatchJvm.sharing(option), option);
    }
  }

  @Test
  void randomOptionsAnswerAsThePatternsDid() {
    Random random = new Random(18);
    String[] starts = {
      "-XX:+Use", "-XX:TieredStopAtLevel=", "-agentlib:", "-Xshare:", "-XX:SharedArchiveFile=",
      "-Xint", "-XX:-Use", "-XX:", "-X", "",
    };
    String alphabet = "GCaZ_09-=:+.\n\r\u2028\u0085é ";
    List<String> options = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      StringBuilder option = new StringBuilder(starts[random.nextInt(starts.length)]);
      int length = random.nextInt(6);
      for (int j = 0; j < length; j++) {
        option.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (random.nextBoolean()) {
        option.append("GC");
      }
      options.add(option.toString());
    }
    for (String option : options) {
      assertEquals(CHOSEN.matcher(option).matches(), BatchJvm.chooses(option), option);
      assertEquals(SHARING.matcher(option).matches(), BatchJvm.sharing(option), option);
    }
  }
}
