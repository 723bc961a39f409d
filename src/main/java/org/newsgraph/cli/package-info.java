/**
 * The {@code newsgraph} command line: one picocli command per subcommand, wiring the library; nothing else in
 * newsgraph imports this package.
 */
package org.newsgraph.cli;
