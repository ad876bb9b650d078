package dev.groupbuy.adapters.platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The senders of the configured platforms, by platform name. */
public final class PlatformSenders {

    private final Map<String, PlatformSender> byPlatform;

    public PlatformSenders(List<PlatformSender> senders) {
        this.byPlatform =
                senders.stream().collect(Collectors.toUnmodifiableMap(PlatformSender::platform, Function.identity()));
    }

    public Optional<PlatformSender> forPlatform(String platform) {
        return Optional.ofNullable(byPlatform.get(platform));
    }

    public List<String> platforms() {
        return byPlatform.keySet().stream().sorted().toList();
    }
}
