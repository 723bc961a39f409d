package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Clean-up and merging of name spans over one sentence's tokens (token indexes, end exclusive).
 *
 * <p>Clean-up, applied to model spans: a leading "the" goes; a person's leading titles go ("Col.", "Prime
 * Minister"), and so does a leading acronym before at least two more words in mixed case (the organisation that
 * ends a title, "... against ISIL Lena Varga"); trailing possessives ('s, ’s, ') and punctuation at either edge go,
 * and so do lower-case particles at either end of a person span ("Ursula von", "de Gaulle": {@link NameParticles}
 * joins them back where they belong). Then implausible spans are dropped and listed names take their list's type
 * ({@link #plausible}, {@link #retype}); a listed family name alone that the model took for a place or an
 * organisation is a person ({@link #surnameAlone}).
 *
 * <p>Merge rule, model spans against dictionary spans (known multi-token names): a dictionary span that overlaps no
 * model span is added; one that contains every model span it overlaps replaces them (the longer, known name wins,
 * and on an identical span the dictionary's type wins); one that crosses a model span, or lies strictly inside one,
 * is dropped (the model saw the wider context). Value spans never override names: see {@link OpenNlpAnnotator}.
 */
final class NameSpans {
    /** A typed token span with a confidence. */
    record NameSpan(int start, int end, String type, double confidence) {
        boolean overlaps(NameSpan o) {
            return start < o.end && o.start < end;
        }

        boolean contains(NameSpan o) {
            return start <= o.start && o.end <= end;
        }
    }

    private static final Set<String> POSSESSIVES = Set.of("'s", "’s", "'", "’", "'S");
    /** UD tags of words that are never a one-word name on their own. */
    private static final Set<String> FUNCTION_TAGS = Set.of("PRON", "DET", "ADV", "SCONJ", "CCONJ", "ADP", "AUX",
            "PART", "INTJ", "VERB", "NUM");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");
    private static final Set<String> LANGUAGE_WORDS = Set.of("language", "speaking", "speaker", "speakers");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
    static final String NAME_WORDS = "/ner/name-words.txt";
    /** Confidence of a leader found by {@link #leadersBeforeRulingWords}: a listed family name in a fixed frame. */
    private static final double LEADER_CONFIDENCE = 0.9;
    private final Set<String> titles;
    private final Map<String, Set<String>> listTypes = new HashMap<>();
    private final Set<String> upperCaseListed = new HashSet<>();
    private final Set<String> orgHeads;
    private final Set<String> notNames;
    private final Set<String> givenNames;
    private final Set<String> surnames;
    private final Set<String> rulingWords;
    private final Set<String> purposeVerbs;
    private final Set<String> particles = NameParticles.particles();

    NameSpans(Gazetteer gazetteer) {
        this.titles = gazetteer.titlesLowerCase();
        Map<String, Set<String>> words = sections(NAME_WORDS);
        this.orgHeads = words.getOrDefault("ORG_HEAD", Set.of());
        this.notNames = words.getOrDefault("NOT_NAME", Set.of());
        this.rulingWords = words.getOrDefault("RULING", Set.of());
        this.purposeVerbs = words.getOrDefault("PURPOSE_VERB", Set.of());
        this.givenNames = Set.copyOf(gazetteer.names("first"));
        this.surnames = Set.copyOf(gazetteer.names("sur"));
        if (orgHeads.isEmpty() || notNames.isEmpty()) {
            throw new org.newsgraph.NewsgraphException(NAME_WORDS + " needs an [ORG_HEAD] and a [NOT_NAME] section");
        }
        for (Map.Entry<String, String> e : Gazetteer.ENTITY_TYPES.entrySet()) {
            for (String name : gazetteer.names(e.getKey())) {
                listTypes.computeIfAbsent(name, k -> new HashSet<>()).add(e.getValue());
                upperCaseListed.add(name.toUpperCase(Locale.ROOT));
            }
        }
    }

    /**
     * Whether a cleaned model span can be a name: its first word is capitalised (or a figure) and its last word is
     * not lower case; it is not wholly a value ("Today", "Ninety-Four"); a one-word span is not a function word; a
     * demonym is not the first half of "English-language".
     */
    boolean plausible(NameSpan span, String[] tokens, String[] tags, String covered, ValueFinder values) {
        String first = tokens[span.start()];
        String last = tokens[span.end() - 1];
        if (!Character.isUpperCase(first.codePointAt(0)) && !Character.isDigit(first.charAt(0))) return false;
        if (Character.isLowerCase(last.codePointAt(0))) return false;
        if (span.end() - span.start() == 1 && FUNCTION_TAGS.contains(tags[span.start()].split("\\+")[0])) {
            return false; // "This", "Again", and contractions such as "We're" (tagged PRON+AUX)
        }
        if (commonPluralOpening(span, tokens, tags)) return false;
        // a language is not a nationality: "English-language", "Russian-speaking"
        // (whatever type the model gave: a listed demonym is re-typed NORP only later)
        if (span.end() + 1 < tokens.length && tokens[span.end()].equals("-")
                && LANGUAGE_WORDS.contains(tokens[span.end() + 1].toLowerCase(Locale.ROOT))) {
            return false;
        }
        List<ValueFinder.Value> v = values.find(covered);
        return !(v.size() == 1 && v.get(0).start() == 0 && v.get(0).end() == covered.length());
    }

    /**
     * Whether a one-word span is a common plural capitalised only because it opens the sentence ("Critics said",
     * "Economists warned"): the tagger reads it as a common noun (not a proper one), it ends in a plural "s" (not
     * "ss", "us" or "is") and no name list holds it. A listed or proper-noun name there ("Gazprom", "Siemens") stays.
     */
    private boolean commonPluralOpening(NameSpan span, String[] tokens, String[] tags) {
        if (span.end() - span.start() != 1 || span.start() != 0) return false;
        String word = tokens[0];
        String lower = word.toLowerCase(Locale.ROOT);
        if (!tags[0].split("\\+")[0].equals("NOUN") || word.length() < 4 || !lower.endsWith("s")
                || lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is")) {
            return false;
        }
        return !listTypes.containsKey(word) && !upperCaseListed.contains(word.toUpperCase(Locale.ROOT));
    }

    /**
     * A span whose exact text is in exactly one of the LOC, ORG and NORP lists takes that list's type; an unlisted
     * short all-capitals acronym taken for a person is an organisation ("AEG", "SRTF").
     */
    NameSpan retype(NameSpan span, String covered) {
        Set<String> types = listTypes.get(covered.replace('’', '\''));
        if (types == null && span.type().equals("PER") && ACRONYM.matcher(covered).matches()) {
            return new NameSpan(span.start(), span.end(), "ORG", span.confidence());
        }
        if (types == null || types.size() != 1) return span;
        String type = types.iterator().next();
        return type.equals(span.type()) ? span : new NameSpan(span.start(), span.end(), type, span.confidence());
    }

    /**
     * Words before a one-word name that make it a place or a thing rather than a person ("to Austin", "the Sun"):
     * after them {@link #surnameAlone} leaves the model's type alone.
     */
    private static final Set<String> PLACE_CONTEXT = Set.of("the", "in", "at", "to", "from", "near", "into",
            "outside", "inside", "across", "around", "towards", "toward", "through", "via", "of", "within");

    /**
     * A one-word span the model typed LOC or ORG that is a listed family name, and in no LOC, ORG or NORP list, is a
     * person ("Xi and Putin signed", "the deal with Albanese"): the model has seen few surnames standing alone
     * after a verb or "and" and takes them for places. A listed country, place or organisation ("Jordan",
     * "Wagner") keeps its type, and so does a word after "the" or a preposition of place ("flew to Austin") and one
     * joined to another word by a hyphen ("Force-West").
     */
    NameSpan surnameAlone(NameSpan span, String[] tokens, String covered) {
        if (span.end() - span.start() != 1 || !(span.type().equals("LOC") || span.type().equals("ORG"))
                || !surnames.contains(covered) || listTypes.containsKey(covered.replace('’', '\''))) {
            return span;
        }
        if (span.start() > 0 && (PLACE_CONTEXT.contains(tokens[span.start() - 1].toLowerCase(Locale.ROOT))
                || tokens[span.start() - 1].equals("-"))) {
            return span;
        }
        if (span.end() < tokens.length && tokens[span.end()].equals("-")) return span;
        return new NameSpan(span.start(), span.end(), "PER", span.confidence());
    }

    /**
     * Listed family names between "the" and a ruling word ({@code [RULING]} in {@code name-words.txt}): "the Assad
     * regime", "the Maduro government's", "the Erdogan administration" name a leader, whom the model often misses
     * there or takes for an organisation. A name in a LOC, ORG or NORP list ("the Jordan government") is left out.
     * The spans go with the dictionary's, so they replace a model span only where it is the same word.
     */
    List<NameSpan> leadersBeforeRulingWords(String[] tokens) {
        List<NameSpan> out = new ArrayList<>();
        for (int i = 1; i + 1 < tokens.length; i++) {
            if (tokens[i - 1].equalsIgnoreCase("the") && listedSurname(tokens[i])
                    && rulingWords.contains(withoutPossessive(tokens[i + 1]))) {
                out.add(new NameSpan(i, i + 1, "PER", LEADER_CONFIDENCE));
            }
        }
        return out;
    }

    /**
     * A listed family name right after a listed title, alone or after one given name ("Secretary of Defense Ash
     * Carter", "President Obama"): the holder of the title, found even where the model misses a person in a
     * headline's title case. A family name in a LOC, ORG or NORP list, or a word that itself opens a title, is
     * left out. The spans go with the dictionary's.
     */
    List<NameSpan> holdersAfterTitles(String[] tokens) {
        List<NameSpan> out = new ArrayList<>();
        for (int i = 1; i < tokens.length; i++) {
            if (!isNameWord(tokens[i]) || titleLength(tokens, i, tokens.length) > 0 || !titleEndsAt(tokens, i - 1, 0)) {
                continue;
            }
            if (i + 1 < tokens.length && isNameWord(tokens[i + 1]) && listedSurname(tokens[i + 1])) {
                out.add(new NameSpan(i, i + 2, "PER", LEADER_CONFIDENCE));
                i++;
            } else if (listedSurname(tokens[i])) {
                out.add(new NameSpan(i, i + 1, "PER", LEADER_CONFIDENCE));
            }
        }
        return out;
    }

    /**
     * The holder named right after a title's "for"/"to"/"of" phrase that ends in a place or organisation ("Special
     * Envoy for Syria Geir Pedersen met ...", "Ambassador to the UN Jane Roe said"), where the model saw the place
     * but not the person: two or three words in mixed case that the tagger reads as proper nouns, no span over them,
     * and a lower-case word or punctuation after them (a headline's title case, "Envoy for Syria Holds Talks", goes
     * on in capitals or ends there). {@code spans} ordered by start; the result too.
     */
    List<NameSpan> holdersAfterTitlePhrases(List<NameSpan> spans, String[] tokens, String[] tags) {
        List<NameSpan> out = new ArrayList<>(spans);
        for (int i = 0; i < spans.size(); i++) {
            NameSpan n = spans.get(i);
            if (n.type().equals("PER") || n.type().equals("NORP")) continue;
            int p = n.start() - 1;
            if (p >= 0 && tokens[p].equalsIgnoreCase("the")) p--;
            if (p < 1 || !TITLE_PREPOSITIONS.contains(tokens[p]) || !titleEndsAt(tokens, p - 1, 0)) continue;
            int end = n.end();
            int nextStart = i + 1 < spans.size() ? spans.get(i + 1).start() : tokens.length;
            while (end < nextStart && end - n.end() < 3 && isNameWord(tokens[end]) && isProperNoun(tags[end])
                    && titleLength(tokens, end, end + 1) == 0) {
                end++;
            }
            // running text goes on after the name in lower case or punctuation; a headline ends on it or goes on in
            // capitals ("Envoy for Ukraine Keith Kellogg Arrives")
            if (end - n.end() < 2 || end >= tokens.length || end == nextStart
                    || Character.isUpperCase(tokens[end].codePointAt(0))) {
                continue;
            }
            out.add(new NameSpan(n.end(), end, "PER", LEADER_CONFIDENCE));
        }
        out.sort(Comparator.comparingInt(NameSpan::start));
        return out;
    }

    private static boolean isProperNoun(String tag) {
        return tag.split("\\+")[0].equals("PROPN");
    }

    private boolean listedSurname(String token) {
        return surnames.contains(token) && !listTypes.containsKey(token);
    }

    /** A word without a possessive ending that the tokenizer left on it ("regime's" -> "regime"). */
    private static String withoutPossessive(String token) {
        for (String p : POSSESSIVES) {
            if (token.length() > p.length() && token.endsWith(p)) {
                return token.substring(0, token.length() - p.length());
            }
        }
        return token;
    }

    /** The words of a sectioned list file: "[NAME]" lines start a section, other lines are its words. */
    static Map<String, Set<String>> sections(String resource) {
        Map<String, Set<String>> out = new HashMap<>();
        Set<String> current = null;
        for (String line : Gazetteer.readLines(resource)) {
            if (line.startsWith("[") && line.endsWith("]")) {
                current = out.computeIfAbsent(line.substring(1, line.length() - 1), k -> new HashSet<>());
            } else if (current == null) {
                throw new org.newsgraph.NewsgraphException(resource + ": word '" + line + "' before any [SECTION]");
            } else {
                current.add(line);
            }
        }
        return out;
    }

    /**
     * The word rules of {@code name-words.txt}, after {@link #retype}: a person span ending in a common noun
     * ("Reserve Airmen") or a lone such word is dropped (null); a person span ending in an organisation head
     * ("Coalition") is an organisation; an unlisted all-capitals acronym of up to four letters taken for a place,
     * alone or at the end of a longer span ("ARW", "Ohio NG"), is an organisation. Listed country codes ("UAE")
     * and listed names in capitals ("LIMA", a dateline) keep their type.
     */
    NameSpan settle(NameSpan span, String[] tokens, String covered) {
        String last = tokens[span.end() - 1];
        boolean listed = listTypes.containsKey(covered.replace('’', '\''));
        if (notNames.contains(last) && (span.type().equals("PER") || span.end() - span.start() == 1)) return null;
        if (span.type().equals("PER") && orgHeads.contains(last)) {
            return new NameSpan(span.start(), span.end(), "ORG", span.confidence());
        }
        if (span.type().equals("LOC") && !listed && last.length() <= 4 && ACRONYM.matcher(last).matches()
                && !upperCaseListed.contains(last)) {
            return new NameSpan(span.start(), span.end(), "ORG", span.confidence());
        }
        return span;
    }

    /** Whether a token is an ordinal written in figures ("507th", "1st"). */
    static boolean isOrdinal(String token) {
        return ORDINAL.matcher(token).matches();
    }

    /**
     * Sentence-level repairs after the merge, on spans ordered by start: a lone ordinal ("407th") is no name; an
     * organisation that ends a title's "for"/"of" phrase and runs on into its holder's name is split in two ("Special
     * Envoy for the Global Coalition to Counter ISIL" + "Brett McGurk", see {@link #holderStart}); an organisation
     * preceded by an ordinal takes it in ("507th" + "Maintenance Group"); a person span preceded by one uncovered
     * capitalised word that itself follows a title takes that word in as the given name ("Secretary of Defense"
     * "Ash" + "Carter"); a person span right before "Jr." or "Sr." takes it in ("Ferdinand Marcos" + "Jr.").
     */
    List<NameSpan> repair(List<NameSpan> spans, String[] tokens) {
        List<NameSpan> kept = new ArrayList<>();
        for (NameSpan n : spans) {
            if (n.end() - n.start() == 1 && isOrdinal(tokens[n.start()])) continue;
            int holder = n.type().equals("ORG") ? holderStart(n, tokens) : -1;
            if (holder < 0) {
                kept.add(n);
            } else {
                kept.add(new NameSpan(n.start(), holder, "ORG", n.confidence()));
                kept.add(new NameSpan(holder, n.end(), "PER", n.confidence()));
            }
        }
        List<NameSpan> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            NameSpan n = kept.get(i);
            int prevEnd = out.isEmpty() ? 0 : out.get(out.size() - 1).end();
            int s = n.start();
            if (n.type().equals("ORG") && s - 1 >= prevEnd && isOrdinal(tokens[s - 1])) {
                n = new NameSpan(s - 1, n.end(), n.type(), n.confidence());
            } else if (n.type().equals("PER") && n.end() < tokens.length
                    && GENERATION_SUFFIXES.contains(tokens[n.end()])
                    && (i + 1 == kept.size() || kept.get(i + 1).start() > n.end())) {
                n = new NameSpan(s, n.end() + 1, n.type(), n.confidence());
            } else if (n.type().equals("PER") && s - 2 >= prevEnd && Character.isUpperCase(tokens[s - 1].charAt(0))
                    && tokens[s - 1].length() > 1 && Character.isLowerCase(tokens[s - 1].charAt(1))
                    && titleLength(tokens, s - 1, s) == 0 && titleEndsAt(tokens, s - 2, prevEnd)) {
                n = new NameSpan(s - 1, n.end(), n.type(), n.confidence());
            }
            out.add(n);
        }
        return out;
    }

    /** Dashes that join a command to the operation it runs ("... Command - Operation Inherent Resolve"). */
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");
    /** Lower-case words a headline keeps in lower case: a sentence with no other is in title case. */
    private static final Set<String> HEADLINE_LOWER = Set.of("a", "an", "the", "to", "of", "in", "on", "at", "for",
            "and", "or", "with", "by", "from", "as", "vs", "over");
    /** Most words of an operation's name after "Operation" ("Inherent Resolve"), or of a purpose's object. */
    private static final int NAME_TAIL = 3;

    /**
     * Organisation names of two shapes the name finder cuts into pieces, each joined into one ORG span where its
     * shape is unmistakable; spans ordered by start, the result too:
     * <ul>
     * <li>a body named for its purpose: an organisation's head ({@code [ORG_HEAD]}, or the end of an ORG span),
     * "to", a capitalised verb of {@code [PURPOSE_VERB]} and one to three capitalised words or a name that is no
     * person ("Global Coalition to Counter ISIL", "Committee to Protect Journalists"), see {@link #purposeEnd};</li>
     * <li>a unit or command with its operation: a name ending in an organisation's head or "Force", a dash,
     * "Operation" and one to three capitalised words ("... Land Component Command - Operation Inherent Resolve").</li>
     * </ul>
     * The name runs back from its head over capitalised words, never into a person found before it. The pieces the
     * model found inside it (a person "Protect Journalists", an organisation "ISIL") give way; a span that crosses
     * its edges leaves it alone, and so does a sentence in a headline's title case ("Army to Ban Landmines").
     */
    List<NameSpan> joinedShapes(List<NameSpan> spans, String[] tokens) {
        if (titleCase(tokens)) return spans;
        List<NameSpan> out = new ArrayList<>(spans);
        for (int i = 1; i + 2 < tokens.length; i++) {
            int end = -1;
            if (tokens[i].equals("to") && purposeVerbs.contains(tokens[i + 1]) && orgEndsAt(out, tokens, i)) {
                end = purposeEnd(out, tokens, i + 2);
            } else if (DASHES.contains(tokens[i]) && tokens[i + 1].equals("Operation")
                    && (orgHeads.contains(tokens[i - 1]))) {
                end = i + 2;
                while (end < tokens.length && end - i - 2 < NAME_TAIL && isNameWord(tokens[end])) end++;
                if (end == i + 2) end = -1;
            }
            if (end < 0) continue;
            int start = orgStart(out, tokens, i);
            if (start < 0) continue;
            List<NameSpan> inside = new ArrayList<>();
            boolean crossed = false;
            for (NameSpan n : out) {
                if (n.start() >= start && n.end() <= end) inside.add(n);
                else if (n.start() < end && start < n.end()) crossed = true;
            }
            NameSpan joined = new NameSpan(start, end, "ORG",
                    inside.stream().mapToDouble(NameSpan::confidence).max().orElse(LEADER_CONFIDENCE));
            if (crossed || inside.equals(List.of(joined))) continue;
            out.removeAll(inside);
            out.add(joined);
            out.sort(Comparator.comparingInt(NameSpan::start));
            i = end - 1;
        }
        return out;
    }

    /** Whether an organisation ends right before token {@code i}: an ORG span, or a word of {@code [ORG_HEAD]}. */
    private boolean orgEndsAt(List<NameSpan> spans, String[] tokens, int i) {
        return orgHeads.contains(tokens[i - 1]) || spans.stream().anyMatch(n -> n.end() == i && n.type().equals("ORG"));
    }

    /**
     * Where the object of a purpose that starts at token {@code from} ends: a name that is no person, or up to three
     * capitalised words; -1 when there is none or a person stands there ("Committee to Free Anna Berg"). A
     * "person" right at the object whose first word is no listed given name is the model's mistake ("Protect" + PER
     * "Journalists") and is the object; a person after the object ends it ("... to Counter ISIL Lena Varga").
     */
    private int purposeEnd(List<NameSpan> spans, String[] tokens, int from) {
        int end = from;
        while (end < tokens.length && end - from < NAME_TAIL) {
            final int at = end;
            NameSpan here = spans.stream().filter(n -> n.start() == at).findFirst().orElse(null);
            if (here != null) {
                if (here.type().equals("PER")) {
                    // the model's "person" over the object itself; after the object, a person is the next name
                    if (end == from && !givenNames.contains(tokens[here.start()])) end = here.end();
                    break;
                }
                end = here.end();
            } else if (isNameWord(tokens[end]) || ACRONYM.matcher(tokens[end]).matches()) {
                end++;
            } else {
                break;
            }
        }
        return end == from ? -1 : end;
    }

    /**
     * Where the organisation whose name ends before token {@code i} starts: back over capitalised words, acronyms and
     * ordinals, not over "The" nor into a person's span that ends before the name's head ("said Tom Hale Joint ...").
     * -1 when there is no such word.
     */
    private static int orgStart(List<NameSpan> spans, String[] tokens, int i) {
        int start = i;
        for (int j = i - 1; j >= 0 && j >= i - 8; j--) {
            String w = tokens[j];
            if (w.equals("The") || !(isNameWord(w) || ACRONYM.matcher(w).matches() || isOrdinal(w))) break;
            final int at = j;
            boolean person = spans.stream().anyMatch(n -> n.type().equals("PER") && n.start() <= at && at < n.end()
                    && n.end() < i);
            if (person) break;
            start = j;
        }
        return start == i ? -1 : start;
    }

    /**
     * Whether a sentence is in a headline's title case: no word in lower case but those a headline keeps so ("Army
     * to Ban Landmines Along Border").
     */
    private static boolean titleCase(String[] tokens) {
        for (String t : tokens) {
            if (!t.isEmpty() && Character.isLowerCase(t.codePointAt(0)) && !HEADLINE_LOWER.contains(t)) return false;
        }
        return true;
    }

    /** Words that join a title to the place or body it is for ("Envoy for Syria", "Ambassador to France"). */
    private static final Set<String> TITLE_PREPOSITIONS = Set.of("for", "to", "of", "on", "in");

    /** Suffixes that tell a father and son of one name apart: part of the person's name ("Ferdinand Marcos Jr."). */
    private static final Set<String> GENERATION_SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr");

    /** Words that join the words of an organisation's name ("Coalition to Counter ISIL", "Bank of Ghana"). */
    private static final Set<String> NAME_JOINERS = Set.of("the", "to", "of", "for", "against", "and", "on", "&");

    /**
     * Where the name of a title's holder starts inside the organisation span {@code n}, or -1: the span ends in two
     * or three name words ("Brett McGurk", the last no organisation head) that open after an all-capitals acronym
     * ("... ISIL Brett McGurk") or with a listed given name ("... Council Anna Berg"), and the organisation before
     * them, counted back through the capitalised words and joiners before the span, has at least two capitalised
     * words and follows "for" or "of" after a capitalised listed title ("Special Envoy for the Global Coalition to
     * Counter ISIL"). "The commander of the USS Carl Vinson" keeps its ship: one word is no such organisation.
     */
    private int holderStart(NameSpan n, String[] tokens) {
        int e = n.end();
        if (orgHeads.contains(tokens[e - 1])) return -1;
        for (int k = Math.max(n.start() + 1, e - 3); k <= e - 2; k++) {
            boolean names = true;
            for (int i = k; i < e; i++) names &= isNameWord(tokens[i]);
            boolean opens = ACRONYM.matcher(tokens[k - 1]).matches() || givenNames.contains(tokens[k]);
            if (names && opens && followsTitle(tokens, k)) return k;
        }
        return -1;
    }

    /**
     * Whether the words before token {@code k} are an organisation of at least two capitalised words, with joiners
     * between them, after "for" or "of" and a capitalised listed title ("Envoy for the Global Coalition").
     */
    private boolean followsTitle(String[] tokens, int k) {
        int words = 0;
        for (int j = k - 1; j >= Math.max(1, k - 12); j--) {
            String w = tokens[j];
            boolean link = w.equals("for") || w.equals("of");
            if (link && words >= 2 && Character.isUpperCase(tokens[j - 1].charAt(0)) && titleEndsAt(tokens, j - 1, 0)) {
                return true;
            }
            if (Character.isUpperCase(w.charAt(0))) words++;
            else if (!NAME_JOINERS.contains(w)) return false;
        }
        return false;
    }

    /** Whether a listed title (up to four tokens) ends at token {@code last} and starts at or after {@code from}. */
    private boolean titleEndsAt(String[] tokens, int last, int from) {
        for (int len = 1; len <= 4 && last - len + 1 >= from; len++) {
            StringBuilder b = new StringBuilder();
            for (int i = last - len + 1; i <= last; i++) {
                if (i > last - len + 1) b.append(' ');
                b.append(tokens[i].toLowerCase(Locale.ROOT));
            }
            if (titles.contains(b.toString())) return true;
        }
        return false;
    }

    /**
     * A person span that opens with a function word right before a particle loses that word: the name finder takes a
     * capitalised adverb at the start of a sentence for a given name before "bin" or "von der" ("Later bin Salman",
     * "Then von der Leyen"). Runs before {@link #clean}, which needs no tags.
     */
    NameSpan withoutLeadingFunctionWord(NameSpan span, String[] tokens, String[] tags) {
        int s = span.start();
        if (!span.type().equals("PER") || span.end() - s < 3 || !particles.contains(tokens[s + 1])
                || !FUNCTION_TAGS.contains(tags[s].split("\\+")[0])) {
            return span;
        }
        return new NameSpan(s + 1, span.end(), span.type(), span.confidence());
    }

    /** The span trimmed as described above, or null when nothing is left. */
    NameSpan clean(NameSpan span, String[] tokens) {
        int s = span.start();
        int e = span.end();
        boolean changed = true;
        while (changed && s < e) {
            changed = false;
            if (tokens[s].equalsIgnoreCase("the") || isPunctuation(tokens[s])) {
                s++;
                changed = true;
            } else if (span.type().equals("PER") && e - s > 1 && particles.contains(tokens[s])
                    && !tokens[s + 1].equals("-")) {
                // "de Gaulle": plausible() wants a capital first, and NameParticles puts the particle back; a
                // hyphenated "al-Shabab" stays as it is (and is dropped): such names are mostly groups
                s++;
                changed = true;
            } else if (span.type().equals("PER")) {
                int t = titleLength(tokens, s, e);
                if (t > 0 && t < e - s) {
                    s += t;
                    changed = true;
                } else if (e - s >= 3 && ACRONYM.matcher(tokens[s]).matches() && isNameWord(tokens[s + 1])) {
                    s++;   // "... Coalition against ISIL Lena Varga": the acronym ends the title, not the name
                    changed = true;
                }
            }
        }
        while (e > s && (POSSESSIVES.contains(tokens[e - 1]) || isPunctuation(tokens[e - 1]))) e--;
        // "Ursula von" of "Ursula von der Leyen": the particles go back to the family name (see NameParticles)
        while (span.type().equals("PER") && e - 1 > s && particles.contains(tokens[e - 1])) e--;
        if (s >= e) return null;
        return new NameSpan(s, e, span.type(), span.confidence());
    }

    /** A short lower-case word after a hyphen inside a name: the second half of a given name ("Jae-in"). */
    private static final Pattern GIVEN_NAME_TAIL = Pattern.compile("\\p{Ll}{1,4}");
    /** Short words that make a compound of a name rather than continue it ("a Yoon-led delegation"). */
    private static final Set<String> COMPOUND_TAILS = Set.of("led", "run", "born", "era", "like", "type", "free",
            "wide", "made", "held", "owned", "old", "age", "aged", "based", "bred", "less", "only", "ism", "ist");

    /**
     * Where a person's name ends once a given name written with a hyphen is taken whole: the tokenizer splits
     * "Jae-in" into three tokens and the model may stop at the hyphen ("Moon Jae" for "Moon Jae-in"). A hyphen with
     * no space on either side, followed by a short lower-case word that is not a compound's second part ("-led",
     * "-born"), continues the name.
     *
     * @param spans the character spans of {@code words}
     * @param end   the name's end (token index, exclusive)
     */
    static int hyphenatedNameEnd(String[] words, List<opennlp.tools.util.Span> spans, int end) {
        while (end >= 1 && end + 1 < words.length && words[end].equals("-")
                && spans.get(end).getStart() == spans.get(end - 1).getEnd()
                && spans.get(end + 1).getStart() == spans.get(end).getEnd()
                && GIVEN_NAME_TAIL.matcher(words[end + 1]).matches() && !COMPOUND_TAILS.contains(words[end + 1])) {
            end += 2;
        }
        return end;
    }

    /** Length in tokens of the longest title starting at {@code s} (up to four tokens), 0 when none. */
    private int titleLength(String[] tokens, int s, int e) {
        StringBuilder b = new StringBuilder();
        int best = 0;
        for (int len = 1; len <= 4 && s + len <= e; len++) {
            if (len > 1) b.append(' ');
            b.append(tokens[s + len - 1].toLowerCase(Locale.ROOT));
            if (titles.contains(b.toString())) best = len;
        }
        return best;
    }

    /** A capitalised word in mixed case ("Lena"), as a given name is written in running text. */
    private static boolean isNameWord(String token) {
        return token.length() > 1 && Character.isUpperCase(token.charAt(0)) && Character.isLowerCase(token.charAt(1));
    }

    private static boolean isPunctuation(String token) {
        return token.length() == 1 && !Character.isLetterOrDigit(token.charAt(0));
    }

    /** Model spans merged with dictionary spans by the rule in the class comment; result ordered by start. */
    static List<NameSpan> merge(List<NameSpan> model, List<NameSpan> dictionary) {
        List<NameSpan> out = new ArrayList<>(model);
        List<NameSpan> dict = new ArrayList<>(dictionary);
        dict.sort(Comparator.comparingInt((NameSpan d) -> d.start() - d.end()));
        for (NameSpan d : dict) {
            List<NameSpan> overlapping = out.stream().filter(d::overlaps).toList();
            if (overlapping.stream().allMatch(d::contains)) {
                out.removeAll(overlapping);
                out.add(d);
            }
        }
        out.sort(Comparator.comparingInt(NameSpan::start));
        return out;
    }
}
