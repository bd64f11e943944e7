package org.coopgraph.config;

import java.nio.file.Path;

/**
 * The embedded database's home once {@link DataDirectory#prepare()} has checked and created it: one bean, so the
 * checks run once per start however many beans need the folder.
 */
record DataHome(Path path) {

}
