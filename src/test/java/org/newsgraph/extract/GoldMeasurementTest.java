package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;
import org.newsgraph.link.LinkedArticle;

/**
 * Measures the extractor against the gold relations of ../shared (seed and devset), with the gold entity spans as
 * oracle mentions. Prints per-type precision, recall and argument accuracy; skips when ../shared is absent. The texts
 * are read at run time only, never copied.
 */
class GoldMeasurementTest {
    private static final List<String> TYPES = List.of("Treaty", "Deployment", "Supply", "Visit", "Role", "Meeting",
            "Statement", "Support", "Sanction", "Invitation", "Attack");
    /** Gold role names (GUIDELINES.md) to ontology role names. */
    private static final Map<String, String> ROLE = Map.ofEntries(Map.entry("parties", "party"),
            Map.entry("name", "treatyName"), Map.entry("force_of", "forceOf"), Map.entry("force_type", "forceType"),
            Map.entry("organization_or_country", "affiliation"), Map.entry("participants", "participant"),
            Map.entry("event", "invitedTo"));
    /** Roles that identify a relation; the others are scored as argument accuracy. */
    private static final Map<String, List<String>> CORE = Map.ofEntries(Map.entry("Treaty", List.of("party")),
            Map.entry("Deployment", List.of("forceOf")), Map.entry("Supply", List.of("supplier", "recipient")),
            Map.entry("Visit", List.of("visitor", "destination")), Map.entry("Role", List.of("person")),
            Map.entry("Meeting", List.of("participant")), Map.entry("Statement", List.of("speaker")),
            Map.entry("Support", List.of("supporter", "supported")), Map.entry("Sanction", List.of("sanctionTarget")),
            Map.entry("Invitation", List.of("inviter", "invitee")), Map.entry("Attack", List.of("attackTarget")));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RuleBasedExtractor EXTRACTOR = new RuleBasedExtractor(new MapGeography());

    /** A gold relation: role to list of (value, qid). */
    private record Gold(String type, Map<String, List<String[]>> args, String evidence) { }

    private static Optional<Path> shared() {
        String prop = System.getProperty("newsgraph.shared");
        return Stream.of(prop, "../shared", "../../shared").filter(p -> p != null)
                .map(Path::of).filter(p -> Files.isDirectory(p.resolve("devset"))).findFirst();
    }

    @Test
    void measuresEveryTypeAgainstTheGoldRelations() throws IOException {
        Optional<Path> shared = shared();
        assumeTrue(shared.isPresent(), "../shared not found: measurement skipped");
        List<Path> docs = new ArrayList<>();
        docs.add(shared.get().resolve("seed/lavrov-pyongyang.json"));
        try (Stream<Path> s = Files.list(shared.get().resolve("devset"))) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(docs::add);
        }
        Map<String, int[]> counts = new LinkedHashMap<>();   // type -> {tp, fp, fn, argOk, argAll}
        TYPES.forEach(t -> counts.put(t, new int[6]));
        boolean verbose = Boolean.getBoolean("newsgraph.verbose");
        for (Path json : docs) {
            JsonNode gold = JSON.readTree(json.toFile());
            String text = Files.readString(Path.of(json.toString().replace(".json", ".txt")), StandardCharsets.UTF_8);
            LocalDate published = gold.path("published").isTextual() ? LocalDate.parse(gold.get("published").asText())
                    : null;
            List<ArticleFixture.Span2> spans = new ArrayList<>();
            for (JsonNode e : gold.get("entities")) {
                int start = text.offsetByCodePoints(0, e.get("start").asInt());
                int end = text.offsetByCodePoints(0, e.get("end").asInt());
                String qid = e.path("qid").isTextual() ? e.get("qid").asText() : null;
                spans.add(new ArticleFixture.Span2(start, end, e.get("type").asText(), qid));
            }
            LinkedArticle article = ArticleFixture.annotate(
                    new Article(gold.get("id").asText(), null, published, null, "en", text, json.toString()), spans);
            List<Event> predicted = EXTRACTOR.extract(article);
            List<Gold> golds = new ArrayList<>();
            for (JsonNode r : gold.get("relations")) {
                if (TYPES.contains(r.get("type").asText())) golds.add(gold(r));
            }
            String id = gold.get("id").asText();
            score(id, predicted, golds, counts, verbose);
            if (verbose) {
                for (Event e : predicted) {
                    if (TYPES.contains(e.type()) && Boolean.getBoolean("newsgraph.events")) {
                        System.out.println("EV " + e);
                    }
                    if (TYPES.contains(e.type())) {
                        String sentence = article.resolved().doc().sentence(e.sentence()).text();
                        System.out.println("   s" + e.sentence() + ": " + sentence);
                    }
                }
            }
        }
        System.out.println("type        tp  fp  fn   P     R     F1    args   restated");
        int[] all = new int[6];
        for (String type : TYPES) {
            int[] c = counts.get(type);
            for (int i = 0; i < 6; i++) all[i] += c[i];
            System.out.println(line(type, c));
        }
        System.out.println(line("all", all));
        assertTrue(all[0] + all[1] + all[2] > 0, "nothing to measure");
    }

    @Test
    void theSeedArticleGivesTheEventsItStates() throws IOException {
        Optional<Path> shared = shared();
        assumeTrue(shared.isPresent(), "../shared not found: seed check skipped");
        Path json = shared.get().resolve("seed/lavrov-pyongyang.json");
        JsonNode gold = JSON.readTree(json.toFile());
        String text = Files.readString(Path.of(json.toString().replace(".json", ".txt")), StandardCharsets.UTF_8);
        List<ArticleFixture.Span2> spans = new ArrayList<>();
        for (JsonNode e : gold.get("entities")) {
            spans.add(new ArticleFixture.Span2(text.offsetByCodePoints(0, e.get("start").asInt()),
                    text.offsetByCodePoints(0, e.get("end").asInt()), e.get("type").asText(),
                    e.path("qid").isTextual() ? e.get("qid").asText() : null));
        }
        List<Event> events = EXTRACTOR.extract(ArticleFixture.annotate(new Article("seed", null,
                LocalDate.parse(gold.get("published").asText()), null, "en", text, json.toString()), spans));
        assertTrue(events.stream().anyMatch(e -> e.type().equals("Treaty")
                && e.all("party").stream().map(Argument::qid).collect(java.util.stream.Collectors.toSet())
                        .equals(Set.of("Q159", "Q423"))
                && e.first("date").map(Argument::value).orElse("").equals("2024")), "Treaty of Russia and North Korea");
        assertTrue(events.stream().anyMatch(e -> e.type().equals("Deployment") && has(e, "forceOf", "Q423")
                && e.first("location").map(Argument::value).orElse("").equals("Kursk")
                && e.first("forceType").map(Argument::value).orElse("").equals("troops")), "Deployment of troops");
        assertTrue(events.stream().anyMatch(e -> e.type().equals("Deployment") && has(e, "forceOf", "Q423")
                && e.first("size").map(Argument::value).orElse("").equals("6000")
                && e.first("forceType").map(Argument::value).orElse("").equals("military workers")
                && e.first("date").map(Argument::value).orElse("").equals("2025-06")), "Deployment of 6000 workers");
        assertTrue(events.stream().anyMatch(e -> e.type().equals("Supply") && has(e, "supplier", "Q423")
                && has(e, "recipient", "Q159") && e.first("share").map(Argument::value).orElse("").equals("0.4")
                && e.first("item").map(Argument::value).orElse("").equals("ammunition")), "Supply of ammunition");
        assertTrue(events.stream().anyMatch(e -> e.type().equals("Visit") && has(e, "destination", "Q18808")
                && e.first("visitor").map(Argument::value).orElse("").endsWith("Lavrov")
                && e.first("duration").map(Argument::value).orElse("").equals("P3D")), "Visit to Pyongyang");
        long roles = events.stream().filter(e -> e.type().equals("Role")).count();
        assertTrue(roles >= 4, "roles: " + roles);
        assertTrue(events.stream().anyMatch(e -> e.type().equals("Support") && has(e, "supporter", "Q423")
                && has(e, "supported", "Q159")), "Support of North Korea for Russia");
        assertTrue(events.stream().anyMatch(e -> e.type().equals("Invitation") && has(e, "inviter", "Q184")
                && has(e, "invitee", "Q423") && e.first("invitedTo").isPresent()), "Invitation by Belarus");
        assertEquals(Set.of("Q159", "Q423"), events.stream().filter(e -> e.type().equals("Sanction"))
                .map(e -> e.first("sanctionTarget").map(Argument::qid).orElse("")).collect(Collectors.toSet()));
        assertTrue(events.stream().anyMatch(e -> e.type().equals("Attack") && has(e, "attacker", "Q212")
                && has(e, "attackTarget", "Q159")), "Attack of Ukraine on Russia");
        assertEquals(2, events.stream().filter(e -> e.type().equals("Statement")).count(), "two speakers");
        List<Set<String>> meetings = events.stream().filter(e -> e.type().equals("Meeting"))
                .map(e -> e.all("participant").stream().map(Argument::value).map(n -> n.replaceAll(".* ", ""))
                        .collect(Collectors.toSet())).toList();
        assertEquals(2, meetings.size(), "the two meetings held, not the one likely: " + meetings);
        assertTrue(meetings.contains(Set.of("Lavrov", "Son-hui")) && meetings.contains(Set.of("Jong-un", "Shoigu")),
                meetings.toString());
        for (Event e : events) {
            assertTrue(List.of("Treaty", "Deployment", "Supply", "Visit", "Role", "Meeting", "Statement", "Support",
                    "Sanction", "Invitation", "Attack").contains(e.type()), e.toString());
        }
        assertTrue(events.stream().filter(e -> e.type().equals("Supply")).count() == 1, "one Supply: " + events);
    }

    private static boolean has(Event e, String role, String qid) {
        return e.all(role).stream().anyMatch(a -> qid.equals(a.qid()));
    }

    private static String line(String name, int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : c[0] / (double) (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : c[0] / (double) (c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return String.format(Locale.ROOT, "%-10s %3d %3d %3d  %.2f  %.2f  %.2f  %d/%d  %d", name, c[0], c[1], c[2],
                p, r, f, c[3], c[4], c[5]);
    }

    private static Gold gold(JsonNode r) {
        Map<String, List<String[]>> args = new LinkedHashMap<>();
        JsonNode qids = r.path("qid_args");
        Iterator<Map.Entry<String, JsonNode>> it = r.get("args").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) continue;
            String role = ROLE.getOrDefault(e.getKey(), e.getKey());
            if (role.equals("target")) {
                role = r.get("type").asText().equals("Sanction") ? "sanctionTarget" : "attackTarget";
            }
            List<String[]> values = new ArrayList<>();
            JsonNode q = qids.path(e.getKey());
            if (e.getValue().isArray()) {
                for (int i = 0; i < e.getValue().size(); i++) {
                    JsonNode qi = q.isArray() ? q.path(i) : null;
                    String qid = qi != null && qi.isTextual() ? qi.asText() : null;
                    values.add(new String[] {e.getValue().get(i).asText(), qid});
                }
            } else {
                values.add(new String[] {e.getValue().asText(), q.isTextual() ? q.asText() : null});
            }
            args.put(role, values);
        }
        return new Gold(r.get("type").asText(), args, r.path("evidence").asText());
    }

    private static void score(String doc, List<Event> predicted, List<Gold> golds, Map<String, int[]> counts,
                              boolean verbose) {
        List<Gold> open = new ArrayList<>(golds);
        for (Event e : predicted) {
            if (!TYPES.contains(e.type())) continue;
            int[] c = counts.get(e.type());
            Gold match = open.stream().filter(g -> g.type().equals(e.type()) && core(e, g)).findFirst().orElse(null);
            if (match == null && golds.stream().anyMatch(g -> g.type().equals(e.type()) && core(e, g))) {
                c[5]++;   // a restatement of a fact already matched: the gold keeps one relation per core arguments
                if (verbose) System.out.println("DUP " + doc + " " + e);
                continue;
            }
            if (match == null) {
                c[1]++;
                if (verbose) System.out.println("FP " + doc + " " + e);
                continue;
            }
            open.remove(match);
            c[0]++;
            for (Map.Entry<String, List<String[]>> a : match.args().entrySet()) {
                if (CORE.get(e.type()).contains(a.getKey())) continue;
                c[4]++;
                boolean ok = a.getValue().stream().allMatch(g -> e.all(a.getKey()).stream().anyMatch(p -> same(p, g)));
                if (ok) c[3]++;
                else if (verbose) System.out.println("ARG " + doc + " " + e.type() + " " + a.getKey() + " gold="
                        + a.getValue().get(0)[0] + " got=" + e.all(a.getKey()).stream().map(Argument::value).toList());
            }
        }
        for (Gold g : open) {
            counts.get(g.type())[2]++;
            if (verbose) System.out.println("FN " + doc + " " + g.type() + " " + describe(g) + " | " + g.evidence());
        }
    }

    private static String describe(Gold g) {
        StringBuilder b = new StringBuilder();
        g.args().forEach((k, v) -> b.append(k).append('=').append(v.stream().map(x -> x[0]).toList()).append(' '));
        return b.toString();
    }

    private static boolean core(Event e, Gold g) {
        for (String role : CORE.get(e.type())) {
            List<String[]> want = g.args().getOrDefault(role, List.of());
            List<Argument> got = e.all(role);
            if (want.isEmpty()) continue;
            if (got.isEmpty()) return false;
            if (!want.stream().allMatch(w -> got.stream().anyMatch(p -> same(p, w)))) return false;
            if ((role.equals("party") || role.equals("participant")) && got.size() != want.size()) return false;
        }
        return true;
    }

    private static boolean same(Argument p, String[] gold) {
        if (gold[1] != null && gold[1].equals(p.qid())) return true;
        String a = norm(p.value());
        String b = norm(gold[0]);
        if (a.isEmpty() || b.isEmpty()) return false;
        if (a.equals(b)) return true;
        try {
            return Math.abs(Double.parseDouble(a) - Double.parseDouble(b)) < 1e-3;
        } catch (NumberFormatException e) {
            // not numbers
        }
        if (p.isEntity() && acronym(gold[0]).equals(p.value().replace(" ", ""))) return true;
        if (p.isEntity()) {
            String[] x = a.split(" ");
            String[] y = b.split(" ");
            return x[x.length - 1].equals(y[y.length - 1]) && !Set.of("state", "states").contains(x[x.length - 1]);
        }
        return a.contains(b) || b.contains(a);
    }

    /** "507th Air Refueling Wing" gives "507thARW": the form an abbreviation of the name takes. */
    private static String acronym(String name) {
        StringBuilder b = new StringBuilder();
        for (String w : name.split("\\s+")) {
            if (w.isEmpty()) continue;
            if (Character.isDigit(w.charAt(0))) b.append(w);
            else if (Character.isUpperCase(w.charAt(0))) b.append(w.charAt(0));
        }
        return b.toString();
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("^the ", "")
                .replaceAll("[^\\p{L}\\p{N}. ]", " ").replaceAll("\\s+", " ").strip();
    }
}
