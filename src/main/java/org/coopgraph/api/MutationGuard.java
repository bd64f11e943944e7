package org.coopgraph.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import reactor.core.publisher.Mono;

import org.coopgraph.config.CoopgraphProperties;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * Gates mutations behind the configured API token: copies the request's bearer token into the GraphQL context and
 * checks it in constant time. Without a configured token, every mutation is refused. Public because the mutations
 * live outside the read-only api, in the packages at the edge that may write (see {@code upload}).
 */
@Component
public class MutationGuard implements WebGraphQlInterceptor {

	/** The GraphQL context key under which a mutation finds the bearer token the request sent. */
	public static final String TOKEN_KEY = "coopgraph.token";

	private static final String BEARER = "Bearer ";

	private final String token;

	MutationGuard(CoopgraphProperties properties) {
		this.token = properties.api().token();
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		String authorization = request.getHeaders().getFirst("Authorization");
		if (authorization != null && authorization.startsWith(BEARER)) {
			String sent = authorization.substring(BEARER.length()).strip();
			request.configureExecutionInput((input, builder) -> builder
				.graphQLContext((context) -> context.put(TOKEN_KEY, sent))
				.build());
		}
		return chain.next(request);
	}

	/**
	 * Refuses a mutation sent without the configured token.
	 * @param sent the token from the context ({@link #TOKEN_KEY}), or {@code null} when the request sent none
	 */
	public void check(String sent) {
		if (this.token.isBlank()) {
			throw new ApiException(ApiException.Kind.UNAUTHORIZED,
					"Mutations are disabled: the server has no API token configured (coopgraph.api.token)");
		}
		if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
				this.token.getBytes(StandardCharsets.UTF_8))) {
			throw new ApiException(ApiException.Kind.UNAUTHORIZED,
					"Mutations need the header 'Authorization: Bearer <coopgraph.api.token>'");
		}
	}

}
