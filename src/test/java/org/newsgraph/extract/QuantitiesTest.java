package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
    @Test
    void readsCountsWithSeparatorsScalesAndWords() {
        assertEquals(OptionalLong.of(6000), Quantities.count("6,000"));
        assertEquals(OptionalLong.of(1_500_000), Quantities.count("1.5 million"));
        assertEquals(OptionalLong.of(24000), Quantities.count("24K"));
        assertEquals(OptionalLong.of(94), Quantities.count("Ninety-Four"));
        assertEquals(OptionalLong.of(12), Quantities.count("twelve"));
        assertEquals(OptionalLong.of(300), Quantities.count("300"));
    }

    @Test
    void refusesWhatIsNotAnExactCount() {
        assertTrue(Quantities.count("several").isEmpty());
        assertTrue(Quantities.count("2.5").isEmpty());
        assertTrue(Quantities.count("five-three").isEmpty());
    }

    @Test
    void readsPercentagesAndFractionsAsShares() {
        assertEquals(OptionalDouble.of(0.4), Quantities.share("as much as 40 percent"));
        assertEquals(OptionalDouble.of(0.15), Quantities.share("15%"));
        assertEquals(OptionalDouble.of(0.125), Quantities.share("12.5 per cent"));
        assertEquals(OptionalDouble.of(0.6667), Quantities.share("two-thirds"));
        assertEquals(OptionalDouble.of(0.3333), Quantities.share("a third"));
        assertEquals(OptionalDouble.of(0.75), Quantities.share("three quarters"));
        assertEquals(OptionalDouble.of(0.5), Quantities.share("half of the fuel"));
        assertTrue(Quantities.share("6,000 soldiers").isEmpty());
    }

    @Test
    void readsDurationsAsIso8601() {
        assertEquals(Optional.of("P3D"), Quantities.duration("a three-day visit"));
        assertEquals(Optional.of("P14D"), Quantities.duration("a two-week tour"));
        assertEquals(Optional.of("PT48H"), Quantities.duration("a 48-hour stop"));
        assertEquals(Optional.of("P5D"), Quantities.duration("for five days"));
        assertTrue(Quantities.duration("a visit").isEmpty());
    }

    @Test
    void findsEachAmountOnceInTextOrder() {
        List<Quantities.Found> found =
                Quantities.find("an additional 6,000 workers, 40 percent of shells, a two-day trip");
        assertEquals(3, found.size(), found.toString());
        assertEquals(Quantities.Kind.COUNT, found.get(0).kind());
        assertEquals("6000", found.get(0).value());
        assertEquals(Quantities.Kind.SHARE, found.get(1).kind());
        assertEquals("0.4", found.get(1).value());
        assertEquals(Quantities.Kind.DURATION, found.get(2).kind());
        assertEquals("P2D", found.get(2).value());
    }
}
