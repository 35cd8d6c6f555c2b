package dev.paperlens.index;

import java.io.IOException;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Transition;

/**
 * A {@link FuzzyQuery} over the leading slices of names ({@link IndexFields#NAME_EDGE}) answered
 * from each name's longest slice alone: it matches a term when some leading part of it is within
 * the edits of the query term, as the fuzzy query matches one of the slices. The leading slices of
 * a name are all the leading parts of its longest one, so an index that holds only the longest
 * slices ({@link EntryDocuments#withoutLeadingParts}) finds the same documents as one that holds
 * them all, with a fraction of the terms. The leading part may be shorter than the shortest slice
 * indexed, so the query term must be longer than that shortest slice by more than the edits, as
 * {@link NameQueries#fuzzyTiers} asks. Backends that index every slice read it as the plain fuzzy
 * query it is.
 */
final class EdgeFuzzyQuery extends FuzzyQuery {
  private final CompiledAutomaton leadingPartNear;

  EdgeFuzzyQuery(Term term, int maxEdits, int prefixLength, MultiTermQuery.RewriteMethod rewrite) {
    super(term, maxEdits, prefixLength, 64, true, rewrite);
    leadingPartNear =
        new CompiledAutomaton(anyContinuation(near(term.text(), maxEdits, prefixLength)));
  }

  /** What {@link FuzzyQuery} accepts: the first letters as they are, the rest within the edits. */
  private static Automaton near(String text, int maxEdits, int prefixLength) {
    int split =
        text.offsetByCodePoints(0, Math.min(prefixLength, text.codePointCount(0, text.length())));
    return new LevenshteinAutomata(text.substring(split), true)
        .toAutomaton(maxEdits, text.substring(0, split));
  }

  /**
   * The same automaton, except that once it accepts, it accepts whatever follows: a term matches
   * when a leading part of it does. The automaton stays deterministic, as the Levenshtein one is.
   */
  static Automaton anyContinuation(Automaton automaton) {
    Automaton out = new Automaton();
    int states = automaton.getNumStates();
    for (int state = 0; state < states; state++) {
      out.createState();
    }
    Transition transition = new Transition();
    for (int state = 0; state < states; state++) {
      if (automaton.isAccept(state)) {
        out.setAccept(state, true);
        out.addTransition(state, state, 0, Character.MAX_CODE_POINT);
        continue;
      }
      int count = automaton.initTransition(state, transition);
      for (int i = 0; i < count; i++) {
        automaton.getNextTransition(transition);
        out.addTransition(state, transition.dest, transition.min, transition.max);
      }
    }
    out.finishState();
    return out;
  }

  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
    return leadingPartNear.getTermsEnum(terms);
  }
}
