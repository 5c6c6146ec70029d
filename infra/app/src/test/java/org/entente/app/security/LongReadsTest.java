package org.entente.app.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponseException;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each user runs only so many exports and integrity checks at once; others are not held back by them. */
class LongReadsTest {

    private final LongReads longReads = new LongReads(2);

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_user_over_the_cap_is_told_to_wait_until_one_of_its_reads_finishes() {
        signIn("auditor-1");
        LongReads.Permit first = longReads.start();
        LongReads.Permit second = longReads.start();

        assertThatThrownBy(longReads::start).isInstanceOfSatisfying(ErrorResponseException.class, refusal -> {
            assertThat(refusal.getStatusCode().value()).isEqualTo(429);
            assertThat(refusal.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        });

        first.close();
        first.close();
        longReads.start().close();
        second.close();
    }

    @Test
    void the_cap_is_per_user() {
        signIn("auditor-1");
        longReads.start();
        longReads.start();

        signIn("auditor-2");
        longReads.start().close();
    }

    private static void signIn(String name) {
        SignedInUser user = new SignedInUser(name, null, Set.of(Role.AUDITOR));
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(new AccountDetails(user, "", true, false), null, AccountDetails.authoritiesOf(user)));
    }
}
