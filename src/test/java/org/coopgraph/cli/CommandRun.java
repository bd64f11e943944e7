package org.coopgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/** One run of the command line in this JVM, as a user would type it: its exit code and what it printed. */
record CommandRun(int exit, String out, String err) {

	static CommandRun of(List<String> args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = CoopgraphCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
			.execute(args.toArray(String[]::new));
		return new CommandRun(exit, out.toString(), err.toString());
	}

}
