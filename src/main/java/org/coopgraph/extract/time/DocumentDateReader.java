package org.coopgraph.extract.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopgraph.extract.model.DocumentDate;
import org.coopgraph.extract.text.LeadingChars;

import static org.coopgraph.extract.text.LeadingChars.DIGITS;

/**
 * Reads when a document was issued from its text, in this order of trust: the issue date (a line that is only a
 * date near the end, the 落款, or a date after 印发日期 / 成文日期 / 发布日期), the year of its document number
 * (〔2023〕12号, [2023], (2023)), a year its title names (2023年度工作要点; a span such as 2022-2024年 gives its first
 * year, when the plan was written), then the first date in its running text (news: 2023年5月12日, 2023-05-12, or 5月12日
 * with the nearest year written before it). Dates that do not exist (2023年13月5日) are passed over. Thread-safe.
 */
public final class DocumentDateReader {

	/** A full date, with Arabic or Chinese numerals (2023年5月12日, 二〇二三年五月十二日). */
	static final Pattern FULL_DATE = Pattern.compile(
			"([12][0-9]{3}|[一二][〇○零一二三四五六七八九]{3})\\s*年\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日");

	static final Pattern NUMERIC_DATE = Pattern
		.compile("(?<![0-9])((?:19|20)[0-9]{2})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})(?![0-9])");

	static final Pattern MONTH_DAY = Pattern.compile("(?<![0-9年])([0-9]{1,2})月([0-9]{1,2})日");

	static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})\\s*年");

	private static final Pattern DOCUMENT_NUMBER = Pattern
		.compile("[〔\\[［（(]\\s*((?:19|20)[0-9]{2})\\s*[〕\\]］）)]\\s*[0-9]{1,4}\\s*号");

	private static final Pattern TITLE_YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})\\s*(?:年|[-—－~～至到]\\s*(?:19|20)?[0-9]{2,4}\\s*年)");

	// Where matches of the patterns above can start: the text is only matched there. DocumentDateReaderTests tries
	// every character against the patterns, so a pattern edited without these fails a test.
	static final LeadingChars FULL_DATE_START = LeadingChars.of("12一二");

	static final LeadingChars YEAR_START = LeadingChars.of("12");

	private static final Pattern ISSUE_LABEL = Pattern.compile("(印发|成文|发布|发文)(日期|时间)\\s*[：:]?");

	/** How many non-blank lines at the end may hold the 落款 date. */
	private static final int CLOSING_LINES = 8;

	/** Head lines where a document number stands. */
	private static final int HEAD_LINES = 15;

	private static final String CHINESE_DIGITS = "〇一二三四五六七八九";

	public DocumentDate read(String text, String title) {
		String all = (text != null) ? text : "";
		String[] lines = all.split("\n");
		LocalDate issued = issueDate(lines);
		if (issued != null) {
			return new DocumentDate(issued.getYear(), issued, DocumentDate.Source.ISSUE_DATE);
		}
		for (int i = 0; i < Math.min(lines.length, HEAD_LINES); i++) {
			Matcher number = DOCUMENT_NUMBER.matcher(lines[i]);
			if (number.find()) {
				return new DocumentDate(Integer.valueOf(number.group(1)), null, DocumentDate.Source.DOCUMENT_NUMBER);
			}
		}
		Matcher titleYear = TITLE_YEAR.matcher((title != null) ? title : "");
		if (titleYear.find()) {
			return new DocumentDate(Integer.valueOf(titleYear.group(1)), null, DocumentDate.Source.TITLE);
		}
		LocalDate inText = firstDateInText(all);
		return (inText != null) ? new DocumentDate(inText.getYear(), inText, DocumentDate.Source.TEXT) : DocumentDate.UNKNOWN;
	}

	/** The 落款 date (a closing line that is a date and little else), or a date labelled as the issue date. */
	private static LocalDate issueDate(String[] lines) {
		int seen = 0;
		for (int i = lines.length - 1; i >= 0 && seen < CLOSING_LINES; i--) {
			String t = lines[i].strip();
			if (t.isEmpty()) {
				continue;
			}
			seen++;
			Matcher m = FULL_DATE.matcher(t);
			if (m.find() && t.length() - (m.end() - m.start()) <= 4) {
				LocalDate d = date(m);
				if (d != null) {
					return d;
				}
			}
		}
		for (String line : lines) {
			// Every label holds 日期 or 时间: lines without them skip the matcher, which tries every character.
			if (!line.contains("日期") && !line.contains("时间")) {
				continue;
			}
			Matcher label = ISSUE_LABEL.matcher(line);
			if (label.find()) {
				Matcher m = FULL_DATE.matcher(line);
				LocalDate d = m.find(label.end()) ? date(m) : null;
				if (d != null) {
					return d;
				}
			}
		}
		return null;
	}

	/** The first date of the text that exists: full, numeric, or a month and day taking the nearest year before it. */
	private static LocalDate firstDateInText(String text) {
		LocalDate first = null;
		int firstAt = Integer.MAX_VALUE;
		Matcher full = FULL_DATE.matcher(text);
		for (int at = 0; FULL_DATE_START.find(full, text, at); at = full.end()) {
			LocalDate d = date(full);
			if (d != null) {
				first = d;
				firstAt = full.start();
				break;
			}
		}
		Matcher numeric = NUMERIC_DATE.matcher(text);
		for (int at = 0; YEAR_START.find(numeric, text, at) && numeric.start() < firstAt; at = numeric.end()) {
			LocalDate d = of(Integer.parseInt(numeric.group(1)), Integer.parseInt(numeric.group(2)),
					Integer.parseInt(numeric.group(3)));
			if (d != null) {
				first = d;
				firstAt = numeric.start();
				break;
			}
		}
		Matcher monthDay = MONTH_DAY.matcher(text);
		for (int at = 0; DIGITS.find(monthDay, text, at) && monthDay.start() < firstAt; at = monthDay.end()) {
			Integer year = yearBefore(text, monthDay.start());
			LocalDate d = (year != null)
					? of(year, Integer.parseInt(monthDay.group(1)), Integer.parseInt(monthDay.group(2))) : null;
			if (d != null) {
				return d;
			}
		}
		return first;
	}

	/** The last year written before {@code at}, else the first written after it. */
	private static Integer yearBefore(String text, int at) {
		Integer found = null;
		Matcher m = YEAR.matcher(text);
		for (int from = 0; YEAR_START.find(m, text, from); from = m.end()) {
			if (m.start() >= at && found != null) {
				break;
			}
			found = Integer.valueOf(m.group(1));
			if (m.start() >= at) {
				break;
			}
		}
		return found;
	}

	private static LocalDate date(Matcher m) {
		return of(number(m.group(1)), number(m.group(2)), number(m.group(3)));
	}

	/** A date that exists, or null (2023年13月, 2月30日). */
	private static LocalDate of(int year, int month, int day) {
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/** Arabic digits, or Chinese ones read digit by digit (二〇二三) or as a number up to 31 (十二, 二十一). */
	static int number(String s) {
		if (Character.isDigit(s.charAt(0))) {
			return Integer.parseInt(s);
		}
		int ten = s.indexOf('十');
		if (ten < 0) {
			int n = 0;
			for (char c : s.toCharArray()) {
				n = n * 10 + Math.max(CHINESE_DIGITS.indexOf((c == '○' || c == '零') ? '〇' : c), 0);
			}
			return n;
		}
		int tens = (ten == 0) ? 1 : CHINESE_DIGITS.indexOf(s.charAt(0));
		int units = (ten == s.length() - 1) ? 0 : CHINESE_DIGITS.indexOf(s.charAt(ten + 1));
		return tens * 10 + units;
	}

}
