package org.entente.eventstore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last stored event's sequence and hash of recently written or read streams, so an append can
 * chain to its predecessor without reading it back. Safe to be stale: a stored event never changes, so
 * a remembered hash is only used when it is for exactly the sequence before the new commit; if another
 * writer went ahead meanwhile, the commit's id is taken and the append fails as a conflict anyway.
 * Bounded, least recently used first out.
 */
final class StreamHeads {

    record Head(long sequence, String hash) {
    }

    private final Map<String, Head> heads;

    StreamHeads(int capacity) {
        this.heads = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Head> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void remember(String stream, long sequence, String hash) {
        Head known = heads.get(stream);
        if (hash != null && (known == null || known.sequence() < sequence)) {
            heads.put(stream, new Head(sequence, hash));
        }
    }

    /** The hash of event {@code sequence} of the stream, if that is the last one remembered. */
    synchronized Optional<String> hashOf(String stream, long sequence) {
        Head known = heads.get(stream);
        return known != null && known.sequence() == sequence ? Optional.of(known.hash()) : Optional.empty();
    }
}
