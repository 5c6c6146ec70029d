package org.entente.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.entente.benchmark.CrashWorkload.Acknowledged;
import org.entente.benchmark.SignedInClient.Answer;
import org.entente.benchmark.SignedInClient.User;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the registry holds after the crashes, read through its API by an auditor who is also an administrator:
 * every stream's history (page by page), its hash chain, the registry digest, and every projection before and
 * after a rebuild from the log.
 */
final class StoreAudit {

    /** History pages are read this small so that every arrangement's history spans several. */
    static final int PAGE = 25;

    /** The payload fields that name the one event a write of each type stores; two events with the same names are one fact stored twice. */
    private static final Map<String, List<String>> NAMED_BY = Map.of(
            "ArrangementRecorded", List.of("arrangementId"),
            "CommitmentAdded", List.of("commitmentId"),
            "CommitmentFulfilled", List.of("commitmentId"),
            "CommitmentFulfilledByExchange", List.of("commitmentId"),
            "CommitmentProgressRecorded", List.of("note"),
            "PointOfContactDesignated", List.of("contactId"),
            "DoctrinePaperSubmitted", List.of("paperId"),
            "DoctrinePaperReceiptAcknowledged", List.of("paperId", "party"));

    /** One stored event, as the history shows it. */
    record Event(long sequence, String type, JsonNode payload) {

        boolean is(String eventType, Map<String, String> names) {
            return type.equals(eventType) && names.entrySet().stream()
                    .allMatch(name -> name.getValue().equals(payload.path(name.getKey()).asText(null)));
        }
    }

    private final SignedInClient client;
    private final User auditor;
    private final List<String> problems = new ArrayList<>();

    StoreAudit(String baseUri, User auditor) {
        this.client = new SignedInClient(baseUri, Duration.ofSeconds(60));
        this.auditor = auditor;
    }

    /** Everything found wrong so far, one line each. */
    List<String> problems() {
        return List.copyOf(problems);
    }

    /** The head hash of every stream, by stream id. */
    SortedMap<String, String> streamHeads() {
        JsonNode registry = client.read("/api/integrity", auditor);
        SortedMap<String, String> heads = new TreeMap<>();
        registry.path("heads").fields().forEachRemaining(head -> heads.put(head.getKey(), head.getValue().asText()));
        if (registry.path("streams").asInt() != heads.size()) {
            problems.add("The registry digest counts " + registry.path("streams") + " streams but lists " + heads.size());
        }
        return heads;
    }

    String registryDigest() {
        return client.read("/api/integrity", auditor).path("digest").asText();
    }

    /**
     * A stream's history, read page by page, checked for its paging (every page full but the last, one total
     * throughout, nothing past the end) and for its sequences (0, 1, 2 … each once).
     */
    List<Event> history(String arrangementId) {
        List<Event> events = new ArrayList<>();
        long total = -1;
        for (int page = 0; total < 0 || (long) page * PAGE < total; page++) {
            JsonNode answer = client.read(historyPage(arrangementId, page), auditor);
            if (total >= 0 && answer.path("total").asLong() != total) {
                problems.add(arrangementId + ": page " + page + " of the history counts " + answer.path("total") + " events, page 0 "
                        + total);
            }
            total = answer.path("total").asLong();
            int expected = (int) Math.min(PAGE, total - (long) page * PAGE);
            if (answer.path("page").asInt() != page || answer.path("size").asInt() != PAGE || answer.path("items").size() != expected) {
                problems.add(arrangementId + ": history page " + page + " holds " + answer.path("items").size() + " events as page "
                        + answer.path("page") + " of size " + answer.path("size") + "; expected " + expected);
            }
            answer.path("items").forEach(item -> events.add(new Event(item.path("sequence").asLong(), item.path("type").asText(),
                    item.path("payload"))));
        }
        JsonNode beyond = client.read(historyPage(arrangementId, (int) ((total + PAGE - 1) / PAGE)), auditor);
        if (!beyond.path("items").isEmpty()) {
            problems.add(arrangementId + ": the history goes on past its last page");
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).sequence() != i) {
                problems.add(arrangementId + ": the history's event " + i + " has sequence " + events.get(i).sequence());
                break;
            }
        }
        return events;
    }

    /** The stream's chain, recomputed by the registry from the stored documents, ends at the registry digest's head. */
    void chain(String arrangementId, int events, String head) {
        JsonNode verdict = client.read("/api/arrangements/" + arrangementId + "/integrity", auditor);
        if (!verdict.path("verified").asBoolean()) {
            problems.add(arrangementId + ": the hash chain fails: " + verdict);
        } else if (verdict.path("events").asInt() != events || !verdict.path("headHash").asText().equals(head)) {
            problems.add(arrangementId + ": the chain verifies " + verdict.path("events") + " events up to " + verdict.path("headHash")
                    + ", the history holds " + events + " and the registry digest names " + head);
        }
    }

    /** Whether an acknowledged write's event is in its stream, below the version the registry answered. */
    static List<Event> matches(Acknowledged write, List<Event> history) {
        return history.stream().filter(e -> e.is(write.eventType(), write.names())).toList();
    }

    static boolean lost(Acknowledged write, List<Event> history) {
        return matches(write, history).stream().noneMatch(e -> e.sequence() < write.version());
    }

    /** Facts stored more than once in one stream, acknowledged or not: one line each. */
    static List<String> doubled(String arrangementId, List<Event> history) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Event event : history) {
            List<String> fields = NAMED_BY.get(event.type());
            if (fields != null) {
                StringBuilder key = new StringBuilder(event.type());
                fields.forEach(field -> key.append(' ').append(field).append('=').append(event.payload().path(field).asText()));
                seen.merge(key.toString(), 1, Integer::sum);
            }
        }
        return seen.entrySet().stream().filter(e -> e.getValue() > 1)
                .map(e -> arrangementId + ": " + e.getKey() + " stored " + e.getValue() + " times").toList();
    }

    /** Every projection's name, once all of them have caught up with the log. */
    List<String> awaitProjectionsCaughtUp(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode listing = client.read("/api/admin/projections", auditor);
            List<String> names = new ArrayList<>();
            boolean settled = true;
            for (JsonNode projection : listing) {
                names.add(projection.path("name").asText());
                settled &= projection.path("running").asBoolean() && projection.path("caughtUp").asBoolean()
                        && !projection.path("rebuilding").asBoolean();
            }
            if (settled && !names.isEmpty()) {
                return names;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The projections did not catch up within " + timeout.toSeconds() + " s: " + listing);
            }
            Harness.sleep(200);
        }
    }

    void rebuild(String projection) {
        try {
            Answer answer = client.post("/api/admin/projections/" + projection + "/rebuild", "{}", auditor);
            if (answer.status() != 202) {
                problems.add("The rebuild of " + projection + " answered " + answer.status() + ": " + answer.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException("The rebuild of " + projection + " got no answer", e);
        }
    }

    /**
     * What every projection shows of the given arrangements (each read once its view has folded {@code versions}),
     * by the address it was read at. The views' own version is checked against the log as well.
     */
    Map<String, JsonNode> views(Map<String, Integer> versions) {
        Map<String, JsonNode> views = new TreeMap<>();
        versions.forEach((id, version) -> {
            JsonNode view = currentView(id, version);
            if (view.path("version").asLong() != version) {
                problems.add(id + ": the view is at version " + view.path("version") + ", the log holds " + version + " events");
            }
            views.put("/api/arrangements/" + id, view);
            views.put("/api/arrangements/" + id + "/papers", client.read("/api/arrangements/" + id + "/papers", auditor));
            views.put("/api/contacts?arrangement=" + id, withoutTimeOfReading(client.read("/api/contacts?arrangement=" + id, auditor)));
        });
        for (String party : List.of("USA", "RUS")) {
            views.put("/api/parties/" + party + "/commitments", client.read("/api/parties/" + party + "/commitments", auditor));
            views.put("/api/parties/" + party + "/outstanding-acknowledgements",
                    client.read("/api/parties/" + party + "/outstanding-acknowledgements", auditor));
        }
        views.put("/api/checks", client.read("/api/checks", auditor));
        return views;
    }

    /** Where two readings of the projections differ, one line per address. */
    static List<String> differences(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        List<String> differences = new ArrayList<>();
        before.forEach((address, view) -> {
            JsonNode rebuilt = after.get(address);
            if (!view.equals(rebuilt)) {
                differences.add(address + ": before the rebuild " + abbreviated(view) + ", after " + abbreviated(rebuilt));
            }
        });
        return differences;
    }

    private JsonNode currentView(String id, int version) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                Answer answer = client.get("/api/arrangements/" + id + "?minVersion=" + version, auditor);
                if (answer.status() == 200) {
                    return answer.json();
                }
                if ((answer.status() != 503 && answer.status() != 404) || System.nanoTime() > deadline) {
                    throw new IllegalStateException("The view of " + id + " at version " + version + " answered " + answer.status()
                            + ": " + answer.body());
                }
                if (answer.status() == 404) {
                    // A rebuild has not folded the arrangement's recording yet (a 503 has waited already).
                    Harness.sleep(100);
                }
            } catch (IOException e) {
                throw new IllegalStateException("The view of " + id + " got no answer", e);
            }
        }
    }

    private static String historyPage(String arrangementId, int page) {
        return "/api/arrangements/" + arrangementId + "/history?page=" + page + "&size=" + PAGE;
    }

    /** The directory names the day and instant it answers for; only what it lists comes from the projection. */
    private static JsonNode withoutTimeOfReading(JsonNode directory) {
        ObjectNode copy = directory.deepCopy();
        copy.remove(List.of("asOf", "knownAt"));
        return copy;
    }

    private static String abbreviated(JsonNode node) {
        String text = String.valueOf(node);
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }
}
