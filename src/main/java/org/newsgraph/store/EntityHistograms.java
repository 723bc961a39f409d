package org.newsgraph.store;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;

/**
 * The summary's histograms of entities by mention count, for {@code top-entities} (every counted entity) and {@code
 * unlinked-entities} (those with an entity class and no {@code owl:sameAs}): the groups, each entity's place, and how
 * a write or a bulk load files them (see {@link StoreSummary} for the terms). An entity's place follows from what the
 * summary holds of it: its {@code ng:mentionCount}, its {@code owl:sameAs} and its entity classes.
 */
final class EntityHistograms {
    private static final Node UNLINKED_MENTION_COUNT = NG.unlinkedMentionCount.asNode();
    private static final Node UNLINKED_ENTITY = NG.unlinkedEntity.asNode();
    private static final Node UNLINKED_TYPE_COUNT = NG.unlinkedTypeCount.asNode();
    private static final Node UNLINKED_CUMULATIVE = NG.unlinkedCumulativeTypeCount.asNode();
    private static final String UNLINKED_PREFIX = "urn:newsgraph:unlinked:";
    private static final Node RANKED_MENTION_COUNT = NG.rankedMentionCount.asNode();
    private static final Node RANKED_ENTITY = NG.rankedEntity.asNode();
    private static final Node RANKED_ENTITY_COUNT = NG.rankedEntityCount.asNode();
    private static final Node RANKED_CUMULATIVE = NG.rankedCumulativeEntityCount.asNode();
    private static final String RANKED_PREFIX = "urn:newsgraph:ranked:";
    private static final Node MENTION_COUNT = NG.mentionCount.asNode();
    private static final Node SAME_AS = OWL.sameAs.asNode();
    private static final Node TYPE = RDF.type.asNode();

    private EntityHistograms() {
    }

    /**
     * The histograms of a bulk load's entities, whose mention counts are {@code mentions}, those with an {@code
     * owl:sameAs} {@code linked} and their numbers of entity classes {@code classes}: hands on each group's count and
     * each entity's entry, each group's count once, and returns the groups' entity and class counts, and their running
     * counts.
     */
    static Map<StoreSummary.Counter, BigDecimal> gather(Map<Node, BigInteger> mentions, Set<Node> linked,
            Map<Node, Integer> classes, Consumer<Triple> out) {
        Map<StoreSummary.Counter, BigDecimal> histogram = new HashMap<>();
        Set<Triple> groups = new HashSet<>();
        Map<BigInteger, BigDecimal> ranked = new HashMap<>();
        Map<BigInteger, BigDecimal> unlinked = new HashMap<>();
        mentions.forEach((entity, count) -> {
            histogram.merge(new StoreSummary.Counter(rankedGroup(count), RANKED_ENTITY_COUNT), BigDecimal.ONE,
                    BigDecimal::add);
            ranked.merge(count, BigDecimal.ONE, BigDecimal::add);
            for (Triple t : rankedTriples(count, entity)) {
                if (RANKED_ENTITY.equals(t.getPredicate()) || groups.add(t)) out.accept(t);
            }
            Unlinked place = new Unlinked(count, linked.contains(entity), classes.getOrDefault(entity, 0));
            if (!place.listed()) return;
            histogram.merge(new StoreSummary.Counter(unlinkedGroup(place.mentions()), UNLINKED_TYPE_COUNT),
                    BigDecimal.valueOf(place.classes()), BigDecimal::add);
            unlinked.merge(place.mentions(), BigDecimal.valueOf(place.classes()), BigDecimal::add);
            for (Triple t : place.triples(entity)) {
                if (UNLINKED_ENTITY.equals(t.getPredicate()) || groups.add(t)) out.accept(t);
            }
        });
        runningCounts(ranked).forEach((count, running) -> histogram.put(
                new StoreSummary.Counter(rankedGroup(count), RANKED_CUMULATIVE), running));
        runningCounts(unlinked).forEach((count, running) -> histogram.put(
                new StoreSummary.Counter(unlinkedGroup(count), UNLINKED_CUMULATIVE), running));
        return histogram;
    }

    /**
     * The running counts of a histogram whose groups hold {@code rows} (by mention count): each group's own rows and
     * those of every group of a higher mention count. A listing ordered by mention count reaches its n-th row in the
     * group of the least mention count whose running count, less its own rows, is below n: one lookup per group
     * instead of a join of the histogram with itself.
     */
    private static Map<BigInteger, BigDecimal> runningCounts(Map<BigInteger, BigDecimal> rows) {
        Map<BigInteger, BigDecimal> running = new TreeMap<>(Comparator.reverseOrder());
        running.putAll(rows);
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<BigInteger, BigDecimal> e : running.entrySet()) {
            sum = sum.add(e.getValue());
            e.setValue(sum);
        }
        return running;
    }

    /**
     * Sets the running counts of the histogram whose groups state their mention count with {@code countPredicate}
     * and their rows with {@code rowsPredicate} to what its groups now hold, rewriting only those that changed.
     */
    private static void updateRunningCounts(DatasetGraph dsg, Node countPredicate, Node rowsPredicate,
            Node runningPredicate) {
        Map<BigInteger, BigDecimal> rows = new HashMap<>();
        Map<BigInteger, Node> groupOf = new HashMap<>();
        for (Quad q : Iter.toList(dsg.find(StoreSummary.GRAPH_NODE, Node.ANY, countPredicate, Node.ANY))) {
            BigInteger count = integer(q.getObject());
            groupOf.put(count, q.getSubject());
            for (Quad r : Iter.toList(dsg.find(StoreSummary.GRAPH_NODE, q.getSubject(), rowsPredicate, Node.ANY))) {
                rows.merge(count, new BigDecimal(integer(r.getObject())), BigDecimal::add);
            }
        }
        runningCounts(rows).forEach((count, running) -> {
            Node group = groupOf.get(count);
            Node value = StoreSummary.literal(runningPredicate, running);
            if (dsg.contains(StoreSummary.GRAPH_NODE, group, runningPredicate, value)) return;
            dsg.deleteAny(StoreSummary.GRAPH_NODE, group, runningPredicate, Node.ANY);
            dsg.add(StoreSummary.GRAPH_NODE, group, runningPredicate, value);
        });
    }

    private static BigInteger integer(Node literal) {
        return new BigDecimal(((Number) literal.getLiteralValue()).toString()).toBigIntegerExact();
    }

    /**
     * Moves each entity of {@code before} (its mention count, link and classes before the write) to the places in the
     * histograms of unlinked and of all counted entities that the summary now gives it; a group goes when no entity
     * is left in it.
     */
    static void replace(DatasetGraph dsg, Map<Node, Unlinked> before) {
        Map<StoreSummary.Counter, BigDecimal> delta = new HashMap<>();
        // each group that an entity left, with the predicate of its entities
        Map<Node, Node> groupsLeft = new HashMap<>();
        before.forEach((entity, old) -> {
            Unlinked now = unlinked(dsg, entity);
            if (now.equals(old)) return;
            if (old.listed()) {
                Node group = unlinkedGroup(old.mentions());
                delta.merge(new StoreSummary.Counter(group, UNLINKED_TYPE_COUNT), BigDecimal.valueOf(-old.classes()),
                        BigDecimal::add);
                dsg.delete(StoreSummary.GRAPH_NODE, group, UNLINKED_ENTITY, entity);
                groupsLeft.put(group, UNLINKED_ENTITY);
            }
            if (now.listed()) {
                delta.merge(new StoreSummary.Counter(unlinkedGroup(now.mentions()), UNLINKED_TYPE_COUNT),
                        BigDecimal.valueOf(now.classes()), BigDecimal::add);
                now.triples(entity).forEach(t -> StoreSummary.add(dsg, t));
            }
            if (Objects.equals(old.mentions(), now.mentions())) return;
            if (old.mentions() != null) {
                Node group = rankedGroup(old.mentions());
                delta.merge(new StoreSummary.Counter(group, RANKED_ENTITY_COUNT), BigDecimal.ONE.negate(),
                        BigDecimal::add);
                dsg.delete(StoreSummary.GRAPH_NODE, group, RANKED_ENTITY, entity);
                groupsLeft.put(group, RANKED_ENTITY);
            }
            if (now.mentions() != null) {
                delta.merge(new StoreSummary.Counter(rankedGroup(now.mentions()), RANKED_ENTITY_COUNT), BigDecimal.ONE,
                        BigDecimal::add);
                rankedTriples(now.mentions(), entity).forEach(t -> StoreSummary.add(dsg, t));
            }
        });
        StoreSummary.apply(dsg, delta);
        groupsLeft.forEach((group, member) -> {
            if (!dsg.contains(StoreSummary.GRAPH_NODE, group, member, Node.ANY)) {
                dsg.deleteAny(StoreSummary.GRAPH_NODE, group, Node.ANY, Node.ANY);
            }
        });
        // A change of one group's rows changes the running count of every group of a lower mention count.
        if (changes(delta, RANKED_ENTITY_COUNT)) {
            updateRunningCounts(dsg, RANKED_MENTION_COUNT, RANKED_ENTITY_COUNT, RANKED_CUMULATIVE);
        }
        if (changes(delta, UNLINKED_TYPE_COUNT)) {
            updateRunningCounts(dsg, UNLINKED_MENTION_COUNT, UNLINKED_TYPE_COUNT, UNLINKED_CUMULATIVE);
        }
    }

    /** Whether {@code delta} changes some count stated with {@code predicate}. */
    private static boolean changes(Map<StoreSummary.Counter, BigDecimal> delta, Node predicate) {
        return delta.entrySet().stream().anyMatch(e -> predicate.equals(e.getKey().predicate())
                && e.getValue().signum() != 0);
    }

    /** The triples that place {@code entity} in the histogram of counted entities, under {@code mentions}. */
    static List<Triple> rankedTriples(BigInteger mentions, Node entity) {
        return groupTriples(rankedGroup(mentions), RANKED_MENTION_COUNT, RANKED_ENTITY, mentions, entity);
    }

    /** A histogram group's count ({@code count} {@code mentions}) and its member {@code entity}. */
    private static List<Triple> groupTriples(Node group, Node count, Node member, BigInteger mentions, Node entity) {
        return List.of(Triple.create(group, count, NodeFactory.createLiteralDT(mentions.toString(),
                XSDDatatype.XSDinteger)), Triple.create(group, member, entity));
    }

    /** The group of the histogram of counted entities for {@code mentions} mentions. */
    static Node rankedGroup(BigInteger mentions) {
        return NodeFactory.createURI(RANKED_PREFIX + mentions);
    }

    /** The place of {@code entity} in the histogram of unlinked entities, as the summary now gives it. */
    static Unlinked unlinked(DatasetGraph dsg, Node entity) {
        BigInteger mentions = null;
        for (Quad q : Iter.toList(dsg.find(StoreSummary.GRAPH_NODE, entity, MENTION_COUNT, Node.ANY))) {
            mentions = integer(q.getObject());
        }
        return new Unlinked(mentions, dsg.contains(StoreSummary.GRAPH_NODE, entity, SAME_AS, Node.ANY),
                (int) Iter.count(dsg.find(StoreSummary.GRAPH_NODE, entity, TYPE, Node.ANY)));
    }

    /**
     * An entity's mention count (null when it has none), whether it is linked, and how many classes it has: it is in
     * the histogram of unlinked entities when it has a count and a class and no link.
     */
    record Unlinked(BigInteger mentions, boolean linked, int classes) {
        boolean listed() {
            return mentions != null && !linked && classes > 0;
        }

        /** Its group's count and its own entry (its classes are counted apart). */
        List<Triple> triples(Node entity) {
            return groupTriples(unlinkedGroup(mentions), UNLINKED_MENTION_COUNT, UNLINKED_ENTITY, mentions, entity);
        }
    }

    /** The group of the histogram of unlinked entities for {@code mentions} mentions. */
    static Node unlinkedGroup(BigInteger mentions) {
        return NodeFactory.createURI(UNLINKED_PREFIX + mentions);
    }
}
