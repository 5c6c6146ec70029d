package org.entente.app.security;

import org.entente.api.party.PartyCodes;
import org.entente.app.EntenteProperties;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sign-in with a token from the organisation's identity provider (a signed JWT). The token must be signed
 * by the provider's key (so {@code alg: none} is refused), current (expiry required, not-before honoured,
 * on the registry's clock), from the configured issuer and for a configured audience. The user's name,
 * roles and party come from claims whose names are settings; role names the registry does not know are
 * left out, and a token granting no role of the registry, or a registrar's token naming no party, is refused.
 */
final class IdentityProviderSignIn implements AuthenticationProvider {

    private final JwtAuthenticationProvider jwts;
    private final SecurityMetrics metrics;

    IdentityProviderSignIn(EntenteProperties.Jwt settings, Clock clock, SecurityMetrics metrics) {
        this.metrics = metrics;
        this.jwts = new JwtAuthenticationProvider(decoder(settings, clock));
        this.jwts.setJwtAuthenticationConverter(jwt -> new SignedInAuthentication(userOf(jwt, settings), SignedInAuthentication.Method.IDENTITY_PROVIDER));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return jwts.authenticate(authentication);
        } catch (AuthenticationException e) {
            metrics.signInFailed("identity-provider", null, "invalid-token");
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return jwts.supports(authentication);
    }

    static JwtDecoder decoder(EntenteProperties.Jwt settings, Clock clock) {
        NimbusJwtDecoder decoder;
        if (present(settings.jwkSetUri())) {
            decoder = NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build();
        } else if (present(settings.publicKeyLocation())) {
            decoder = NimbusJwtDecoder.withPublicKey(publicKey(settings.publicKeyLocation())).build();
        } else {
            decoder = NimbusJwtDecoder.withIssuerLocation(settings.issuerUri()).build();
        }
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        JwtTimestampValidator times = new JwtTimestampValidator(settings.clockSkew());
        times.setClock(clock);
        validators.add(times);
        validators.add(new JwtClaimValidator<Object>(JwtClaimNames.EXP, expiry -> expiry != null));
        if (present(settings.issuerUri())) {
            validators.add(new JwtIssuerValidator(settings.issuerUri()));
        }
        if (!settings.audiences().isEmpty()) {
            validators.add(new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                    audiences -> audiences != null && audiences.stream().anyMatch(settings.audiences()::contains)));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    private static SignedInUser userOf(Jwt jwt, EntenteProperties.Jwt settings) {
        String name = jwt.getClaimAsString(settings.nameClaim());
        if (name == null || name.isBlank()) {
            throw new InvalidBearerTokenException("The token names no user (claim '" + settings.nameClaim() + "')");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> claimed = jwt.getClaimAsStringList(settings.rolesClaim());
        if (claimed != null) {
            for (String role : claimed) {
                for (Role known : Role.values()) {
                    if (known.name().equalsIgnoreCase(role)) {
                        roles.add(known);
                    }
                }
            }
        }
        if (roles.isEmpty()) {
            throw new InvalidBearerTokenException("The token grants no role of the registry (claim '" + settings.rolesClaim() + "')");
        }
        String party = jwt.getClaimAsString(settings.partyClaim());
        if (roles.contains(Role.REGISTRAR) && (party == null || party.isBlank())) {
            throw new InvalidBearerTokenException("A registrar's token must name its party (claim '" + settings.partyClaim() + "')");
        }
        String code = party == null ? null : party.strip().toUpperCase(Locale.ROOT);
        if (code != null && !PartyCodes.isKnown(code)) {
            throw new InvalidBearerTokenException("The token names an unknown party (claim '" + settings.partyClaim() + "')");
        }
        return new SignedInUser(name, code, roles);
    }

    private static RSAPublicKey publicKey(String location) {
        Resource resource = new DefaultResourceLoader().getResource(location);
        try (InputStream in = resource.getInputStream()) {
            return RsaKeyConverters.x509().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the identity provider's public key at " + location, e);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
