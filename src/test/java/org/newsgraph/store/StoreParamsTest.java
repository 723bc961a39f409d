package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TDB2's node caches follow the heap: full under a large one, a bounded share of a small one. */
class StoreParamsTest {
    private static final long MB = 1024L * 1024;

    @Test
    void largeHeapKeepsTdb2Defaults() {
        StoreParams dft = StoreParams.getDftStoreParams();
        StoreParams large = GraphStore.storeParams(4096 * MB);
        assertEquals(dft.getNode2NodeIdCacheSize(), large.getNode2NodeIdCacheSize());
        assertEquals(dft.getNodeId2NodeCacheSize(), large.getNodeId2NodeCacheSize());
    }

    @Test
    void smallHeapShrinksBothNodeCachesInProportion() {
        StoreParams dft = StoreParams.getDftStoreParams();
        StoreParams small = GraphStore.storeParams(512 * MB);
        long entries = (long) small.getNode2NodeIdCacheSize() + small.getNodeId2NodeCacheSize();
        // at most 15 % of 512 MB at 230 bytes an entry, far below the 1.2 million entries of the defaults
        assertTrue(entries * 230 <= 512 * MB * 15 / 100, "cache entries " + entries);
        assertTrue(entries > 100_000, "cache entries " + entries);
        double ratio = (double) small.getNodeId2NodeCacheSize() / small.getNode2NodeIdCacheSize();
        assertEquals((double) dft.getNodeId2NodeCacheSize() / dft.getNode2NodeIdCacheSize(), ratio, 0.01);
        assertEquals(dft.getBlockSize(), small.getBlockSize());
        assertEquals(dft.getQuadIndexes().length, small.getQuadIndexes().length);
    }

    @Test
    void aStoreMadeUnderASmallHeapGetsFullCachesUnderALargeOne(@TempDir Path dir) {
        Path db = dir.resolve("db");
        StoreParams small = GraphStore.storeParams(512 * MB);
        StoreParams used = paramsOf(GraphStore.connectDatasetGraph(db, 512 * MB));
        assertEquals(small.getNode2NodeIdCacheSize(), used.getNode2NodeIdCacheSize());
        assertEquals(small.getNodeId2NodeCacheSize(), used.getNodeId2NodeCacheSize());
        TDBInternal.expel(GraphStore.connectDatasetGraph(db, 512 * MB));
        // TDB2 wrote the small sizes into the store's tdb.cfg; cache sizes are dynamic, so the next connection's sizes win
        StoreParams reopened = paramsOf(GraphStore.connectDatasetGraph(db, 4096 * MB));
        assertEquals(StoreParams.getDftStoreParams().getNode2NodeIdCacheSize(), reopened.getNode2NodeIdCacheSize());
        assertEquals(StoreParams.getDftStoreParams().getNodeId2NodeCacheSize(), reopened.getNodeId2NodeCacheSize());
        TDBInternal.expel(GraphStore.connectDatasetGraph(db, 4096 * MB));
    }

    private static StoreParams paramsOf(DatasetGraph dsg) {
        return TDBInternal.getDatasetGraphTDB(dsg).getStoreParams();
    }
}
