package dev.paperlens.features;

/**
 * Lets a feature stop early when its request was cancelled or its document changed. Throws an
 * unchecked exception (the protocol layer's cancellation exception) from {@link #check()}.
 */
@FunctionalInterface
public interface Cancellation {
  Cancellation NEVER = () -> {};

  void check();
}
