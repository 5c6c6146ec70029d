package org.entente.eventstore;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * The last stored sequence (and its hash, when the engine keeps a chain) of recently written or read
 * streams, so an append can chain to its predecessor without reading it back.
 * <p>
 * Safe to be stale, because a stored event never changes and never goes away: a remembered hash is
 * only used when it is for exactly the sequence before the new commit (if another writer went ahead
 * meanwhile, the commit's id is taken and the append fails as a conflict anyway), and a remembered
 * sequence is only ever a lower bound of the stream's last one, never its answer. Only a higher
 * sequence replaces a remembered one, so concurrent writers and readers cannot move a head backwards.
 * Bounded by Caffeine's size-based eviction, which favours streams used often and recently.
 */
final class StreamHeads {

    /**
     * {@code hash} is null when it is not known, for instance when the engine keeps no chain;
     * {@code position} (the global position of event {@code sequence}) is -1 when not known.
     */
    record Head(long sequence, String hash, long position) {
    }

    private final Cache<String, Head> heads;

    StreamHeads(long capacity) {
        this.heads = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    void remember(String stream, long sequence, String hash, long position) {
        heads.asMap().merge(stream, new Head(sequence, hash, position), StreamHeads::newer);
    }

    /** The hash of event {@code sequence} of the stream, if that is the last one remembered and its hash is known. */
    Optional<String> hashOf(String stream, long sequence) {
        Head known = heads.getIfPresent(stream);
        return known != null && known.sequence() == sequence ? Optional.ofNullable(known.hash()) : Optional.empty();
    }

    /** The global position of event {@code sequence} of the stream, if that is the last one remembered and its position is known. */
    OptionalLong positionOf(String stream, long sequence) {
        Head known = heads.getIfPresent(stream);
        return known != null && known.sequence() == sequence && known.position() >= 0
                ? OptionalLong.of(known.position()) : OptionalLong.empty();
    }

    /** A sequence the stream is known to have reached; it may have gone further since. */
    OptionalLong reached(String stream) {
        Head known = heads.getIfPresent(stream);
        return known == null ? OptionalLong.empty() : OptionalLong.of(known.sequence());
    }

    /** How many streams are remembered once pending evictions are done. */
    long size() {
        heads.cleanUp();
        return heads.estimatedSize();
    }

    private static Head newer(Head known, Head offered) {
        if (offered.sequence() > known.sequence()) {
            return offered;
        }
        if (offered.sequence() < known.sequence()) {
            return known;
        }
        return new Head(known.sequence(), known.hash() != null ? known.hash() : offered.hash(),
                known.position() >= 0 ? known.position() : offered.position());
    }
}
