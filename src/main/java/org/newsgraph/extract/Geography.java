package org.newsgraph.extract;

import java.util.Optional;

/**
 * What the extractor needs to know about places: which state a capital stands for, and which country a nationality
 * names. The knowledge base implements it; the extractor only asks.
 */
public interface Geography {
    /** The state a Wikidata item stands for: a capital or seat of government gives its state, a state itself. */
    Optional<String> stateOf(String qid);

    /** The country (QID) a demonym or nationality word names: "North Korean" or "Iraqis". */
    Optional<String> countryOfDemonym(String text);

    /** The country (QID) a place lies in: a region or city gives its country, a country itself. */
    Optional<String> countryOf(String qid);

    /** The country (QID) a name or abbreviation names when it names one country only: "US", "France". */
    Optional<String> countryNamed(String name);

    /** The country (QID) a person is a citizen of. */
    Optional<String> citizenshipOf(String personQid);

    /** A geography that knows nothing: no metonymy, nationality only through links. */
    Geography NONE = new Geography() {
        @Override
        public Optional<String> stateOf(String qid) {
            return Optional.empty();
        }

        @Override
        public Optional<String> countryOfDemonym(String text) {
            return Optional.empty();
        }

        @Override
        public Optional<String> countryOf(String qid) {
            return Optional.empty();
        }

        @Override
        public Optional<String> countryNamed(String name) {
            return Optional.empty();
        }

        @Override
        public Optional<String> citizenshipOf(String personQid) {
            return Optional.empty();
        }
    };
}
