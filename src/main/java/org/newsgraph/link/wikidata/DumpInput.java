package org.newsgraph.link.wikidata;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/** Opens a dump file as UTF-8 lines, gzip or bzip2 recognised by their magic bytes, counting compressed bytes read. */
final class DumpInput {
    private static final int BUFFER = 1 << 16;

    private DumpInput() {
    }

    static BufferedReader open(Path file, LongConsumer bytesRead) throws IOException {
        InputStream raw = new Counting(Files.newInputStream(file), bytesRead);
        BufferedInputStream in = new BufferedInputStream(raw, BUFFER);
        try {
            in.mark(3);
            int b0 = in.read();
            int b1 = in.read();
            int b2 = in.read();
            in.reset();
            InputStream data;
            if (b0 == 0x1f && b1 == 0x8b) data = new GZIPInputStream(in, BUFFER);
            else if (b0 == 'B' && b1 == 'Z' && b2 == 'h') data = new BZip2CompressorInputStream(in, true);
            else data = in;
            return new BufferedReader(new InputStreamReader(data, StandardCharsets.UTF_8), BUFFER);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** Reports the running byte count every few megabytes and at the end. */
    private static final class Counting extends FilterInputStream {
        private static final long STEP = 8L << 20;
        private final LongConsumer progress;
        private long count;
        private long reported;

        Counting(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) advance(1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) advance(n);
            return n;
        }

        private void advance(long n) {
            count += n;
            if (count - reported >= STEP) {
                reported = count;
                progress.accept(count);
            }
        }

        @Override
        public void close() throws IOException {
            progress.accept(count);
            super.close();
        }
    }
}
