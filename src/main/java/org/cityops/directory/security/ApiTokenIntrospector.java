package org.cityops.directory.security;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Turns a bearer token into its user for Spring Security's bearer-token filter: the token must be
 * stored, unexpired and unrevoked, its account enabled, and the user gets the roles their account has
 * now (one query per request, no cache: a revoked token or a changed role counts at once on every node).
 */
class ApiTokenIntrospector implements OpaqueTokenIntrospector {

	private final ApiTokens tokens;

	ApiTokenIntrospector(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		ApiTokens.Owner owner = tokens.owner(token)
				.orElseThrow(() -> new BadOpaqueTokenException("unknown, expired or revoked token"));
		if (owner.authorities().isEmpty()) {
			// as Spring Security's JDBC user store: an account without roles cannot sign in
			throw new BadOpaqueTokenException("the token's account has no roles");
		}
		Map<String, Object> claims = Map.of(
				OAuth2TokenIntrospectionClaimNames.SUB, owner.username(),
				OAuth2TokenIntrospectionClaimNames.JTI, owner.tokenId().toString(),
				OAuth2TokenIntrospectionClaimNames.IAT, owner.issuedAt(),
				OAuth2TokenIntrospectionClaimNames.EXP, owner.expiresAt());
		List<GrantedAuthority> authorities = owner.authorities().stream().sorted()
				.<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
		return new DefaultOAuth2AuthenticatedPrincipal(owner.username(), claims, authorities);
	}
}
