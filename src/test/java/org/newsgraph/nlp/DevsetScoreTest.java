package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Article;

/**
 * Measures exact-span name F1 on the shared dev set when it is present (../shared/devset or
 * -Dnewsgraph.devset=DIR), for the shipped model or -Dnewsgraph.ner.model=FILE. It only prints: the dev set is for
 * measuring, never a target to tune to.
 */
class DevsetScoreTest {
    private static final List<String> TYPES = List.of("PER", "ORG", "LOC", "NORP");

    private static Path devset() {
        String prop = System.getProperty("newsgraph.devset");
        for (Path p : new Path[] {prop == null ? null : Path.of(prop), Path.of("../shared/devset"),
                Path.of("../../shared/devset"), Path.of("/work/shared/devset")}) {
            if (p != null && Files.isDirectory(p)) return p;
        }
        return null;
    }

    @Test
    void printsExactSpanScoresOnTheDevset() throws IOException {
        Path dir = devset();
        assumeTrue(dir != null, "no dev set next to the project");
        ObjectMapper json = new ObjectMapper();
        Map<String, int[]> counts = new TreeMap<>(); // type -> tp, fp, fn
        for (String t : TYPES) counts.put(t, new int[3]);
        boolean verbose = System.getProperty("newsgraph.devset.verbose") != null;
        String modelPath = System.getProperty("newsgraph.ner.model");
        TokenNameFinderModel model = OpenNlpAnnotator.shippedModel();
        if (modelPath != null) model = new TokenNameFinderModel(Path.of(modelPath));
        try (OpenNlpAnnotator nlp = new OpenNlpAnnotator(model); Stream<Path> files = Files.list(dir)) {
            for (Path gold : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String id = gold.getFileName().toString().replace(".json", "");
                String text = Files.readString(dir.resolve(id + ".txt"), StandardCharsets.UTF_8);
                Set<String> expected = new HashSet<>();
                for (JsonNode e : json.readTree(gold.toFile()).get("entities")) {
                    expected.add(e.get("type").asText() + " " + e.get("start").asInt() + " " + e.get("end").asInt());
                }
                Set<String> predicted = new HashSet<>();
                for (var m : nlp.annotate(new Article(id, null, null, null, "en", text, id)).mentions()) {
                    if (!m.isName()) continue;
                    int s = text.codePointCount(0, m.start());
                    int e = s + text.codePointCount(m.start(), m.end());
                    predicted.add(m.type() + " " + s + " " + e);
                }
                for (String p : predicted) {
                    int[] c = counts.get(p.split(" ")[0]);
                    if (expected.contains(p)) c[0]++;
                    else c[1]++;
                }
                for (String g : expected) {
                    if (!predicted.contains(g)) counts.get(g.split(" ")[0])[2]++;
                }
                if (verbose) dump(id, text, expected, predicted);
            }
        }
        int[] core = new int[3];
        for (String t : TYPES) {
            int[] c = counts.get(t);
            System.out.printf("devset %-4s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)%n", t, p(c), r(c), f(c), c[0],
                    c[1], c[2]);
            if (!t.equals("NORP")) for (int i = 0; i < 3; i++) core[i] += c[i];
        }
        System.out.printf("devset PER/ORG/LOC micro P %.3f R %.3f F1 %.3f%n", p(core), r(core), f(core));
    }

    private static void dump(String id, String text, Set<String> expected, Set<String> predicted) {
        for (String p : predicted) if (!expected.contains(p)) System.out.println(id + " FP " + show(text, p));
        for (String g : expected) if (!predicted.contains(g)) System.out.println(id + " FN " + show(text, g));
    }

    private static String show(String text, String key) {
        String[] k = key.split(" ");
        int s = text.offsetByCodePoints(0, Integer.parseInt(k[1]));
        int e = text.offsetByCodePoints(0, Integer.parseInt(k[2]));
        return k[0] + " '" + text.substring(s, e) + "'";
    }

    private static double p(int[] c) {
        return c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
    }

    private static double r(int[] c) {
        return c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
    }

    private static double f(int[] c) {
        double p = p(c);
        double r = r(c);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
