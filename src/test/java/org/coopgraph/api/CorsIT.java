package org.coopgraph.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.coopgraph.support.CoopgraphIT;
import org.coopgraph.support.TestDatabaseInitializer;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@CoopgraphIT
class CorsIT {

	@LocalServerPort
	int port;

	@Test
	void allowsOnlyTheConfiguredOrigin() throws Exception {
		assertThat(preflight(TestDatabaseInitializer.ALLOWED_ORIGIN).headers().firstValue("Access-Control-Allow-Origin"))
			.contains(TestDatabaseInitializer.ALLOWED_ORIGIN);

		HttpResponse<String> other = preflight("http://evil.example");
		assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(other.statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> preflight(String origin) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/graphql"))
			.method("OPTIONS", HttpRequest.BodyPublishers.noBody())
			.header("Origin", origin)
			.header("Access-Control-Request-Method", "POST")
			.header("Access-Control-Request-Headers", "content-type")
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

}
