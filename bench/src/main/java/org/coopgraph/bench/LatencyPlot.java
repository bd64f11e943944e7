package org.coopgraph.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws coopgraph's median latency of each benchmark query against graph size (both axes logarithmic) as a PNG,
 * with the hand-written Cypher medians dashed for comparison. Plain Java2D, no fonts beyond the JDK's.
 */
final class LatencyPlot {

	private static final int WIDTH = 960;

	private static final int HEIGHT = 600;

	private static final int LEFT = 80;

	private static final int RIGHT = 260;

	private static final int TOP = 50;

	private static final int BOTTOM = 70;

	private static final Color[] COLORS = { new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c),
			new Color(0xd62728), new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2),
			new Color(0x7f7f7f) };

	private LatencyPlot() {
	}

	static void write(BenchResults results, Path file) throws IOException {
		List<BenchResults.SizeResults> sizes = results.sizes.stream().filter((s) -> !s.queries.isEmpty()).toList();
		if (sizes.isEmpty()) {
			return;
		}
		double minX = Math.log10(sizes.get(0).entities);
		double maxX = Math.log10(sizes.get(sizes.size() - 1).entities);
		if (maxX - minX < 1e-9) {
			minX -= 0.5;
			maxX += 0.5;
		}
		double minY = Double.MAX_VALUE;
		double maxY = 0;
		for (BenchResults.SizeResults s : sizes) {
			for (QueryBench.Figures q : s.queries) {
				minY = Math.min(minY, Math.min(q.coopgraphP50().median(), q.cypherP50().median()));
				maxY = Math.max(maxY, Math.max(q.coopgraphP50().median(), q.cypherP50().median()));
			}
		}
		double lowY = Math.floor(Math.log10(Math.max(minY, 0.01)));
		double highY = Math.ceil(Math.log10(Math.max(maxY, 0.1)));
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		Axes axes = new Axes(minX, maxX, lowY, highY);
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
		g.drawString("coopgraph GraphQL p50 latency vs graph size (dashed: hand-written Cypher)", LEFT, 30);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		g.drawRect(LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM);
		for (double y = lowY; y <= highY; y++) {
			int py = axes.y(y);
			g.setColor(new Color(0xdddddd));
			g.drawLine(LEFT, py, WIDTH - RIGHT, py);
			g.setColor(Color.BLACK);
			g.drawString(label(Math.pow(10, y)) + " ms", 10, py + 4);
		}
		for (BenchResults.SizeResults s : sizes) {
			int px = axes.x(Math.log10(s.entities));
			g.drawString("%,d".formatted(s.entities), px - 20, HEIGHT - BOTTOM + 18);
		}
		g.drawString("entities (log scale)", (WIDTH - RIGHT) / 2, HEIGHT - 20);
		int queries = sizes.get(0).queries.size();
		for (int q = 0; q < queries; q++) {
			g.setColor(COLORS[q % COLORS.length]);
			drawSeries(g, axes, sizes, q, true);
			drawSeries(g, axes, sizes, q, false);
			int ly = TOP + 20 + q * 22;
			g.fillRect(WIDTH - RIGHT + 20, ly - 9, 14, 10);
			g.setColor(Color.BLACK);
			g.drawString(sizes.get(0).queries.get(q).name(), WIDTH - RIGHT + 40, ly);
		}
		g.dispose();
		ImageIO.write(image, "png", file.toFile());
	}

	private static void drawSeries(Graphics2D g, Axes axes, List<BenchResults.SizeResults> sizes, int query,
			boolean coopgraph) {
		g.setStroke(coopgraph ? new BasicStroke(2.5f)
				: new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] { 6, 4 }, 0));
		int lastX = -1;
		int lastY = -1;
		for (BenchResults.SizeResults s : sizes) {
			if (query >= s.queries.size()) {
				continue;
			}
			QueryBench.Figures f = s.queries.get(query);
			double ms = coopgraph ? f.coopgraphP50().median() : f.cypherP50().median();
			int x = axes.x(Math.log10(s.entities));
			int y = axes.y(Math.log10(Math.max(ms, 0.01)));
			g.fillOval(x - 3, y - 3, 6, 6);
			if (lastX >= 0) {
				g.drawLine(lastX, lastY, x, y);
			}
			lastX = x;
			lastY = y;
		}
	}

	private static String label(double ms) {
		return (ms >= 1) ? "%,.0f".formatted(ms) : "%.2f".formatted(ms);
	}

	/** Maps log values to pixels. */
	private record Axes(double minX, double maxX, double minY, double maxY) {

		int x(double value) {
			return LEFT + 20 + (int) ((value - this.minX) / (this.maxX - this.minX) * (WIDTH - LEFT - RIGHT - 40));
		}

		int y(double value) {
			return HEIGHT - BOTTOM - (int) ((value - this.minY) / (this.maxY - this.minY) * (HEIGHT - TOP - BOTTOM));
		}

	}

}
