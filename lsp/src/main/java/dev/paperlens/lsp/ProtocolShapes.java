package dev.paperlens.lsp;

import com.google.gson.JsonPrimitive;
import dev.paperlens.features.ClientText;
import dev.paperlens.features.CodeActionsFeature.Proposal;
import dev.paperlens.features.CodeLensFeature;
import dev.paperlens.features.CompletionFeature.Completions;
import dev.paperlens.features.RenameFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemLabelDetails;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CreateFile;
import org.eclipse.lsp4j.CreateFileOptions;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/** Feature results in the protocol's union-typed shapes, which only this package may build. */
final class ProtocolShapes {
  private ProtocolShapes() {}

  static CompletionList completionList(Completions completions, boolean labelDetails) {
    List<CompletionItem> items = new ArrayList<>();
    for (CompletionItem item : completions.items()) {
      if (!labelDetails && item.getLabelDetails() != null) {
        // A client without labelDetails gets them in the detail, after the title.
        CompletionItemLabelDetails details = item.getLabelDetails();
        String more =
            String.join(
                " · ",
                java.util.stream.Stream.of(details.getDetail(), details.getDescription())
                    .filter(d -> d != null && !d.isBlank())
                    .map(String::strip)
                    .toList());
        item.setDetail(
            item.getDetail() == null || more.isEmpty()
                ? item.getDetail()
                : more + " — " + item.getDetail());
        item.setLabelDetails(null);
      }
      if (completions.replace() != null) {
        item.setTextEdit(Either.forLeft(new TextEdit(completions.replace(), item.getInsertText())));
      }
      items.add(item);
    }
    return new CompletionList(completions.incomplete(), items);
  }

  /**
   * The citation key a completion item carries as its data: a JSON string once it came over the
   * wire.
   */
  static String completionKey(CompletionItem item) {
    Object data = item.getData();
    if (data instanceof String key) {
      return key;
    }
    if (data instanceof JsonPrimitive json && json.isString()) {
      return json.getAsString();
    }
    return null;
  }

  /**
   * Code actions; a proposal that creates a file is left out when the client cannot create files
   * through a workspace edit.
   */
  static List<Either<Command, CodeAction>> codeActions(
      List<Proposal> proposals, boolean clientCreatesFiles) {
    List<Either<Command, CodeAction>> out = new ArrayList<>();
    for (Proposal proposal : proposals) {
      if (proposal.createFile() != null && !clientCreatesFiles) {
        continue;
      }
      CodeAction action = new CodeAction(proposal.title());
      action.setKind(proposal.kind());
      action.setDiagnostics(proposal.diagnostics());
      if (proposal.preferred()) {
        action.setIsPreferred(true);
      }
      action.setEdit(edit(proposal));
      out.add(Either.forRight(action));
    }
    return out;
  }

  private static WorkspaceEdit edit(Proposal proposal) {
    if (proposal.createFile() == null) {
      return new WorkspaceEdit(Map.copyOf(proposal.edits()));
    }
    List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
    changes.add(
        Either.forRight(new CreateFile(proposal.createFile(), new CreateFileOptions(false, true))));
    proposal
        .edits()
        .forEach(
            (uri, edits) ->
                changes.add(
                    Either.forLeft(
                        new TextDocumentEdit(
                            new VersionedTextDocumentIdentifier(uri, null),
                            edits.stream()
                                .map(e -> Either.<TextEdit, SnippetTextEdit>forLeft(e))
                                .toList()))));
    return new WorkspaceEdit(changes);
  }

  /**
   * A prepared rename: the key's range and text, or the refusal as a request error, which editors
   * show to the user; nothing at all (no document) is null.
   */
  static Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> prepareRename(
      RenameFeature.Outcome outcome) {
    refuse(outcome);
    return outcome.range() == null
        ? null
        : Either3.forSecond(new PrepareRenameResult(outcome.range(), outcome.key()));
  }

  /** A rename's edits, or its refusal as a request error. */
  static WorkspaceEdit rename(RenameFeature.Outcome outcome) {
    refuse(outcome);
    return outcome.key() == null ? null : new WorkspaceEdit(Map.copyOf(outcome.edits()));
  }

  private static void refuse(RenameFeature.Outcome outcome) {
    if (outcome.isRefused()) {
      throw new ResponseErrorException(
          new ResponseError(ResponseErrorCode.RequestFailed, outcome.refusal(), null));
    }
  }

  /**
   * Document symbols as a tree, or for a client without tree support as a flat list: each place (a
   * citation or a name as written) with its paper's title as the container.
   */
  @SuppressWarnings("deprecation") // SymbolInformation is what such clients take
  static List<Either<SymbolInformation, DocumentSymbol>> documentSymbols(
      List<DocumentSymbol> symbols, String uri, boolean nested) {
    List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
    for (DocumentSymbol symbol : symbols) {
      if (nested) {
        out.add(Either.forRight(symbol));
        continue;
      }
      boolean leaf = symbol.getChildren() == null || symbol.getChildren().isEmpty();
      List<DocumentSymbol> places = leaf ? List.of(symbol) : symbol.getChildren();
      for (DocumentSymbol place : places) {
        out.add(
            Either.forLeft(
                new SymbolInformation(
                    place.getName(),
                    place.getKind(),
                    new Location(uri, place.getRange()),
                    leaf ? null : symbol.getName())));
      }
    }
    return out;
  }

  /** The VS Code client's command that opens find-references at a URI and position. */
  static final String FIND_REFERENCES_COMMAND = "paperlens.client.findReferences";

  /**
   * Lenses with their command: find-references at the key in VS Code, whose client registers the
   * command; elsewhere the lens is a label (an empty command, which no client runs on its own).
   */
  static List<CodeLens> codeLenses(List<CodeLensFeature.Lens> lenses, String uri, boolean vscode) {
    List<CodeLens> out = new ArrayList<>();
    for (CodeLensFeature.Lens lens : lenses) {
      Command command =
          vscode
              ? new Command(
                  lens.title(), FIND_REFERENCES_COMMAND, List.of(uri, lens.range().getStart()))
              : new Command(lens.title(), "");
      out.add(new CodeLens(lens.range(), command, null));
    }
    return out;
  }

  /** The hover with its card in the format the client takes. */
  static Hover forClient(Hover hover, ClientText text) {
    if (hover != null && hover.getContents() != null && hover.getContents().isRight()) {
      hover.setContents(text.hover(hover.getContents().getRight()));
    }
    return hover;
  }

  /** The completion item with its documentation in the format the client takes. */
  static CompletionItem forClient(CompletionItem item, ClientText text) {
    if (item != null && item.getDocumentation() != null && item.getDocumentation().isRight()) {
      item.setDocumentation(text.documentation(item.getDocumentation().getRight()));
    }
    return item;
  }
}
