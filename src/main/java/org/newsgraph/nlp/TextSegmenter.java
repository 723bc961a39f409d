package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.newsgraph.NewsgraphException;

/**
 * Sentence and token boundaries: Apache's UD English models with their known faults repaired. Training and runtime
 * both tokenise through {@link #tokenize}, so the name finder sees the same tokens in both.
 *
 * <p>Repairs: no sentence break after a title or abbreviation ("Col.", "Dr.", "St.") or a middle initial, nor before
 * a lowercase word; line breaks between blocks always end a sentence; possessive 's and ’s are split off;
 * "Iraq/Kurdistan" and "Lebanon-Cuba" fall apart into their names; "Col" + "." is one token. Offsets stay exact.
 * The models are shared; an instance holds ME tools and belongs to one thread.
 */
public final class TextSegmenter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            // military ranks
            "Col", "Lt", "Gen", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Cmdr", "Cdr", "Lieut", "Sr",
            // civil titles and honorifics
            "Mr", "Mrs", "Ms", "Dr", "Prof", "Rev", "Gov", "Sen", "Rep", "Amb", "Pres", "Hon", "Fr", "Sec",
            // places and others that precede a name or number
            "St", "Mt", "Ft", "No", "Nos", "Jr", "Inc", "Corp", "Ltd", "Co", "Dept", "Gov't", "vs", "Jan", "Feb",
            "Aug", "Sept", "Sep", "Oct", "Nov", "Dec");
    /** After these, a capitalised word continues the name ("U.S. Army"); a sentence break there is kept otherwise. */
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:[A-Z]\\.){2,}$");
    private static final Set<String> ACRONYM_CONTINUATIONS = Set.of("Army", "Navy", "Air", "Marine", "Marines",
            "Department", "State", "Secretary", "President", "Embassy", "Ambassador", "Treasury", "Senate", "House",
            "Congress", "Forces", "Central", "Special", "Government", "Coast", "National", "Security", "Defense",
            "Defence", "Foreign", "Envoy", "Representative", "Mission", "Commander", "Command", "officials", "troops");
    private static final Pattern INITIAL_END = Pattern.compile("(?:^|[\\s(])[A-Z]\\.$");
    private static final Pattern BLOCK_BREAK = Pattern.compile("\\n\\s*\\n|\\n(?=\\s*[-*#>•])");
    /** Letter-only parts joined by hyphens, one of them capitalised: "Taiwanese-made", "Guinea-Bissau". */
    private static final Pattern HYPHENATED_NAME =
            Pattern.compile("(?=.*(?:^|-)\\p{Lu})\\p{L}[\\p{L}'’.]*(?:-\\p{L}[\\p{L}'’.]*)+");
    private static final Pattern POSSESSIVE = Pattern.compile("^(.+?)(['’][sS]?)$");

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;

    /** Loaded once per process and shared; the ME wrappers are per instance. */
    private static final class Models {
        static final SentenceModel SENTENCE = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin", SentenceModel::new);
        static final TokenizerModel TOKENS = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin", TokenizerModel::new);
    }

    interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = TextSegmenter.class.getResourceAsStream(resource)) {
            if (in == null) throw new NewsgraphException("OpenNLP model not on the classpath: " + resource);
            return reader.read(in);
        } catch (IOException e) {
            throw new NewsgraphException("cannot load OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }

    public TextSegmenter() {
        this.sentenceDetector = new SentenceDetectorME(Models.SENTENCE);
        this.tokenizer = new TokenizerME(Models.TOKENS);
    }

    /** Sentence spans (trimmed, never empty) over {@code text}. */
    public List<Span> sentences(String text) {
        List<Span> out = new ArrayList<>();
        int blockStart = 0;
        Matcher m = BLOCK_BREAK.matcher(text);
        while (m.find()) {
            splitLines(text, blockStart, m.start(), out);
            blockStart = m.end();
        }
        splitLines(text, blockStart, text.length(), out);
        return out;
    }

    /** A single newline ends a sentence unless the line runs on in lower case (hard-wrapped prose). */
    private void splitLines(String text, int start, int end, List<Span> out) {
        int lineStart = start;
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != '\n') continue;
            String before = text.substring(lineStart, i).stripTrailing();
            int next = i + 1;
            while (next < end && Character.isWhitespace(text.charAt(next))) next++;
            boolean runsOn = !before.isEmpty() && next < end && Character.isLowerCase(text.charAt(next))
                    && !before.endsWith(".") && !before.endsWith(":");
            if (!runsOn) {
                detect(text, lineStart, i, out);
                lineStart = i + 1;
            }
        }
        detect(text, lineStart, end, out);
    }

    private void detect(String text, int start, int end, List<Span> out) {
        String block = text.substring(start, end);
        if (block.isBlank()) return;
        List<Span> parts = new ArrayList<>();
        for (Span s : sentenceDetector.sentPosDetect(block)) {
            Span abs = trim(text, start + s.getStart(), start + s.getEnd());
            if (abs == null) continue;
            if (!parts.isEmpty() && shouldJoin(text, parts.get(parts.size() - 1), abs)) {
                Span prev = parts.remove(parts.size() - 1);
                parts.add(new Span(prev.getStart(), abs.getEnd()));
            } else {
                parts.add(abs);
            }
        }
        // anything the detector left out (it drops nothing in practice, but keep the block whole)
        if (parts.isEmpty()) {
            Span whole = trim(text, start, end);
            if (whole != null) parts.add(whole);
        }
        out.addAll(parts);
    }

    static boolean shouldJoin(String text, Span prev, Span next) {
        String p = text.substring(prev.getStart(), prev.getEnd());
        String n = text.substring(next.getStart(), next.getEnd());
        char first = n.charAt(0);
        if (Character.isLowerCase(first)) return true;
        char last = p.charAt(p.length() - 1);
        if (".!?:;\"'”’)]…".indexOf(last) < 0) return true;
        if (last != '.') return false;
        String lastWord = p.substring(p.lastIndexOf(' ') + 1, p.length() - 1);
        int paren = lastWord.lastIndexOf('(');
        if (paren >= 0) lastWord = lastWord.substring(paren + 1);
        if (ABBREVIATIONS.contains(lastWord)) return true;
        if (INITIAL_END.matcher(p).find()) return true;
        if (DOTTED_ACRONYM.matcher(p).find()) {
            String nextWord = n.split("[\\s,.;:]", 2)[0];
            return ACRONYM_CONTINUATIONS.contains(nextWord);
        }
        return false;
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        return start < end ? new Span(start, end) : null;
    }

    /** Token spans, as offsets into {@code text}, of the region {@code start..end}. */
    public List<Span> tokenize(String text, int start, int end) {
        String region = text.substring(start, end);
        Span[] raw = tokenizer.tokenizePos(region);
        List<Span> tokens = new ArrayList<>(raw.length + 4);
        for (Span s : raw) {
            int ts = start + s.getStart();
            int te = start + s.getEnd();
            // "Col" "." -> "Col."; "C" "." -> "C." (middle initial)
            if (!tokens.isEmpty() && te - ts == 1 && text.charAt(ts) == '.') {
                Span prev = tokens.get(tokens.size() - 1);
                String pt = text.substring(prev.getStart(), prev.getEnd());
                if (prev.getEnd() == ts && (ABBREVIATIONS.contains(pt) || pt.matches("[A-Z]"))
                        && !(te == end && !pt.matches("[A-Z]") && !isTitleLike(pt))) {
                    tokens.set(tokens.size() - 1, new Span(prev.getStart(), te));
                    continue;
                }
            }
            // "Egypt." at the end of a sentence: the full stop is its own token unless the word is an abbreviation
            if (te == end && te - ts > 2 && text.charAt(te - 1) == '.' && Character.isLetter(text.charAt(te - 2))
                    && !ABBREVIATIONS.contains(text.substring(ts, te - 1))
                    && !DOTTED_ACRONYM.matcher(text.substring(ts, te)).find()) {
                split(text, ts, te - 1, tokens);
                tokens.add(new Span(te - 1, te));
                continue;
            }
            split(text, ts, te, tokens);
        }
        return tokens;
    }

    private static boolean isTitleLike(String abbreviation) {
        return !abbreviation.equals("Inc") && !abbreviation.equals("Corp") && !abbreviation.equals("Ltd")
                && !abbreviation.equals("Co") && !abbreviation.equals("Jr") && !abbreviation.equals("No");
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '/';
    }

    /** Splits possessives, slashes between names and hyphen-led fragments such as "-Cuba". */
    private static void split(String text, int ts, int te, List<Span> out) {
        String tok = text.substring(ts, te);
        if (tok.length() > 1 && isJoiner(tok.charAt(0)) && Character.isLetter(tok.charAt(1))) {
            out.add(new Span(ts, ts + 1));
            split(text, ts + 1, te, out);
            return;
        }
        if (tok.length() > 1 && isJoiner(tok.charAt(tok.length() - 1))
                && Character.isLetter(tok.charAt(tok.length() - 2))) {
            split(text, ts, te - 1, out);
            out.add(new Span(te - 1, te));
            return;
        }
        if (tok.length() > 2 && (tok.endsWith("'") || tok.endsWith("’")) && tok.charAt(tok.length() - 2) == 's'
                && Character.isUpperCase(tok.charAt(0))) {
            out.add(new Span(ts, te - 1));
            out.add(new Span(te - 1, te));
            return;
        }
        int slash = tok.indexOf('/');
        if (slash > 0 && slash < tok.length() - 1 && Character.isLetter(tok.charAt(slash - 1))
                && Character.isUpperCase(tok.charAt(slash + 1))) {
            split(text, ts, ts + slash, out);
            out.add(new Span(ts + slash, ts + slash + 1));
            split(text, ts + slash + 1, te, out);
            return;
        }
        if (HYPHENATED_NAME.matcher(tok).matches()) {
            int from = ts;
            for (int i = ts; i < te; i++) {
                if (text.charAt(i) != '-') continue;
                if (i > from) split(text, from, i, out);
                out.add(new Span(i, i + 1));
                from = i + 1;
            }
            if (from < te) split(text, from, te, out);
            return;
        }
        Matcher m = POSSESSIVE.matcher(tok);
        if (tok.length() > 2 && m.matches() && m.group(2).length() == 2
                && (Character.isUpperCase(tok.charAt(0)) || Character.isDigit(tok.charAt(0)))
                && !tok.substring(0, m.end(1)).contains("'")) {
            out.add(new Span(ts, ts + m.end(1)));
            out.add(new Span(ts + m.end(1), te));
            return;
        }
        out.add(new Span(ts, te));
    }
}
