package org.coopgraph.explorer;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.coopgraph.config.BoltCredentials;
import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.ExplorerFixture;
import org.coopgraph.support.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Neo4j Browser on the embedded database, opened through coopgraph's link: it connects without a login form, applies
 * coopgraph's style without a frame that prints it, opens coopgraph's guide alone, and draws the pairing network in coopgraph's colours.
 */
@CoopgraphIT
class Neo4jBrowserIT {

	private static final String CITY_COLOUR = "#4C8EDA";

	@LocalServerPort
	int port;

	@Autowired
	Driver neo4j;

	@Autowired
	BoltCredentials credentials;

	ExplorerFixture fixture;

	@BeforeEach
	void writeFixture() {
		this.fixture = new ExplorerFixture(this.neo4j);
		this.fixture.write();
	}

	@AfterEach
	void removeFixture() {
		this.fixture.remove();
	}

	@Test
	void connectsOpensTheGuideAndDrawsThePairingNetworkInCoopgraphsStyle() {
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			ChromeDriver browser = chromium.driver();
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(40));

			browser.get("http://127.0.0.1:" + this.port + "/neo4j-browser#key=" + this.credentials.browserKey());

			WebElement guide = wait.until(ExpectedConditions.visibilityOfElementLocated(
					By.xpath("//*[contains(normalize-space(.), 'coopgraph：合作文件图谱') and not(*)]")));
			browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", guide);
			// The guide is the one frame: no frame prints the stylesheet, nor the connection form.
			assertThat(frames(browser)).singleElement()
				.satisfies((frame) -> assertThat(frame.getText()).contains("coopgraph：合作文件图谱"));
			chromium.screenshot("neo4j-browser-guide");

			WebElement editor = wait.until(ExpectedConditions
				.elementToBeClickable(By.cssSelector("[data-testid='activeEditor'] textarea, .monaco-editor textarea")));
			new Actions(browser).click(editor).perform();
			editor.sendKeys("MATCH path = (:Entity)-[:PAIRS_WITH]->(:Entity) RETURN path");
			editor.sendKeys(Keys.ENTER);

			WebElement lianyungang = wait.until(ExpectedConditions.presenceOfElementLocated(nodeCaptioned("连云港市")));
			WebElement wuxi = browser.findElement(nodeCaptioned("无锡市"));
			// Browser's default palette has no such blue: the fill shows coopgraph's style was applied.
			assertThat(fill(lianyungang)).isEqualToIgnoringCase(CITY_COLOUR);
			assertThat(fill(wuxi)).isEqualToIgnoringCase(CITY_COLOUR);
			assertThat(browser.findElements(By.cssSelector("svg g.relationship"))).isNotEmpty();
			// By now any late frame of the post-connect commands would show: only the query and the guide do.
			assertThat(frames(browser)).hasSize(2)
				.noneSatisfy((frame) -> assertThat(frame.getText()).contains("text-color-internal"));
			chromium.screenshot("neo4j-browser-pairing");
		}
	}

	private static List<WebElement> frames(ChromeDriver browser) {
		return browser.findElements(By.cssSelector("[data-testid='frame']"));
	}

	@Test
	void givesThePasswordOnlyForTheKeyAndOnlyToALoopbackName() throws Exception {
		String key = this.credentials.browserKey();

		Answer granted = connection("127.0.0.1", "Bearer " + key);
		assertThat(granted.status()).isEqualTo(200);
		assertThat(granted.text()).contains("\"password\":\"" + this.credentials.password() + "\"",
				"\"user\":\"neo4j\"", "Cache-Control: no-store");

		assertThat(connection("localhost", "Bearer " + key).status()).isEqualTo(200);
		assertThat(connection("127.0.0.1", null).status()).as("no key").isEqualTo(403);
		assertThat(connection("127.0.0.1", "Bearer " + key + "x").status()).as("wrong key").isEqualTo(403);
		assertThat(connection("rebound.example", "Bearer " + key).status()).as("a host name rebound to 127.0.0.1")
			.isEqualTo(403);
		assertThat(connection("rebound.example", "Bearer " + key).text()).doesNotContain(this.credentials.password());
	}

	@Test
	void withoutTheKeyThePageSaysWhereTheLinkAndThePasswordAre() {
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			ChromeDriver browser = chromium.driver();
			browser.get("http://127.0.0.1:" + this.port + "/neo4j-browser");
			WebElement status = new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions
				.visibilityOfElementLocated(By.xpath("//*[@id='status' and contains(., 'bolt-password')]")));
			assertThat(status.getText()).contains("./coopgraph serve", "neo4j");
		}
	}

	/** A POST over a plain socket: Java's HTTP clients will not send a Host header of the caller's choosing. */
	private Answer connection(String host, String authorization) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			String request = "POST /neo4j-browser/connection HTTP/1.1\r\nHost: " + host + "\r\nContent-Length: 0\r\n"
					+ ((authorization != null) ? "Authorization: " + authorization + "\r\n" : "")
					+ "Connection: close\r\n\r\n";
			socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			return new Answer(Integer.parseInt(response.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3)),
					response);
		}
	}

	/** Status code, and the status line, headers and body as received. */
	private record Answer(int status, String text) {
	}

	/** A node of Browser's graph view whose caption is {@code name}. */
	private static By nodeCaptioned(String name) {
		return By.xpath("//*[local-name()='svg']//*[local-name()='g' and contains(@class, 'node')]"
				+ "[.//*[local-name()='text' and normalize-space(.)='" + name + "']]");
	}

	private static String fill(WebElement node) {
		return node.findElement(By.cssSelector("circle.b-outline")).getDomAttribute("fill");
	}

}
