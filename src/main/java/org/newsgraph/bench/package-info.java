/**
 * Measures newsgraph: a deterministic synthetic corpus built from the project's own example articles and name-finder
 * templates, and the throughput, memory and latency figures that {@code newsgraph bench} prints.
 */
package org.newsgraph.bench;
