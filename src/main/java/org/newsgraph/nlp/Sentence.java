package org.newsgraph.nlp;

import java.util.List;

/** A sentence: its index in the article, its character span in the article text, its text and tokens. */
public record Sentence(int index, int start, int end, String text, List<Token> tokens) {
    public Sentence {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
        tokens = List.copyOf(tokens);
    }
}
