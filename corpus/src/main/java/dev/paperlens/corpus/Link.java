package dev.paperlens.corpus;

/**
 * A link a review carries.
 *
 * @param label what the post calls it ("paper", "code", "LINK")
 * @param url the target, or null when the source kept only the label (scraped pages)
 */
public record Link(String label, String url) {}
