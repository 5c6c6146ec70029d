package org.entente.app.operations;

import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
import org.entente.app.testing.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.testing.Expect.problem;

/** Answers a client gets every day (not found, conflict, a broken rule) are not failures of the registry: no stack traces in the log. */
@EntenteApplicationTest
@ExtendWith(OutputCaptureExtension.class)
class QuietLogTest {

    @Autowired
    RestTestClient client;

    @Test
    void expected_refusals_leave_no_stack_trace_in_the_log(CapturedOutput output) {
        Api usa = new Api(client).as("USA");
        String id = Stories.recorded(usa, UsRussia2011.TERMS);
        int from = output.getAll().length();

        problem(404, usa.post("/api/arrangements/" + Unique.id("never-recorded") + "/commitments", UsRussia2011.CERT_EXCHANGE.json()));
        problem(404, usa.get("/api/arrangements/" + Unique.id("never-recorded")));
        problem(409, usa.post("/api/arrangements", UsRussia2011.TERMS.json(id).replace(UsRussia2011.TITLE, "Another title")));
        problem(422, usa.post("/api/arrangements/" + id + "/commitments",
                "{\"text\": \"x\", \"category\": \"OTHER\", \"owedBy\": [\"FRA\"]}"));
        problem(400, usa.post("/api/arrangements/" + id + "/commitments", "{\"text\": 1}"));

        String logged = output.getAll().substring(from);
        assertThat(logged).doesNotContain("\tat ").doesNotContain("Exception");
    }
}
