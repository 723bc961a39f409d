package org.newsgraph.remote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.ConfigException;

class RemoteStoreTest {
    private static final Credentials C = new Credentials("ingest", "pw");

    @Test
    void acceptsTheServiceOrAnyOfItsEndpoints() {
        for (String url : new String[] {"http://localhost:3030/newsgraph", "http://localhost:3030/newsgraph/",
                "http://localhost:3030/newsgraph/sparql", "http://localhost:3030/newsgraph/data",
                "http://localhost:3030/newsgraph/get"}) {
            assertEquals("http://localhost:3030/newsgraph", RemoteStore.connect(url, C).service().toString(), url);
        }
        assertEquals("http://127.0.0.1:8080/a/b", RemoteStore.connect("http://127.0.0.1:8080/a/b", C).service()
                .toString());
        assertEquals("https://kg.example.org/newsgraph",
                RemoteStore.connect("https://kg.example.org/newsgraph/query", C).service().toString());
    }

    @Test
    void refusesUrlsThatAreNotAServiceOrWouldSendThePasswordInClearOverANetwork() {
        assertTrue(assertThrows(ConfigException.class,
                () -> RemoteStore.connect("http://kg.example.org/newsgraph", C)).getMessage()
                .startsWith("refusing to send credentials in clear text to kg.example.org"));
        for (String bad : new String[] {"localhost:3030/newsgraph", "ftp://localhost/newsgraph",
                "http://localhost:3030/", "http://localhost:3030/newsgraph?graph=x", "not a url"}) {
            assertThrows(ConfigException.class, () -> RemoteStore.connect(bad, C), bad);
        }
    }
}
