package org.coopgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CoopgraphCommandTests {

	@Test
	void helpListsEverySubcommand() {
		StringWriter out = new StringWriter();
		int exit = CoopgraphCommand.commandLine(new PrintWriter(out), new PrintWriter(new StringWriter()))
			.execute("--help");

		assertThat(exit).isZero();
		assertThat(out.toString()).contains("serve", "ingest", "extract", "remove", "export", "./coopgraph bench --help");
	}

	@Test
	void helpSumsUpEachSubcommandInAWholeSentence() {
		// The command list shows only the first line of each description: a sentence split over lines is cut.
		CoopgraphCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
			.getSubcommands()
			.forEach((name, subcommand) -> assertThat(subcommand.getCommandSpec().usageMessage().description()[0])
				.as(name)
				.endsWith("."));
	}

	@Test
	void anUnknownSubcommandIsAUsageError() {
		StringWriter err = new StringWriter();
		int exit = CoopgraphCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err))
			.execute("frobnicate");

		assertThat(exit).isEqualTo(ExitCodes.USAGE);
		assertThat(err.toString()).contains("frobnicate");
	}

}
