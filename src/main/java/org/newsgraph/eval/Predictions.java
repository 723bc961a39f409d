package org.newsgraph.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.coref.Entity;
import org.newsgraph.extract.Argument;
import org.newsgraph.extract.Event;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.Link;
import org.newsgraph.link.LinkedArticle;
import org.newsgraph.nlp.Mention;
import org.newsgraph.rdf.ItemLookup;

/** Turns what the pipeline found in one article into a document in gold format, so that it can be scored. */
public final class Predictions {
    /** Ontology role name -> gold role name, where they differ. */
    private static final Map<String, String> GOLD_ROLE = Map.ofEntries(
            Map.entry("party", "parties"), Map.entry("treatyName", "name"), Map.entry("forceOf", "force_of"),
            Map.entry("forceType", "force_type"), Map.entry("participant", "participants"),
            Map.entry("sanctionTarget", "target"), Map.entry("invitedTo", "event"),
            Map.entry("affiliation", "organization_or_country"), Map.entry("attackTarget", "target"),
            Map.entry("content", "about"));
    private static final List<String> LIST_ROLES = List.of("parties", "participants");
    /**
     * Roles that qualify another: gold has one "quantity" argument for a quantity, its bound, currency and written
     * form, one "size" for a size, its bound and written form (see {@link #amount}), and one "date" for a date and
     * its written form, and one "duration" for a duration and the days it was counted from. Gold's "about" is what a
     * statement says, written out (our {@code content}); the entities named in it ({@code about}) are left out.
     */
    private static final List<String> DETAILS = List.of("quantityText", "quantityBound", "currency", "sizeText",
            "sizeBound", "dateText", "durationText", "about");

    private Predictions() {
    }

    public static String goldRole(String ontologyRole) {
        return GOLD_ROLE.getOrDefault(ontologyRole, ontologyRole);
    }

    public static GoldDocument of(LinkedArticle linked, List<Event> events, ItemLookup items) {
        Article a = linked.resolved().doc().article();
        String text = a.text();
        List<GoldEntity> entities = new ArrayList<>();
        for (Entity e : linked.resolved().entities()) {
            String qid = linked.linkOf(e).map(Link::qid).orElse(null);
            for (Mention m : e.mentions()) {
                entities.add(new GoldEntity(m.text(), m.type(), text.codePointCount(0, m.start()),
                        text.codePointCount(0, m.end()), qid));
            }
        }
        entities.sort((x, y) -> Integer.compare(x.start(), y.start()));
        List<GoldRelation> relations = new ArrayList<>();
        for (Event ev : events) relations.add(relation(linked, ev, items));
        return new GoldDocument(a.id(), a.published() == null ? null : a.published().toString(), a.title(), a.url(),
                entities, relations);
    }

    private static GoldRelation relation(LinkedArticle linked, Event ev, ItemLookup items) {
        Map<String, Object> args = new LinkedHashMap<>();
        Map<String, Object> qids = new LinkedHashMap<>();
        for (Argument arg : ev.args()) {
            if (DETAILS.contains(arg.role())) continue;
            String role = goldRole(arg.role());
            Object value;
            String qid = null;
            if (arg.isEntity()) {
                Optional<Entity> entity = Optional.ofNullable(arg.entityId()).flatMap(linked.resolved()::entity);
                qid = arg.qid() != null ? arg.qid() : entity.flatMap(linked::linkOf).map(Link::qid).orElse(null);
                String finalQid = qid;
                // a group that a description named is called as the description names it ("Iraqi Security Forces"
                // for the article's "ISF"); any other entity by its knowledge-base label or its name in the article
                value = Optional.ofNullable(finalQid).flatMap(items::item).map(ItemLookup.Item::label)
                        .or(() -> entity.filter(e -> arg.description() == null).map(Entity::name))
                        .orElse(arg.value());
            } else if (arg.role().equals("quantity") || arg.role().equals("size")) {
                value = amount(ev, arg);
            } else if (arg.role().equals("date")) {
                // gold writes a date as text where ISO cannot say it all ("summer of 2017")
                value = ev.first("dateText").map(Argument::value).orElse(arg.value());
            } else if (arg.role().equals("duration")) {
                // and a stay as the days it covers ("5-6 April 2016") where the text gives them
                value = ev.first("durationText").map(Argument::value).orElse(arg.value());
            } else {
                value = literal(arg);
            }
            if (LIST_ROLES.contains(role)) {
                listOf(args, role).add(value);
                listOf(qids, role).add(qid);
            } else {
                args.put(role, value);
                if (arg.isEntity()) qids.put(role, qid);
            }
        }
        String evidence = linked.resolved().doc().sentence(ev.sentence()).text();
        return new GoldRelation(ev.type(), args, qids, evidence);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listOf(Map<String, Object> map, String role) {
        return (List<Object>) map.computeIfAbsent(role, r -> new ArrayList<>());
    }

    /**
     * A quantity or size as gold writes it: an exact count as its whole number (31, not 31.0, though the graph holds
     * a supply's quantity as an xsd:decimal, as the ontology declares for sums of money too), a hedged amount or a
     * sum of money as the text writes it ("more than 24,000", "$15 million"), since gold keeps hedge and currency in
     * one literal.
     */
    private static Object amount(Event ev, Argument amount) {
        String role = amount.role();
        boolean qualified = ev.first(role + "Bound").isPresent() || role.equals("quantity")
                && ev.first("currency").isPresent();
        if (qualified) return ev.first(role + "Text").map(Argument::value).orElse(amount.value());
        BigDecimal count = new BigDecimal(amount.value()).stripTrailingZeros();
        return count.scale() <= 0 ? (Object) count.longValueExact() : literal(amount);
    }

    private static Object literal(Argument arg) {
        return switch (arg.datatype()) {
            case "integer" -> Long.parseLong(arg.value());
            case "decimal" -> Double.parseDouble(arg.value());
            default -> arg.value();
        };
    }
}
