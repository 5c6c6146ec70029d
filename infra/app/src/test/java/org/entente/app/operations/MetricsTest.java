package org.entente.app.operations;

import org.entente.app.testing.Api;
import org.entente.app.testing.EntenteApplicationTest;
import org.entente.app.testing.Stories;
import org.entente.app.testing.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.client.RestTestClient;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.app.testing.Expect.ok;

/**
 * The metrics move with the registry: commands by type and their latency, appends to the event store, each
 * projection's lag back to nothing once it has folded them, and the overdue commitments counted registry-wide,
 * all as an administrator scrapes them from {@code /actuator/prometheus}.
 */
@EntenteApplicationTest
class MetricsTest {

    @Autowired
    RestTestClient client;

    @Autowired
    RegistryFigures figures;

    @Test
    void recording_an_arrangement_with_three_overdue_commitments_moves_the_metrics_an_operator_scrapes() {
        Api admin = new Api(client).signedInAs(Users.ADMIN);
        figures.refresh();
        String before = ok(admin.get("/actuator/prometheus")).body();

        String id = Stories.usRussiaWithItsThreeMechanisms(new Api(client).as("USA"));
        ok(new Api(client).get("/api/arrangements/" + id + "?minVersion=4"));
        figures.refresh();

        String after = ok(admin.get("/actuator/prometheus")).body();
        assertThat(value(after, "commandBus_successCounter_total", "payloadType=\"RecordArrangement\""))
                .isEqualTo(value(before, "commandBus_successCounter_total", "payloadType=\"RecordArrangement\"") + 1);
        assertThat(value(after, "commandBus_successCounter_total", "payloadType=\"AddCommitment\""))
                .isEqualTo(value(before, "commandBus_successCounter_total", "payloadType=\"AddCommitment\"") + 3);
        assertThat(value(after, "commandBus_allTimer_seconds_count", "payloadType=\"AddCommitment\""))
                .isEqualTo(value(before, "commandBus_allTimer_seconds_count", "payloadType=\"AddCommitment\"") + 3);
        assertThat(value(after, "entente_eventstore_appends_seconds_count", "outcome=\"stored\""))
                .isGreaterThanOrEqualTo(value(before, "entente_eventstore_appends_seconds_count", "outcome=\"stored\"") + 4);
        assertThat(value(after, "entente_eventstore_events_appended_total", ""))
                .isGreaterThanOrEqualTo(value(before, "entente_eventstore_events_appended_total", "") + 4);
        assertThat(after).contains("entente_eventstore_appends_seconds_sum{outcome=\"stored\"}",
                "entente_eventstore_append_conflicts_total{kind=\"concurrency\"}",
                "entente_eventstore_append_conflicts_total{kind=\"duplicate\"}",
                "entente_contacts{liveness=\"VERIFIED\"}",
                "entente_projection_rebuild_processed_events{projection=\"arrangement-views\"}",
                "entente_projection_rebuild_total_events{projection=\"arrangement-views\"}",
                "entente_projection_last_handled_age_seconds{projection=\"arrangement-views\"}");
        assertThat(value(after, "entente_commitments_overdue", "")).isEqualTo(value(before, "entente_commitments_overdue", "") + 3);

        await("every projection has folded the new events").atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            String settled = ok(admin.get("/actuator/prometheus")).body();
            for (String projection : ReadModels.COLLECTIONS.keySet()) {
                assertThat(value(settled, "entente_projection_lag_events", "projection=\"" + projection + "\"")).as(projection).isZero();
                assertThat(value(settled, "entente_projection_lag_seconds", "projection=\"" + projection + "\"")).as(projection).isZero();
            }
        });
    }

    /** The value of one sample: the metric with a label set containing {@code label} (any, when blank); NaN when absent. */
    private static double value(String prometheus, String metric, String label) {
        Matcher sample = Pattern.compile("^" + Pattern.quote(metric) + "(\\{[^}]*\\})?\\s+(\\S+)$", Pattern.MULTILINE).matcher(prometheus);
        while (sample.find()) {
            String labels = sample.group(1) == null ? "" : sample.group(1);
            if (label.isEmpty() || labels.contains(label)) {
                return Double.parseDouble(sample.group(2));
            }
        }
        return metric.endsWith("_total") || metric.endsWith("_count") ? 0 : Double.NaN;
    }
}
