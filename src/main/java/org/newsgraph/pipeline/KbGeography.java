package org.newsgraph.pipeline;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.extract.Geography;
import org.newsgraph.link.KbEntry;
import org.newsgraph.link.KnowledgeBase;

/** The extractor's geography, answered from the knowledge base. */
final class KbGeography implements Geography {
    private final KnowledgeBase kb;

    KbGeography(KnowledgeBase kb) {
        this.kb = Objects.requireNonNull(kb, "kb");
    }

    @Override
    public Optional<String> stateOf(String qid) {
        return kb.stateFor(qid);
    }

    @Override
    public Optional<String> countryOfDemonym(String text) {
        return kb.countryForDemonym(text).map(KbEntry::qid);
    }

    @Override
    public Optional<String> countryOf(String qid) {
        return kb.get(qid).filter(KbEntry::isPlace).flatMap(KbEntry::country);
    }

    @Override
    public Optional<String> countryNamed(String name) {
        List<KbEntry> countries = kb.candidates(name).stream().filter(e -> e.is("country")).toList();
        return countries.size() == 1 ? Optional.of(countries.get(0).qid()) : Optional.empty();
    }

    @Override
    public Optional<String> citizenshipOf(String personQid) {
        return kb.get(personQid).filter(e -> e.is("person")).flatMap(KbEntry::country);
    }
}
