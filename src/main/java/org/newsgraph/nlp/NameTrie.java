package org.newsgraph.nlp;

import java.util.HashMap;
import java.util.Map;

/**
 * A word-level trie of names: each name is a sequence of tokens, looked up token by token, so that finding the
 * longest listed name at a position costs one map look-up per token walked and builds no strings. Keys are taken
 * as given; callers that match case-insensitively add and look up lower-cased tokens. Immutable once built by
 * {@link #add}; reading is thread-safe.
 */
final class NameTrie {
    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        boolean end;
    }

    private final Node root = new Node();

    /** Adds one name as its tokens (at least one). */
    void add(String[] tokens) {
        if (tokens.length == 0) throw new IllegalArgumentException("a name needs at least one token");
        Node n = root;
        for (String t : tokens) n = n.next.computeIfAbsent(t, k -> new Node());
        n.end = true;
    }

    /** Length in tokens of the longest name starting at {@code start}, 0 when none. */
    int longest(String[] tokens, int start) {
        Node n = root;
        int best = 0;
        for (int i = start; i < tokens.length; i++) {
            n = n.next.get(tokens[i]);
            if (n == null) break;
            if (n.end) best = i - start + 1;
        }
        return best;
    }
}
