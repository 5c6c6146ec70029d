package org.entente.verify;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Recomputes a stream's hash chain from its stored events and names the first place it breaks. */
public final class ChainVerifier {

    /**
     * {@code failedAt} and {@code reason} are null when the chain holds. When it breaks, {@code events} and
     * {@code headHash} describe the part before {@code failedAt} that held.
     */
    public record Verdict(boolean verified, int events, String headHash, Long failedAt, String reason) {
    }

    private ChainVerifier() {
    }

    /**
     * The n-th event (from 0) must carry sequence n, the hash of the event before it, and the hash of its
     * own content; a stream begins with event 0, so no events at all is a break at 0.
     *
     * @param publishedHead a head hash written down earlier, which must still be in the chain (null: none)
     */
    public static Verdict verify(List<StoredEvent> storedEvents, String publishedHead) {
        if (storedEvents.isEmpty()) {
            return broken(0, EventHash.GENESIS, "there are no events: a stream begins with event 0");
        }
        String stream = storedEvents.get(0).stream();
        String previous = EventHash.GENESIS;
        Set<String> seen = new HashSet<>();
        for (int expected = 0; expected < storedEvents.size(); expected++) {
            StoredEvent event = storedEvents.get(expected);
            String fault = fault(storedEvents, expected, stream, previous);
            if (fault != null) {
                return broken(expected, previous, fault);
            }
            previous = event.hash();
            seen.add(previous);
        }
        if (publishedHead != null && !seen.contains(publishedHead)) {
            return broken(storedEvents.size(), previous, "the published head hash " + publishedHead
                    + " is not in the history: events were removed or altered since it was published");
        }
        return new Verdict(true, storedEvents.size(), previous, null, null);
    }

    /** What is wrong with the event at {@code index}, given that every event before it holds; null if nothing. */
    private static String fault(List<StoredEvent> events, int index, String stream, String previous) {
        StoredEvent event = events.get(index);
        if (event.sequence() == null) {
            return "it has no sequence number";
        }
        if (event.sequence() != index) {
            return misplaced(events, index);
        }
        if (!Objects.equals(stream, event.stream())) {
            return "it belongs to stream " + event.stream() + ", not " + stream;
        }
        if (!previous.equals(event.previousHash())) {
            return "its previousHash is not the hash of the event before it";
        }
        String recomputed;
        try {
            recomputed = EventHash.of(event, previous);
        } catch (IllegalArgumentException e) {
            return "its content has no hash: " + e.getMessage();
        }
        return recomputed.equals(event.hash()) ? null : "its content does not match its hash";
    }

    private static String misplaced(List<StoredEvent> events, int index) {
        long sequence = events.get(index).sequence();
        if (sequence < 0) {
            return "its sequence number " + sequence + " is negative";
        }
        if (sequence < index) {
            return "event " + sequence + " appears a second time";
        }
        boolean later = events.subList(index + 1, events.size()).stream()
                .anyMatch(e -> e.sequence() != null && e.sequence() == index);
        return later ? "event " + sequence + " stands where event " + index + " belongs"
                : "event " + index + " is missing";
    }

    private static Verdict broken(long sequence, String lastGoodHash, String reason) {
        return new Verdict(false, (int) sequence, lastGoodHash, sequence, reason);
    }
}
