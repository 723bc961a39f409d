package org.newsgraph.link;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One item of the knowledge base.
 *
 * @param qid        Wikidata item id ("Q159")
 * @param label      English label
 * @param aliases    other English names
 * @param nerType    the type an NER mention of it would carry: PER, ORG or LOC
 * @param kinds      what it is: country, capital, city, region, person, org (and intl, party, group, agency)
 * @param countryQid its country (a country's own id for a country; citizenship for a person), or null when none is
 *                   recorded
 * @param demonyms   nationality adjectives that point to it ("Russian"), for countries
 * @param popularity coarse prior in 0..1
 */
public record KbEntry(String qid, String label, List<String> aliases, String nerType, Set<String> kinds,
                      String countryQid, List<String> demonyms, double popularity) {
    public static final Set<String> NER_TYPES = Set.of("PER", "ORG", "LOC");

    public KbEntry {
        Objects.requireNonNull(qid, "qid");
        Objects.requireNonNull(label, "label");
        if (!qid.matches("Q[1-9][0-9]*")) throw new IllegalArgumentException("not a Wikidata item id: " + qid);
        if (!NER_TYPES.contains(nerType)) {
            throw new IllegalArgumentException("entry " + qid + ": NER type must be PER, ORG or LOC, not " + nerType);
        }
        if (popularity < 0 || popularity > 1) {
            throw new IllegalArgumentException("entry " + qid + ": popularity out of 0..1: " + popularity);
        }
        aliases = List.copyOf(aliases);
        kinds = Set.copyOf(kinds);
        demonyms = List.copyOf(demonyms);
    }

    public boolean is(String kind) {
        return kinds.contains(kind);
    }

    public boolean isPlace() {
        return "LOC".equals(nerType);
    }

    public Optional<String> country() {
        return Optional.ofNullable(countryQid);
    }
}
