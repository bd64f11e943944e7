package org.coopgraph.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.execution.preparsed.persisted.PersistedQuerySupport;
import jakarta.servlet.http.Cookie;
import org.coopgraph.graph.DataVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP GET, as the GraphQL-over-HTTP spec describes it: {@code query}, {@code operationName} and the
 * URL-encoded JSON {@code variables} and {@code extensions} as parameters. Only queries run: a mutation is refused with
 * 405 and a JSON error before anything runs. Responses are cacheable: a successful one carries an {@code ETag} made of
 * the graph's {@link DataVersion} and {@code Cache-Control: no-cache}, and a request whose {@code If-None-Match} still
 * matches gets 304 without the query running. A browser opening the endpoint without a query is sent to GraphiQL.
 */
@Component
// Offline commands (ingest, export, remove) start no web server, so there is no WebGraphQlHandler to serve GET.
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlGetHandler {

	static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private static final CacheControl REVALIDATE = CacheControl.noCache();

	private final WebGraphQlHandler graphQl;

	private final PersistedQueries persistedQueries;

	private final DataVersion dataVersion;

	private final JsonMapper json;

	private final AtomicLong requestIds = new AtomicLong();

	GraphQlGetHandler(WebGraphQlHandler graphQl, PersistedQueries persistedQueries, DataVersion dataVersion,
			JsonMapper json) {
		this.graphQl = graphQl;
		this.persistedQueries = persistedQueries;
		this.dataVersion = dataVersion;
		this.json = json;
	}

	ServerResponse handle(ServerRequest request) {
		List<MediaType> accepted = request.headers().accept();
		String query = request.param("query").orElse(null);
		Optional<String> extensions = request.param("extensions");
		if (query == null && extensions.isEmpty()) {
			if (accepted.stream().anyMatch(MediaType.TEXT_HTML::isCompatibleWith)) {
				return ServerResponse.status(HttpStatus.SEE_OTHER).location(request.uriBuilder()
					.replacePath("/graphiql")
					.replaceQuery(null)
					.build()).build();
			}
			return error(HttpStatus.BAD_REQUEST, "A GET of /graphql needs a 'query' parameter, for example "
					+ "/graphql?query={stats{labels{name count}}}; open /graphiql in a browser to write one");
		}
		MediaType mediaType = responseType(accepted);
		if (mediaType == null) {
			return error(HttpStatus.NOT_ACCEPTABLE,
					"GraphQL answers as application/graphql-response+json or application/json");
		}
		Map<String, Object> body = new HashMap<>();
		try {
			body.put("variables", jsonObject(request, "variables"));
			body.put("extensions", jsonObject(request, "extensions"));
		}
		catch (IllegalArgumentException ex) {
			return error(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		request.param("operationName").filter((name) -> !name.isBlank()).ifPresent((name) -> body.put("operationName", name));
		body.put("query", (query != null) ? query : PersistedQuerySupport.PERSISTED_QUERY_MARKER);
		if (isMutation(query, body)) {
			return ServerResponse.status(HttpStatus.METHOD_NOT_ALLOWED)
				.allow(HttpMethod.POST)
				.contentType(mediaType)
				.body(errors("Mutations are sent with POST; GET runs queries only"));
		}

		String etag = "\"" + this.dataVersion.current() + (mediaType.equals(GRAPHQL_RESPONSE) ? "-g" : "-j") + "\"";
		if (request.headers().header("If-None-Match").stream().anyMatch((sent) -> sent.contains(etag))) {
			return ServerResponse.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(REVALIDATE).build();
		}
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				cookies(request), request.remoteAddress().orElse(null), request.attributes(), body,
				Long.toString(this.requestIds.incrementAndGet()), request.servletRequest().getLocale());
		return ServerResponse.async(this.graphQl.handleRequest(graphQlRequest)
			.map((response) -> respond(response, mediaType, etag))
			.toFuture());
	}

	private ServerResponse respond(WebGraphQlResponse response, MediaType mediaType, String etag) {
		ServerResponse.BodyBuilder builder = ServerResponse
			.status((mediaType.equals(GRAPHQL_RESPONSE) && !response.isValid()) ? HttpStatus.BAD_REQUEST : HttpStatus.OK)
			.headers((headers) -> headers.putAll(response.getResponseHeaders()))
			.contentType(mediaType)
			.varyBy("Accept");
		if (response.getErrors().isEmpty()) {
			builder.eTag(etag).cacheControl(REVALIDATE);
		}
		else {
			// A failed answer (a timeout, the database down) may be different next time: never reuse it.
			builder.cacheControl(CacheControl.noStore());
		}
		return builder.body(response.toMap());
	}

	/** Whether the operation the request names is a mutation, read from its text or from the query kept for its hash. */
	private boolean isMutation(String query, Map<String, Object> body) {
		Optional<Document> document;
		if (query != null) {
			try {
				document = Optional.of(Parser.parse(query));
			}
			catch (InvalidSyntaxException ex) {
				// Execution reports the syntax error as GraphQL clients expect it.
				return false;
			}
		}
		else {
			document = persistedHash(body).flatMap(this.persistedQueries::find);
		}
		String operationName = (String) body.get("operationName");
		return document.stream()
			.flatMap((d) -> d.getDefinitionsOfType(OperationDefinition.class).stream())
			.filter((o) -> operationName == null || operationName.equals(o.getName()))
			.findFirst()
			.filter((o) -> o.getOperation() == OperationDefinition.Operation.MUTATION)
			.isPresent();
	}

	private static Optional<String> persistedHash(Map<String, Object> body) {
		if (body.get("extensions") instanceof Map<?, ?> extensions
				&& extensions.get("persistedQuery") instanceof Map<?, ?> persisted
				&& persisted.get("sha256Hash") instanceof String hash) {
			return Optional.of(hash);
		}
		return Optional.empty();
	}

	/** The negotiated response type: the one the client names, application/graphql-response+json by default. */
	private static MediaType responseType(List<MediaType> accepted) {
		if (accepted.isEmpty()) {
			return GRAPHQL_RESPONSE;
		}
		List<MediaType> sorted = new ArrayList<>(accepted);
		sorted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		boolean browser = accepted.stream().anyMatch((m) -> m.equalsTypeAndSubtype(MediaType.TEXT_HTML));
		for (MediaType candidate : sorted) {
			if (candidate.equalsTypeAndSubtype(GRAPHQL_RESPONSE)) {
				return GRAPHQL_RESPONSE;
			}
			if (candidate.equalsTypeAndSubtype(MediaType.APPLICATION_JSON)) {
				return MediaType.APPLICATION_JSON;
			}
			if (candidate.isWildcardType() || candidate.equalsTypeAndSubtype(new MediaType("application", "*"))) {
				// A browser shows application/json and would download the other.
				return browser ? MediaType.APPLICATION_JSON : GRAPHQL_RESPONSE;
			}
		}
		return null;
	}

	private Map<String, Object> jsonObject(ServerRequest request, String parameter) {
		Optional<String> text = request.param(parameter).filter((t) -> !t.isBlank());
		if (text.isEmpty()) {
			return Map.of();
		}
		try {
			if (this.json.readTree(text.get()).isObject()) {
				@SuppressWarnings("unchecked")
				Map<String, Object> map = this.json.readValue(text.get(), Map.class);
				return map;
			}
		}
		catch (JacksonException ex) {
			// Reported below with the parameter's name.
		}
		throw new IllegalArgumentException("The '" + parameter + "' parameter must be a URL-encoded JSON object");
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
		request.cookies().forEach((name, values) -> values
			.forEach((Cookie cookie) -> cookies.add(name, new HttpCookie(name, cookie.getValue()))));
		return cookies;
	}

	private static ServerResponse error(HttpStatus status, String message) {
		return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).body(errors(message));
	}

	private static Map<String, Object> errors(String message) {
		return Map.of("errors", List.of(Map.of("message", message)));
	}

}
