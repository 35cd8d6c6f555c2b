package dev.paperlens.corpus;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The short form an aliasing word gives ({@link AliasedNames}), through {@link IntroducedNames}: a
 * title and a body, one row per irregularity.
 */
class AliasedNamesTest extends IntroducedNamesTable {

  @Override
  Stream<Arguments> titlesWithBodies() {
    return Stream.of(
        row3(
            "a lower-case long form, then its acronym counting a repeated letter",
            "Asynchronous Methods for Widget Learning",
            "звезда программы — asynchronous advantage actor-widget, он же A3W",
            "asynchronous advantage actor-widget",
            "A3W"),
        row3(
            "a lower-case phrase whose initials are not the acronym's is no long form",
            "Asynchronous Methods for Widget Learning",
            "берем старый добрый widget critic, он же A3W"),
        row3(
            "the short form used from now on",
            "Widgets for Rendering",
            "метод называется 3D Widget Splatting, дальше буду писать 3DWS, как все",
            "3D Widget Splatting",
            "3DWS"),
        row3(
            "alias of a spelled-out name",
            "Playing Widgets with Deep Learning",
            "получаем Deep Widget Network, или просто DWN",
            "Deep Widget Network",
            "DWN"));
  }
}
