package org.coopgraph.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.model.DocumentDate;

/**
 * Reads a deadline as written in a work plan (6月底前, 2023年9月, 年底前, 第三季度, 上半年) as the last day it allows,
 * so that tasks can be filtered by date. Months without a year take the document's year; deadlines that set no
 * date (长期, 持续推进) have none.
 */
public final class DueDate {

	private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");

	private static final Pattern MONTH = Pattern.compile("(?:((?:19|20)\\d{2})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(上旬|中旬)?");

	private static final Pattern QUARTER = Pattern.compile("第?([一二三四1-4])\\s*季度");

	private DueDate() {
	}

	private static final Pattern BARE_YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

	/** The year a document is about: the first year its title names, else one in its file name, or null. */
	public static Integer documentYear(String title, String documentName) {
		return documentYear(title, documentName, DocumentDate.UNKNOWN);
	}

	/**
	 * The year a document's deadlines fall in: the first year its title names (a 2023年工作要点 issued in December 2022
	 * sets deadlines in 2023), else the year its text dates it by, else one in its file name, or null.
	 */
	public static Integer documentYear(String title, String documentName, DocumentDate dated) {
		Integer fromTitle = yearOf(title);
		if (fromTitle != null) {
			return fromTitle;
		}
		if (dated != null && dated.year() != null) {
			return dated.year();
		}
		Matcher matcher = BARE_YEAR.matcher((documentName != null) ? documentName : "");
		return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
	}

	/** The first year a text names (2023年), or null. */
	static Integer yearOf(String title) {
		Matcher matcher = YEAR.matcher((title != null) ? title : "");
		return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
	}

	/** The last day {@code deadline} allows, or null when it sets no date or the year is unknown. */
	public static LocalDate of(String deadline, Integer documentYear) {
		if (deadline == null || deadline.isBlank()) {
			return null;
		}
		LocalDate latest = null;
		Matcher month = MONTH.matcher(deadline);
		while (month.find()) {
			Integer year = (month.group(1) != null) ? Integer.valueOf(month.group(1)) : documentYear;
			int number = Integer.parseInt(month.group(2));
			if (year != null && number >= 1 && number <= 12) {
				latest = later(latest, dayIn(YearMonth.of(year, number), month.group(3)));
			}
		}
		if (latest != null) {
			return latest;
		}
		Integer year = (yearOf(deadline) != null) ? yearOf(deadline) : documentYear;
		if (year == null) {
			return null;
		}
		Matcher quarter = QUARTER.matcher(deadline);
		if (quarter.find()) {
			return YearMonth.of(year, 3 * "一二三四".indexOf(quarterDigit(quarter.group(1))) + 3).atEndOfMonth();
		}
		if (deadline.contains("上半年")) {
			return LocalDate.of(year, 6, 30);
		}
		if (deadline.contains("年底") || deadline.contains("年末") || deadline.contains("全年") || deadline.contains("年内")
				|| deadline.contains("下半年")) {
			return LocalDate.of(year, 12, 31);
		}
		return null;
	}

	private static LocalDate dayIn(YearMonth month, String part) {
		if ("上旬".equals(part)) {
			return month.atDay(10);
		}
		return "中旬".equals(part) ? month.atDay(20) : month.atEndOfMonth();
	}

	private static String quarterDigit(String digit) {
		return switch (digit) {
			case "1" -> "一";
			case "2" -> "二";
			case "3" -> "三";
			case "4" -> "四";
			default -> digit;
		};
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		return (a == null || b.isAfter(a)) ? b : a;
	}

}
