package dev.paperlens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlacesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "a venue alone; ICLR; true",
        "a venue with its year; NIPS 2017; true",
        "a venue with its year glued; ICLR2021; true",
        "a venue's competition with a year is a dataset; KDD Cup 2009; false",
        "a venue with a version is no year; ICLR 3; false",
        "a site is no venue; GitHub; false",
        "a name; Zorbnet 2019; false",
      })
  void venues(String irregularity, String name, boolean venue) {
    assertEquals(venue, Places.isVenue(name), irregularity);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "a site in Cyrillic; гитхабе; GitHub; true",
        "a site in lower case; github; GitHub; true",
        "a site written as a name; Reddit; Reddit; false",
        "a name in Cyrillic; зорбнете; Zorbnet; false",
      })
  void sitesWrittenAsPlaces(String irregularity, String surface, String name, boolean place) {
    assertEquals(place, Places.isSiteWrittenAsAPlace(surface, name), irregularity);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "a path's last word; код: github.com/zorb/wugnet; wugnet; true",
        "an address with its scheme; см. https://zorb.ai/Wugnet.; Wugnet; true",
        "a name with a slash is no address; берем ViT-L/14; ViT-L/14; false",
        "a source file's name is no address; собрали llama.cpp; llama.cpp; false",
        "a name in prose; обучили Wugnet на данных; Wugnet; false",
      })
  void wordsInsideAnAddress(String irregularity, String text, String word, boolean inside) {
    int start = text.indexOf(word);
    assertEquals(inside, Places.isInsideAddress(text, start, start + word.length()), irregularity);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "a maker with AI after it; авторы из Zorbtech AI выложили; Zorbtech; true",
        "a maker with Research after it; из Zorbtech Research; Zorbtech; true",
        "AI glued to a Russian word; Zorbtech AI-ассистент; Zorbtech; false",
        "AI starting a longer word; Zorbtech AIME; Zorbtech; false",
        "a name alone; модель Zorbtech хороша; Zorbtech; false",
      })
  void organisations(String irregularity, String text, String name, boolean organisation) {
    int start = text.indexOf(name);
    assertEquals(
        organisation, Places.isOrganisation(text, start, start + name.length()), irregularity);
  }
}
