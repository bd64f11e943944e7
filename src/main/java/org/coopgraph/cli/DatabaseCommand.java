package org.coopgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * A subcommand that works on the database without serving it: opens it with the settings given after the
 * arguments ({@code --coopgraph.data-dir=...}), runs, and closes it again.
 */
abstract class DatabaseCommand implements Callable<Integer> {

	@Unmatched
	List<String> settings = new ArrayList<>();

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		try (ConfigurableApplicationContext context = SpringLauncher.openDatabase(this.settings)) {
			return run(context, this.spec.commandLine().getOut());
		}
	}

	/** The command's work on the open database; returns its exit code. */
	abstract int run(ConfigurableApplicationContext context, PrintWriter out);

}
