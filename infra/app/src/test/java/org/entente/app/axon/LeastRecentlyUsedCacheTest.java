package org.entente.app.axon;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeastRecentlyUsedCacheTest {

    private final LeastRecentlyUsedCache cache = new LeastRecentlyUsedCache(2);

    @Test
    void the_least_recently_used_entry_goes_first_when_the_cache_is_full() {
        cache.put("a", 1);
        cache.put("b", 2);
        assertThat(cache.<String, Integer>get("a")).isEqualTo(1);

        cache.put("c", 3);

        assertThat(cache.containsKey("a")).as("read recently").isTrue();
        assertThat(cache.containsKey("b")).as("least recently used").isFalse();
        assertThat(cache.containsKey("c")).isTrue();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void listeners_hear_of_creation_update_read_removal_and_expiry() {
        List<String> heard = new ArrayList<>();
        Registration registration = cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryCreated(Object key, Object value) {
                heard.add("created " + key);
            }

            @Override
            public void onEntryUpdated(Object key, Object value) {
                heard.add("updated " + key);
            }

            @Override
            public void onEntryRead(Object key, Object value) {
                heard.add("read " + key);
            }

            @Override
            public void onEntryRemoved(Object key) {
                heard.add("removed " + key);
            }

            @Override
            public void onEntryExpired(Object key) {
                heard.add("expired " + key);
            }
        });

        cache.put("a", 1);
        cache.put("a", 2);
        cache.get("a");
        cache.put("b", 1);
        cache.put("c", 1);
        cache.remove("b");
        registration.cancel();
        cache.remove("c");

        assertThat(heard).containsExactly("created a", "updated a", "read a", "created b", "expired a", "created c",
                "removed b");
    }

    @Test
    void put_if_absent_keeps_what_is_there() {
        assertThat(cache.putIfAbsent("a", 1)).isTrue();
        assertThat(cache.putIfAbsent("a", 2)).isFalse();

        assertThat(cache.<String, Integer>get("a")).isEqualTo(1);
    }

    @Test
    void compute_if_present_replaces_only_an_existing_entry() {
        cache.put("a", 1);
        cache.<Integer>computeIfPresent("a", v -> v + 1);
        cache.<Integer>computeIfPresent("b", v -> v + 1);

        assertThat(cache.<String, Integer>get("a")).isEqualTo(2);
        assertThat(cache.containsKey("b")).isFalse();
    }

    @Test
    void remove_all_empties_the_cache() {
        cache.put("a", 1);
        cache.put("b", 2);

        cache.removeAll();

        assertThat(cache.size()).isZero();
    }

    @Test
    void a_cache_without_room_is_refused() {
        assertThatThrownBy(() -> new LeastRecentlyUsedCache(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
