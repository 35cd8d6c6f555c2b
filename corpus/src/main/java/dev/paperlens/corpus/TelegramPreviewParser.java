package dev.paperlens.corpus;

import java.util.List;

/**
 * Reads the reviews in a Telegram channel's web preview page ({@code t.me/s/NAME}) saved from a
 * browser as HTML. The page is read by {@link TelegramPreviewPage} into the export's model and its
 * posts by the export's review reader, so a saved page, a synced channel and an export give the
 * same reviews; each links to {@code https://t.me/NAME/ID}.
 */
public final class TelegramPreviewParser implements SourceParser {
  @Override
  public SourceFormat format() {
    return SourceFormat.TELEGRAM_PREVIEW;
  }

  /** HTML (the first character is {@code <}) with {@code tgme_widget_message} posts. */
  @Override
  public boolean accepts(String content) {
    return TelegramPreviewPage.looksLikePreview(content);
  }

  @Override
  public List<ReviewDraft> parse(String path, String content) {
    TelegramPreviewPage.Page page = TelegramPreviewPage.read(content);
    return TelegramJsonParser.reviews(path, page.chat(), SourceFormat.TELEGRAM_PREVIEW);
  }
}
