package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValueFinderTest {
    private final ValueFinder finder = ValueFinder.standard();

    private List<String> found(String text) {
        return finder.find(text).stream().map(v -> v.type() + ":" + text.substring(v.start(), v.end())).toList();
    }

    @Test
    void findsDatesInTheirCommonShapes() {
        assertEquals(List.of("DATE:12 March 2024", "DATE:March 2024", "DATE:2024"),
                found("Signed on 12 March 2024, ratified in March 2024, in force since 2024."));
        assertEquals(List.of("DATE:last year", "DATE:last month", "DATE:this weekend", "DATE:October"),
                found("Prices rose last year and last month; talks resume this weekend or in October."));
    }

    @Test
    void readsMayAsAMonthOnlyWhenItIsOne() {
        assertEquals(List.of("DATE:May"), found("The rebels may attack again in May."));
    }

    @Test
    void findsNumbersInFiguresAndWords() {
        assertEquals(List.of("NUMBER:6,000", "NUMBER:two", "NUMBER:millions"),
                found("About 6,000 troops in two brigades protect millions of people."));
    }

    @Test
    void findsPercentagesAndMoney() {
        assertEquals(List.of("PERCENT:40 percent", "PERCENT:40%", "MONEY:$1.5 billion", "MONEY:300 million euros"),
                found("It supplies 40 percent (40%) of the shells, worth $1.5 billion or 300 million euros."));
    }

    @Test
    void prefersTheLongestOverlappingValue() {
        assertEquals(List.of("DATE:March 5, 2023"), found("March 5, 2023"));
    }
}
