package dev.paperlens.bench;

import org.eclipse.lsp4j.Position;

/** A request position in an open note. */
record Target(String uri, Position position) {}
