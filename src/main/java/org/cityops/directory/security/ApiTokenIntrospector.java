package org.cityops.directory.security;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2TokenIntrospectionClaimNames;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;

/**
 * Turns a bearer token into its user for Spring Security's bearer-token filter: the token must be
 * stored, unexpired and unrevoked, and the user gets the roles their account has now.
 */
class ApiTokenIntrospector implements OpaqueTokenIntrospector {

	private final ApiTokens tokens;
	private final UserDetailsService users;

	ApiTokenIntrospector(ApiTokens tokens, UserDetailsService users) {
		this.tokens = tokens;
		this.users = users;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		ApiTokens.Owner owner = tokens.owner(token)
				.orElseThrow(() -> new BadOpaqueTokenException("unknown, expired or revoked token"));
		UserDetails user;
		try {
			user = users.loadUserByUsername(owner.username());
		}
		catch (UsernameNotFoundException e) {
			throw new BadOpaqueTokenException("the token's account is gone");
		}
		Map<String, Object> claims = Map.of(
				OAuth2TokenIntrospectionClaimNames.SUB, owner.username(),
				OAuth2TokenIntrospectionClaimNames.JTI, owner.tokenId().toString(),
				OAuth2TokenIntrospectionClaimNames.IAT, owner.issuedAt(),
				OAuth2TokenIntrospectionClaimNames.EXP, owner.expiresAt());
		return new DefaultOAuth2AuthenticatedPrincipal(owner.username(), claims, List.copyOf(user.getAuthorities()));
	}
}
