package org.entente.app.testing;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The answer a step of a test needs before it goes on, failing with the whole answer when it is not. */
public final class Expect {

    private Expect() {
    }

    public static Api.Reply status(int status, Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply;
    }

    public static Api.Reply created(Api.Reply reply) {
        return status(201, reply);
    }

    public static Api.Reply ok(Api.Reply reply) {
        return status(200, reply);
    }

    /** An RFC 9457 problem document with that status, as JSON. */
    public static JsonNode problem(int status, Api.Reply reply) {
        status(status, reply);
        assertThat(reply.isProblem()).as("problem+json: " + reply).isTrue();
        return reply.json();
    }
}
