package org.entente.verify;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Recomputes a stream's hash chain from its stored events and names the first place it breaks. */
public final class ChainVerifier {

    /** {@code failedAt} and {@code reason} are null when the chain holds. */
    public record Verdict(boolean verified, int events, String headHash, Long failedAt, String reason) {
    }

    private ChainVerifier() {
    }

    /** @param publishedHead a head hash written down earlier, which must still be in the chain (null: none) */
    public static Verdict verify(List<StoredEvent> storedEvents, String publishedHead) {
        String previous = EventHash.GENESIS;
        Set<String> seen = new HashSet<>();
        long expected = 0;
        for (StoredEvent event : storedEvents) {
            long sequence = event.sequence() == null ? -1 : event.sequence();
            if (sequence != expected) {
                return broken(expected, previous, sequence > expected
                        ? "event " + expected + " is missing"
                        : "event " + sequence + " stands where event " + expected + " belongs");
            }
            if (!previous.equals(event.previousHash())) {
                return broken(sequence, previous, "its previousHash is not the hash of the event before it");
            }
            String recomputed = EventHash.of(event, previous);
            if (!recomputed.equals(event.hash())) {
                return broken(sequence, previous, "its content does not match its hash");
            }
            previous = recomputed;
            seen.add(recomputed);
            expected++;
        }
        if (publishedHead != null && !seen.contains(publishedHead)) {
            return broken(expected, previous, "the published head hash " + publishedHead
                    + " is not in the history: events were removed or altered since it was published");
        }
        return new Verdict(true, (int) expected, previous, null, null);
    }

    private static Verdict broken(long sequence, String lastGoodHash, String reason) {
        return new Verdict(false, (int) sequence, lastGoodHash, sequence, reason);
    }
}
