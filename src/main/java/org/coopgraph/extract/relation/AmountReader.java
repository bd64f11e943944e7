package org.coopgraph.extract.relation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.coopgraph.extract.text.LeadingChars.DIGITS;

/**
 * Reads money amounts in yuan: 5.6亿元 → 560000000, 140万元 → 1400000, 6000万元, 1.2亿, 3200余万元, 2亿余元, ranges
 * (3-5万元 takes the upper bound). Thread-safe.
 */
public final class AmountReader {

	/** An amount found at {@code [start, end)} of the searched text. */
	public record Amount(long yuan, int start, int end) {
	}

	static final Pattern AMOUNT = Pattern.compile(
			"(\\d+(?:\\.\\d+)?)(?:\\s*[-~～—至到]\\s*(\\d+(?:\\.\\d+)?))?\\s*[余多]?\\s*(亿|千万|百万|万|千)?\\s*[余多]?\\s*(元|块)?");

	public Amount first(CharSequence text) {
		List<Amount> found = read(text, true);
		return found.isEmpty() ? null : found.get(0);
	}

	/** Every amount in {@code text}, in order. */
	public List<Amount> all(CharSequence text) {
		return read(text, false);
	}

	private static List<Amount> read(CharSequence text, boolean firstOnly) {
		List<Amount> out = new ArrayList<>();
		Matcher m = AMOUNT.matcher(text);
		for (int at = 0; !(firstOnly && !out.isEmpty()) && DIGITS.find(m, text, at); at = m.end()) {
			if (m.group(3) == null && m.group(4) == null) {
				continue;
			}
			if (m.group(4) == null && !"亿".equals(m.group(3)) && !followedByMoney(text, m.end())) {
				continue;
			}
			try {
				BigDecimal value = new BigDecimal(m.group(2) != null ? m.group(2) : m.group(1));
				BigDecimal unit = switch (m.group(3) == null ? "" : m.group(3)) {
					case "亿" -> BigDecimal.valueOf(100_000_000L);
					case "千万" -> BigDecimal.valueOf(10_000_000L);
					case "百万" -> BigDecimal.valueOf(1_000_000L);
					case "万" -> BigDecimal.valueOf(10_000L);
					case "千" -> BigDecimal.valueOf(1_000L);
					default -> BigDecimal.ONE;
				};
				out.add(new Amount(value.multiply(unit).longValueExact(), m.start(), m.end()));
			}
			catch (ArithmeticException | NumberFormatException ex) {
				// Not a representable amount; look for the next one.
			}
		}
		return out;
	}

	private static boolean followedByMoney(CharSequence text, int end) {
		// 帮扶资金10万 or 10万资金: the unit 元 is sometimes left out next to a money word.
		String after = text.subSequence(end, Math.min(text.length(), end + 2)).toString();
		String before = text.subSequence(Math.max(0, end - 12), end).toString();
		return after.startsWith("资金") || after.startsWith("款") || before.contains("资金") || before.contains("款");
	}

}
