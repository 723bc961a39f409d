package org.newsgraph.nlp;

/** A token with its character span in the article text and its part-of-speech tag (UD). */
public record Token(int start, int end, String text, String pos) {
    public Token {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad token span " + start + ".." + end);
    }
}
