/**
 * Writing to a running newsgraph server: the credentials of its write endpoint and the client that stores article
 * graphs through it, so that {@code newsgraph ingest --server URL} can load articles while the server answers queries.
 */
package org.newsgraph.remote;
