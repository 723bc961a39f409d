package org.newsgraph.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.util.StringList;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Typed gazetteer features: for each list, whether the token begins ("B") or continues ("I") the longest listed name
 * at that point, and the same for the previous and next token. Matches are case-insensitive but a name must start
 * with a capital letter or digit. Matching runs once per sentence (cached on the token array), not once per token,
 * through a word trie per list ({@link NameTrie}).
 * Not thread-safe, like every OpenNLP feature generator.
 */
final class GazetteerFeatureGenerator implements AdaptiveFeatureGenerator {
    private final String[] keys;
    private final NameTrie[] names;
    private String[] cachedTokens;
    private String[][] cachedLabels;

    GazetteerFeatureGenerator(Map<String, Dictionary> dictionaries) {
        keys = dictionaries.keySet().toArray(String[]::new);
        names = new NameTrie[keys.length];
        for (int k = 0; k < keys.length; k++) {
            NameTrie trie = new NameTrie();
            for (StringList entry : dictionaries.get(keys[k])) {
                String[] toks = new String[entry.size()];
                for (int i = 0; i < toks.length; i++) toks[i] = normal(entry.getToken(i));
                trie.add(toks);
            }
            names[k] = trie;
        }
    }

    private static String normal(String token) {
        return token.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** Per list, per token: "B", "I" or null. */
    String[][] labels(String[] tokens) {
        if (tokens != cachedTokens) {
            String[] lower = new String[tokens.length];
            for (int i = 0; i < tokens.length; i++) lower[i] = normal(tokens[i]);
            String[][] labels = new String[keys.length][tokens.length];
            for (int k = 0; k < keys.length; k++) {
                int i = 0;
                while (i < tokens.length) {
                    int len = startsName(tokens[i]) ? names[k].longest(lower, i) : 0;
                    if (len == 0) {
                        i++;
                        continue;
                    }
                    labels[k][i] = "B";
                    for (int j = i + 1; j < i + len; j++) labels[k][j] = "I";
                    i += len;
                }
            }
            cachedTokens = tokens;
            cachedLabels = labels;
        }
        return cachedLabels;
    }

    private static boolean startsName(String token) {
        char c = token.charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String[][] labels = labels(tokens);
        for (int k = 0; k < keys.length; k++) {
            String here = labels[k][index];
            if (here != null) features.add("gz=" + keys[k] + here);
            if (index > 0 && labels[k][index - 1] != null) features.add("gzp=" + keys[k]);
            if (index + 1 < tokens.length && labels[k][index + 1] != null) features.add("gzn=" + keys[k]);
        }
    }

    /** Forgets the cached sentence, in case a caller refills the same token array. */
    @Override
    public void clearAdaptiveData() {
        cachedTokens = null;
        cachedLabels = null;
    }

    @Override
    public String toString() {
        return "GazetteerFeatureGenerator" + Arrays.toString(keys);
    }
}
