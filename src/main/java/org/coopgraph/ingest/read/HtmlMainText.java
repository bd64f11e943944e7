package org.coopgraph.ingest.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds the main text of a parsed page and renders it as lines. Boilerplate goes first
 * (tags that never hold content, then elements whose class or id names navigation,
 * related links, sharing, comments or ads); the content root is then the largest
 * {@code <article>}, else {@code <main>}, else the block holding the most non-link
 * paragraph text. If the root carries no heading, the page's first h1 or its title
 * element is put in front, because the title of a plan or agreement names it. Traversals
 * are iterative, so nesting depth cannot overflow the stack. Stateless; the given
 * document is modified.
 */
final class HtmlMainText {

	private static final String NEVER_CONTENT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
			+ "form, button, select, textarea, input, nav, aside, [hidden], [aria-hidden=true], "
			+ "[role=navigation], [role=banner], [role=contentinfo], [role=complementary]";

	private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden",
			Pattern.CASE_INSENSITIVE);

	/**
	 * Words in class or id values that mark boilerplate. Includes the pinyin
	 * abbreviations common on Chinese government sites: xgwz/xgxw/xglj (相关文章/新闻/链接),
	 * fenxiang (分享), dqwz (当前位置).
	 */
	private static final Pattern NOISE_NAME = Pattern.compile("(?:^|[\\s_-])(?:nav|navbar|navigation|menu|menus|"
			+ "breadcrumbs?|crumbs?|sidebar|side|related|relate|recommend|share|sharing|social|comments?|ads?|advert|"
			+ "advertisement|banner|footer|foot|header|pager|pagination|toolbar|copyright|login|search|print|"
			+ "position|location|qrcode|xgwz|xgxw|xglj|fenxiang|bdshare|jiathis|dqwz)(?:$|[\\s_-])",
			Pattern.CASE_INSENSITIVE);

	/** Blocks that are part of a text container rather than containers themselves. */
	private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
			"dl", "dd", "dt", "pre", "blockquote", "td", "th", "tr", "tbody", "thead", "tfoot", "table", "caption",
			"span", "font", "strong", "b", "em", "i", "u", "a", "label", "center", "sup", "sub", "small", "big");

	private static final Set<String> LINE_TAGS = Set.of("p", "div", "section", "article", "main", "header", "footer",
			"h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd", "dt", "pre", "blockquote", "tr", "table",
			"caption", "hr", "address", "figure", "figcaption", "center", "body");

	private static final Pattern LINE_BREAK_BETWEEN_CJK = Pattern
		.compile("(?<=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])\\s*\\n\\s*"
				+ "(?=[\\p{IsHan}\\p{InCJKSymbolsAndPunctuation}\\p{InHalfwidthAndFullwidthForms}])");

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

	private static final Pattern SPACES_AROUND_TAB = Pattern.compile(" *\t *");

	private static final Pattern LINE_EDGE_SPACES = Pattern.compile("^[ \\u3000]+|[ \\u3000]+$");

	private static final Pattern DOUBLE_SPACES = Pattern.compile(" {2,}");

	private HtmlMainText() {
	}

	/**
	 * @param page the parsed page, modified in place
	 * @param maxChars stop rendering once the text is longer than this
	 */
	static String of(Document page, int maxChars) {
		String title = titleOf(page);
		removeBoilerplate(page);
		Element root = contentRoot(page);
		String text = render(root, maxChars);
		if (!title.isEmpty() && root.selectFirst("h1, h2") == null && !text.startsWith(title)) {
			text = title + "\n" + text;
		}
		return text;
	}

	private static String titleOf(Document page) {
		Element h1 = page.selectFirst("body h1");
		if (h1 != null && !h1.text().isBlank()) {
			return h1.text().strip();
		}
		// Government sites append the site name: "标题_某某市人民政府" or "标题 - 网站".
		return page.title().split("_| - |\\|", 2)[0].strip();
	}

	private static void removeBoilerplate(Document page) {
		page.select(NEVER_CONTENT).remove();
		for (Element el : page.select("[style]")) {
			if (HIDDEN_STYLE.matcher(el.attr("style")).find()) {
				el.remove();
			}
		}
		for (Element el : page.select("header, footer")) {
			if (el.closest("article, main") == null) {
				el.remove();
			}
		}
		int pageText = page.body().text().length();
		List<Element> noise = new ArrayList<>();
		for (Element el : page.body().getAllElements()) {
			if (isNoise(el, pageText)) {
				noise.add(el);
			}
		}
		noise.forEach(Element::remove);
	}

	private static boolean isNoise(Element el, int pageText) {
		String names = el.id() + " " + el.className();
		if (names.isBlank() || !NOISE_NAME.matcher(names).find()) {
			return false;
		}
		if (el.nameIs("body") || el.nameIs("article") || el.nameIs("main") || el.selectFirst("article, main") != null) {
			return false;
		}
		// A "header" class on a wrapper holding most of the page is layout, not noise.
		return el.text().length() * 2 < pageText;
	}

	private static Element contentRoot(Document page) {
		Element largest = largestText(page.select("article"));
		if (largest == null) {
			largest = largestText(page.select("main, [role=main]"));
		}
		return (largest != null) ? largest : densestBlock(page.body());
	}

	private static Element largestText(Elements candidates) {
		Element best = null;
		int bestLength = 0;
		for (Element el : candidates) {
			int length = el.text().length();
			if (length > bestLength) {
				best = el;
				bestLength = length;
			}
		}
		return best;
	}

	/**
	 * Credits the length of every non-link text node to its container (the nearest
	 * ancestor that is not a paragraph, cell or inline tag) and half of it to the
	 * container's parent, as Readability does, and returns the best-credited element.
	 */
	private static Element densestBlock(Element body) {
		Map<Element, Double> credit = new HashMap<>();
		NodeTraversor.traverse((node, depth) -> {
			if (node instanceof TextNode textNode && !textNode.isBlank() && !insideLink(textNode)) {
				Element container = container(textNode.parent());
				double length = textNode.text().strip().length();
				credit.merge(container, length, Double::sum);
				if (container.parent() != null) {
					credit.merge(container.parent(), length / 2, Double::sum);
				}
			}
		}, body);
		return credit.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
	}

	private static boolean insideLink(TextNode text) {
		for (Node n = text.parent(); n instanceof Element el; n = el.parent()) {
			if (el.nameIs("a")) {
				return true;
			}
			if (el.nameIs("body")) {
				return false;
			}
		}
		return false;
	}

	private static Element container(Node parent) {
		Element el = (Element) parent;
		while (PARAGRAPH_TAGS.contains(el.normalName()) && el.parent() != null && !el.nameIs("body")) {
			el = el.parent();
		}
		return el;
	}

	private static String render(Element root, int maxChars) {
		LineRenderer renderer = new LineRenderer(maxChars);
		NodeTraversor.filter(renderer, root);
		StringBuilder out = new StringBuilder();
		for (String line : renderer.out.toString().split("\n")) {
			// Trim spaces but not tabs: an edge tab marks an empty table cell.
			String tidy = LINE_EDGE_SPACES.matcher(SPACES_AROUND_TAB.matcher(line).replaceAll("\t")).replaceAll("");
			if (!tidy.isBlank()) {
				out.append(DOUBLE_SPACES.matcher(tidy).replaceAll(" ")).append('\n');
			}
		}
		return out.toString();
	}

	/**
	 * Emits text with a line break around blocks and rows, a tab between table cells, and
	 * block breaks inside a cell flattened to spaces so a row stays on one line.
	 */
	private static final class LineRenderer implements NodeFilter {

		private final StringBuilder out = new StringBuilder();

		private final int maxChars;

		private int cellDepth;

		LineRenderer(int maxChars) {
			this.maxChars = maxChars;
		}

		@Override
		public FilterResult head(Node node, int depth) {
			if (this.out.length() > this.maxChars) {
				return FilterResult.STOP;
			}
			if (node instanceof TextNode text) {
				String joined = LINE_BREAK_BETWEEN_CJK.matcher(text.getWholeText()).replaceAll("");
				this.out.append(WHITESPACE.matcher(joined).replaceAll(" "));
			}
			else if (node instanceof Element el) {
				String tag = el.normalName();
				if (tag.equals("td") || tag.equals("th")) {
					if (this.cellDepth == 0 && el.elementSiblingIndex() > 0) {
						this.out.append('\t');
					}
					this.cellDepth++;
				}
				else if (tag.equals("br")) {
					this.out.append(breakChar());
				}
				else if (LINE_TAGS.contains(tag)) {
					this.out.append(breakChar());
				}
			}
			return FilterResult.CONTINUE;
		}

		@Override
		public FilterResult tail(Node node, int depth) {
			if (node instanceof Element el) {
				String tag = el.normalName();
				if (tag.equals("td") || tag.equals("th")) {
					this.cellDepth--;
				}
				else if (LINE_TAGS.contains(tag)) {
					this.out.append(breakChar());
				}
			}
			return FilterResult.CONTINUE;
		}

		private char breakChar() {
			return (this.cellDepth > 0) ? ' ' : '\n';
		}

	}

}
