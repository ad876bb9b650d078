package dev.groupbuy.core.jielong;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.layout.LineClassifier;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a leader's deal post (for {@code #开团}): the title, the priced product lines, the cut-off time
 * (relative to the injected clock, in the group's time zone) and the pickup text. Lines it cannot place
 * are reported, never guessed at. Never throws on any text.
 */
public final class DealPostParser {

    private final Clock clock;
    private final ZoneId zone;

    public DealPostParser(Clock clock, ZoneId zone) {
        this.clock = clock;
        this.zone = zone;
    }

    public DealPost parse(String text) {
        String[] lines = TextNormalizer.normalize(text).split("\n", -1);
        String title = "";
        Instant closesAt = null;
        String closesAtText = "";
        String pickup = "";
        List<ProductLine.Offer> offers = new ArrayList<>();
        List<String> notUnderstood = new ArrayList<>();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || LineClassifier.isExample(line)) {
                continue;
            }
            List<ProductLine.Offer> found = ProductLine.read(line);
            boolean closing = line.contains("截单") || line.contains("截止");
            boolean pickupLine = isPickup(line);
            if (!found.isEmpty()) {
                offers.addAll(found);
            }
            if (closing && closesAtText.isEmpty()) {
                closesAtText = closingPhrase(line);
                closesAt = ClosingTimeReader.read(closesAtText, ZonedDateTime.now(clock.withZone(zone)))
                        .map(ZonedDateTime::toInstant)
                        .orElse(null);
            }
            if (pickupLine && pickup.isEmpty()) {
                pickup = pickupPhrase(line);
            }
            if (title.isEmpty() && offers.isEmpty() && !closing && !pickupLine) {
                title = titleOf(line);
                if (!title.isEmpty()) {
                    continue;
                }
            }
            if (found.isEmpty() && !closing && !pickupLine && !isMarkerOnly(line)) {
                notUnderstood.add(line);
            }
        }
        List<CatalogItem> catalog = ProductLine.catalog(offers);
        if (title.isEmpty() && !catalog.isEmpty()) {
            title = catalog.get(0).name();
        }
        return new DealPost(title, catalog, closesAt, closesAtText, pickup, notUnderstood);
    }

    private static boolean isPickup(String line) {
        return line.contains("自提")
                || line.contains("取货")
                || line.contains("提货")
                || line.contains("到货")
                || line.contains("自取");
    }

    private static String titleOf(String line) {
        String t = line.replace("#开团", "")
                .replace("#接龙", "")
                .replace("【接龙】", "")
                .replace("【开团】", "")
                .strip();
        return t.equals("接龙") || t.equals("开团") ? "" : t;
    }

    private static boolean isMarkerOnly(String line) {
        return titleOf(line).isEmpty();
    }

    /** The part of the line about the cut-off: {@code 截单：今晚8点} → 今晚8点; {@code 今晚8点截单，…} → 今晚8点. */
    private static String closingPhrase(String line) {
        for (String clause : line.split("[,，;；。]")) {
            if (clause.contains("截单") || clause.contains("截止")) {
                String c = clause.replace("截单时间", "")
                        .replace("截止时间", "")
                        .replace("截单", "")
                        .replace("截止", "");
                return TextNormalizer.trimSeparators(c.replace("前", "").replace("准时", ""));
            }
        }
        return line;
    }

    private static String pickupPhrase(String line) {
        for (String clause : line.split("[,，;；。]")) {
            if (isPickup(clause)) {
                String c = clause.replace("自提点", "").replace("自提时间", "").replace("自提地点", "");
                int colon = c.indexOf(':');
                return TextNormalizer.trimSeparators(colon >= 0 && colon < 6 ? c.substring(colon + 1) : c);
            }
        }
        return line;
    }
}
