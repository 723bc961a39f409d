package org.newsgraph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.InputException;
import org.newsgraph.eval.GoldDocument;
import org.newsgraph.eval.GoldJson;
import org.newsgraph.eval.GoldRelation;
import org.newsgraph.eval.Predictions;
import org.newsgraph.eval.Prf;
import org.newsgraph.eval.Scorer;
import org.newsgraph.eval.Scores;
import org.newsgraph.ingest.Article;
import org.newsgraph.pipeline.ArticleResult;
import org.newsgraph.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph eval --gold DIR}: runs the pipeline on gold texts and scores it. */
@Command(name = "eval", description = "Run the pipeline on every <id>.txt in a gold folder and score it against "
        + "<id>.json: entities (exact and lenient), Wikidata links, relations.")
public final class EvalCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of <id>.txt + <id>.json.")
    Path gold;

    @Option(names = "--json", description = "Print the scores as JSON.")
    boolean json;

    @Option(names = "--predictions-out", paramLabel = "DIR",
            description = "Also write the predictions in gold format, one <id>.json per article.")
    Path predictionsOut;

    /** How {@code --errors} compares relations; the names are those of the three relation tables. */
    enum Matching {
        strict(Scorer.Literals.EXACT), overlap(Scorer.Literals.OVERLAP), core(Scorer.Literals.IGNORED);

        final Scorer.Literals literals;

        Matching(Scorer.Literals literals) {
            this.literals = literals;
        }
    }

    @Option(names = "--errors", paramLabel = "MATCHING",
            description = "Also list, per document, the gold relations that were missed and the predicted ones that "
                    + "matched nothing, compared as in one of the relation tables: ${COMPLETION-CANDIDATES}.")
    Matching errors;

    @Override
    public Integer call() throws IOException {
        List<GoldDocument> golds = new ArrayList<>();
        List<GoldDocument> predictions = new ArrayList<>();
        if (predictionsOut != null) Files.createDirectories(predictionsOut);
        try (Pipeline pipeline = Pipeline.standard()) {
            for (Path txt : texts(gold)) {
                String id = txt.getFileName().toString().replaceFirst("\\.txt$", "");
                Path json = txt.resolveSibling(id + ".json");
                if (!Files.isRegularFile(json)) continue;
                GoldDocument g = GoldJson.read(json);
                Article article = new Article(id, g.title(), g.published() == null ? null
                        : LocalDate.parse(g.published()), g.sourceUrl(), "en", Files.readString(txt, StandardCharsets.UTF_8),
                        txt.toString());
                ArticleResult r = pipeline.process(article);
                GoldDocument p = Predictions.of(r.linked(), r.events(), pipeline.itemLookup());
                golds.add(g);
                predictions.add(p);
                if (predictionsOut != null) GoldJson.write(p, predictionsOut.resolve(id + ".json"));
            }
        }
        if (golds.isEmpty()) throw new InputException("no <id>.txt with <id>.json in " + gold);
        Scores s = Scorer.score(golds, predictions);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> m = asMap(s);
            if (errors != null) m.put("unmatched_relations", unmatched(golds, predictions, errors));
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(m));
        } else {
            print(out, golds.size(), s);
            if (errors != null) printErrors(out, golds, predictions, errors);
        }
        return ExitCodes.OK;
    }

    private static List<Path> texts(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new InputException("gold folder not found: " + dir);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static void print(PrintWriter out, int docs, Scores s) {
        out.printf("documents: %d%n%n", docs);
        table(out, "entities (exact span and type)", s.entitiesExact());
        table(out, "entities (lenient: overlapping span, same type)", s.entitiesLenient());
        out.printf("links: accuracy %.3f (%d of %d recognised gold-linked mentions), precision %.3f (%d links made"
                        + " there), %d more links on mentions gold leaves unlinked%n%n", s.linkAccuracy(),
                s.linkCorrect(), s.linkEvaluable(), s.linkPrecision(), s.linksMade(), s.linksUnchecked());
        table(out, "relations (strict: every gold argument matches)", s.relations());
        table(out, "relations (overlap: free-text literals match when their content words overlap, F1 >= 0.5)",
                s.relationsOverlap());
        table(out, "relations (core: entity and numeric arguments match; free-text literals not compared)",
                s.relationsCore());
    }

    /** Per document id, in gold order, the relations without a partner; documents where every one has one left out. */
    private static Map<String, Scorer.Unmatched> unmatchedByDocument(List<GoldDocument> golds,
                                                                      List<GoldDocument> predictions,
                                                                      Matching matching) {
        Map<String, Scorer.Unmatched> out = new LinkedHashMap<>();
        for (int i = 0; i < golds.size(); i++) {
            Scorer.Unmatched u = Scorer.unmatched(golds.get(i), predictions.get(i), matching.literals);
            if (!u.missed().isEmpty() || !u.extra().isEmpty()) out.put(golds.get(i).id(), u);
        }
        return out;
    }

    private static void printErrors(PrintWriter out, List<GoldDocument> golds, List<GoldDocument> predictions,
                                    Matching matching) {
        out.printf("relations that found no partner (%s)%n", matching);
        unmatchedByDocument(golds, predictions, matching).forEach((id, u) -> {
            out.println("  " + id);
            u.missed().forEach(r -> out.println("    missed " + describe(r)));
            u.extra().forEach(r -> out.println("    extra  " + describe(r)));
        });
        out.println();
    }

    private static Map<String, Object> unmatched(List<GoldDocument> golds, List<GoldDocument> predictions,
                                                 Matching matching) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("matching", matching.name());
        Map<String, Object> docs = new LinkedHashMap<>();
        unmatchedByDocument(golds, predictions, matching).forEach((id, u) -> {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("missed", u.missed().stream().map(EvalCommand::describe).toList());
            doc.put("extra", u.extra().stream().map(EvalCommand::describe).toList());
            docs.put(id, doc);
        });
        m.put("documents", docs);
        return m;
    }

    /** One line: the type and the filled arguments, in the order the relation holds them. */
    static String describe(GoldRelation r) {
        StringBuilder b = new StringBuilder(r.type());
        r.args().forEach((role, value) -> {
            if (value == null || value instanceof List<?> l && l.isEmpty()) return;
            b.append(' ').append(role).append('=');
            b.append(value instanceof List<?> l ? String.join(" + ", l.stream().map(String::valueOf).toList())
                    : value instanceof String ? "\"" + value + "\"" : value.toString());
        });
        return b.toString();
    }

    private static void table(PrintWriter out, String title, Map<String, Prf> rows) {
        out.println(title);
        out.printf("  %-12s %6s %6s %6s %5s %5s %5s%n", "type", "P", "R", "F1", "tp", "fp", "fn");
        rows.forEach((type, p) -> out.printf("  %-12s %6.3f %6.3f %6.3f %5d %5d %5d%n", type, p.precision(),
                p.recall(), p.f1(), p.tp(), p.fp(), p.fn()));
        out.println();
    }

    private static Map<String, Object> asMap(Scores s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("entities_exact", prfs(s.entitiesExact()));
        m.put("entities_lenient", prfs(s.entitiesLenient()));
        m.put("link_accuracy", s.linkAccuracy());
        m.put("link_precision", s.linkPrecision());
        m.put("links_evaluable", s.linkEvaluable());
        m.put("links_correct", s.linkCorrect());
        m.put("links_made", s.linksMade());
        m.put("relations", prfs(s.relations()));
        m.put("relations_overlap", prfs(s.relationsOverlap()));
        m.put("relations_core", prfs(s.relationsCore()));
        return m;
    }

    private static Map<String, Object> prfs(Map<String, Prf> rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        rows.forEach((k, p) -> m.put(k, Map.of("precision", p.precision(), "recall", p.recall(), "f1", p.f1(),
                "tp", p.tp(), "fp", p.fp(), "fn", p.fn())));
        return m;
    }
}
