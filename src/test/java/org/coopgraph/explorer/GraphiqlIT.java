package org.coopgraph.explorer;

import java.time.Duration;
import java.util.List;

import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphiQL as a newcomer uses it: its own introspection query must pass the server's query limits, or the docs pane
 * stays empty and the editor has no completion.
 */
@CoopgraphIT
class GraphiqlIT {

	@LocalServerPort
	int port;

	@Test
	void docsPaneListsTheFieldsOfQuery() {
		try (HeadlessChromium chromium = HeadlessChromium.start()) {
			ChromeDriver browser = chromium.driver();
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
			browser.get("http://127.0.0.1:" + this.port + "/graphiql");

			wait.until(ExpectedConditions
				.elementToBeClickable(By.cssSelector("button[aria-label='Show Documentation Explorer']")))
				.click();
			wait.until(ExpectedConditions.elementToBeClickable(
					By.xpath("//div[contains(@class,'graphiql-doc-explorer')]//a[normalize-space()='Query']")))
				.click();
			wait.until((b) -> fieldNames(b).contains("pairings"));

			List<String> fields = fieldNames(browser);
			chromium.screenshot("graphiql-docs");
			assertThat(fields).contains("entity", "search", "tasks", "pairings", "funding", "path");
			assertThat(browser.getPageSource()).doesNotContain("Error fetching schema");
		}
	}

	private static List<String> fieldNames(org.openqa.selenium.WebDriver browser) {
		return browser.findElements(By.cssSelector(".graphiql-doc-explorer-field-name"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

}
