package org.coopgraph.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;
import org.neo4j.graphdb.GraphDatabaseService;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The offline commands (ingest with no server, remove, export) open the embedded database without its Bolt and HTTP
 * ports and without the web server: they work while other processes hold those ports, and listen on nothing.
 */
class OfflineCommandsOpenNoPortsIT {

	private static final String PLAN = """
			泰州市与镇江市结对帮扶合作工作计划
			一、产业合作
			1．召开两市结对帮扶合作推进会。（责任单位：市发改委，完成时间：6月底前）
			""";

	private final Path dataDir = TestDatabaseInitializer.temporaryFolder("coopgraph-noports-");

	@Test
	void ingestExportAndRemoveWorkWhileTheConfiguredPortsAreTaken() throws Exception {
		Path folder = TestDatabaseInitializer.temporaryFolder("coopgraph-noports-docs-");
		Files.writeString(folder.resolve("plan.txt"), PLAN, StandardCharsets.UTF_8);
		Path out = TestDatabaseInitializer.temporaryFolder("coopgraph-noports-export-");
		try (ServerSocket bolt = occupy(); ServerSocket http = occupy(); ServerSocket web = occupy()) {
			List<String> ports = List.of("--coopgraph.neo4j.bolt-port=" + bolt.getLocalPort(),
					"--coopgraph.neo4j.http-port=" + http.getLocalPort(), "--server.port=" + web.getLocalPort());

			CommandRun ingest = run(ports, "ingest", folder.toString(), "--progress=none");
			CommandRun export = run(ports, "export", "--format", "csv", out.toString());
			CommandRun remove = run(ports, "remove", "plan.txt");

			assertThat(ingest.exit()).as(ingest.err()).isZero();
			assertThat(export.exit()).as(export.err()).isZero();
			assertThat(Files.readString(out.resolve("documents.csv"))).contains("plan.txt");
			assertThat(remove.exit()).as(remove.err()).isZero();
			assertThat(remove.out()).startsWith("removed   plan.txt");
		}
	}

	@Test
	void theDatabaseOfAnOfflineCommandListensOnNoPortWhileServingOpensBolt() throws Exception {
		int boltPort = TestDatabaseInitializer.freePort();
		int httpPort = TestDatabaseInitializer.freePort();
		List<String> settings = List.of("--coopgraph.data-dir=" + this.dataDir,
				"--coopgraph.neo4j.bolt-port=" + boltPort, "--coopgraph.neo4j.http-port=" + httpPort);
		Set<Integer> before = listeningPorts();

		try (ConfigurableApplicationContext offline = SpringLauncher.openDatabase(settings)) {
			offline.getBean(GraphDatabaseService.class).executeTransactionally("CREATE (:Probe)");

			assertThat(listeningPorts()).isSubsetOf(before);
			assertRefused(boltPort);
			assertRefused(httpPort);
		}
		// The same probe sees the ports when the connectors are on, so the check above is not blind.
		try (ConfigurableApplicationContext connected = SpringLauncher.start(WebApplicationType.NONE,
				Map.of("coopgraph.ingest-on-startup", "false"), settings.toArray(String[]::new))) {
			assertThat(listeningPorts()).contains(boltPort, httpPort);
		}
	}

	private static void assertRefused(int port) {
		assertThatThrownBy(() -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2_000);
			}
		}).isInstanceOf(ConnectException.class);
	}

	/** The TCP ports this process listens on, from Linux's socket tables and the process's open sockets. */
	private static Set<Integer> listeningPorts() throws IOException {
		Set<String> ownSockets = new HashSet<>();
		try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
			for (Path fd : fds.toList()) {
				try {
					String target = Files.readSymbolicLink(fd).toString();
					if (target.startsWith("socket:[")) {
						ownSockets.add(target.substring(8, target.length() - 1));
					}
				}
				catch (IOException ex) {
					// A descriptor closed while listing.
				}
			}
		}
		Set<Integer> ports = new HashSet<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			List<String> lines = Files.readAllLines(Path.of(table));
			for (String line : lines.subList(1, lines.size())) {
				String[] fields = line.trim().split("\\s+");
				boolean listening = fields[3].equals("0A");
				if (listening && ownSockets.contains(fields[9])) {
					String local = fields[1];
					ports.add(Integer.parseInt(local.substring(local.indexOf(':') + 1), 16));
				}
			}
		}
		return ports;
	}

	private static ServerSocket occupy() throws IOException {
		ServerSocket socket = new ServerSocket();
		socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
		return socket;
	}

	private CommandRun run(List<String> settings, String... args) {
		List<String> all = new ArrayList<>(List.of(args));
		all.add("--coopgraph.data-dir=" + this.dataDir);
		all.addAll(settings);
		return CommandRun.of(all);
	}

}
