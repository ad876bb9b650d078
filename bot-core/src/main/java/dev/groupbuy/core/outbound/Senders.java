package dev.groupbuy.core.outbound;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The senders by platform; messages for a platform without one wait in the outbox. */
public final class Senders {

    private final Map<String, Sender> byPlatform = new LinkedHashMap<>();

    public Senders(List<Sender> senders) {
        for (Sender sender : senders) {
            if (byPlatform.putIfAbsent(sender.platform(), sender) != null) {
                throw new IllegalArgumentException("two senders for platform " + sender.platform());
            }
        }
    }

    public Optional<Sender> of(String platform) {
        return Optional.ofNullable(byPlatform.get(platform));
    }

    public Set<String> platforms() {
        return byPlatform.keySet();
    }
}
