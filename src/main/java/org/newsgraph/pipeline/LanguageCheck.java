package org.newsgraph.pipeline;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.ingest.Article;

/**
 * A cheap guard against running the English models over another language, which would store nonsense entities:
 * an article that declares a language other than English, or whose words are almost never common English function
 * words, is refused with a reason. English news prose has roughly a third of its words in this list.
 */
final class LanguageCheck {
    /** Articles shorter than this many words are not judged: too few words to tell. */
    static final int MIN_WORDS = 12;
    /** Below this share of function words a text is taken for another language. */
    static final double MIN_SHARE = 0.10;

    // articles, prepositions, conjunctions, pronouns and auxiliaries of English
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "a", "an", "of", "to", "and", "or", "but", "for", "with", "on", "at", "by", "from", "into",
            "about", "after", "before", "over", "than", "that", "this", "these", "those", "which", "who", "whom",
            "it", "its", "he", "she", "his", "her", "they", "their", "them", "we", "our", "you", "i",
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "could", "should",
            "not", "as", "said", "also");

    private LanguageCheck() {
    }

    /** Why {@code article} is not processed, or empty when it is (taken to be) English. */
    static Optional<String> refusal(Article article) {
        if (!article.language().equals("en")) {
            return Optional.of("language '" + article.language() + "' is not supported (only English articles"
                    + " are processed); skipped");
        }
        int words = 0;
        int common = 0;
        for (String word : article.text().toLowerCase(Locale.ROOT).split("[^\\p{L}']+")) {
            if (word.isEmpty()) continue;
            words++;
            if (FUNCTION_WORDS.contains(word)) common++;
        }
        if (words < MIN_WORDS) return Optional.empty();
        double share = (double) common / words;
        if (share >= MIN_SHARE) return Optional.empty();
        return Optional.of(String.format(Locale.ROOT, "does not look like English (%.0f%% of %,d words are common"
                + " English words, expected at least %.0f%%); skipped", share * 100, words, MIN_SHARE * 100));
    }
}
