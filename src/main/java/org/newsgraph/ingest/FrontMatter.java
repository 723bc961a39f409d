package org.newsgraph.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * Splits a Markdown file into its front matter and its body.
 *
 * <p>Front matter exists only when the very first line is {@code ---}; it ends at the next line that is {@code ---}.
 * Inside, each line is {@code key: value}, the value optionally in single or double quotes; blank lines, {@code #}
 * comments and indented or {@code - } list lines (belonging to keys newsgraph does not read, such as tags) are passed
 * over; unknown keys are ignored. This is the flat subset of YAML that news front matter uses, not a YAML parser.
 *
 * @param meta the known fields found (empty when there is no front matter)
 * @param body the text after the front matter with leading blank lines removed; the rest is kept as written
 */
record FrontMatter(Metadata meta, String body) {
    private static final Pattern KEY_VALUE = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)\\s*:\\s*(.*)");

    /** Parses the content of a Markdown file (already decoded, byte order mark removed). */
    static FrontMatter parse(String content) {
        Metadata meta = new Metadata();
        int next = lineEnd(content, 0);
        if (!content.substring(0, next).strip().equals("---")) {
            return new FrontMatter(meta, stripLeadingBlankLines(content, 0));
        }
        int close = closingLine(content, next);
        int lineNumber = 1;
        for (int start = next; start < close; ) {
            lineNumber++;
            int end = lineEnd(content, start);
            readLine(content.substring(start, end).replaceAll("[\\r\\n]+$", ""), lineNumber, meta);
            start = end;
        }
        return new FrontMatter(meta, stripLeadingBlankLines(content, lineEnd(content, close)));
    }

    /** The start of the first {@code ---} line at or after {@code from}. */
    private static int closingLine(String content, int from) {
        for (int start = from; start < content.length(); start = lineEnd(content, start)) {
            if (content.substring(start, lineEnd(content, start)).strip().equals("---")) return start;
        }
        throw new BadInput("front matter opened on line 1 never closes with a '---' line");
    }

    private static void readLine(String line, int lineNumber, Metadata meta) {
        if (line.isBlank() || line.startsWith("#") || Character.isWhitespace(line.charAt(0)) || line.startsWith("-")) {
            return;
        }
        Matcher m = KEY_VALUE.matcher(line);
        if (!m.matches()) {
            throw new BadInput("front matter line " + lineNumber + " is not 'key: value': "
                    + Metadata.quote(line));
        }
        meta.set(m.group(1), unquote(m.group(2).strip()));
    }

    /** Removes one pair of matching quotes; inside double quotes, {@code \"} and {@code \\} are unescaped. */
    static String unquote(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            char last = value.charAt(value.length() - 1);
            if (first == '"' && last == '"') {
                return value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
            }
            if (first == '\'' && last == '\'') {
                return value.substring(1, value.length() - 1).replace("''", "'");
            }
        }
        return value;
    }

    /** The index just past the line that starts at {@code start}, including its line break. */
    private static int lineEnd(String s, int start) {
        int nl = s.indexOf('\n', start);
        return nl < 0 ? s.length() : nl + 1;
    }

    private static String stripLeadingBlankLines(String s, int from) {
        int start = from;
        while (start < s.length()) {
            int end = lineEnd(s, start);
            if (!s.substring(start, end).isBlank()) break;
            start = end;
        }
        return s.substring(start);
    }
}
