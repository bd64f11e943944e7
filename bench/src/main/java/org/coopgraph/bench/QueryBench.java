package org.coopgraph.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/**
 * Latency of each benchmark query: coopgraph's GraphQL over HTTP against the hand-written Cypher through the driver
 * (an auto-commit read transaction with a timeout, as coopgraph runs its own) and, when it runs, {@code @neo4j/graphql}.
 * Within a repeat, coopgraph and the Cypher take turns call by call, each going first every other call, so a burst of
 * load on the shared machine hits them alike; {@code @neo4j/graphql} then runs its calls on its own. Each repeat
 * yields a p50 and a p99; the figures are spreads of those over the repeats. Before the first query, every query is
 * run on coopgraph and the Cypher in turn for {@link #SUITE_WARMUP}, then each query once more on each system for
 * {@link #WARMUP}.
 *
 * <p>{@code @neo4j/graphql} used to take its turn between the other two, always just before coopgraph. Its
 * heaviest calls (2 s of scanning every task at 1M entities) left coopgraph's call to start on cold caches while the
 * Cypher after it found them warm: at 1M, tasks measured 3.87x the Cypher that way and 1.21x without it.
 */
final class QueryBench {

	private static final SessionConfig READ = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

	private static final TransactionConfig TIMEOUT = TransactionConfig.builder()
		.withTimeout(Duration.ofSeconds(60))
		.build();

	/**
	 * How long each system runs each query before it is measured. Ten calls, as before, left the server's HTTP and
	 * GraphQL path to the interpreter while the database's own code was already compiled; the just-in-time
	 * compiler needs thousands of calls to reach steady state.
	 */
	private static final Duration WARMUP = Duration.ofSeconds(3);

	private static final int WARMUP_MAX_CALLS = 5_000;

	/** How many of the last warm-up calls tell how long a call takes. */
	private static final int WARMUP_SAMPLE = 100;

	/**
	 * How long all queries run in turn before the first is measured. With only the per-query warm-up, the first
	 * queries met a server whose shared HTTP and GraphQL code was still being compiled (at 1M, entity by alias
	 * measured 2.28 ms from a plain client just after the warm-up and 0.58 ms a minute later).
	 */
	private static final Duration SUITE_WARMUP = Duration.ofSeconds(20);

	/** A slow query gets fewer calls per repeat, so that one repeat of one system takes about this long. */
	private static final double SECONDS_PER_REPEAT = 2.0;

	private QueryBench() {
	}

	/**
	 * Figures for one query; the {@code neo4jGraphql*} ones are null when that baseline did not run.
	 *
	 * @param name the query
	 * @param calls calls per repeat of coopgraph and of the Cypher
	 * @param neo4jGraphqlCalls calls per repeat of {@code @neo4j/graphql}, fewer when it is slow
	 * @param coopgraphP50 milliseconds
	 * @param coopgraphP99 milliseconds
	 * @param cypherP50 milliseconds
	 * @param cypherP99 milliseconds
	 * @param neo4jGraphqlP50 milliseconds
	 * @param neo4jGraphqlP99 milliseconds
	 * @param overCypher coopgraph p50 over Cypher p50, per repeat
	 * @param overNeo4jGraphql coopgraph p50 over {@code @neo4j/graphql} p50, per repeat
	 * @param neo4jGraphqlProblem why {@code @neo4j/graphql} has no figure, if it has none
	 */
	record Figures(String name, int calls, int neo4jGraphqlCalls, Spread coopgraphP50, Spread coopgraphP99,
			Spread cypherP50, Spread cypherP99, Spread neo4jGraphqlP50, Spread neo4jGraphqlP99, Spread overCypher,
			Spread overNeo4jGraphql, String neo4jGraphqlProblem) {

	}

	/** A way to run one query once; throws when the answer is an error. */
	@FunctionalInterface
	private interface Call {

		void run() throws IOException, InterruptedException;

	}

	static List<Figures> run(List<BenchQuery> queries, GraphQlHttp coopgraph, Driver driver, GraphQlHttp neo4jGraphql,
			int repeats, int maxCalls) throws IOException, InterruptedException {
		List<Call> suite = new ArrayList<>();
		for (BenchQuery query : queries) {
			suite.add(ours(query, coopgraph));
			suite.add(cypher(query, driver));
		}
		long deadline = System.nanoTime() + SUITE_WARMUP.toNanos();
		while (System.nanoTime() < deadline) {
			for (Call call : suite) {
				call.run();
			}
		}
		List<Figures> figures = new ArrayList<>();
		for (BenchQuery query : queries) {
			figures.add(run(query, coopgraph, driver, neo4jGraphql, repeats, maxCalls));
		}
		return figures;
	}

	private static Figures run(BenchQuery query, GraphQlHttp coopgraph, Driver driver, GraphQlHttp neo4jGraphql,
			int repeats, int maxCalls) throws IOException, InterruptedException {
		Call ours = ours(query, coopgraph);
		Call cypher = cypher(query, driver);
		Call theirs = null;
		String problem = null;
		if (neo4jGraphql == null) {
			problem = "not run";
		}
		else if (query.neo4jGraphql() == null) {
			problem = "no equivalent query";
		}
		else {
			String theirBody = GraphQlHttp.body(query.neo4jGraphql(), query.variables());
			Call candidate = () -> neo4jGraphql.post(theirBody);
			try {
				candidate.run();
				theirs = candidate;
			}
			catch (IOException ex) {
				problem = ex.getMessage();
			}
		}
		// Each system's call count follows its own speed: a 3 s @neo4j/graphql call must not leave coopgraph and the
		// Cypher five calls a repeat, whose median is then little more than noise.
		int calls = callsPerRepeat(Math.max(warmUp(ours), warmUp(cypher)), maxCalls);
		int theirCalls = (theirs == null) ? 0 : callsPerRepeat(warmUp(theirs), maxCalls);
		List<Double> ourP50 = new ArrayList<>();
		List<Double> ourP99 = new ArrayList<>();
		List<Double> cypherP50 = new ArrayList<>();
		List<Double> cypherP99 = new ArrayList<>();
		List<Double> theirP50 = new ArrayList<>();
		List<Double> theirP99 = new ArrayList<>();
		List<Double> overCypher = new ArrayList<>();
		List<Double> overTheirs = new ArrayList<>();
		for (int r = 0; r < repeats; r++) {
			long[] o = new long[calls];
			long[] c = new long[calls];
			long[] t = new long[theirCalls];
			for (int i = 0; i < calls; i++) {
				if (i % 2 == 0) {
					o[i] = time(ours);
					c[i] = time(cypher);
				}
				else {
					c[i] = time(cypher);
					o[i] = time(ours);
				}
			}
			for (int i = 0; i < theirCalls; i++) {
				t[i] = time(theirs);
			}
			ourP50.add(Spread.percentileMillis(o, 50));
			ourP99.add(Spread.percentileMillis(o, 99));
			cypherP50.add(Spread.percentileMillis(c, 50));
			cypherP99.add(Spread.percentileMillis(c, 99));
			overCypher.add(Spread.percentileMillis(o, 50) / Spread.percentileMillis(c, 50));
			if (theirs != null) {
				theirP50.add(Spread.percentileMillis(t, 50));
				theirP99.add(Spread.percentileMillis(t, 99));
				overTheirs.add(Spread.percentileMillis(o, 50) / Spread.percentileMillis(t, 50));
			}
		}
		return new Figures(query.name(), calls, theirCalls, Spread.of(ourP50), Spread.of(ourP99),
				Spread.of(cypherP50), Spread.of(cypherP99), (theirs == null) ? null : Spread.of(theirP50),
				(theirs == null) ? null : Spread.of(theirP99), Spread.of(overCypher),
				(theirs == null) ? null : Spread.of(overTheirs), problem);
	}

	private static Call ours(BenchQuery query, GraphQlHttp coopgraph) {
		String body = GraphQlHttp.body(query.graphql(), query.variables());
		return () -> coopgraph.post(body);
	}

	private static Call cypher(BenchQuery query, Driver driver) {
		return () -> runCypher(driver, query.cypher(), query.parameters());
	}

	private static int callsPerRepeat(double secondsPerCall, int maxCalls) {
		return (int) Math.clamp((long) (SECONDS_PER_REPEAT / Math.max(secondsPerCall, 1e-4)), 5, maxCalls);
	}

	/**
	 * Runs the call for {@link #WARMUP}, at most {@link #WARMUP_MAX_CALLS} times; the median duration of its last
	 * hundred calls, in seconds. The last call alone once measured a garbage collection pause and left related 49
	 * calls a repeat instead of 100.
	 */
	private static double warmUp(Call call) throws IOException, InterruptedException {
		long deadline = System.nanoTime() + WARMUP.toNanos();
		long[] recent = new long[WARMUP_SAMPLE];
		int calls = 0;
		while (calls < WARMUP_MAX_CALLS && System.nanoTime() < deadline) {
			recent[calls++ % WARMUP_SAMPLE] = time(call);
		}
		return Spread.percentileMillis(Arrays.copyOf(recent, Math.min(calls, WARMUP_SAMPLE)), 50) / 1e3;
	}

	private static long time(Call call) throws IOException, InterruptedException {
		long start = System.nanoTime();
		call.run();
		return System.nanoTime() - start;
	}

	/** The fastest plain way through the driver: one auto-commit read, RUN and PULL in one round trip. */
	static void runCypher(Driver driver, String cypher, Map<String, Object> parameters) {
		try (Session session = driver.session(READ)) {
			session.run(cypher, parameters, TIMEOUT).list();
		}
	}

}
