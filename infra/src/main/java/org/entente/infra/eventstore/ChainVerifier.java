package org.entente.infra.eventstore;

import org.bson.Document;

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
    public static Verdict verify(List<Document> storedEvents, String publishedHead) {
        String previous = EventHashes.GENESIS;
        Set<String> seen = new HashSet<>();
        long expected = 0;
        for (Document event : storedEvents) {
            Number stored = (Number) event.get("sequence");
            long sequence = stored == null ? -1 : stored.longValue();
            if (sequence != expected) {
                return broken(expected, previous, sequence > expected
                        ? "event " + expected + " is missing"
                        : "event " + sequence + " stands where event " + expected + " belongs");
            }
            if (!previous.equals(event.getString("previousHash"))) {
                return broken(sequence, previous, "its previousHash is not the hash of the event before it");
            }
            String recomputed = EventHashes.hash(event.getString("payloadType"), event.getString("payloadRevision"),
                    event.getString("payload"), event.getString("metaData"), sequence, previous);
            if (!recomputed.equals(event.getString("hash"))) {
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
