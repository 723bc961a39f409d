package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.GoldDocument;
import org.newsgraph.eval.GoldRelation;
import org.newsgraph.eval.Predictions;
import org.newsgraph.ingest.Article;

/**
 * The real article newsgraph was conceived from (../shared/seed, not part of the project): its treaty, both
 * deployments and the ammunition share must come out with the right arguments. Skipped where ../shared is absent.
 */
class SeedArticleTest {
    private static final Path SEED = Path.of("../shared/seed/lavrov-pyongyang.txt");
    private static List<GoldRelation> relations;

    @BeforeAll
    static void runThePipelineOnTheSeed() throws IOException {
        assumeTrue(Files.isRegularFile(SEED), "../shared/seed is not here");
        Article a = new Article("lavrov-pyongyang", null, LocalDate.of(2025, 7, 12), null, "en",
                Files.readString(SEED, StandardCharsets.UTF_8), SEED.toString());
        try (Pipeline p = Pipeline.standard()) {
            ArticleResult r = p.process(a);
            GoldDocument predicted = Predictions.of(r.linked(), r.events(), p.itemLookup());
            relations = predicted.relations();
        }
    }

    private static List<GoldRelation> of(String type) {
        return relations.stream().filter(r -> r.type().equals(type)).toList();
    }

    @Test
    void treatyBetweenRussiaAndNorthKoreaDatedTheYearBefore() {
        List<GoldRelation> treaties = of("Treaty");
        assertEquals(1, treaties.size(), relations.toString());
        GoldRelation t = treaties.get(0);
        assertEquals(Set.of("Q159", "Q423"), Set.copyOf((List<?>) t.qidArgs().get("parties")));
        assertEquals("2024", t.args().get("date"));
    }

    @Test
    void bothDeploymentsOfNorthKoreanForcesToKursk() {
        List<GoldRelation> deployments = of("Deployment");
        assertTrue(deployments.stream().allMatch(d -> "Q423".equals(d.qidArgs().get("force_of"))), relations.toString());
        // "the deployment of North Korean troops to Russia" restates the Kursk deployment at country level
        assertTrue(deployments.stream().allMatch(d -> String.valueOf(d.args().get("location")).contains("Kursk")
                || "Q159".equals(d.qidArgs().get("location"))), relations.toString());
        assertTrue(deployments.stream().anyMatch(d -> "troops".equals(d.args().get("force_type"))
                && String.valueOf(d.args().get("location")).contains("Kursk")), relations.toString());
        assertTrue(deployments.stream().anyMatch(d -> "troops".equals(d.args().get("force_type"))
                && d.args().get("size") == null), relations.toString());
        assertTrue(deployments.stream().anyMatch(d -> Long.valueOf(6000).equals(d.args().get("size"))
                && "military workers".equals(d.args().get("force_type")) && "2025-06".equals(d.args().get("date"))),
                relations.toString());
    }

    @Test
    void northKoreaSuppliesFortyPercentOfRussiasAmmunition() {
        List<GoldRelation> supplies = of("Supply");
        assertEquals(1, supplies.size(), relations.toString());
        GoldRelation s = supplies.get(0);
        assertEquals("Q423", s.qidArgs().get("supplier"));
        assertEquals("Q159", s.qidArgs().get("recipient"));
        assertEquals("ammunition", s.args().get("item"));
        assertEquals(0.4, (Double) s.args().get("share"), 1e-9);
    }

    @Test
    void lavrovsThreeDayVisitToPyongyang() {
        Set<String> visits = of("Visit").stream()
                .map(v -> v.args().get("destination") + "/" + v.args().get("duration")).collect(Collectors.toSet());
        assertEquals(Set.of("Pyongyang/P3D"), visits, relations.toString());
    }
}
