package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** Lets Jena's stream writers print through a command's writer, so tests can capture what a command prints. */
final class WriterOutputStream extends OutputStream {
    private final PrintWriter writer;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    WriterOutputStream(PrintWriter writer) {
        this.writer = writer;
    }

    @Override
    public void write(int b) {
        buffer.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        buffer.write(b, off, len);
    }

    /** Writes out whole bytes received so far; UTF-8 sequences are never split because Jena flushes at the end. */
    @Override
    public void flush() {
        writer.print(buffer.toString(StandardCharsets.UTF_8));
        writer.flush();
        buffer.reset();
    }

    @Override
    public void close() {
        flush();
    }
}
