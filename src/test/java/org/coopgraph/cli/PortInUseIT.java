package org.coopgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A port already in use stops serve at once, with a message naming the port and the setting to change, before the
 * data folder is prepared or written.
 */
class PortInUseIT {

	@Test
	void aBusyBoltPortNamesItsSetting() throws Exception {
		Path dataDir = TestDatabaseInitializer.temporaryFolder("coopgraph-port-");
		try (ServerSocket busy = occupy()) {
			String error = serve(dataDir, "--coopgraph.neo4j.bolt-port=" + busy.getLocalPort(), "--server.port=0",
					"--coopgraph.neo4j.http-port=" + TestDatabaseInitializer.freePort());

			assertThat(error).contains("coopgraph: Port " + busy.getLocalPort()).contains("coopgraph.neo4j.bolt-port");
		}
		assertThat(dataDir).as("no password file, no store").isEmptyDirectory();
	}

	@Test
	void aBusyWebPortNamesItsSetting() throws Exception {
		try (ServerSocket busy = occupy()) {
			String error = serve(TestDatabaseInitializer.temporaryFolder("coopgraph-port-"),
					"--server.port=" + busy.getLocalPort(),
					"--coopgraph.neo4j.bolt-port=" + TestDatabaseInitializer.freePort(),
					"--coopgraph.neo4j.http-port=" + TestDatabaseInitializer.freePort());

			assertThat(error).contains("coopgraph: Port " + busy.getLocalPort()).contains("server.port");
		}
	}

	private static ServerSocket occupy() throws Exception {
		ServerSocket socket = new ServerSocket();
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		return socket;
	}

	private static String serve(Path dataDir, String... settings) {
		StringWriter err = new StringWriter();
		String[] args = new String[settings.length + 4];
		args[0] = "serve";
		args[1] = "--exit-after-start";
		args[2] = "--coopgraph.data-dir=" + dataDir;
		args[3] = "--coopgraph.ingest-on-startup=false";
		System.arraycopy(settings, 0, args, 4, settings.length);
		int exit = CoopgraphCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err)).execute(args);
		assertThat(exit).isNotZero();
		return err.toString();
	}

}
