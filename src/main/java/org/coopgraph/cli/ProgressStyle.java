package org.coopgraph.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;

import org.coopgraph.ingest.IngestListener;

/**
 * How a long-running command shows progress: a redrawn bar on a terminal, one log line per item otherwise, or
 * nothing. {@link #AUTO} picks the bar only when standard input and output are a terminal.
 */
enum ProgressStyle {

	AUTO, BAR, LOG, NONE;

	IngestListener listener(PrintWriter out, boolean dryRun) {
		return switch (this) {
			case AUTO -> (isTerminal() ? BAR : LOG).listener(out, dryRun);
			case BAR -> new IngestProgressBar(out, dryRun, System::nanoTime);
			case LOG -> new IngestLog(out, dryRun);
			case NONE -> IngestListener.NONE;
		};
	}

	static boolean isTerminal() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		// From Java 22 System.console() may return a console for redirected streams too; Console.isTerminal()
		// tells them apart but does not exist in the Java 21 API this code compiles against.
		try {
			Method isTerminal = Console.class.getMethod("isTerminal");
			return (Boolean) isTerminal.invoke(console);
		}
		catch (ReflectiveOperationException ex) {
			return true;
		}
	}

}
