package org.newsgraph.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Adler32;

/**
 * Cuts a TDB2 journal back to its last complete commit, for a store whose writer was killed while writing the
 * journal.
 *
 * <p>TDB2 writes a transaction's changes to {@code Data-NNNN/journal.jrnl}, then a COMMIT entry, syncs, applies the
 * changes and empties the journal; on opening it replays what the journal holds. A process killed half way through
 * writing an entry leaves a torn entry at the end, and Jena 5.6 then refuses to open the store ("Failed to read the
 * journal entry data"). The torn entry and anything after the last COMMIT belong to a transaction that never
 * committed, which recovery would discard anyway, so cutting them off loses nothing that was committed.
 *
 * <p>Journal entry layout (dboe {@code Journal}): a 16-byte header of length, Adler-32 checksum (computed with its own
 * field zeroed), entry type (1 REDO, 2 UNDO, 3 COMMIT, 4 ABORT) and a 4-byte component id, then {@code length} bytes.
 */
final class JournalRepair {
    private static final int HEADER = 16;
    private static final int COMMIT = 3;

    private JournalRepair() {
    }

    /**
     * Cuts every journal under the database directory {@code dir} back to its last complete commit when its tail is
     * torn or uncommitted. Must only run while no process has the database open.
     *
     * @return the journals that were cut
     */
    static List<Path> repair(Path dir) throws IOException {
        List<Path> cut = new ArrayList<>();
        try (Stream<Path> data = Files.list(dir)) {
            for (Path d : data.filter(p -> p.getFileName().toString().startsWith("Data-")).sorted().toList()) {
                Path journal = d.resolve("journal.jrnl");
                if (Files.isRegularFile(journal) && cutToLastCommit(journal)) cut.add(journal);
            }
        }
        return cut;
    }

    /** Whether the journal had to be cut. */
    static boolean cutToLastCommit(Path journal) throws IOException {
        try (FileChannel ch = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            long pos = 0;
            long committed = 0;
            ByteBuffer header = ByteBuffer.allocate(HEADER);
            while (pos + HEADER <= size) {
                header.clear();
                if (ch.read(header, pos) != HEADER) break;
                int length = header.getInt(0);
                int crc = header.getInt(4);
                int type = header.getInt(8);
                if (length < 0 || pos + HEADER + length > size) break;
                ByteBuffer data = ByteBuffer.allocate(length);
                if (length > 0 && ch.read(data, pos + HEADER) != length) break;
                Adler32 adler = new Adler32();
                byte[] h = header.array().clone();
                ByteBuffer.wrap(h).putInt(4, 0);
                adler.update(h);
                data.rewind();
                adler.update(data);
                if ((int) adler.getValue() != crc) break;
                pos += HEADER + length;
                if (type == COMMIT) committed = pos;
            }
            if (committed == size) return false;
            ch.truncate(committed);
            ch.force(true);
            return true;
        }
    }
}
