package dev.paperlens.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams the chats and messages out of a Telegram Desktop export: a single chat ({@code name},
 * {@code type}, {@code id}, {@code messages}) or a whole account ({@code chats.list} and {@code
 * left_chats.list}, each a chat of that shape).
 *
 * <p>Streaming gives each message's first and last line ('{' and '}' of its object), and lets a
 * truncated export still give every message completed before the cut.
 */
final class TelegramExportReader {
  private TelegramExportReader() {}

  /**
   * The mapper, made when an export is read: every file is asked whether it is one, and a short
   * process reading BibTeX should not load jackson-databind for that.
   */
  private static final class Mapper {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /**
   * A chat as far as it was read.
   *
   * @param name the chat's name, or null (saved messages, or cut before the name)
   * @param type "public_channel", "private_channel", "personal_chat"... or null
   * @param username the channel's public username when the file names it (a channel cache written
   *     by {@link ChannelSync}, a preview page), else null: Telegram Desktop's export does not
   * @param messages its messages, in file order
   */
  record Chat(String name, String type, String username, List<Message> messages) {}

  /**
   * One message object.
   *
   * @param json the message as written
   * @param startLine 1-based line of its '{'
   * @param endLine 1-based line of its '}'
   * @param textLine 1-based line of its "text" field, where the review's words start (its '{' when
   *     it has none)
   * @param textPartLines 1-based line of each element of an array-form "text", in order (empty for
   *     a plain string)
   */
  record Message(
      JsonNode json, int startLine, int endLine, int textLine, List<Integer> textPartLines) {}

  /**
   * Whether the content is a JSON object with "messages", "chats" or "left_chats" before any error.
   */
  static boolean isExport(String content) {
    if (content == null || content.isBlank() || !startsAnObject(content)) {
      // A .bib or a scraped page is told apart without starting the JSON mapper (hundreds of
      // classes a short process would load for nothing).
      return false;
    }
    try (JsonParser p = Mapper.MAPPER.createParser(withoutBom(content))) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        if (field.equals("messages") || field.equals("chats") || field.equals("left_chats")) {
          return true;
        }
        p.nextToken();
        p.skipChildren();
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Every chat with every message completed before the end of the content or its first error. */
  static List<Chat> read(String content) {
    List<ChatBuilder> chats = new ArrayList<>();
    if (content != null && !content.isBlank()) {
      try (JsonParser p = Mapper.MAPPER.createParser(withoutBom(content))) {
        if (p.nextToken() == JsonToken.START_OBJECT) {
          ChatBuilder root = new ChatBuilder();
          chats.add(root);
          readChat(p, root, chats);
        }
      } catch (IOException | RuntimeException e) {
        // Truncated or invalid from here on: what was read before stays.
      }
    }
    return chats.stream()
        .map(c -> new Chat(c.name, c.type, c.username, List.copyOf(c.messages)))
        .toList();
  }

  /** Reads a chat object's fields, or the account root's, whose chat lists go to {@code chats}. */
  private static void readChat(JsonParser p, ChatBuilder chat, List<ChatBuilder> chats)
      throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "name" -> chat.name = scalarText(p, value);
        case "type" -> chat.type = scalarText(p, value);
        case "username" -> chat.username = scalarText(p, value);
        case "messages" -> {
          if (value == JsonToken.START_ARRAY) {
            readMessages(p, chat);
          } else {
            p.skipChildren();
          }
        }
        case "chats", "left_chats" -> {
          if (value == JsonToken.START_OBJECT) {
            readChatList(p, chats);
          } else {
            p.skipChildren();
          }
        }
        default -> p.skipChildren();
      }
    }
  }

  private static String scalarText(JsonParser p, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    p.skipChildren();
    return null;
  }

  /** Reads {@code {"about": ..., "list": [chat...]}}. */
  private static void readChatList(JsonParser p, List<ChatBuilder> chats) throws IOException {
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      if (field.equals("list") && value == JsonToken.START_ARRAY) {
        while (p.nextToken() == JsonToken.START_OBJECT) {
          ChatBuilder chat = new ChatBuilder();
          chats.add(chat);
          readChat(p, chat, chats);
        }
      } else {
        p.skipChildren();
      }
    }
  }

  private static void readMessages(JsonParser p, ChatBuilder chat) throws IOException {
    JsonToken token;
    while ((token = p.nextToken()) != JsonToken.END_ARRAY && token != null) {
      if (token != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      int start = p.currentTokenLocation().getLineNr();
      int textLine = start;
      List<Integer> partLines = new ArrayList<>();
      ObjectNode message = Mapper.MAPPER.createObjectNode();
      while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        boolean text = name.equals("text");
        if (text) {
          textLine = p.currentTokenLocation().getLineNr();
        }
        if (p.nextToken() == JsonToken.START_ARRAY && text) {
          // Each element of the text keeps its own line, so each review line can name its own.
          ArrayNode parts = Mapper.MAPPER.createArrayNode();
          while (p.nextToken() != JsonToken.END_ARRAY) {
            partLines.add(p.currentTokenLocation().getLineNr());
            parts.add(Mapper.MAPPER.<JsonNode>readTree(p));
          }
          message.set(name, parts);
        } else {
          message.set(name, Mapper.MAPPER.readTree(p));
        }
      }
      int end = p.currentTokenLocation().getLineNr();
      chat.messages.add(new Message(message, start, end, textLine, List.copyOf(partLines)));
    }
  }

  /** Whether the first character after a byte-order mark and whitespace is '{'. */
  private static boolean startsAnObject(String content) {
    for (int i = content.startsWith("\uFEFF") ? 1 : 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return c == '{';
      }
    }
    return false;
  }

  private static String withoutBom(String content) {
    return content.startsWith("\uFEFF") ? content.substring(1) : content;
  }

  private static final class ChatBuilder {
    String name;
    String type;
    String username;
    final List<Message> messages = new ArrayList<>();
  }
}
