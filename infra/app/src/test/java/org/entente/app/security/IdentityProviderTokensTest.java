package org.entente.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.FreshEmbeddedStore;
import org.entente.app.testing.StartedApplication;
import org.entente.app.testing.Unique;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.testing.Expect.created;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/**
 * Signing in with the identity provider's tokens, against a key made for the test: only a token signed by
 * the provider's key, current, from the provider, for this registry and naming a role (and a registrar's
 * party) signs in.
 */
class IdentityProviderTokensTest {

    private static final String ISSUER = "https://idp.example.org/realms/mfa";
    private static final String AUDIENCE = "entente";

    private static KeyPair provider;
    private static StartedApplication application;

    @BeforeAll
    static void a_registry_trusting_the_providers_key() throws IOException, NoSuchAlgorithmException {
        provider = rsaKeys();
        Path publicKey = Files.createTempFile("idp", ".pem");
        Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(provider.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        // Its own application: the shared one trusts no identity provider.
        application = StartedApplication.onEmbeddedStore(FreshEmbeddedStore.newDataFile("idp"),
                "--entente.security.jwt.public-key-location=file:" + publicKey,
                "--entente.security.jwt.issuer-uri=" + ISSUER,
                "--entente.security.jwt.audiences=" + AUDIENCE);
    }

    @AfterAll
    static void stop() {
        application.close();
    }

    @Test
    void a_valid_token_signs_in_its_user_with_the_roles_and_party_it_names() throws Exception {
        JsonNode me = ok(bearer(signed(claims()))).json();

        assertThat(me.get("name").asText()).isEqualTo("j.doe@mfa.example");
        assertThat(me.get("party").asText()).as("answered in upper case").isEqualTo("USA");
        assertThat(me.get("roles")).extracting(JsonNode::asText).containsExactly("REGISTRAR");
    }

    @Test
    void a_registrar_signed_in_by_token_records_for_its_party_only() throws Exception {
        Api registrar = application.api().withHeader("Authorization", "Bearer " + signed(claims()));
        String id = Unique.id("idp");

        created(registrar.post("/api/arrangements", UsRussia2011.TERMS.json(id)));
        JsonNode history = ok(registrar.get("/api/arrangements/" + id + "/history")).json();
        assertThat(history.at("/items/0/recordedBy").asText()).isEqualTo("j.doe@mfa.example");
        assertThat(history.at("/items/0/party").asText()).isEqualTo("USA");
        problem(403, registrar.post("/api/arrangements", UsRussia2011.TERMS.json(Unique.id("idp")).replace("\"USA\"", "\"FRA\"")));
    }

    @Test
    void a_token_signed_by_another_key_is_refused() throws Exception {
        refused(signed(claims(), rsaKeys()));
    }

    @Test
    void an_unsigned_token_is_refused() {
        refused(new PlainJWT(claims().build()).serialize());
    }

    @Test
    void an_expired_token_is_refused() throws Exception {
        refused(signed(claims().issueTime(ago(7200)).expirationTime(ago(3600))));
    }

    @Test
    void a_token_without_an_expiry_is_refused() throws Exception {
        refused(signed(claims().expirationTime(null)));
    }

    @Test
    void a_token_not_yet_valid_is_refused() throws Exception {
        refused(signed(claims().notBeforeTime(Date.from(Instant.now().plusSeconds(3600)))));
    }

    @Test
    void a_token_from_another_issuer_is_refused() throws Exception {
        refused(signed(claims().issuer("https://idp.example.net/other")));
    }

    @Test
    void a_token_for_another_audience_is_refused() throws Exception {
        refused(signed(claims().audience("another-service")));
    }

    @Test
    void a_registrars_token_without_its_party_is_refused() throws Exception {
        refused(signed(claims().claim("party", null)));
    }

    @Test
    void a_token_granting_no_role_of_the_registry_is_refused() throws Exception {
        refused(signed(claims().claim("roles", List.of("offline_access"))));
    }

    @Test
    void a_token_that_is_not_a_token_is_refused() {
        refused("not.a.token");
    }

    private static void refused(String token) {
        Api.Reply reply = bearer(token);
        JsonNode problem = problem(401, reply);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(problem.get("type").asText()).endsWith("invalid-token");
    }

    private static Api.Reply bearer(String token) {
        return application.api().anonymous().withHeader("Authorization", "Bearer " + token).get("/api/me");
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .subject("j.doe@mfa.example")
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE, "account"))
                .issueTime(ago(60))
                .expirationTime(Date.from(Instant.now().plusSeconds(600)))
                .claim("roles", List.of("registrar", "offline_access"))
                .claim("party", "usa");
    }

    private static Date ago(long seconds) {
        return Date.from(Instant.now().minusSeconds(seconds));
    }

    private static String signed(JWTClaimsSet.Builder claims) throws JOSEException {
        return signed(claims, provider);
    }

    private static String signed(JWTClaimsSet.Builder claims, KeyPair keys) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair rsaKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
