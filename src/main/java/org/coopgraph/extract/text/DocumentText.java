package org.coopgraph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Normalised document text split into lines, with boilerplate marked, and into {@link JoinedText#paragraphs
 * paragraphs} for scanning names wrapped across lines. Normalisation keeps every offset: line breaks
 * become {@code \n} and control characters become spaces, character for character.
 */
public record DocumentText(String text, List<TextLine> lines, List<JoinedText> paragraphs) {

	/** Lines that end the article body: what follows them is site furniture. */
	private static final Openings END_OF_ARTICLE = Openings.of("^", ".*", "相关文章", "相关推荐", "热点推荐", "相关阅读",
			"推荐阅读", "猜你喜欢", "延伸阅读", "相关新闻", "版权声明", "本文链接", "分享给朋友", "责任编辑", "Notice:");

	// Boilerplate lines: they start with site furniture, contain a link, contact or timestamp anywhere, or are a
	// page number. Three cheap tests instead of one .*(…).* pattern that backtracks over every line.
	private static final Openings BOILERPLATE_START = Openings.of("", "", "当前位置", "首页", "网易首页", "分享至", "扫一扫",
			"扫描二维码", "长按", "编辑[：:]", "审核[：:]", "校对[：:]", "来源[：:]", "作者[：:]", "记者[：:]", "通讯员[：:]", "图片来源",
			"原标题", "点击", "返回", "打印", "关闭窗口", "举报", "[△▲▼◆]");

	private static final List<String> BOILERPLATE_WORDS = List.of("http://", "https://", "www.", "微信号", "公众号", "二维码",
			"联系人", "手机号", "申请入驻", "阅读量", "浏览次数", "个月前", "小时前", "分钟前");

	/** A phone number; only tried on lines with at least {@link #PHONE_DIGITS} ASCII digits, which {@code \d} means. */
	private static final Pattern PHONE = Pattern.compile("\\d{3,4}[ -]?\\d{3,4}[ -]?\\d{4}");

	private static final int PHONE_DIGITS = 10;

	private static final Pattern PAGE_NUMBER = Pattern.compile("[—\\-－]+\\s*\\d{1,3}\\s*[—\\-－]+");

	/** Article body shorter than this is not yet long enough for an end marker to be believed. */
	private static final int MIN_BODY_BEFORE_END = 80;

	public static DocumentText of(String raw) {
		String text = normalise(raw == null ? "" : raw);
		List<TextLine> lines = new ArrayList<>();
		int start = 0;
		int body = 0;
		boolean ended = false;
		int index = 0;
		while (start <= text.length()) {
			int nl = text.indexOf('\n', start);
			int end = nl < 0 ? text.length() : nl;
			String line = text.substring(start, end);
			String t = line.strip();
			if (!ended && body >= MIN_BODY_BEFORE_END && END_OF_ARTICLE.matches(t)) {
				ended = true;
			}
			boolean boiler = ended || (!t.isEmpty() && boilerplate(t));
			if (!boiler) {
				body += t.length();
			}
			lines.add(new TextLine(index++, start, end, line, boiler));
			if (nl < 0) {
				break;
			}
			start = nl + 1;
		}
		List<TextLine> frozen = List.copyOf(lines);
		return new DocumentText(text, frozen, JoinedText.paragraphs(frozen));
	}

	/** {@code raw} itself when it needs no change, as most texts do, else a copy with each character normalised. */
	static String normalise(String raw) {
		int i = 0;
		while (i < raw.length() && normalised(raw, i) == raw.charAt(i)) {
			i++;
		}
		if (i == raw.length()) {
			return raw;
		}
		StringBuilder sb = new StringBuilder(raw.length()).append(raw, 0, i);
		for (; i < raw.length(); i++) {
			sb.append(normalised(raw, i));
		}
		return sb.toString();
	}

	/** The character that stands for {@code raw[i]} in the normalised text. */
	private static char normalised(String raw, int i) {
		char c = raw.charAt(i);
		if (c == '\r') {
			// \r\n keeps one break; a lone \r is a break of its own. Both keep the length via a space.
			return i + 1 < raw.length() && raw.charAt(i + 1) == '\n' ? ' ' : '\n';
		}
		if (c == '\n' || c == '\t') {
			return c;
		}
		if (Character.isISOControl(c) || c == '\uFFFD' || Character.isSurrogate(c) && !validSurrogate(raw, i)) {
			return ' ';
		}
		return c;
	}

	private static boolean validSurrogate(String s, int i) {
		char c = s.charAt(i);
		if (Character.isHighSurrogate(c)) {
			return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
		}
		return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
	}

	private static boolean boilerplate(String line) {
		return BOILERPLATE_START.lookingAt(line) || containsAny(line, BOILERPLATE_WORDS)
				|| (asciiDigits(line) >= PHONE_DIGITS && PHONE.matcher(line).find()) || pageNumber(line);
	}

	private static boolean containsAny(String line, List<String> words) {
		for (String w : words) {
			if (line.contains(w)) {
				return true;
			}
		}
		return false;
	}

	/** Only lines opening with a dash can be a page number; most lines skip the matcher. */
	private static boolean pageNumber(String line) {
		return "—-－".indexOf(line.charAt(0)) >= 0 && PAGE_NUMBER.matcher(line).matches();
	}

	/** ASCII digits in {@code line}, counted up to {@link #PHONE_DIGITS}: {@link Character#isDigit} cost more than the rest. */
	private static int asciiDigits(String line) {
		int count = 0;
		for (int i = 0; i < line.length() && count < PHONE_DIGITS; i++) {
			char c = line.charAt(i);
			count += (c >= '0' && c <= '9') ? 1 : 0;
		}
		return count;
	}

}
