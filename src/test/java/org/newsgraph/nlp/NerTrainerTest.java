package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import opennlp.tools.namefind.NameSample;
import org.junit.jupiter.api.Test;

class NerTrainerTest {
    @Test
    void shippedModelWasTrainedOnTheCorpusAsItIsNow() {
        assertEquals(NerCorpus.sha256(),
                OpenNlpAnnotator.shippedModel().getManifestProperty(NerTrainer.CORPUS_HASH),
                "the NER corpus or gazetteer changed: retrain with train-ner");
    }

    @Test
    void corpusIsTheSameForTheSameSeedAndDiffersForAnother() {
        NerCorpus corpus = new NerCorpus();
        assertEquals(corpus.samples(7, 300), corpus.samples(7, 300));
        assertNotEquals(corpus.samples(7, 300), corpus.samples(8, 300));
    }

    @Test
    void corpusHasThousandsOfSentencesAndEnoughHandWrittenOnes() {
        NerCorpus corpus = new NerCorpus();
        assertTrue(corpus.handwritten().size() >= 150, "hand-written: " + corpus.handwritten().size());
        List<NameSample> samples = NerTrainer.nameSamples(NerTrainer.DEFAULT_SEED, new TextSegmenter());
        assertTrue(samples.size() >= 5000, "samples: " + samples.size());
        Set<String> types = samples.stream().flatMap(s -> java.util.Arrays.stream(s.getNames()))
                .map(n -> n.getType()).collect(Collectors.toSet());
        assertEquals(Set.of("PER", "ORG", "LOC", "NORP"), types);
    }

    @Test
    void markupIsReadIntoTextAndSpans() {
        NerCorpus.Sample s =
                NerCorpus.parseMarked("<START:NORP> Kenyan <END> envoy <START:PER> Ama Otieno <END>'s car");
        assertEquals("Kenyan envoy Ama Otieno's car", s.text());
        assertEquals(List.of(new NerCorpus.Name(0, 6, "NORP"), new NerCorpus.Name(13, 23, "PER")), s.names());
    }

    @Test
    void theModelFileIsWrittenTheSameWayEveryTime() throws Exception {
        var model = OpenNlpAnnotator.shippedModel();
        java.util.Map<String, String> extra = java.util.Map.of(NerTrainer.SEED_PROPERTY, "1");
        byte[] a = NerTrainer.manifestBytes(model, extra);
        Thread.sleep(1100); // a zip entry time or a date comment would now differ
        byte[] b = NerTrainer.manifestBytes(model, extra);
        org.junit.jupiter.api.Assertions.assertArrayEquals(a, b);
    }
}
