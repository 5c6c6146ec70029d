package org.entente.app.operations;

import com.fasterxml.jackson.databind.JsonNode;
import org.entente.api.fixtures.UsRussia2011;
import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.app.testing.Expect.ok;
import static org.entente.app.testing.Expect.problem;

/** What operators see: health for anyone, its parts, readiness, metrics and build data for administrators. */
@EntenteApplicationTest
class OperatorsTest {

    @Autowired
    RestTestClient client;

    @Test
    void anyone_may_ask_whether_the_registry_is_up_and_operators_see_which_parts_are() {
        JsonNode forAnyone = ok(new Api(client).anonymous().get("/actuator/health")).json();
        JsonNode forOperators = ok(new Api(client).signedInAs(Users.ADMIN).get("/actuator/health")).json();

        assertThat(forAnyone.get("status").asText()).isEqualTo("UP");
        assertThat(forAnyone.has("components")).as("no parts told to strangers").isFalse();
        assertThat(forOperators.at("/components/mongo/status").asText()).isEqualTo("UP");
        assertThat(forOperators.at("/components/eventProcessors/status").asText()).isEqualTo("UP");
        assertThat(forOperators.at("/components/eventProcessors/details/arrangement-views/running").asBoolean()).isTrue();
    }

    @Test
    void readiness_covers_the_database_and_the_projections_and_liveness_the_process() {
        JsonNode readiness = ok(new Api(client).signedInAs(Users.ADMIN).get("/actuator/health/readiness")).json();

        assertThat(readiness.get("status").asText()).isEqualTo("UP");
        assertThat(readiness.get("components").fieldNames()).toIterable().contains("mongo", "eventProcessors", "readinessState");
        assertThat(ok(new Api(client).anonymous().get("/actuator/health/liveness")).json().get("status").asText()).isEqualTo("UP");
        problem(404, new Api(client).anonymous().get("/actuator/health/mongo"));
        problem(404, new Api(client).signedInAs(Users.ADMIN).get("/actuator/health/no-such-component"));
    }

    @Test
    void the_metrics_count_commands_by_type_and_move_when_one_is_handled() {
        Api admin = new Api(client).signedInAs(Users.ADMIN);
        double before = handled(ok(admin.get("/actuator/prometheus")).body(), "RecordArrangement");

        Stories.recorded(new Api(client).as("USA"), UsRussia2011.TERMS);

        String after = ok(admin.get("/actuator/prometheus")).body();
        assertThat(handled(after, "RecordArrangement")).isEqualTo(before + 1);
        assertThat(after).contains("commandBus_successTimer_seconds_count{payloadType=\"RecordArrangement\"}");
        assertThat(after).contains("http_server_requests_seconds_count");
        problem(401, new Api(client).anonymous().get("/actuator/prometheus"));
        problem(403, new Api(client).as("USA").get("/actuator/prometheus"));
    }

    @Test
    void info_names_the_build() {
        JsonNode info = ok(new Api(client).signedInAs(Users.ADMIN).get("/actuator/info")).json();

        assertThat(info.at("/build/version").asText()).isNotBlank();
        assertThat(info.at("/java/version").asText()).isNotBlank();
    }

    /** The Prometheus counter of commands of one type handled successfully. */
    private static double handled(String prometheus, String commandType) {
        Matcher counter = Pattern.compile("^commandBus_successCounter_total\\{[^}]*payloadType=\"" + commandType
                + "\"[^}]*\\}\\s+(\\S+)$", Pattern.MULTILINE).matcher(prometheus);
        return counter.find() ? Double.parseDouble(counter.group(1)) : 0;
    }
}
