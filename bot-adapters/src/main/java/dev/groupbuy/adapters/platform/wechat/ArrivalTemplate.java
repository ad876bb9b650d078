package dev.groupbuy.adapters.platform.wechat;

import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.notice.ArrivalNotice;
import dev.groupbuy.core.notice.NoticeChannel;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Official Account's 到货 template (模板消息): which template the operator chose in the MP back office and
 * which of its keys ({@code thing1}, {@code character_string2} …) take which part of an {@link ArrivalNotice}.
 * As a {@link NoticeChannel} it reaches followers bound to group members; the outbox message it makes, on
 * platform {@value TemplateMessageSender#PLATFORM}, carries the notice as readable lines ({@code 商品：丹东草莓})
 * that {@link TemplateMessageSender} turns into the template's data when it sends.
 *
 * @param keys the template key of each part; a part without one is left out of the message
 */
public record ArrivalTemplate(String templateId, Map<Part, String> keys) implements NoticeChannel {

    /** Keys of a template whose fields are, in order, product, quantity, pickup and remark, all of type thing. */
    public static final String DEFAULT_KEYS = "product=thing1,quantity=thing2,pickup=thing3,remark=thing4";

    /** The parts of a notice, by their name in {@code groupbuy.wechat.arrival-template-keys}. */
    public enum Part {
        PRODUCT("商品"),
        QUANTITY("数量"),
        PICKUP("自提"),
        REMARK("备注");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }

        static Optional<Part> labelled(String label) {
            return java.util.Arrays.stream(values())
                    .filter(part -> part.label.equals(label))
                    .findFirst();
        }
    }

    public ArrivalTemplate {
        if (templateId == null || templateId.isBlank()) {
            throw new IllegalArgumentException("the arrival template needs GROUPBUY_WECHAT_ARRIVAL_TEMPLATE_ID");
        }
        templateId = templateId.strip();
        keys = Map.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("the arrival template needs at least one key");
        }
    }

    /** @param keys e.g. {@value #DEFAULT_KEYS}; blank for the default */
    public static ArrivalTemplate of(String templateId, String keys) {
        String spec = keys == null || keys.isBlank() ? DEFAULT_KEYS : keys;
        Map<Part, String> parsed = new EnumMap<>(Part.class);
        for (String pair : spec.split(",")) {
            String[] nameAndKey = pair.split("=", 2);
            if (nameAndKey.length != 2 || !nameAndKey[0].strip().matches("[a-z]+")) {
                throw new IllegalArgumentException("arrival template keys are name=key pairs, e.g. " + DEFAULT_KEYS);
            }
            Part part;
            try {
                part = Part.valueOf(nameAndKey[0].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("arrival template keys name product, quantity, pickup or remark");
            }
            if (!nameAndKey[1].isBlank()) {
                parsed.put(part, nameAndKey[1].strip());
            }
        }
        return new ArrivalTemplate(templateId, parsed);
    }

    @Override
    public String bindingPlatform() {
        return OfficialAccountCallback.PLATFORM;
    }

    @Override
    public OutboundMessage arrival(String openId, ArrivalNotice notice) {
        String text = line(Part.PRODUCT, notice.product())
                + line(Part.QUANTITY, notice.quantity())
                + line(Part.PICKUP, notice.pickup())
                + line(Part.REMARK, notice.remark());
        return new OutboundMessage(TemplateMessageSender.PLATFORM, openId, text.strip(), List.of(), null);
    }

    /** The template's data, key to value, read back from an outbox text; lines of parts without a key are left out. */
    Map<String, String> data(String text) {
        return text.lines()
                .map(line -> line.split("：", 2))
                .filter(labelAndValue -> labelAndValue.length == 2)
                .flatMap(labelAndValue -> Part.labelled(labelAndValue[0])
                        .filter(keys::containsKey)
                        .map(part -> Map.entry(keys.get(part), labelAndValue[1]))
                        .stream())
                .collect(Collectors.toMap(
                        Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static String line(Part part, String value) {
        return value.isEmpty() ? "" : part.label() + "：" + value + "\n";
    }
}
