package org.coopgraph.explorer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.ExplorerFixture;
import org.coopgraph.support.GeoFixture;
import org.coopgraph.support.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The explorer page at {@code /}, used as a researcher would: type, pick, click, read. */
@CoopgraphIT
@ExtendWith(GeoFixture.class)
class ExplorerPageIT {

	static HeadlessChromium chromium;

	@LocalServerPort
	int port;

	@Autowired
	Driver neo4j;

	ExplorerFixture fixture;

	ChromeDriver browser;

	WebDriverWait wait;

	@BeforeAll
	static void startChromium() {
		chromium = HeadlessChromium.start();
	}

	@AfterAll
	static void stopChromium() {
		if (chromium != null) {
			chromium.close();
		}
	}

	@BeforeEach
	void openExplorer() {
		this.fixture = new ExplorerFixture(this.neo4j);
		this.fixture.write();
		this.browser = chromium.driver();
		this.wait = new WebDriverWait(this.browser, Duration.ofSeconds(15));
		// The side panel re-renders as facts arrive: an element read mid-render is simply read again.
		this.wait.ignoring(StaleElementReferenceException.class);
		this.browser.get("http://127.0.0.1:" + this.port + "/");
	}

	@AfterEach
	void removeFixture() {
		this.fixture.remove();
	}

	@Test
	void findsLianyungangExpandsItAndShowsWhereEachFactIsStated() {
		pick("连云港", "连云港市");

		this.wait.until((b) -> count("nodes") >= 4);
		WebElement panel = this.browser.findElement(By.id("panel"));
		this.wait.until((b) -> "连云港市".equals(b.findElement(By.cssSelector("#panel h2")).getText()));
		this.wait.until((b) -> texts(panel, ".aliases-list li").contains("连云港"));
		By evidence = By.xpath("//aside[@id='panel']//blockquote[contains(., '3000万元')]");
		this.wait.until((b) -> b.findElement(evidence).getText().contains("无锡市安排对口帮扶资金3000万元"));
		this.wait.until((b) -> {
			List<String> marks = texts(b.findElement(evidence), "mark");
			return !marks.isEmpty() && marks.stream().allMatch("连云港市"::equals);
		});
		this.wait.until((b) -> texts(panel, ".source").stream().anyMatch((s) -> s.contains("wuxi-lianyungang-2023-plan.txt")));

		int edgesBefore = count("edges");
		clickNode("无锡市");

		this.wait.until((b) -> panel.findElement(By.tagName("h2")).getText().equals("无锡市"));
		this.wait.until((b) -> count("edges") > edgesBefore);
		this.wait.until((b) -> texts(panel, ".evidence mark").contains("无锡市"));
		chromium.screenshot("explorer-expanded");
	}

	@Test
	void namesAroundLianyungangDoNotOverlap() {
		pick("连云港", "连云港市");
		this.wait.until((b) -> count("nodes") >= 4);
		this.wait.until((b) -> "连云港市".equals(b.findElement(By.cssSelector("#panel h2")).getText()));

		List<Map<String, Object>> labels = nodeLabels();
		chromium.screenshot("explorer-lianyungang-labels");
		assertThat(labels).hasSizeGreaterThanOrEqualTo(4);
		for (int i = 0; i < labels.size(); i++) {
			for (int j = i + 1; j < labels.size(); j++) {
				assertThat(intersect(labels.get(i), labels.get(j)))
					.as("labels of %s and %s overlap", labels.get(i).get("name"), labels.get(j).get("name"))
					.isFalse();
			}
		}
		assertThat(number(zoom(), "zoom")).as("labels drawn at a readable size").isGreaterThanOrEqualTo(0.75);
	}

	@Test
	void fundingViewShowsOnlyFundingWithWidthFollowingTheAmount() {
		pick("无锡", "无锡市");
		this.wait.until((b) -> count("nodes") >= 4);

		this.browser.findElement(By.id("funding-view")).click();
		this.wait.until((b) -> !shownEdges().isEmpty()
				&& shownEdges().stream().allMatch((e) -> "FUNDS".equals(e.get("type"))));
		List<Map<String, Object>> edges = shownEdges();
		assertThat(edges).extracting((e) -> e.get("type")).containsOnly("FUNDS");
		Map<String, Object> large = withAmount(edges, 3.0e7);
		Map<String, Object> small = withAmount(edges, 5.0e6);
		assertThat(number(large, "width")).isGreaterThan(number(small, "width"));
		chromium.screenshot("explorer-funding");

		Map<String, Object> canvas = canvasSize();
		double width = number(canvas, "width");
		double height = number(canvas, "height");
		List<Map<String, Object>> labels = nodeLabels();
		assertThat(labels).hasSizeGreaterThanOrEqualTo(3).allSatisfy((label) -> {
			assertThat(number(label, "x")).as("%s away from the side edges", label.get("name"))
				.isBetween(0.1 * width, 0.9 * width);
			assertThat(number(label, "y")).as("%s away from the top and bottom", label.get("name"))
				.isBetween(0.1 * height, 0.9 * height);
			assertThat(number(label, "x1")).isGreaterThanOrEqualTo(0);
			assertThat(number(label, "x2")).isLessThanOrEqualTo(width);
			assertThat(number(label, "fontPx")).as("%s drawn at a readable size", label.get("name"))
				.isGreaterThanOrEqualTo(14);
		});
		List<Map<String, Object>> amounts = edgeLabels();
		for (int i = 0; i < labels.size(); i++) {
			for (int j = i + 1; j < labels.size(); j++) {
				assertThat(intersect(labels.get(i), labels.get(j)))
					.as("labels of %s and %s overlap", labels.get(i).get("name"), labels.get(j).get("name"))
					.isFalse();
			}
			for (Map<String, Object> amount : amounts) {
				assertThat(intersect(labels.get(i), amount))
					.as("the amount %s covers the name %s", amount.get("name"), labels.get(i).get("name"))
					.isFalse();
			}
		}
	}

	/** On GeoFixture's places: 南京's 鼓楼区 (江苏) funds and pairs with 镇安县 (陕西) in 2022 and 2023. */
	@Test
	void coloursByProvinceAndFiltersByProvinceAndYear() {
		pick("镇安", "镇安县");
		this.wait.until((b) -> count("nodes") >= 2);
		clickNode("鼓楼区");
		this.wait.until((b) -> "鼓楼区".equals(b.findElement(By.cssSelector("#panel h2")).getText()));
		this.wait.until((b) -> shownNodes().size() >= 4);

		this.browser.findElement(By.id("colour-by-province")).click();
		Map<String, String> fills = shownNodes().stream()
			.collect(Collectors.toMap((n) -> (String) n.get("name"), (n) -> (String) n.get("fill")));
		assertThat(fills.get("鼓楼区")).as("南京's 鼓楼区 and 南京市 share 江苏's colour").isEqualTo(fills.get("南京市"));
		assertThat(fills.get("镇安县")).as("镇安县 has 陕西's colour").isNotEqualTo(fills.get("鼓楼区"));
		this.wait.until((b) -> texts(b.findElement(By.id("province-legend")), ".legend-entry")
			.containsAll(List.of("江苏省", "陕西省")));
		chromium.screenshot("explorer-provinces");

		new Select(this.browser.findElement(By.id("province-filter"))).selectByValue("陕西省");
		assertThat(shownNodes()).extracting((n) -> n.get("name")).containsExactlyInAnyOrder("镇安县", "回龙镇");

		new Select(this.browser.findElement(By.id("province-filter"))).selectByValue("");
		new Select(this.browser.findElement(By.id("year-filter"))).selectByValue("2023");
		assertThat(shownEdges()).singleElement().satisfies((e) -> assertThat(number(e, "amount")).isEqualTo(1.0e6));
		assertThat(shownNodes()).extracting((n) -> n.get("name")).containsExactlyInAnyOrder("鼓楼区", "镇安县");
	}


	@Test
	void relationFilterHidesThatKindOfFact() {
		pick("连云港", "连云港市");
		this.wait.until((b) -> count("edges") >= 4);
		int before = count("edges");

		this.browser.findElement(By.id("relation-FUNDS")).click();

		this.wait.until((b) -> count("edges") < before);
		this.browser.findElement(By.id("relation-FUNDS")).click();
		this.wait.until((b) -> count("edges") == before);
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> shownNodes() {
		return (List<Map<String, Object>>) this.browser.executeScript("""
				return window.coopgraphExplorer.cy.nodes().not('.hidden').map((n) => ({
				  name: n.data('name'), fill: n.style('background-color') }));""");
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> shownEdges() {
		return (List<Map<String, Object>>) this.browser.executeScript("""
				return window.coopgraphExplorer.cy.edges().not('.hidden').map((e) => ({
				  type: e.data('type'), amount: e.data('amountCny'), width: e.numericStyle('width') }));""");
	}

	/** The rendered box of each shown node's name, the node's centre and the name's size in pixels on screen. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> nodeLabels() {
		return (List<Map<String, Object>>) this.browser.executeScript("""
				const cy = window.coopgraphExplorer.cy;
				return cy.nodes().not('.hidden').map((n) => {
				  const box = n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true });
				  const centre = n.renderedPosition();
				  return { name: n.data('name'), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2, x: centre.x,
				    y: centre.y, fontPx: n.numericStyle('font-size') * cy.zoom() };
				});""");
	}

	/** The rendered box of each shown edge label (the amounts, in the funding view). */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> edgeLabels() {
		return (List<Map<String, Object>>) this.browser.executeScript("""
				return window.coopgraphExplorer.cy.edges('.labelled').not('.hidden').map((e) => {
				  const box = e.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true,
				    includeSourceLabels: false, includeTargetLabels: false });
				  return { name: e.data('label'), x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 };
				});""");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> canvasSize() {
		return (Map<String, Object>) this.browser.executeScript(
				"const cy = window.coopgraphExplorer.cy; return { width: cy.width(), height: cy.height() };");
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> zoom() {
		return (Map<String, Object>) this.browser
			.executeScript("return { zoom: window.coopgraphExplorer.cy.zoom() };");
	}

	private static boolean intersect(Map<String, Object> a, Map<String, Object> b) {
		return number(a, "x1") < number(b, "x2") && number(b, "x1") < number(a, "x2")
				&& number(a, "y1") < number(b, "y2") && number(b, "y1") < number(a, "y2");
	}

	private void pick(String typed, String suggestion) {
		WebElement search = this.wait.until(ExpectedConditions.elementToBeClickable(By.id("search")));
		search.clear();
		search.sendKeys(typed);
		WebElement option = this.wait.until(ExpectedConditions
			.elementToBeClickable(By.cssSelector("#suggestions li[data-name='" + suggestion + "']")));
		option.click();
	}

	/** Clicks where the graph draws the node of that name, as a mouse would (ids are codes for places). */
	private void clickNode(String name) {
		@SuppressWarnings("unchecked")
		Map<String, Object> position = (Map<String, Object>) this.browser.executeScript("""
				return window.coopgraphExplorer.cy.nodes().filter((n) => n.data('name') === arguments[0])[0]
				  .renderedPosition();""", name);
		WebElement graph = this.browser.findElement(By.id("graph"));
		int x = (int) Math.round(number(position, "x") - graph.getSize().getWidth() / 2.0);
		int y = (int) Math.round(number(position, "y") - graph.getSize().getHeight() / 2.0);
		new Actions(this.browser).moveToElement(graph, x, y).click().perform();
	}

	private int count(String what) {
		return Integer.parseInt(this.browser.findElement(By.id("graph")).getDomAttribute("data-" + what));
	}

	private static List<String> texts(WebElement root, String css) {
		return root.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
	}

	private static Map<String, Object> withAmount(List<Map<String, Object>> edges, double amount) {
		return edges.stream()
			.filter((e) -> e.get("amount") != null && number(e, "amount") == amount)
			.findFirst()
			.orElseThrow();
	}

	private static double number(Map<String, Object> map, String key) {
		return ((Number) map.get(key)).doubleValue();
	}

}
