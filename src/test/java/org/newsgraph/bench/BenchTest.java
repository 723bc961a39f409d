package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BenchTest {
    @Test
    void percentileIsTheNearestRank() {
        double[] sorted = new double[20];
        for (int i = 0; i < 20; i++) sorted[i] = i + 1;
        assertEquals(10, Bench.percentile(sorted, 50));
        assertEquals(19, Bench.percentile(sorted, 95));
        assertEquals(1, Bench.percentile(new double[] {1}, 95));
    }
}
